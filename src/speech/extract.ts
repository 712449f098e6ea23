import { format } from '../translations/index.js';
import type { Translation } from '../translations/types.js';
import { shownView } from '../view/shown.js';

/**
 * The one text extraction behind 读屏 and 大字幕, so that what is spoken and what is shown always
 * match. It reads the page as it is rendered and never changes it. While a page view (页面视图) is
 * shown, the page under it is hidden and the view's content is what there is to read.
 */

/** Things read by their name and role rather than as part of the text around them. */
const CONTROLS = 'a[href],button,input,select,textarea,img,[role=button],[role=link],[role=img]';

/** The text of what the pointer or focus is on, with its role: a link as a link, an image by its alt text. */
export function describe(target: EventTarget | null, t: Translation): string {
  if (!(target instanceof Element) || !isPageContent(target)) return '';
  const control = target.closest(CONTROLS);
  if (control) return withRole(control, t);
  return textOf(blockOf(target));
}

/** What there is to read: the page view's article while one is shown, else the page's `<body>`. */
export function contentRoot(doc: Document): Element {
  return shownView(doc)?.querySelector('article') ?? doc.body;
}

/**
 * The readable blocks below `root` in document order, for 连读: each paragraph, heading, cell or
 * item once. Visually hidden skip links are left out: sighted readers never meet them, and screen
 * reader users skip them too.
 */
export function readingBlocks(root: Element): Element[] {
  const blocks = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isContent = node instanceof Text ? node.data.trim() !== '' : node instanceof HTMLImageElement && node.alt.trim() !== '';
    const block = isContent && blockOf(node instanceof Text ? node.parentElement! : (node as Element));
    if (block && !blocks.has(block) && isVisible(block) && !isSkipLink(block) && textOf(block)) blocks.add(block);
  }
  return [...blocks];
}

/**
 * A link to a place on the same page that nobody sees until it has focus ("跳到主要内容"): its
 * box is clipped to at most 1 × 1 px, or lies wholly above or left of the page.
 */
export function isSkipLink(element: Element): boolean {
  const link = element.closest('a[href^="#"]');
  if (!link) return false;
  const box = link.getBoundingClientRect();
  return (box.width <= 1 && box.height <= 1) || box.right + scrollX <= 0 || box.bottom + scrollY <= 0;
}

/** The text of a block as it reads, without the blocks nested in it (they are read on their own). */
export function textOf(block: Element): string {
  return collapse(ownText(block, true));
}

/** A block's text as it reads, and how to find any part of it on the page. */
export interface Passage {
  /** The same as `textOf(block)`. */
  readonly text: string;
  /** The page's text that `text.slice(start, end)` was read from, for highlighting it. */
  readonly range: (start: number, end: number) => Range;
}

/** The passage of a block, for 连读: its text, and the range of the page behind each part of it. */
export function passageOf(block: Element): Passage {
  const { text: raw, nodes = [] } = collectText(block, true, { text: '', nodes: [] });
  // Each run of non-space characters, where it is in the collapsed text and in the raw one.
  const runs = [...raw.matchAll(/\S+/g)];
  const starts: number[] = [];
  let length = 0;
  for (const run of runs) {
    if (length) length++; // the one space between runs
    starts.push(length);
    length += run[0].length;
  }
  /** The raw offset of a collapsed one; `end` counts a run's end as in it, not in the gap after. */
  const toRaw = (offset: number, end: boolean): number => {
    const i = runs.findIndex((run, j) => (end ? offset <= starts[j] + run[0].length : offset < starts[j] + run[0].length));
    if (i < 0) return raw.length;
    return runs[i].index + Math.max(0, offset - starts[i]);
  };
  return {
    text: runs.map((run) => run[0]).join(' '),
    range: (start, end) => {
      const range = new Range();
      const [from, to] = [toRaw(start, false), toRaw(end, true)];
      // Text that is not the page's own (an image's alt, a label) has no node: snap to the nearest that has.
      const first = nodes.find(({ node, at }) => at + node.length > from) ?? nodes[nodes.length - 1];
      const last = [...nodes].reverse().find(({ at }) => at < to) ?? nodes[0];
      if (!first || !last) return range;
      range.setStart(first.node, Math.min(first.node.length, Math.max(0, from - first.at)));
      range.setEnd(last.node, Math.min(last.node.length, Math.max(0, to - last.at)));
      return range;
    },
  };
}

/** The nearest block-level element around `element`: what a sighted reader sees as one piece of text. */
export function blockOf(element: Element): Element {
  const body = element.ownerDocument.body;
  let block = element;
  while (block !== body && block.parentElement && isInline(getComputedStyle(block).display)) block = block.parentElement;
  return block;
}

/**
 * Whether an element belongs to what is read (the page, or the page view while one is shown) and
 * shows. carebar's other UI never counts: it lives outside `<body>`, or (a toolbar placed in the
 * page) behind a shadow root, whose text is not the page's.
 */
function isPageContent(element: Element): boolean {
  const { ownerDocument: doc } = element;
  return (shownView(doc) ?? doc.body).contains(element) && isVisible(element);
}

function isVisible(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true }) && !element.closest('[aria-hidden=true]');
}

/** How each kind of control is announced; anything else that takes input is a field. */
const ROLES: Record<string, 'readLink' | 'readImage' | 'readButton'> = { a: 'readLink', link: 'readLink', img: 'readImage', button: 'readButton' };

function withRole(control: Element, t: Translation): string {
  const name = nameOf(control);
  const role = ROLES[control.getAttribute('role') ?? control.localName] ?? 'readField';
  return name ? format(t[role], { name }) : '';
}

/** The accessible name in the order people expect: `aria-label`, then `alt`, then `title`, then text. */
function nameOf(control: Element): string {
  const label = control.getAttribute('aria-label') ?? control.getAttribute('alt') ?? control.getAttribute('title');
  if (label?.trim()) return collapse(label);
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) {
    const labels = [...(control.labels ?? [])].map((element) => ownText(element, false)).join(' ');
    return collapse(labels || control.getAttribute('placeholder') || '');
  }
  return collapse(ownText(control, false));
}

/** Text collected from the page, with (when asked for) where each of the page's text nodes starts in it. */
interface Collected {
  text: string;
  nodes?: Array<{ node: Text; at: number }>;
}

/** Visible text below `element`, appended to `out`; `skipBlocks` leaves out nested blocks, which 连读 reads on their own. */
function collectText(element: Element, skipBlocks: boolean, out: Collected): Collected {
  for (const child of element.childNodes) {
    if (child instanceof Text) {
      out.nodes?.push({ node: child, at: out.text.length });
      out.text += child.data;
    } else if (child instanceof Element) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden' || child.getAttribute('aria-hidden') === 'true') continue;
      const inline = isInline(style.display);
      if (skipBlocks && !inline) continue;
      const label = child.getAttribute('aria-label') ?? (child instanceof HTMLImageElement ? child.alt : null);
      // Inline text runs on (Chinese has no spaces to add); a name or a block stands apart.
      if (label !== null) out.text += ` ${label} `;
      else if (inline && child.localName !== 'br') collectText(child, skipBlocks, out);
      else {
        out.text += ' ';
        collectText(child, skipBlocks, out);
        out.text += ' ';
      }
    }
  }
  return out;
}

function ownText(element: Element, skipBlocks: boolean): string {
  return collectText(element, skipBlocks, { text: '' }).text;
}

function isInline(display: string): boolean {
  return display.startsWith('inline') || display === 'contents' || display === 'ruby';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
