import { eachAdded, OUTRANK } from './dom.js';
import type { StepperFeature } from './types.js';

/** Text this large or larger (headings, mostly) grows no further, so that it stays in its box. */
const CAP_PX = 40;
const SIZE = 'data-care-size';
const SKIPPED = new Set(['script', 'style', 'noscript']);
/** Script time spent reading sizes in one frame: half of one, leaving the rest to the browser. */
const SLICE_MS = 8;

/**
 * 文字大小: enlarges text only, leaving the layout's other sizes alone. Sites sized in px ignore
 * the root font size, so each element that holds text is marked with its own size and line
 * height (`data-care-size="14/20"`), and one rule per distinct pair sets the enlarged ones.
 *
 * `--care-text-min` on `<html>` sets a floor (elder mode's 18px); `--care-line`, a line height
 * that wins over the enlarged one (the `spacing` feature's).
 */
export const text: StepperFeature = {
  id: 'text',
  kind: 'stepper',
  icon: 'M3 5h11v3H10v11H7V8H3zm11 6h8v2.5h-2.7V19h-2.6v-5.5H14z',
  shortcut: 'KeyT',
  default: 1,
  min: 1,
  max: 2,
  step: 0.25,
  apply(factor, scope) {
    const ruled = new Set<string>();
    // Thousands of elements: one cleanup for all of them rather than one each.
    const marked: Element[] = [];
    let cleared = false;
    scope.onClear(() => {
      cleared = true;
      marked.forEach((el) => el.removeAttribute(SIZE));
    });
    const mark = (holders: Element[], sizes: string[]) => {
      let rules = '';
      holders.forEach((el, i) => {
        const size = sizes[i];
        el.setAttribute(SIZE, size);
        marked.push(el);
        if (ruled.has(size)) return;
        ruled.add(size);
        const [fontSize, lineHeight] = size.split('/').map(Number);
        const scale = Math.max(fontSize, Math.min(fontSize * factor, CAP_PX)) / fontSize;
        rules +=
          `[${SIZE}="${size}"]${OUTRANK}{font-size:max(${round(fontSize * scale)}px,var(--care-text-min,0px))!important;` +
          (lineHeight ? `line-height:var(--care-line,${round(lineHeight * scale)}px)!important}` : '}');
      });
      if (rules) scope.css(rules);
    };
    eachAdded(scope, (root) => {
      let start = performance.now();
      // Only content added later can inherit sizes that are already enlarged, or be marked already.
      const later = root !== scope.doc.body;
      const holders = textHolders(root, later);
      const sizes: string[] = [];
      // All reads first, then all writes, so that every read sees the page's own sizes and the
      // page restyles once. A large page is read over several frames, a slice of each.
      // Each slice reads at least one batch, so a page of under a hundred holders is done at once
      // however slow the machine.
      const read = () => {
        if (cleared) return;
        do {
          for (const end = Math.min(sizes.length + 100, holders.length); sizes.length < end; ) sizes.push(sizeOf(holders[sizes.length], later));
        } while (sizes.length < holders.length && performance.now() - start < SLICE_MS);
        if (sizes.length === holders.length) return mark(holders, sizes);
        requestAnimationFrame(() => {
          start = performance.now();
          read();
        });
      };
      read();
    });
  },
};

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
