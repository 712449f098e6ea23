import type { FeatureScope } from '../core/host-page.js';

/** The element the page views (页面视图) show themselves in: an overlay of ours, its content in a shadow root. */
export const VIEW_TAG = 'care-view';

/**
 * The shadow root of the page view while one is shown, else `undefined`. Cheap enough for every
 * pointer move: overlays are children of `<html>`, a handful of elements.
 */
export function shownView(doc: Document): ShadowRoot | undefined {
  for (const child of doc.documentElement.children) if (child.localName === VIEW_TAG) return child.shadowRoot ?? undefined;
  return undefined;
}

/** Calls `change` with the page view now, and again whenever one opens or closes, until the scope is cleared. */
export function watchView(scope: FeatureScope, change: (view: ShadowRoot | undefined) => void): void {
  let current = shownView(scope.doc);
  change(current);
  const observer = new MutationObserver(() => {
    const view = shownView(scope.doc);
    if (view !== current) change((current = view));
  });
  observer.observe(scope.doc.documentElement, { childList: true }); // overlays are children of <html>
  scope.onClear(() => observer.disconnect());
}

/**
 * Listens for `type` on the page and inside the page view whenever one is shown, with what the
 * event is on. The view needs listeners of its own: an event whose related target is in the same
 * shadow root (focus or the pointer moving between two of its elements) never reaches the document.
 */
export function listenToContent<K extends 'click' | 'focusin' | 'pointerover'>(
  scope: FeatureScope,
  type: K,
  listener: (target: EventTarget | null) => void,
): void {
  const { doc, signal } = scope;
  scope.listen(doc, type, (event) => {
    const view = shownView(doc);
    const [first] = event.composedPath();
    if (!(view && first instanceof Node && view.contains(first))) listener(event.target); // else the view's listener has it
  });
  watchView(scope, (view) => view?.addEventListener(type, (event) => listener(event.composedPath()[0] ?? null), { signal }));
}
