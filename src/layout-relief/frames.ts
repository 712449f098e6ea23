import type { Carebar } from '../core/carebar.js';
import { eachAdded, matching } from '../core/dom.js';
import { HostPage, type FeatureScope } from '../core/host-page.js';
import type { FeatureValue } from '../features/types.js';

/** What the page's own settings of larger text do inside its frames: the features that size text. */
const FRAMED = new Set(['text', 'spacing']);

/**
 * Legacy sites embed part of a page from their own server in an `<iframe>`: a 信息公开 list, a
 * search form, a notice pasted from Word. The page's rules do not reach into a frame, so its text
 * would stay small. While larger text or spacing is on, each same-origin frame gets the same
 * features on its own document, with a stylesheet and marks of its own (and the relief of its
 * boxes), applied again when the frame loads another page and removed with the rest.
 * A frame of another origin cannot be reached, and is left as it is.
 */
export function enlargeFrames(scope: FeatureScope, carebar: Carebar, relieve: (scope: FeatureScope, carebar: Carebar) => void): void {
  const found = new WeakSet<HTMLIFrameElement>();
  const enlarge = (frame: HTMLIFrameElement) => {
    if (found.has(frame)) return;
    found.add(frame);
    let page: HostPage | undefined;
    const apply = () => {
      page?.clear();
      const doc = sameOrigin(frame);
      if (!doc?.body) return;
      page = new HostPage(doc);
      for (const feature of carebar.registered) {
        if (!FRAMED.has(feature.id) || !carebar.isOn(feature.id)) continue;
        const inner = page.scope(feature.id);
        const value = carebar.get(feature.id);
        inner.attr(feature.id, String(value));
        (feature.apply as (value: FeatureValue, scope: FeatureScope, carebar: Carebar) => void)(value, inner, carebar);
      }
      relieve(page.scope('relief'), carebar);
    };
    apply();
    // Another page in the frame, or its first, loaded after the frame was found.
    scope.listen(frame, 'load', apply);
    scope.onClear(() => page?.clear());
  };
  eachAdded(scope, (root) => matching<HTMLIFrameElement>(root, 'iframe').forEach(enlarge));
}

/** The document in `frame` if the page may reach it: one from its own origin. */
function sameOrigin(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}
