import { CarePartErrorEvent } from '../events/care-part-error.js';
import type { FeatureScope } from './host-page.js';

/**
 * carebar's lazy parts: what is imported only when first needed. Each is a module of the one
 * code-split graph (Lit is in a chunk that they share), and none imports the module that loads it:
 * what a part needs of carebar, it is handed.
 */
export interface Parts {
  /** The `<care-toolbar>` element: its bar, panels and strings. */
  toolbar: typeof import('../toolbar/toolbar-part.js');
  /** The `<care-elder-zone>` element. */
  elderZone: typeof import('../elder-zone/elder-zone-part.js');
  /** 读屏 and 大字幕: extraction, speech, the reading controls and the caption bar. */
  reading: typeof import('../speech/reading.js');
  /** 页面视图: the reading and text-only views, with their extractor. */
  view: typeof import('../view/view.js');
  /** 辅助线: the crosshair and the reading mask. */
  guideLines: typeof import('../guide-lines/guide-lines.js');
  /** 文字大小 element by element, for pages with a stylesheet that cannot be read. */
  textByElement: typeof import('../text-by-element/text-by-element.js');
  /** Elder mode's floating ads and small targets, found in the page's layout. */
  elderScan: typeof import('../elder-scan/elder-scan.js');
  /** 隐藏图片's labels of alt text. */
  imageLabels: typeof import('../image-labels/image-labels.js');
  /** Lets the page's fixed boxes grow with enlarged text and spacing. */
  layoutRelief: typeof import('../layout-relief/layout-relief.js');
  /** 停止动画's stills of animated images. */
  stillImages: typeof import('../still-images/still-images.js');
}

export type PartName = keyof Parts;

/** Imports one part: the ES modules import their own files (parts/modules.ts); the drop-in, files beside carebar.js. */
export type ImportPart = <N extends PartName>(name: N) => Promise<Parts[N]>;

/**
 * Loads carebar's lazy parts, the one way every part is loaded. A part that fails to load leaves
 * the rest working: it is said in the console and by a `care-part-error` event, which the
 * launcher turns into a message in the visitor's language; the next call tries again.
 */
export class PartLoader {
  private readonly loaded = new Map<PartName, Promise<unknown>>();

  constructor(
    private readonly importPart: ImportPart,
    /**
     * Where the drop-in's own files are (`carebar.js`'s URL): the cursor images are files beside it,
     * which a strict Content-Security-Policy that allows the script allows too. Without it, images
     * are data URIs.
     */
    readonly base?: string,
  ) {}

  /** The part, imported once. */
  load<N extends PartName>(name: N, doc: Document = document): Promise<Parts[N]> {
    let loading = this.loaded.get(name) as Promise<Parts[N]> | undefined;
    if (!loading) {
      loading = this.importPart(name);
      loading.catch((error: unknown) => {
        this.loaded.delete(name);
        console.warn(`carebar: the part "${name}" could not load; the drop-in looks for its carebar-* files beside carebar.js`, error);
        doc.dispatchEvent(new CarePartErrorEvent({ part: name, error }));
      });
      this.loaded.set(name, loading);
    }
    return loading;
  }

  /**
   * Loads a part for a feature and hands it to `use` once it has arrived and `ready` has settled,
   * unless the scope was cleared meanwhile (the feature turned off or changed before then).
   */
  use<N extends PartName>(scope: FeatureScope, name: N, use: (part: Parts[N]) => void, ready?: Promise<unknown>): void {
    // Taken now: after a clear, `scope.signal` would be a new one, not aborted.
    const { signal } = scope;
    Promise.all([this.load(name, scope.doc), ready]).then(
      ([part]) => signal.aborted || use(part),
      () => undefined, // said by load()
    );
  }
}
