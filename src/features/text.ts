import { eachAdded, OUTRANK } from './dom.js';
import type { StepperFeature } from './types.js';

/** Text this large or larger (headings, mostly) grows no further, so that it stays in its box. */
const CAP_PX = 40;
const SIZE = 'data-care-size';

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
    eachAdded(scope, (root) => {
      // All reads first, then all writes: a write between reads would restyle the page each time.
      const sizes = [...textHolders(root)].map((el) => [el, sizeOf(el)] as const);
      let rules = '';
      for (const [el, size] of sizes) {
        scope.mark(el, 'size', size);
        if (ruled.has(size)) continue;
        ruled.add(size);
        const [fontSize, lineHeight] = size.split('/').map(Number);
        const scale = Math.max(fontSize, Math.min(fontSize * factor, CAP_PX)) / fontSize;
        rules +=
          `[${SIZE}="${size}"]${OUTRANK}{font-size:max(${round(fontSize * scale)}px,var(--care-text-min,0px))!important;` +
          (lineHeight ? `line-height:var(--care-line,${round(lineHeight * scale)}px)!important}` : '}');
      }
      if (rules) scope.css(rules);
    });
  },
};

/** Elements with text of their own, and fields, not yet marked. */
function textHolders(root: Element | Text): Set<Element> {
  const found = new Set<Element>();
  const add = (el: Element | null) => el && !el.hasAttribute(SIZE) && !el.matches('script,style') && found.add(el);
  if (root instanceof Text) add(root.parentElement);
  else {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (/\S/.test((walker.currentNode as Text).data)) add(walker.currentNode.parentElement);
    for (const field of root.querySelectorAll('input')) add(field);
    if (root.matches('input')) add(root);
  }
  return found;
}

/**
 * The element's own size and line height in px, as `14/20` (or `14` for a `normal` line
 * height). Content added while text is enlarged may inherit the enlarged values; where one
 * matches the nearest marked ancestor's, the element takes that ancestor's original.
 */
function sizeOf(el: Element): string {
  const style = getComputedStyle(el);
  const anchor = el.parentElement?.closest(`[${SIZE}]`);
  const inherited = anchor && getComputedStyle(anchor);
  const [anchorFont, anchorLine = ''] = anchor?.getAttribute(SIZE)!.split('/') ?? [];
  const fontSize = inherited && inherited.fontSize === style.fontSize ? anchorFont : round(parseFloat(style.fontSize));
  const lineHeight = inherited && inherited.lineHeight === style.lineHeight ? anchorLine : round(parseFloat(style.lineHeight)) || '';
  return lineHeight ? `${fontSize}/${lineHeight}` : `${fontSize}`;
}

function round(px: number): number {
  return Math.round(px * 10) / 10;
}
