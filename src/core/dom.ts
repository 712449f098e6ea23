import type { FeatureScope } from '../core/host-page.js';

/**
 * Appended to a selector, adds the specificity of three ids, so that a feature's `!important`
 * rules also beat a site's `#main p { … !important }`. It matches every element but one whose
 * id is `_`.
 */
export const OUTRANK = ':not(#_#_#_)';

/** What a user clicks or types into: the targets that `ui` and elder mode enlarge. */
export const CONTROLS =
  'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=tab],[role=menuitem]';

/**
 * Calls `visit` with `<body>` now, and later with each node added to it, so a feature reaches
 * content that arrives later without walking the whole page again on every change. A node may
 * come twice (a subtree, then a node added inside it), so `visit` skips what it has done.
 */
export function eachAdded(scope: FeatureScope, visit: (root: Element | Text) => void): void {
  const { doc } = scope;
  const start = () => {
    visit(doc.body);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          // By node type: a frame's nodes are of its own window's classes.
          if ((node.nodeType == 1 || node.nodeType == 3) && node.isConnected) visit(node as Element | Text);
        }
      }
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    scope.onClear(() => observer.disconnect());
  };
  whenParsed(scope, start);
}

/**
 * Runs `start` on the whole parsed page, in one batch: at once, or (restored from `<head>`, or
 * loaded while the parser runs) on `DOMContentLoaded`. Following the parser instead costs a style
 * recalculation per chunk it adds: ~200 ms on a large page.
 */
export function whenParsed(scope: FeatureScope, start: () => void): void {
  if (scope.doc.readyState !== 'loading') start();
  else scope.listen(scope.doc, 'DOMContentLoaded', start, { once: true });
}

/**
 * Calls `then` once the browser has next laid out `el`, before it paints: reading the layout, or
 * changing what is in the top layer, then costs no layout or style work of its own.
 */
export function afterLayout(el: Element, then: () => void): void {
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    then();
  });
  observer.observe(el);
}

/** `root` and the elements below it that match `selector`. */
export function matching<E extends Element = HTMLElement>(root: Element | Text, selector: string): E[] {
  if (root.nodeType != 1) return [];
  return [...((root as Element).matches(selector) ? [root as E] : []), ...(root as Element).querySelectorAll<E>(selector)];
}

/**
 * A shadow root for a node of ours, styled by a constructed stylesheet: an inline `<style>` would be
 * blocked by a strict Content-Security-Policy (no `unsafe-inline`).
 */
export function styledShadow(host: Element, css: string, html: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = html;
  return root;
}

/**
 * Shows a node of ours over the whole viewport, in the top layer: above every stacking context
 * of the page and out of reach of its zoom and of the colour filter on `<html>`. Its content is
 * in a shadow root, out of reach of the page's CSS; the host's own rules beat the popover's defaults.
 */
export function showOnTop(scope: FeatureScope, tag: string, css: string, html: string): HTMLElement {
  const host = scope.overlay(scope.doc.createElement(tag));
  styledShadow(host, `:host{all:initial!important;position:fixed!important;inset:0!important;pointer-events:none!important;overflow:hidden!important}${css}`, html);
  host.popover = 'manual';
  host.showPopover();
  return host;
}
