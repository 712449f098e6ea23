import type { FeatureScope } from '../core/host-page.js';
import { eachAdded, OUTRANK } from '../core/dom.js';
import type { Enlarging } from '../features/text.js';

const SIZE = 'data-care-size';
const SKIPPED = new Set(['script', 'style', 'noscript']);
/** Script time spent reading sizes in one frame: half of one, leaving the rest to the browser. */
const SLICE_MS = 8;

/**
 * The `text` feature on a page whose stylesheets cannot all be read (another origin's, served
 * without CORS), so that its rules cannot be twinned: each element that holds text is marked with
 * its own size and line height (`data-care-size="14/20"`), read from the page, and one rule per
 * distinct pair sets the enlarged ones. A lazy part: most pages never need it.
 */
export function enlargeEachElement(sizes: Enlarging, scope: FeatureScope): void {
  const ruled = new Set<string>();
  // Thousands of elements: one cleanup for all of them rather than one each.
  const marked: Element[] = [];
  let cleared = false;
  scope.onClear(() => {
    cleared = true;
    marked.forEach((el) => el.removeAttribute(SIZE));
  });
  const mark = (holders: Element[], pairs: string[]) => {
    let rules = '';
    holders.forEach((el, i) => {
      const pair = pairs[i];
      el.setAttribute(SIZE, pair);
      marked.push(el);
      if (ruled.has(pair)) return;
      ruled.add(pair);
      const [fontSize, lineHeight] = pair.split('/');
      rules +=
        `[${SIZE}="${pair}"]${OUTRANK}{font-size:${sizes.font(`${fontSize}px`)}!important` +
        (lineHeight ? `;line-height:${sizes.line(`${lineHeight}px`)}!important}` : '}');
    });
    if (rules) scope.css(rules);
  };
  eachAdded(scope, (root) => {
    let start = performance.now();
    // Only content added later can inherit sizes that are already enlarged, or be marked already.
    const later = root !== scope.doc.body;
    const holders = textHolders(root, later);
    const pairs: string[] = [];
    // All reads first, then all writes, so that every read sees the page's own sizes and the
    // page restyles once. A large page is read over several frames, a slice of each.
    // Each slice reads at least one batch, so a page of under a hundred holders is done at once
    // however slow the machine.
    const read = () => {
      if (cleared) return;
      do {
        for (const end = Math.min(pairs.length + 100, holders.length); pairs.length < end; ) pairs.push(sizeOf(holders[pairs.length], later));
      } while (pairs.length < holders.length && performance.now() - start < SLICE_MS);
      if (pairs.length === holders.length) return mark(holders, pairs);
      requestAnimationFrame(() => {
        start = performance.now();
        read();
      });
    };
    read();
  });
}

/** Elements with text of their own, and fields (not yet marked, for content added `later`). */
function textHolders(root: Element | Text, later: boolean): Element[] {
  const found = new Set<Element>();
  const add = (el: Element | null) => {
    if (el && !found.has(el) && !SKIPPED.has(el.localName) && !(later && el.hasAttribute(SIZE))) found.add(el);
  };
  if (root instanceof Text) add(root.parentElement);
  else {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (/\S/.test((walker.currentNode as Text).data)) add(walker.currentNode.parentElement);
    for (const field of root.querySelectorAll('input')) add(field);
    if (root.matches('input')) add(root);
  }
  return [...found];
}

/**
 * The element's own size and line height in px, as `14/20` (or `14` for a `normal` line
 * height). Content added while text is enlarged may inherit the enlarged values; where one
 * matches the nearest marked ancestor's, the element takes that ancestor's original.
 */
function sizeOf(el: Element, later: boolean): string {
  const style = getComputedStyle(el);
  const anchor = later ? el.parentElement?.closest(`[${SIZE}]`) : undefined;
  const inherited = anchor && getComputedStyle(anchor);
  const [anchorFont, anchorLine = ''] = anchor?.getAttribute(SIZE)!.split('/') ?? [];
  const fontSize = inherited && inherited.fontSize === style.fontSize ? anchorFont : round(parseFloat(style.fontSize));
  const lineHeight = inherited && inherited.lineHeight === style.lineHeight ? anchorLine : round(parseFloat(style.lineHeight)) || '';
  return lineHeight ? `${fontSize}/${lineHeight}` : `${fontSize}`;
}

function round(px: number): number {
  return Math.round(px * 10) / 10;
}
