import type { FeatureScope } from '../core/host-page.js';

/**
 * Loads a lazy part for a feature and hands it to `use`, unless the scope was cleared meanwhile
 * (the feature turned off or changed before the part arrived). A part that fails to load leaves
 * the feature off and says why in the console: with the drop-in, most often because the
 * `carebar-*` files were not copied beside carebar.js.
 */
export function loadPart<T>(scope: FeatureScope, load: () => Promise<T>, use: (part: T) => void): void {
  // Taken now: after a clear, `scope.signal` would be a new one, not aborted.
  const { signal } = scope;
  load().then((part) => signal.aborted || use(part), partFailed);
}

/** Says in the console that a lazy part could not load, and where the drop-in looks for the parts. */
export function partFailed(error: unknown): void {
  console.warn('carebar: a part could not load; the drop-in looks for the carebar-* files beside carebar.js', error);
}
