import type { ReactiveControllerHost } from 'lit';
import { partFailed } from './load-part.js';

/**
 * The part of an element that is one of the drop-in's lazy parts (its template, styles and strings),
 * loaded the first time `load()` is called and then kept. The element updates when it arrives, and
 * its `updateComplete` waits for it (see `CareElement.lazyView`).
 */
export class LazyView<V> {
  /** The view, once loaded. */
  view?: V;
  private loading?: Promise<V | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly create: () => Promise<V>,
  ) {}

  /** Loads the view, once; after a failure (say, the file is unreachable), the next call tries again. */
  load = (): Promise<V | undefined> =>
    (this.loading ??= this.create().then(
      (view) => {
        this.view = view;
        this.host.requestUpdate();
        return view;
      },
      (error: unknown) => {
        partFailed(error);
        this.loading = undefined;
        return undefined;
      },
    ));

  /** What an update waits for: the load under way, if the view has not arrived yet. */
  get pending(): Promise<unknown> | undefined {
    return this.view ? undefined : this.loading;
  }
}
