import type { FeatureScope } from '../core/host-page.js';
import { CONTROLS, matching } from '../core/dom.js';
import { isFloatingAd } from '../core/floating.js';
import { savedPinned } from '../layout-relief/saved-sizing.js';

/** The hit-testing grid's step: a floating window smaller than this either way is a button, not an ad (`isFloatingAd`). */
const MIN_OVERLAY_PX = 80;
/** Fewer elements changed than this are each looked at for a floating window; in more, the viewport is hit-tested. */
const LOOKED_AT = 1_000;

/**
 * Targets that may be inline, such as links, and so are read, unless marked already. Fields and buttons grow by
 * CSS alone (elder.ts); check boxes and radio buttons keep their size, their labels being their targets.
 */
const UNMARKED_TARGETS = `:is(${CONTROLS}):not(button,input,select,textarea,[data-care-elder-target])`;
/**
 * All that `UNMARKED_TARGETS` can match (the targets of `CONTROLS` but fields and buttons), by a selector that
 * the browser matches more quickly over a whole page: the few it finds are then matched against that.
 */
const MAYBE_TARGETS = 'a[href],summary,[role]';

/**
 * Elder mode's part that reads the page's layout (a lazy part): marks floating ads and pop-ups to
 * hide (ELDER-NOADS) and targets smaller than `minTarget` px either way to enlarge (ELDER-TARGET),
 * in the page now and in what is added or shown later.
 */
export function watchPage(scope: FeatureScope, minTarget: number): void {
  const { body } = scope.doc;
  const scan = (roots: Element[]) => scanRoots(roots, scope, minTarget);
  scan([body]);
  // Ads often arrive late, or are shown by a script after a delay.
  const observer = new MutationObserver((records) => {
    const changed = new Set<Element>();
    for (const record of records) {
      for (const node of record.type === 'childList' ? record.addedNodes : [record.target]) {
        if (node instanceof Element && node.isConnected && !node.closest('[data-care-hide]')) changed.add(node);
      }
    }
    if (changed.size) scan([...changed]);
  });
  observer.observe(body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
  scope.onClear(() => observer.disconnect());
}

/** Marks the floating windows that `roots` hold or are, and their small targets. Reads come before writes, to lay the page out once. */
function scanRoots(roots: Element[], scope: FeatureScope, minTarget: number): void {
  const overlays = overlaysIn(roots, scope.doc);
  const smallTargets: Array<[HTMLElement, string]> = [];
  for (const root of roots) {
    for (const el of matching(root, MAYBE_TARGETS)) {
      // A floating window's targets are hidden with it, just below.
      if (!el.matches(UNMARKED_TARGETS) || overlays.some((overlay) => overlay.contains(el))) continue;
      const { display } = getComputedStyle(el);
      if (isSmall(el, display, minTarget)) smallTargets.push([el, display]);
    }
  }
  for (const el of overlays) scope.mark(el, 'hide');
  // How a target grows: an inline one becomes an inline box, a block one centres its content.
  for (const [el, display] of smallTargets) scope.mark(el, 'elder-target', display === 'inline' || display === 'block' ? display : '');
}

/**
 * The floating windows in view that `roots` hold or are. Few elements (what a script changed, such
 * as a news ticker it moves every few ms) are each looked at; in more, such as the whole page, the
 * fixed boxes are those that the site's rules pin, as the layout relief saved them on an earlier page
 * (saved-sizing.ts), with those that their style attributes pin. Without such rules, they are found by
 * hit-testing the viewport at points 80 px apart, which every window large enough to be taken for
 * one covers: a few hundred points, at ~25 µs each on a large page.
 */
function overlaysIn(roots: Element[], doc: Document): HTMLElement[] {
  const seen = new Set<Element>();
  const found = new Set<HTMLElement>();
  /** Looks at `el` once; false if it was looked at already, and so were its ancestors. */
  const look = (el: Element) => {
    if (seen.has(el)) return false;
    seen.add(el);
    if (isFixedBox(el, doc)) found.add(el);
    return true;
  };
  if (roots.reduce((count, root) => count + root.getElementsByTagName('*').length, 0) < LOOKED_AT) {
    for (const root of roots) {
      // A window whose content was shown grows with it: it may hold the root as well as be in it.
      for (let el: Element | null = root; el && look(el); el = el.parentElement);
      for (const el of root.getElementsByTagName('*')) look(el);
    }
  } else {
    const pinned = savedPinned(doc);
    if (pinned) pinned.forEach(look);
    else hitTested(doc, look);
  }
  return [...found].filter(isFloatingAd);
}

/** Calls `look` with the elements at points 80 px apart over the viewport, and their ancestors, until it returns false. */
function hitTested(doc: Document, look: (el: Element) => boolean): void {
  for (let y = MIN_OVERLAY_PX / 2; y < innerHeight; y += MIN_OVERLAY_PX) {
    for (let x = MIN_OVERLAY_PX / 2; x < innerWidth; x += MIN_OVERLAY_PX) {
      for (let el = doc.elementFromPoint(x, y); el && look(el); el = el.parentElement);
    }
  }
}

/** Whether `el` is a box of the page fixed in the viewport. Only those (and the root and `<body>`) have no offset parent among rendered elements. */
function isFixedBox(el: Element, doc: Document): el is HTMLElement {
  return el instanceof HTMLElement && !el.offsetParent && el !== doc.body && doc.body.contains(el) && getComputedStyle(el).position === 'fixed';
}

/**
 * Whether a target is smaller than `minTarget` px either way and may grow. A link of text alone is a line of text
 * high, so it is not measured (about 1,000 links on a portal's page): hidden ones grow too, for a
 * menu shown on hover. Other targets are measured, and only shown ones grow.
 */
function isSmall(el: HTMLElement, display: string, minTarget: number): boolean {
  if (display === 'inline') {
    // A link inside running text cannot grow without breaking its line.
    if (inSentence(el)) return false;
    if (!el.childElementCount) return true;
  }
  const { width, height } = el.getBoundingClientRect();
  return width > 0 && (width < minTarget || height < minTarget);
}

/** Whether `el` sits among text of its parent's. */
function inSentence(el: Element): boolean {
  for (let node = el.parentElement?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && /\S/.test((node as Text).data)) return true;
  }
  return false;
}
