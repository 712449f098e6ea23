// What the hosts suite reads from a page. Each probe runs inside the page (through
// `page.evaluate`), so it is self-contained: no imports, no helpers from outside its body.
import type { Page } from 'puppeteer-core';

/** The host's DOM as a site operator would compare it: `<body>` and the attributes of `<html>`. */
export const hostDom = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const root = document.documentElement;
    const attributes = [...root.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).join(' ');
    return `<html ${attributes}>\n${document.body.outerHTML}`;
  });

/**
 * The computed style of `<html>` and of every element in `<body>`, with its `::before` and
 * `::after`, one string per box. Animations are put at their start and transitions finished
 * first, so that a drifting ad or a fading hover compares equal at any moment.
 */
export const hostStyles = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if (animation instanceof CSSTransition) animation.finish();
      else animation.currentTime = 0;
    }
    const elements = [document.documentElement, ...document.body.querySelectorAll('*')];
    return elements.flatMap((element, index) => {
      const name = `${index} <${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}>`;
      return [null, '::before', '::after'].map((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        const declarations = Array.from(style, (property) => `${property}: ${style.getPropertyValue(property)}`);
        return `${name}${pseudo ?? ''} { ${declarations.join('; ')} }`;
      });
    });
  });

/** The toolbar's bar (or its launcher while closed) and the centre of its help button, or why it has none. */
export interface ToolbarPlace {
  /** The bar's or launcher's box, in viewport pixels. */
  box: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  /** Where a user would click the help button, and its `aria-expanded`. */
  help?: { x: number; y: number; expanded: string | null };
}

export const toolbarPlace = (page: Page): Promise<ToolbarPlace | string> =>
  page.evaluate(() => {
    const root = document.querySelector('care-toolbar')?.shadowRoot;
    if (!root) return 'no <care-toolbar> with a shadow root on the page';
    const shown = [...root.querySelectorAll<HTMLElement>('.bar, .launcher')].find((element) => !element.hidden);
    if (!shown) return 'neither the bar nor the launcher is shown';
    const { left, top, right, bottom } = shown.getBoundingClientRect();
    const helpButton = root.querySelector<HTMLElement>('.bar:not([hidden]) [aria-controls="panel"]');
    const helpBox = helpButton?.getBoundingClientRect();
    return {
      box: { left, top, right, bottom },
      viewport: { width: innerWidth, height: innerHeight },
      help: helpBox && { x: helpBox.x + helpBox.width / 2, y: helpBox.y + helpBox.height / 2, expanded: helpButton!.getAttribute('aria-expanded') },
    };
  });

/** An element that shows text, by name, with its font size and line height in px (`null`: `normal`). */
export type TextSize = { name: string; font: number; line: number | null };

/** The sizes of every element in `<body>` that shows text of its own, and of every text field. */
export const textSizes = (page: Page): Promise<TextSize[]> =>
  page.evaluate(() => {
    const holders = [...document.body.querySelectorAll('*')].filter(
      (element) => element.checkVisibility() && (element.matches('input, textarea') || [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent!))),
    );
    return holders.map((element, index) => {
      const style = getComputedStyle(element);
      const name = `${index} <${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}> "${element.textContent.trim().slice(0, 12)}"`;
      return { name, font: parseFloat(style.fontSize), line: style.lineHeight === 'normal' ? null : parseFloat(style.lineHeight) };
    });
  });
