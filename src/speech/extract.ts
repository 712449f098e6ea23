import { format } from '../translations/index.js';
import type { Translation } from '../translations/types.js';

/**
 * The one text extraction behind 读屏 and 大字幕, so that what is spoken and what is shown always
 * match. It reads the page as it is rendered and never changes it.
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

/** The page's readable blocks in document order, for 连读: each paragraph, heading, cell or item once. */
export function readingBlocks(doc: Document): Element[] {
  const blocks = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isContent = node instanceof Text ? node.data.trim() !== '' : node instanceof HTMLImageElement && node.alt.trim() !== '';
    const block = isContent && blockOf(node instanceof Text ? node.parentElement! : (node as Element));
    if (block && !blocks.has(block) && isVisible(block) && textOf(block)) blocks.add(block);
  }
  return [...blocks];
}

/** The text of a block as it reads, without the blocks nested in it (they are read on their own). */
export function textOf(block: Element): string {
  return collapse(ownText(block, true));
}

/** The nearest block-level element around `element`: what a sighted reader sees as one piece of text. */
export function blockOf(element: Element): Element {
  const body = element.ownerDocument.body;
  let block = element;
  while (block !== body && block.parentElement && isInline(getComputedStyle(block).display)) block = block.parentElement;
  return block;
}

/**
 * Whether an element belongs to the page and shows. carebar's own UI never counts: it lives
 * outside `<body>`, or (a toolbar placed in the page) behind a shadow root, whose text is not the page's.
 */
function isPageContent(element: Element): boolean {
  return element.ownerDocument.body.contains(element) && isVisible(element);
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

/** Visible text below `element`; `skipBlocks` leaves out nested blocks, which 连读 reads on their own. */
function ownText(element: Element, skipBlocks: boolean): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child instanceof Text) text += child.data;
    else if (child instanceof Element) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden' || child.getAttribute('aria-hidden') === 'true') continue;
      const inline = isInline(style.display);
      if (skipBlocks && !inline) continue;
      const label = child.getAttribute('aria-label') ?? (child instanceof HTMLImageElement ? child.alt : null);
      // Inline text runs on (Chinese has no spaces to add); a name or a block stands apart.
      text += label !== null ? ` ${label} ` : inline && child.localName !== 'br' ? ownText(child, skipBlocks) : ` ${ownText(child, skipBlocks)} `;
    }
  }
  return text;
}

function isInline(display: string): boolean {
  return display.startsWith('inline') || display === 'contents' || display === 'ruby';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
