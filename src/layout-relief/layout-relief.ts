import type { Carebar } from '../core/carebar.js';
import type { FeatureScope } from '../core/host-page.js';
import { eachAdded, OUTRANK } from '../core/dom.js';
import { enlargeFrames } from './frames.js';
import { forgetSizing, matching, PINNED, pinnedBy, rulesOf, savedSizing, saveSizing, sheetsKey, type Sizing, type SizingRules } from './saved-sizing.js';

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
 * Same-origin frames get the page's larger text and spacing, and their boxes the same relief (frames.ts).
 */
export function relieve(scope: FeatureScope, carebar: Carebar): void {
  enlargeFrames(scope, carebar, relieve);
  // Taken now: after a clear, `scope.signal` would be a new one, not aborted.
  const { doc, signal } = scope;
  const ruled = new Set<string>();
  let queued = false;
  const boxes = new SizedBoxes(doc);
  let passes = 0;
  const pass = () => {
    queued = false;
    const sized = boxes.now();
    // The site's rules were just read: the boxes are measured in a task of its own, each within a frame.
    if (!sized) return queue();
    const css = outgrown(sized.boxes, sized.pinned, scope, ruled);
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
  scope.onClear(forgetSizing);
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
 * What the page fixes the size of, which is all whose content can outgrow its box: the rules of the
 * site's stylesheets that give a height, a maximum height, a line that may not wrap or a line clamp,
 * and the elements whose style attribute does. Also what it pins to the window (fixed or sticky), as
 * a grown bar may cover the pinned boxes under it. Reading the layout of these alone keeps a pass
 * within a frame on a page of thousands of elements. Where a stylesheet cannot be read (another
 * origin's, without CORS), every element is looked at.
 */
class SizedBoxes {
  private rules = new Map<string, Sizing>();
  private ruleCount = -1;

  constructor(private readonly doc: Document) {}

  /**
   * Each sizing rule's selector, with what it fixes, and each element sized by its style attribute,
   * with the elements pinned by either; or nothing, once the rules have had to be read again: ask
   * again in the next task.
   */
  now(): { boxes: Array<[selector: string, sizing: Sizing] | Element>; pinned: Element[] } | undefined {
    const body = this.doc.body;
    const sheets = [...this.doc.styleSheets];
    const lists = sheets.map(rulesOf);
    if (lists.includes(null)) {
      const all = [...body.getElementsByTagName('*')];
      return { boxes: all, pinned: all.filter((el) => PINNED.test(getComputedStyle(el).position)) };
    }
    const count = lists.reduce((sum, list) => sum + list!.length, 0);
    if (count !== this.ruleCount) {
      this.ruleCount = count;
      const key = sheetsKey(sheets);
      const saved = savedSizing(key);
      this.rules = new Map(saved);
      if (!saved) {
        for (const list of lists) sizing([...list!], this.rules);
        saveSizing(key, [...this.rules]);
        return undefined;
      }
    }
    // Elements with a style attribute are few, and a test of their text is quicker than a selector of its words.
    const styled = [...body.querySelectorAll('[style]')];
    const rules: SizingRules = [...this.rules];
    return {
      boxes: [...rules.filter(([, fixed]) => fixed.height || fixed.maxHeight || fixed.nowrap || fixed.clamp), ...styled.filter((el) => INLINE_SIZED.test(el.getAttribute('style')!))],
      pinned: pinnedBy(rules, body, styled),
    };
  }
}

/** Elements whose content is no text that could outgrow them: a field scrolls its own. */
const REPLACED_TAGS = 'input|select|textarea|img|video|iframe|canvas|object|embed|svg';
const REPLACED = new RegExp(`^(${REPLACED_TAGS})$`);
/** A selector of such elements alone (`.search input`, `img.logo`), whose rule sizes no text. */
const REPLACED_SUBJECT = new RegExp(`(^|[\\s>+~])(${REPLACED_TAGS})([.#:[][^\\s>+~]*)?$`, 'i');

/** Style attributes that fix a size. */
const INLINE_SIZED = /height|nowrap|clamp/i;

/** Adds to `found`, by selector, what the rules among `rules` (and the groups in them) fix of a box's size. */
function sizing(rules: CSSRule[], found: Map<string, Sizing>): void {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      const { height, maxHeight, whiteSpace, webkitLineClamp, position } = rule.style;
      const fixed: Sizing = { ...found.get(rule.selectorText) };
      // Fields and images size no text, but one may be pinned: a floating ad of a picture alone, which elder mode hides.
      if (!rule.selectorText.split(',').every((selector) => REPLACED_SUBJECT.test(selector.trim()))) {
        if (/\d/.test(height)) fixed.height = height;
        if (/\d/.test(maxHeight)) fixed.maxHeight = true;
        if (whiteSpace === 'nowrap') fixed.nowrap = true;
        if (/\d/.test(webkitLineClamp)) fixed.clamp = true;
      }
      if (PINNED.test(position)) fixed.pinned = true;
      if (Object.keys(fixed).length) found.set(rule.selectorText, fixed);
    } else if (rule instanceof CSSImportRule) {
      if (rule.styleSheet) sizing([...rule.styleSheet.cssRules], found);
    } else if (rule instanceof CSSGroupingRule) sizing([...rule.cssRules], found);
  }
}

/** How a box is relieved: a mark of `RELIEF` and its value, and the child it is for, where it is not the box. */
type Relief = [mark: string, value: string, child?: Element];

/**
 * Returns the rules that let outgrown boxes grow (only those not added before), or `''` when no box
 * has outgrown its size. Elements of one sizing rule are alike (the items of a list, the cells of a
 * row): the first of them found outgrown decides, and a twin of the rule relieves them all, with no
 * mark on any. An element sized by its style attribute is marked, and relieved by its marks. Every
 * size is read before any mark is set, so that the page is laid out once per pass.
 */
function outgrown(sized: Array<[string, Sizing] | Element>, pinned: Element[], scope: FeatureScope, ruled: Set<string>): string {
  const marked: Array<[Element, Relief]> = [];
  let css = '';
  // What the page was laid out with: a twin added in this pass has had no effect yet.
  const laidOut = new Set(ruled);
  const add = (selector: string, [mark, value]: Relief) => {
    if (ruled.has(`${selector} ${mark}`)) return;
    ruled.add(`${selector} ${mark}`);
    css += `${selector}${OUTRANK}{${RELIEF[mark](value)}}`;
  };
  for (const entry of sized) {
    if (!(entry instanceof Element)) {
      const [selector, fixed] = entry;
      const twin = `:is(${selector})`;
      const has = (mark: string) => ruled.has(`${twin} ${mark}`);
      // Relieved both ways: its elements are no longer read.
      if ((has('grow') || has('clamp')) && (has('wrap') || has('break'))) continue;
      const had = (mark: string) => laidOut.has(`${twin} ${mark}`);
      for (const el of matching(scope.doc.body, selector)) {
        // Most of a rule's elements fit, and a page may have hundreds of them: those are passed over on their sizes alone.
        if (textFits(el)) continue;
        const reliefs = reliefOf(el, fixed, has, had);
        for (const relief of reliefs) {
          if (relief[2]) marked.push([relief[2], relief]);
          else add(twin, relief);
        }
        // Its other elements are alike: they are read again once the twin has taken effect.
        if (reliefs.some((relief) => !relief[2])) break;
      }
    } else if (!entry.localName.startsWith('care-')) {
      // Carebar's own elements are left to carebar.
      for (const relief of reliefOf(entry, undefined, (mark) => entry.hasAttribute(`data-care-${mark}`))) marked.push([relief[2] ?? entry, relief]);
    }
  }
  marked.push(...underBars(scope.doc, pinned));
  for (const [el, relief] of marked) {
    const [mark, value] = relief;
    if (el.hasAttribute(`data-care-${mark}`)) continue;
    scope.mark(el, mark, value);
    add(`[data-care-${mark}="${value}"]`, relief);
  }
  return css;
}

/** Whether `el` holds text alone and that text fits its box: then `reliefOf` would find nothing to do. */
function textFits(el: Element): boolean {
  return !el.childElementCount && el.scrollHeight <= el.clientHeight + SLACK_PX && el.scrollWidth <= el.clientWidth + SLACK_PX;
}

/**
 * What `el` needs, if its content has outgrown its box: of what its rule `fixed` fixes, or, without
 * a rule, of what its style attribute does. What the rule's twin `has` already is not looked for;
 * what it `had` when the page was laid out shows in the sizes read.
 */
function reliefOf(el: Element, fixed?: Sizing, has: (mark: string) => boolean = () => false, had = has): Relief[] {
  if (REPLACED.test(el.localName)) return [];
  const { clientHeight, scrollHeight, clientWidth, scrollWidth } = el;
  const grown = has('grow') || has('clamp');
  const taller = scrollHeight > clientHeight + SLACK_PX && clientHeight > 0;
  const wider = scrollWidth > clientWidth + SLACK_PX && clientWidth > 0 && !has('wrap') && !has('break');
  // The height it had stays as a minimum: its rule's, or what it measures.
  const height = fixed ? (fixed.height ?? '') : `${clientHeight}px`;
  const grows = !fixed || !!fixed.height || fixed.maxHeight;
  const found: Relief[] = [];
  if (!taller && !wider) {
    if (!el.childElementCount) return [];
    const { room, clearing } = placedLines(el, clientHeight);
    return room && grows && !grown ? [['grow', height], ['room', `${room}px`], ...clearing] : clearing;
  }
  // Grown to its content and taller still: what sticks out is placed absolutely (a header's logo with its
  // subtitle), and a box's height does not follow that. The box then reaches as far as it does.
  if (taller && had('grow') && !has('reach')) found.push(['reach', `${scrollHeight}px`]);
  if (grown && !wider) return found;
  const style = getComputedStyle(el);
  const clamped = style.webkitLineClamp !== 'none';
  if (taller && !grown && clamped && (!fixed || fixed.clamp)) found.push(['clamp', '']);
  if (taller && !grown && !clamped && grows && !/auto|scroll/.test(style.overflowY)) {
    found.push(['grow', height]);
    // Grown to its content, the box ends where its text does: a line placed from its bottom would sit on that text.
    const { room, clearing } = el.childElementCount ? placedLines(el, clientHeight, true) : { room: 0, clearing: [] };
    if (room) found.push(['room', `${room}px`]);
    found.push(...clearing);
    // A float that now reaches below its box (a news list's date) is taken into it.
    if (style.overflowY === 'visible' && CONTAINED[style.display]) found.push(['contain', style.display]);
    found.push(...wholeLabels(el));
  }
  if (!wider || /auto|scroll/.test(style.overflowX)) return found;
  // Only a box of text: a strip of slides side by side overflows on purpose.
  if (holdsText(el)) {
    if (/^(nowrap|pre)$/.test(style.whiteSpace)) found.push(['wrap', style.whiteSpace]);
    else if (style.overflowWrap === 'normal') found.push(['break', '']);
  } else if (/flex|grid/.test(style.display)) {
    // An item of a flex or grid row is at least as wide as its content: a title that may not wrap widens it
    // past the row, over the next column. Items that stick out may be narrower than their content.
    for (const child of el.children) {
      if (child.getBoundingClientRect().right > el.getBoundingClientRect().right + SLACK_PX) found.push(['shrink', '', child]);
    }
  }
  return found;
}

/**
 * The lines that `el` places absolutely, where its text that grew lays them over other text. A card of
 * fixed height often keeps a line at its bottom, placed there absolutely (a doctor's "出诊" times, a
 * tile's count): its text runs under that line, though nothing overflows. `room` is what such lines
 * need below the text, where the text now reaches into it or the box is `growing` to fit it, or 0. A
 * header places its title and an English subtitle under it, each at its own offset: a title that grew
 * covers the subtitle; an item's date placed at its right has its title, once wrapped, run under it.
 * `clearing` moves each placed line below those above it that it now meets, and keeps text clear of
 * the lines at the right.
 */
function placedLines(el: Element, height: number, growing = false): { room: number; clearing: Relief[] } {
  let [room, reach] = [0, 0];
  const placed: Line[] = [];
  const flowing: Line[] = [];
  for (const child of el.children) {
    if (!(child instanceof HTMLElement) || child.offsetParent !== el) continue;
    // Text only: a caption laid over a slide's picture is there by design.
    if (!child.textContent?.trim()) continue;
    const { offsetLeft: left, offsetTop: top, offsetWidth, offsetHeight } = child;
    // Browsers resolve `top: auto` of a positioned box to pixels: a line that ends near the card's bottom is taken as placed from it.
    const { position, marginBottom } = getComputedStyle(child);
    const gap = height - top - offsetHeight - parseFloat(marginBottom);
    const line = { child, left, right: left + offsetWidth, top, bottom: top + offsetHeight };
    if (position !== 'absolute') {
      reach = Math.max(reach, line.bottom);
      flowing.push(line);
    } else {
      placed.push(line);
      if (gap >= 0 && gap < height / 4) room = Math.max(room, Math.ceil(height - top));
    }
  }
  const clearing: Relief[] = [];
  // A line placed at the right (a list item's date or count) that the text now runs under: the text keeps clear of it.
  const width = el.clientWidth;
  const aside = Math.max(0, ...placed.filter((line) => line.left > width / 2 && flowing.some((text) => meet(text, line))).map((line) => Math.ceil(width - line.left)));
  if (aside) clearing.push(['aside', `${aside}px`]);
  placed.sort((a, b) => a.top - b.top);
  placed.forEach((line, i) => {
    const above = placed.slice(0, i).filter((other) => other.left < line.right && line.left < other.right);
    const shift = Math.ceil(Math.max(0, ...above.map((other) => other.bottom)) - line.top);
    if (shift <= SLACK_PX) return;
    [line.top, line.bottom] = [line.top + shift, line.bottom + shift];
    clearing.push(['shift', `${shift}px`, line.child]);
  });
  return { room: room && reach && (growing || reach > height - room) ? room : 0, clearing };
}

/** The longest label kept on one line: a nav item's or a tab's words, not a sentence. */
const LABEL_CHARS = 8;

/**
 * Nav bars give each item a fixed width, just wide enough for its words at the site's size: grown, a
 * label breaks over lines, one or two characters to a line ("医院概" over "况"). Each label in `bar`
 * that breaks is kept whole: the float, inline block or flex item that holds it becomes as wide as
 * the label (never narrower than it was), and its row wraps instead.
 */
function wholeLabels(bar: Element): Relief[] {
  const found: Relief[] = [];
  const range = bar.ownerDocument.createRange();
  for (const label of bar.querySelectorAll('a, li, button')) {
    const text = label.textContent.trim();
    if (!text || text.length > LABEL_CHARS || /\s/.test(text) || label.childElementCount) continue;
    range.selectNodeContents(label);
    if (range.getClientRects().length < 2) continue;
    for (let item: Element | null = label, depth = 0; item && item !== bar && depth < 2; item = item.parentElement, depth++) {
      const { float, display } = getComputedStyle(item);
      const row = getComputedStyle(item.parentElement!).display;
      if (float === 'none' && display !== 'inline-block' && !/flex|grid/.test(row)) continue;
      found.push(['whole', `${(item as HTMLElement).offsetWidth}px`, item]);
      if (/flex/.test(row)) found.push(['rows', '', item.parentElement!]);
      break;
    }
  }
  return found;
}

/**
 * Fixed boxes that a bar fixed or stuck at the top of the window now covers, since the bar grew with its
 * text: a docs site's sidebar and its "本页目录", placed at `top: 57px` under a header 56 px high. Each is
 * lowered to below the bar. Bars and boxes are among the `pinned` elements: most pages have none.
 */
function underBars(doc: Document, pinned: Element[]): Array<[Element, Relief]> {
  if (!pinned.length) return [];
  // Carebar's own bar at the top pushes the page down: the page's bars are below it.
  const top = parseFloat(getComputedStyle(doc.documentElement).getPropertyValue('--care-top')) || 0;
  const windowHeight = doc.documentElement.clientHeight;
  // Carebar's own are left to carebar.
  const placed = pinned.filter((el) => !el.localName.startsWith('care-')).map((el) => [el, el.getBoundingClientRect()] as const);
  // A rail of the window's height is no bar, though it starts at the top.
  const bars = placed.filter(([, bar]) => bar.top <= top + SLACK_PX && bar.bottom > top + SLACK_PX && bar.height < windowHeight / 3);
  const found: Array<[Element, Relief]> = [];
  for (const [bar, { left, right, top: barTop, bottom }] of bars) {
    for (const [box, { left: boxLeft, right: boxRight, top: boxTop, bottom: boxBottom }] of placed) {
      // A box that starts with the bar was laid beside it; one that starts in it, under the bar's old bottom, is now covered.
      if (boxTop <= barTop + SLACK_PX || boxTop >= bottom - SLACK_PX || boxBottom < bottom || boxLeft >= right || boxRight <= left) continue;
      if (box.contains(bar) || bar.contains(box) || found.some(([el]) => el === box)) continue;
      const { position, top: placedTop } = getComputedStyle(box);
      if (position === 'fixed' && /px$/.test(placedTop)) found.push([box, ['lower', `${parseFloat(placedTop) + Math.ceil(bottom - boxTop)}px`]]);
    }
  }
  return found;
}

/** A box of a line of text, in its positioned parent. */
interface Line {
  child: HTMLElement;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether two lines' boxes share more than a sliver. */
function meet(a: Line, b: Line): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK_PX && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK_PX;
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
  grow: (height) => `height:auto!important;max-height:none!important${height && `;min-height:${height}!important`}`,
  // A line that may not wrap, or preformatted text, wraps; a long number or address breaks where it must.
  wrap: (whiteSpace) =>
    `white-space:${whiteSpace === 'pre' ? 'pre-wrap' : 'normal'}!important;overflow-wrap:anywhere!important;text-overflow:clip!important;height:auto!important;max-height:none!important`,
  break: () => 'overflow-wrap:anywhere!important',
  room: (padding) => `padding-bottom:${padding}!important`,
  reach: (height) => `min-height:${height}!important`,
  shrink: () => 'min-width:0!important',
  // Its width had kept it apart from the next item: a little padding does now.
  whole: (width) => `width:auto!important;min-width:${width}!important;flex-shrink:0!important;padding-inline:.4em!important`,
  rows: () => 'flex-wrap:wrap!important',
  lower: (top) => `top:${top}!important`,
  aside: (padding) => `padding-right:${padding}!important`,
  // Moved without a change of its layout or margins: the lines placed after it keep their offsets.
  shift: (offset) => `translate:0 ${offset}!important`,
  clamp: () => '-webkit-line-clamp:none!important;max-height:none!important;height:auto!important',
  contain: (display) => CONTAINED[display],
};
