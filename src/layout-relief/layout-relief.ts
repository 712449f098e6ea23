import type { FeatureScope } from '../core/host-page.js';
import { eachAdded, OUTRANK } from '../core/dom.js';

/** Enough passes for a box that grows to make its fixed-height parent overflow in turn, a few levels up. */
const MAX_PASSES = 4;
/** The longest a page that has loaded waits for its boxes to grow, if the browser is never idle. */
const IDLE_WAIT_MS = 500;
/** Sub-pixel rounding: content this much larger than its box still fits. */
const SLACK_PX = 1;

/**
 * Legacy layouts size their boxes for the text as it was: a nav bar `height: 40px; overflow: hidden`,
 * a news list of fixed height, a title that must stay on one line. Once text or spacing is larger,
 * their content no longer fits and is cut off, or spills onto the next box. While a feature that
 * enlarges text is on, this lazy part finds the boxes whose content has outgrown them and lets them
 * grow, with rules of carebar's stylesheet keyed by marks: a fixed or maximum height gives way to the
 * content (never shrinking below what it was), a line that may not wrap wraps, and a line clamp lets
 * every line show. The page gets longer; no text is lost or covered. Content added later (a carousel's
 * slide, an app's view) and later size changes are looked at again, one pass per frame at most.
 */
export function relieve(scope: FeatureScope): void {
  // Taken now: after a clear, `scope.signal` would be a new one, not aborted.
  const { doc, signal } = scope;
  const ruled = new Set<string>();
  let queued = false;
  const boxes = new SizedBoxes(doc);
  let passes = 0;
  const pass = () => {
    queued = false;
    const css = outgrown(boxes.now(), scope, ruled);
    if (!css) return void (passes = 0);
    scope.css(css);
    // A box that grew may make its fixed-height parent overflow in turn: looked at again once laid out.
    if (++passes < MAX_PASSES) queue();
  };
  let started = false;
  const queue = () => {
    if (queued || !started) return;
    queued = true;
    // After the next frame is laid out: reading sizes then costs no layout of its own.
    requestAnimationFrame(() => setTimeout(() => signal.aborted || pass()));
  };
  eachAdded(scope, queue);
  // The features change sizes by setting their attribute on <html>, web fonts change them when they arrive.
  const observer = new MutationObserver(queue);
  observer.observe(doc.documentElement, { attributes: true });
  scope.onClear(() => observer.disconnect());
  scope.listen(window, 'resize', queue);
  void doc.fonts?.ready.then(queue);
  const start = () => {
    started = true;
    queue();
  };
  // Restored as a page loads, the relief waits for the load and an idle moment: the page's start-up goes first.
  if (doc.readyState === 'complete') start();
  else scope.listen(window, 'load', () => (window.requestIdleCallback ?? setTimeout)(start, { timeout: IDLE_WAIT_MS }), { once: true });
}

/**
 * The elements whose size the page fixes, which are the only ones whose content can outgrow them:
 * those that a rule of the site's stylesheets gives a height, a maximum height, a line that may not
 * wrap or a line clamp, and those whose style attribute does. Reading the layout of these alone
 * keeps a pass within a frame on a page of thousands of elements. Where a stylesheet cannot be read
 * (another origin's, without CORS), every element is looked at.
 */
class SizedBoxes {
  private selectors: string[] = [];
  private ruleCount = -1;

  constructor(private readonly doc: Document) {}

  now(): Iterable<Element> {
    const sheets = [...this.doc.styleSheets];
    const rules = sheets.map(rulesOf);
    if (rules.includes(null)) return this.doc.body.getElementsByTagName('*');
    const count = rules.reduce((sum, list) => sum + list!.length, 0);
    if (count !== this.ruleCount) {
      this.ruleCount = count;
      this.selectors = [...new Set(rules.flatMap((list) => sizing([...list!])))];
    }
    const found = new Set<Element>(this.doc.body.querySelectorAll(INLINE_SIZED));
    for (const selector of this.selectors) {
      try {
        for (const el of this.doc.body.querySelectorAll(selector)) found.add(el);
      } catch {
        // a selector that only stylesheets take, such as `:host`
      }
    }
    return found;
  }
}

/** Style attributes that fix a size. */
const INLINE_SIZED = '[style*=height i],[style*=nowrap i],[style*=clamp i]';

/** The selectors of the rules among `rules` (and the groups in them) that fix a box's size. */
function sizing(rules: CSSRule[]): string[] {
  return rules.flatMap((rule) => {
    if (rule instanceof CSSStyleRule) {
      const { height, maxHeight, whiteSpace, webkitLineClamp } = rule.style;
      return /\d/.test(height + maxHeight) || whiteSpace === 'nowrap' || /\d/.test(webkitLineClamp) ? [rule.selectorText] : [];
    }
    if (rule instanceof CSSImportRule) return rule.styleSheet ? sizing([...rule.styleSheet.cssRules]) : [];
    return rule instanceof CSSGroupingRule ? sizing([...rule.cssRules]) : [];
  });
}

/** A stylesheet's rules, or null where another origin's cannot be read. */
function rulesOf(sheet: CSSStyleSheet): CSSRuleList | null {
  try {
    return sheet.cssRules;
  } catch {
    return null;
  }
}

/**
 * Marks the boxes whose content has outgrown them, and returns the rules that let them grow (only
 * those not added before), or `''` when none has. Every size is read before any mark is set, so
 * that the page is laid out once per pass.
 */
function outgrown(boxes: Iterable<Element>, scope: FeatureScope, ruled: Set<string>): string {
  const found: Array<[Element, string, string]> = [];
  for (const el of boxes) {
    // Grown already: it takes its content's height from now on. Carebar's own elements are left to carebar.
    if (el.hasAttribute('data-care-grow') || el.localName.startsWith('care-')) continue;
    const { clientHeight, scrollHeight, clientWidth, scrollWidth } = el;
    const taller = scrollHeight > clientHeight + SLACK_PX && clientHeight > 0;
    const wider = scrollWidth > clientWidth + SLACK_PX && clientWidth > 0;
    if (!taller && !wider) {
      const room = el.childElementCount ? roomBelow(el, clientHeight) : 0;
      if (room) found.push([el, 'grow', String(clientHeight)], [el, 'room', String(room)]);
      continue;
    }
    const style = getComputedStyle(el);
    if (style.webkitLineClamp !== 'none' && taller) found.push([el, 'clamp', '']);
    else if (taller && !/auto|scroll/.test(style.overflowY)) {
      found.push([el, 'grow', String(clientHeight)]);
      // Grown to its content, the box ends where its text does: a line placed from its bottom would sit on that text.
      const room = el.childElementCount ? roomBelow(el, clientHeight, true) : 0;
      if (room) found.push([el, 'room', String(room)]);
      // A float that now reaches below its box (a news list's date) is taken into it.
      if (style.overflowY === 'visible' && CONTAINED[style.display]) found.push([el, 'contain', style.display]);
    }
    // Only a box of text: a strip of slides side by side overflows on purpose.
    if (wider && !/auto|scroll/.test(style.overflowX) && holdsText(el)) {
      if (/^(nowrap|pre)$/.test(style.whiteSpace)) found.push([el, 'wrap', style.whiteSpace]);
      else if (style.overflowWrap === 'normal') found.push([el, 'break', '']);
    }
  }
  let css = '';
  for (const [el, mark, value] of found) {
    if (el.hasAttribute(`data-care-${mark}`)) continue;
    scope.mark(el, mark, value);
    const selector = `[data-care-${mark}="${value}"]`;
    if (ruled.has(selector)) continue;
    ruled.add(selector);
    css += `${selector}${OUTRANK}{${RELIEF[mark](value)}}`;
  }
  return css;
}

/**
 * A card of fixed height often keeps a line of text at its bottom, placed there absolutely (a doctor's "出诊"
 * times, a tile's count). Its text that grows then runs under that line, though nothing overflows. Returns the
 * room such lines need below the text, where the text now reaches into it or the box is `growing` to fit it, or 0.
 */
function roomBelow(el: Element, height: number, growing = false): number {
  let [room, reach] = [0, 0];
  for (const child of el.children) {
    if (!(child instanceof HTMLElement) || child.offsetParent !== el) continue;
    // Text only: a caption laid over a slide's picture is there by design.
    if (!child.textContent?.trim()) continue;
    // Browsers resolve `top: auto` of a positioned box to pixels: a line that ends near the card's bottom is taken as placed from it.
    const { position, marginBottom } = getComputedStyle(child);
    const gap = height - child.offsetTop - child.offsetHeight - parseFloat(marginBottom);
    if (position !== 'absolute') reach = Math.max(reach, child.offsetTop + child.offsetHeight);
    else if (gap >= 0 && gap < height / 4) room = Math.max(room, Math.ceil(height - child.offsetTop));
  }
  return room && reach && (growing || reach > height - room) ? room : 0;
}

/** Elements of running text, which stay so when a feature makes them inline blocks (elder mode's larger link targets). */
const PHRASING = /^(a|abbr|b|br|em|font|i|img|label|small|span|strong|sub|sup|time|u)$/;

/** Whether `el` holds only text and elements of running text, such as a title's link: what wrapping lines can fit. */
function holdsText(el: Element): boolean {
  return [...el.children].every((child) => PHRASING.test(child.localName) || getComputedStyle(child).display === 'inline');
}

/** Blocks that take in their floats, as they were displayed. */
const CONTAINED: Record<string, string> = { block: 'display:flow-root!important', 'list-item': 'display:list-item flow-root!important' };

/** What each mark lets its box do, by the mark's value. */
const RELIEF: Record<string, (value: string) => string> = {
  // The height it had stays as a minimum: content drawn outside the flow (a carousel's slides) keeps its room.
  grow: (height) => `height:auto!important;max-height:none!important;min-height:${height}px!important`,
  // A line that may not wrap, or preformatted text, wraps; a long number or address breaks where it must.
  wrap: (whiteSpace) =>
    `white-space:${whiteSpace === 'pre' ? 'pre-wrap' : 'normal'}!important;overflow-wrap:anywhere!important;text-overflow:clip!important;height:auto!important;max-height:none!important`,
  break: () => 'overflow-wrap:anywhere!important',
  room: (padding) => `padding-bottom:${padding}px!important`,
  clamp: () => '-webkit-line-clamp:none!important;max-height:none!important;height:auto!important',
  contain: (display) => CONTAINED[display],
};
