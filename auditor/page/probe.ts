// DOM helpers that carebar's checks share inside the audited page. They are installed once per page
// through CDP (so a strict Content-Security-Policy cannot block them) and never change the page.
import type { FindingNode } from '../types.js';

export interface Probe {
  /** A CSS selector that finds the element again, short where an id allows. */
  selector: (el: Element) => string;
  /** The element as a node of a finding: its selector and the start of its markup. */
  node: (el: Element) => FindingNode;
  /** Rendered, with a box, not transparent, and not left out by the run's `hideElements`. */
  visible: (el: Element) => boolean;
  /** Inside an element that the run's `hideElements` leaves out of every check. */
  leftOut: (el: Element) => boolean;
  /** Visible elements that hold text of their own (not only through children). */
  textElements: () => Element[];
  /** What a user can reach and operate: links, controls and anything with a click role. */
  targets: () => Element[];
  /** The element's text as shown, collapsed, or its accessible label for images and controls. */
  label: (el: Element) => string;
  /** The focused element, looking into open shadow roots. */
  activeElement: () => Element | null;
  /** A short fingerprint of the styles that show focus, to compare focused with unfocused. */
  focusStyle: (el: Element) => string;
  /** Unfocused fingerprints, recorded before the keyboard walk. */
  baseline: WeakMap<Element, string>;
}

declare global {
  interface Window {
    __carebarProbe: Probe;
  }
}

/**
 * tsx and esbuild wrap named functions in `__name(...)` calls when they keep names; a function
 * serialised into the page then needs `__name` there too. Rollup's build does not, so this is a no-op.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Runs inside the page (serialised by puppeteer): everything it uses must be defined in it.
 * `hidden` is a selector list of what the checks leave out (`hideElements`), or empty.
 */
export function installProbe(hidden: string): void {
  const SNIPPET_LENGTH = 240;
  const TARGET_SELECTOR = [
    'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary',
    '[role="button"]', '[role="link"]', '[role="checkbox"]', '[role="tab"]', '[role="menuitem"]', '[onclick]',
  ].join(',');
  const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

  const selector = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
      if (node.id && document.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        return parts.join(' > ');
      }
      const tag = node.tagName.toLowerCase();
      const sameTag = node.parentElement ? [...node.parentElement.children].filter((c) => c.tagName === node?.tagName) : [];
      parts.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
    }
    return ['html', ...parts].join(' > ');
  };

  const html = (el: Element): string => {
    const markup = el.outerHTML;
    if (markup.length <= SNIPPET_LENGTH) return markup;
    const openTag = markup.slice(0, markup.indexOf('>') + 1);
    return `${openTag.length <= SNIPPET_LENGTH ? openTag : openTag.slice(0, SNIPPET_LENGTH)}…`;
  };

  const leftOut = (el: Element): boolean => hidden !== '' && el.closest(hidden) !== null;

  const visible = (el: Element): boolean => {
    if (leftOut(el)) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };

  const label = (el: Element): string => {
    const own = el instanceof HTMLElement ? el.innerText : el.textContent ?? '';
    const text = own.trim() ? own : el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? el.getAttribute('title') ?? '';
    const images = [...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt')).join(' ');
    return `${text} ${images}`.replace(/\s+/g, ' ').trim();
  };

  window.__carebarProbe = {
    selector,
    node: (el) => ({ selector: selector(el), html: html(el) }),
    visible,
    leftOut,
    label,
    textElements: () =>
      [...document.body.querySelectorAll('*')].filter(
        (el) =>
          !SKIPPED_TAGS.has(el.tagName) &&
          [...el.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) &&
          visible(el),
      ),
    targets: () => [...document.querySelectorAll(TARGET_SELECTOR)].filter(visible),
    activeElement: () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active === document.body ? null : active;
    },
    focusStyle: (el) => {
      const style = getComputedStyle(el);
      const outline = style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      return [outline, style.boxShadow, style.borderColor, style.borderWidth, style.backgroundColor, style.color, style.textDecorationLine].join('|');
    },
    baseline: new WeakMap(),
  };
}
