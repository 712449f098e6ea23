// What carebar's text enlargement, spacing and elder mode do to a page's layout: the visible text's
// boxes before and after a setting, in one page load, and the problems that the setting brought.
// Pure measuring functions for bench/layout/layout.ts and for tests that drive a puppeteer `Page`.
//
// The functions that run in the page (`collect`, `installFreeze`, ...) are passed to `page.evaluate`
// as they are, so they hold no named inner functions and no arrow functions bound to a `const`: tsx
// wraps those in a `__name()` helper that does not exist in the page.
import type { Browser, Page } from 'puppeteer-core';
import { VIEWPORT } from '../page.js';

/** A rectangle in document coordinates (px from the page's top left corner). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One visible text node. */
export interface TextBox {
  /** The text node's index in document order when this page load first measured it: the same node has the same id in later measurements. */
  id: number;
  /** Its first 20 characters, white space collapsed, to find it by. */
  text: string;
  /** Its element's computed font size, px. */
  font: number;
  /** The bounding rect of the whole node, clipped or not. */
  box: Rect;
  /** The part of each of its lines that shows: inside the ancestors that clip it or scroll it; lines that do not show at all are left out. */
  lines: Rect[];
  /** The ancestor that cuts it the most, as `tag#id.class`, and by how many px; only when that is more than `CUT_SLACK_PX`. */
  cut?: { by: string; px: number };
}

/** One measurement of a page. */
export interface LayoutSnapshot {
  /** The document's scroll height, px. */
  height: number;
  boxes: TextBox[];
}

/** A problem that a setting brought: one text node (cut, below target) or a pair of them (overlap). */
export interface Problem {
  ids: number[];
  /** Their texts (`TextBox.text`), in the order of `ids`. */
  texts: string[];
  /** How bad, and where: the clipping ancestor and by how much, the overlap's share, the sizes. */
  detail: string;
}

export interface Problems {
  cut: Problem[];
  overlap: Problem[];
  below: Problem[];
}

/** A setting applied through `window.carebar.set(id, value)`. */
export interface Setting {
  readonly name: string;
  readonly id: 'text' | 'spacing' | 'elder';
  readonly value: number | boolean;
}

/** The settings measured: text at 1.5 and 2 times, spacing at its top level, and elder mode. */
export const SETTINGS: readonly Setting[] = [
  { name: 'text 1.5', id: 'text', value: 1.5 },
  { name: 'text 2', id: 'text', value: 2 },
  { name: 'spacing 3', id: 'spacing', value: 3 },
  { name: 'elder', id: 'elder', value: true },
];

/** Text that sticks out of a clipping ancestor by this much or less is not cut: anti-aliasing and rounding. */
export const CUT_SLACK_PX = 2;
/** Two text boxes overlap when they share more than this share of the smaller one's area. */
export const OVERLAP_SHARE = 0.3;
/** Computed sizes come from `calc()` and rounding: this much below the target still meets it. */
export const FONT_SLACK_PX = 0.5;
/** carebar enlarges no text beyond 40 px (src/features/text.ts), and text of 40 px or more not at all. */
export const TEXT_CAP_PX = 40;
/** Elder mode's floor for text (ELDER-TEXT). */
export const ELDER_MIN_PX = 18;
/** How long a setting gets to take effect: carebar adds rules to an adopted stylesheet, some after a lazy part loads. */
export const SETTLE_MS = 300;
/** The most frames to wait for the layout to stand still: a second or so. */
export const SETTLE_FRAMES = 60;

/** Where the page side keeps its state, on `window`. */
const KEY = '__carebarLayout';
/** Timers set from a script whose URL has this in it are carebar's, and keep running when the page's are frozen. */
const OWN_SCRIPTS = '/dist/carebar';

/** What the page side keeps between calls. */
interface PageState {
  /** Whether the page's own timers and animation frames are stopped. */
  frozen: boolean;
  /** `requestAnimationFrame` as it was before `installFreeze` wrapped it. */
  raf?: typeof requestAnimationFrame;
  /** Every text node measured so far in this page load: its index is its id. */
  nodes: Text[];
}

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Before the page's scripts run: wraps `setTimeout`, `setInterval` and `requestAnimationFrame` so
 * that once `state.frozen` is set, the callbacks that the page's own scripts scheduled are skipped.
 * Tickers, carousels and clocks then stand still between the measurements, while carebar's own
 * callbacks (scheduled from a script under `/dist/carebar`) run on: it needs them to apply a setting.
 */
function installFreeze(key: string, own: string): void {
  const slots = window as unknown as Record<string, PageState | undefined>;
  const state = (slots[key] ??= { frozen: false, nodes: [] });
  state.raf = window.requestAnimationFrame.bind(window);
  const timers = window as unknown as Record<string, (callback: unknown, ...rest: unknown[]) => number>;
  for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame']) {
    const original = timers[name].bind(window);
    timers[name] = function (callback: unknown, ...rest: unknown[]): number {
      if (typeof callback !== 'function' || (new Error().stack ?? '').includes(own)) return original(callback, ...rest);
      return original(function (this: unknown, ...args: unknown[]) {
        if (!state.frozen) callback.apply(this, args);
      }, ...rest);
    };
  }
}

/** Stops the page's timers (when `installFreeze` ran), its animations where they are, and `<marquee>`s. Transitions are left to finish. */
function freezeInPage(key: string): void {
  const slots = window as unknown as Record<string, PageState | undefined>;
  (slots[key] ??= { frozen: false, nodes: [] }).frozen = true;
  for (const animation of document.getAnimations()) if (!(animation instanceof CSSTransition)) animation.pause();
  for (const marquee of document.querySelectorAll('marquee')) marquee.stop();
}

/**
 * Resolves when the fonts have loaded, running transitions are finished, and the layout has stood
 * still for two frames: the page's size and the number of rules in adopted stylesheets (where
 * carebar puts its own) unchanged, for at most `frames` frames.
 */
async function settleInPage(key: string, frames: number): Promise<void> {
  await document.fonts.ready;
  // The unwrapped one: the wrapped one skips callbacks from outside carebar once the page is frozen.
  const raf = (window as unknown as Record<string, PageState | undefined>)[key]?.raf ?? window.requestAnimationFrame.bind(window);
  const root = document.documentElement;
  let last = '';
  for (let frame = 0; frame < frames; frame += 2) {
    // A site's `transition` on font-size or padding would otherwise be measured half way.
    for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
    await new Promise((done) => raf(() => raf(done)));
    const rules = document.adoptedStyleSheets.reduce((sum, sheet) => sum + sheet.cssRules.length, 0);
    const now = `${root.scrollWidth}x${root.scrollHeight} ${rules} ${document.styleSheets.length}`;
    if (now === last) return;
    last = now;
  }
}

/** Applies a setting through the page's carebar. */
function applyInPage(id: Setting['id'], value: Setting['value']): void {
  if (!('carebar' in window)) throw new Error('this page has no window.carebar (does it load /dist/carebar.js?)');
  window.carebar.set(id, value);
}

/**
 * The page's visible text nodes (not in open shadow roots, iframes or carebar's `care-*` elements),
 * with their font size, line rects, and the ancestor that cuts each. Elements whose `overflow-x` or
 * `overflow-y` is `hidden` or `clip` cut on that axis; `auto` and `scroll` do not, as their content
 * can be scrolled to (only its visible part counts in `lines`), nor does a `<marquee>`, which moves
 * its content through view. Positioned text escapes some: an absolutely positioned element, the
 * ancestors below its containing block; a fixed one, all but transformed ones. `<html>`'s overflow,
 * or `<body>`'s where `<html>`'s is visible, is the viewport's.
 */
function collect(key: string, slack: number): LayoutSnapshot {
  const slots = window as unknown as Record<string, PageState | undefined>;
  const state = (slots[key] ??= { frozen: false, nodes: [] });
  const ids = new Map<Text, number>();
  state.nodes.forEach((node, i) => ids.set(node, i));
  const root = document.documentElement;
  const body = document.body as HTMLElement | null;
  const rootStyle = getComputedStyle(root);
  const bodyIsViewport = rootStyle.overflowX === 'visible' && rootStyle.overflowY === 'visible';
  const sx = window.scrollX;
  const sy = window.scrollY;
  // `auto` and `scroll` do not cut: what they hold can be scrolled to.
  const clipping = /^(hidden|clip)$/;
  /** Per element: what it does to text below it. */
  interface Clipper {
    /** Its padding box, viewport coordinates, on the axes where it cuts (hidden, clip); undefined where it does not. */
    x?: [number, number];
    y?: [number, number];
    /** The same on the axes where it shows only part of its content, scrolling or not: for what of the text shows. */
    showX?: [number, number];
    showY?: [number, number];
    label: string;
    position: string;
    /** Whether it is the containing block of absolutely positioned descendants, and of fixed ones. */
    holdsAbsolute: boolean;
    holdsFixed: boolean;
  }
  const clippers = new Map<Element, Clipper>();
  const visible = new Map<Element, boolean>();
  const skipped = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'iframe']);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
    node instanceof Element && (skipped.has(node.localName) || node.localName.startsWith('care-')) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  const range = document.createRange();
  const boxes: TextBox[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || !node.data.trim()) continue;
    // Ids in document order at the first measurement; a node seen before keeps its id.
    let id = ids.get(node);
    if (id === undefined) {
      id = state.nodes.push(node) - 1;
      ids.set(node, id);
    }
    const parent = node.parentElement;
    if (!parent) continue;
    let shown = visible.get(parent);
    if (shown === undefined) {
      shown = parent.checkVisibility({ visibilityProperty: true, opacityProperty: true });
      visible.set(parent, shown);
    }
    if (!shown) continue;
    range.selectNodeContents(node);
    const whole = range.getBoundingClientRect();
    if (whole.width === 0 || whole.height === 0) continue;

    // Up the ancestors: which of them clip this text, and by how much it sticks out of each.
    let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    let worst: { by: string; px: number } | undefined;
    let escaping: 'no' | 'absolute' | 'fixed' = 'no';
    for (let el: Element | null = parent; el; el = el.parentElement) {
      let info = clippers.get(el);
      if (!info) {
        const style = getComputedStyle(el);
        const contains = /paint|layout|strict|content/.test(style.contain);
        const transformed = style.transform !== 'none' || style.filter !== 'none' || style.perspective !== 'none' || contains;
        const classes = [...el.classList].slice(0, 2).map((name) => `.${name}`).join('');
        info = {
          label: `${el.localName}${el.id ? `#${el.id}` : ''}${classes}`,
          position: style.position,
          holdsAbsolute: el === root || style.position !== 'static' || transformed,
          holdsFixed: transformed,
        };
        const isViewport = el === root || (el === body && bodyIsViewport);
        if (isViewport) {
          // Its overflow is the viewport's: on a clipped axis the user cannot scroll, so what lies beyond
          // the viewport at the page's top left is out of reach.
          info.label = `viewport (${info.label} overflow)`;
          if (clipping.test(style.overflowX)) info.x = info.showX = [-sx, root.clientWidth - sx];
          if (clipping.test(style.overflowY)) info.y = info.showY = [-sy, window.innerHeight - sy];
        } else if (style.display !== 'inline' && style.display !== 'contents' && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
          const rect = el.getBoundingClientRect();
          const left = rect.left + el.clientLeft;
          const top = rect.top + el.clientTop;
          if (style.overflowX !== 'visible') info.showX = [left, left + el.clientWidth];
          if (style.overflowY !== 'visible') info.showY = [top, top + el.clientHeight];
          // A `<marquee>` hides its overflow, but moves all of it through view: it cuts nothing, as a scrolling box.
          const moving = el.localName === 'marquee';
          if (clipping.test(style.overflowX) && !moving) info.x = info.showX;
          if (clipping.test(style.overflowY) && !moving) info.y = info.showY;
        }
        clippers.set(el, info);
      }
      const inChain = escaping === 'no' || (escaping === 'absolute' && info.holdsAbsolute) || (escaping === 'fixed' && info.holdsFixed);
      if (!inChain) continue;
      escaping = info.position === 'absolute' ? 'absolute' : info.position === 'fixed' ? 'fixed' : 'no';
      let px = 0;
      if (info.x) px = Math.max(px, info.x[0] - whole.left, whole.right - info.x[1]);
      if (info.y) px = Math.max(px, info.y[0] - whole.top, whole.bottom - info.y[1]);
      if (info.showX) clip = { ...clip, left: Math.max(clip.left, info.showX[0]), right: Math.min(clip.right, info.showX[1]) };
      if (info.showY) clip = { ...clip, top: Math.max(clip.top, info.showY[0]), bottom: Math.min(clip.bottom, info.showY[1]) };
      if (px > slack && (!worst || px > worst.px)) worst = { by: info.label, px: Math.round(px) };
    }

    const lines: Rect[] = [];
    for (const line of range.getClientRects()) {
      const left = Math.max(line.left, clip.left);
      const right = Math.min(line.right, clip.right);
      const top = Math.max(line.top, clip.top);
      const bottom = Math.min(line.bottom, clip.bottom);
      if (right > left && bottom > top) lines.push({ left: left + sx, top: top + sy, right: right + sx, bottom: bottom + sy });
    }
    boxes.push({
      id,
      text: node.data.replace(/\s+/g, ' ').trim().slice(0, 20),
      font: parseFloat(getComputedStyle(parent).fontSize),
      box: { left: whole.left + sx, top: whole.top + sy, right: whole.right + sx, bottom: whole.bottom + sy },
      lines,
      ...(worst ? { cut: worst } : {}),
    });
  }
  range.detach();
  return { height: Math.max(root.scrollHeight, body?.scrollHeight ?? 0), boxes };
}

// ---------------------------------------------------------------------------------------------
// From node

/**
 * Before the page loads (call before `page.goto`): lets `freeze` stop the page's own timers and
 * animation frames. Without it, `freeze` stops only CSS animations and `<marquee>`s.
 */
export async function freezeOnLoad(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(installFreeze, KEY, OWN_SCRIPTS);
}

/** Stops what moves on the page by itself: its timers (see `freezeOnLoad`), CSS and script animations, `<marquee>`s. */
export async function freeze(page: Page): Promise<void> {
  await page.evaluate(freezeInPage, KEY);
}

/**
 * Waits `ms`, then for the network to be idle (carebar loads some parts when a setting needs them), for the
 * fonts, for transitions to finish and for the layout to stand still (at most `SETTLE_FRAMES` frames).
 */
export async function settle(page: Page, ms = 0): Promise<void> {
  if (ms) await new Promise((done) => setTimeout(done, ms));
  await page.waitForNetworkIdle({ idleTime: 100, timeout: 5000 }).catch(() => undefined); // a page that polls is measured as it is
  await page.evaluate(settleInPage, KEY, SETTLE_FRAMES);
}

/** Applies `setting` through `window.carebar` and waits `SETTLE_MS` for it to take effect. */
export async function applySetting(page: Page, setting: Setting): Promise<void> {
  await page.evaluate(applyInPage, setting.id, setting.value);
  await settle(page, SETTLE_MS);
}

/** The page's visible text as it is laid out now. Ids are per page load: compare snapshots of one load. */
export async function measureLayout(page: Page): Promise<LayoutSnapshot> {
  return page.evaluate(collect, KEY, CUT_SLACK_PX);
}

/**
 * On a loaded page: settles it, freezes it, measures it, applies `setting` and measures it again.
 * `onBaseline` runs after the page is frozen and before the baseline (it may take a screenshot: the page is settled again after it),
 * `onAfter` after the second measurement.
 */
export async function beforeAndAfter(
  page: Page,
  setting: Setting,
  { onBaseline, onAfter }: { onBaseline?: () => Promise<void>; onAfter?: () => Promise<void> } = {},
): Promise<{ before: LayoutSnapshot; after: LayoutSnapshot; problems: Problems }> {
  await settle(page);
  await freeze(page);
  await settle(page);
  if (onBaseline) {
    await onBaseline();
    await settle(page);
  }
  const before = await measureLayout(page);
  await applySetting(page, setting);
  const after = await measureLayout(page);
  await onAfter?.();
  return { before, after, problems: compare(before, after, setting) };
}

/**
 * `url` before and after `setting`, loaded in a browser context of its own (carebar keeps settings in
 * localStorage) on the bench's screen. `hooks` gets the tab, for screenshots before and after.
 */
export async function measureSetting(
  browser: Browser,
  url: string,
  setting: Setting,
  hooks?: (tab: Page) => { onBaseline?: () => Promise<void>; onAfter?: () => Promise<void> },
): Promise<{ before: LayoutSnapshot; after: LayoutSnapshot; problems: Problems }> {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport(VIEWPORT);
    await freezeOnLoad(tab);
    await tab.goto(url, { waitUntil: 'load' });
    return await beforeAndAfter(tab, setting, hooks?.(tab));
  } finally {
    await context.close();
  }
}

/** The share of the smaller rect's area that `a` and `b` have in common. */
function sharedShare(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  if (width <= 0 || height <= 0) return 0;
  const area = (rect: Rect) => (rect.right - rect.left) * (rect.bottom - rect.top);
  return (width * height) / Math.min(area(a), area(b));
}

/**
 * Pairs of text nodes whose visible lines overlap by more than `OVERLAP_SHARE`, keyed `a:b` (a < b),
 * with the largest share. Text nodes, not elements: no text is counted again through its ancestors.
 * Line rects rather than one rect per node: a node that wraps has a bounding rect that covers its
 * neighbours on the same lines. A sweep over the lines sorted by
 * their top compares each only with those that start above its bottom.
 */
export function overlaps(snapshot: LayoutSnapshot): Map<string, number> {
  const lines = snapshot.boxes.flatMap((box) => box.lines.map((rect) => ({ id: box.id, rect })));
  lines.sort((a, b) => a.rect.top - b.rect.top);
  const pairs = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const { id, rect } = lines[i];
    for (let j = i + 1; j < lines.length && lines[j].rect.top < rect.bottom; j++) {
      const other = lines[j];
      if (other.id === id) continue;
      const share = sharedShare(rect, other.rect);
      if (share <= OVERLAP_SHARE) continue;
      const key = id < other.id ? `${id}:${other.id}` : `${other.id}:${id}`;
      pairs.set(key, Math.max(share, pairs.get(key) ?? 0));
    }
  }
  return pairs;
}

/**
 * The font size that `setting` should give text of `base` px, or undefined when it sets none:
 * `text f` makes it f times larger, up to carebar's cap of 40 px (text at 40 px or more stays as it is);
 * elder mode, at least 18 px.
 */
export function targetFont(setting: Setting, base: number): number | undefined {
  if (setting.id === 'elder') return ELDER_MIN_PX;
  if (setting.id !== 'text' || typeof setting.value !== 'number') return undefined;
  return Math.max(base, Math.min(base * setting.value, TEXT_CAP_PX));
}

/**
 * What `setting` broke: only problems that the baseline did not have, among text measured in both
 * snapshots (matched by id, so both must come from one page load, or from loads of an unchanging DOM).
 */
export function compare(before: LayoutSnapshot, after: LayoutSnapshot, setting: Setting): Problems {
  const was = new Map(before.boxes.map((box) => [box.id, box]));
  const now = new Map(after.boxes.map((box) => [box.id, box]));
  const problems: Problems = { cut: [], overlap: [], below: [] };
  for (const box of after.boxes) {
    const old = was.get(box.id);
    if (!old) continue;
    if (box.cut && !old.cut) problems.cut.push({ ids: [box.id], texts: [box.text], detail: `by ${box.cut.by}, ${box.cut.px} px out` });
    const target = targetFont(setting, old.font);
    if (target !== undefined && box.font < target - FONT_SLACK_PX) {
      problems.below.push({ ids: [box.id], texts: [box.text], detail: `${old.font} → ${box.font} px, target ${Math.round(target * 100) / 100} px` });
    }
  }
  const old = overlaps(before);
  for (const [key, share] of overlaps(after)) {
    if (old.has(key)) continue;
    const [a, b] = key.split(':').map(Number);
    if (!was.has(a) || !was.has(b)) continue;
    problems.overlap.push({ ids: [a, b], texts: [now.get(a)!.text, now.get(b)!.text], detail: `${Math.round(share * 100)}% of the smaller` });
  }
  return problems;
}
