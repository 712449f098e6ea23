import type { FindingNode } from '../types.js';
import { MAX_NODES, type Check } from './types.js';

/** Never walk more Tab presses than this, so that a huge page stays quick. */
const MAX_TABS = 120;

/** The keyboard walk's notes, kept inside the page between presses. */
interface FocusWalk {
  /** Where focus settled after a press, or undefined where it is on an element the run leaves out. */
  settle: () => Promise<Step | undefined>;
  /** Waits for focus a page takes back late, removes the walk's listeners, and says which elements took it back. */
  stop: () => Promise<FindingNode[]>;
}

/** How long after the last Tab a page may take focus back and still be caught doing it. */
const LATE_FOCUS_MS = 50;

declare global {
  interface Window {
    __carebarFocusWalk?: FocusWalk;
  }
}

interface Step {
  /** The focused element, or null when focus left the page's elements (it wrapped around). */
  node: FindingNode | null;
  /** Whether anything about the element visibly changed when it took focus. */
  shows: boolean;
  /** Focus went into an iframe, whose own elements the walk cannot see. */
  frame: boolean;
}

/** Whether a Tab left focus on the element it found it on: held there, unless in a frame, which takes the presses itself. */
const held = (step: Step | undefined, before: Step | undefined) => Boolean(step?.node && !step.frame && step.node.selector === before?.node?.selector);

export const elderKeys: Check<'pass' | 'trap' | 'invisible' | 'none'> = {
  id: 'elder-keys',
  requirements: ['ELDER-KEYS'],
  wcag: ['2.1.1', '2.1.2', '2.4.7'],
  wcagOf: { trap: ['2.1.2'], invisible: ['2.4.7'], none: ['2.1.1'] },
  appliesTo: 'every',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '页面的所有功能可用键盘操作：Tab 能到达每个控件，焦点清晰可见，没有键盘陷阱（GB/T 37668，WCAG 2.1.1、2.1.2、2.4.7）。', fix: '使用原生按钮、链接和表单控件；不要用 outline: none 去掉焦点框而不给替代样式；弹窗关闭后把焦点交还原处。' },
    en: { rule: 'Everything works from the keyboard: Tab reaches every control, focus is always visible, and nothing traps focus (GB/T 37668; WCAG 2.1.1, 2.1.2, 2.4.7).', fix: 'Use native buttons, links and form controls; never remove the focus outline without a replacement; return focus when a dialog closes.' },
  },
  messages: {
    'zh-CN': {
      pass: '用 Tab 键走遍了 {count} 个元素：焦点都清晰可见，也没有键盘陷阱。其他键盘操作请人工确认。',
      trap: '键盘陷阱：按 Tab 键后焦点停在这些元素上，无法离开。',
      invisible: '{count} 个元素获得键盘焦点时看不出焦点（没有焦点框或其他变化）。',
      none: '页面上没有可以用 Tab 键到达的元素。',
    },
    en: {
      pass: 'Tab reached {count} elements: focus was visible on each, with no keyboard trap. Check other keyboard operation by hand.',
      trap: 'Keyboard trap: after Tab, focus stays on these elements and cannot leave.',
      invisible: '{count} elements show no sign of keyboard focus (no focus ring or other change).',
      none: 'Tab reaches no element on the page.',
    },
  },
  async evaluate({ page }) {
    const { tabbable, leftOut, frames } = await page.evaluate((lateFocusMs) => {
      const probe = window.__carebarProbe;
      (document.activeElement as HTMLElement | null)?.blur?.();
      const candidates = [...document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]')];
      // Fingerprint every element unfocused, so that focus can be compared with it.
      for (const el of candidates) probe.baseline.set(el, `${probe.visible(el)}|${probe.focusStyle(el)}`);
      // Focus is judged once the page has handled it: after the tasks its focus handlers queued, and with the
      // transitions it started run to their end, so that a machine's load cannot change what the walk sees.
      // A Tab that takes focus out of the page blurs its window; the browser may give it focus back on its own
      // time, which must not read as focus that stayed. Focus going into a frame blurs the window too.
      // A page can also take focus back to an element Tab has left, from a timer of its own, at any time: each
      // such move is noted whenever it comes, so that how fast the walk runs cannot hide it. Such moves that are the
      // browser's, not the page's: focus given back to the element Tab took it out of the page from, and focus
      // that comes with the window's own, when a Tab brings focus back into the page.
      let blurred = false;
      let tabbing = false;
      let windowLeft = false;
      let regaining = false;
      let left: Element | null = null;
      const passed = new Set<Element>();
      const takenBack = new Set<Element>();
      const onBlur = (event: FocusEvent) => {
        if (event.target === window) blurred = windowLeft = true;
      };
      const onWindowFocus = (event: FocusEvent) => {
        if (event.target !== window) return;
        regaining = true;
        setTimeout(() => (regaining = false));
      };
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'Tab') return;
        [tabbing, windowLeft, left] = [true, false, probe.activeElement()];
        if (left) passed.add(left);
        setTimeout(() => (tabbing = false)); // queued before the tasks that the Tab's own focus handlers queue
      };
      const onFocus = (event: FocusEvent) => {
        const to = event.target;
        if (tabbing || regaining || !(to instanceof Element) || !passed.has(to) || (windowLeft && to === left) || probe.leftOut(to)) return;
        takenBack.add(to);
      };
      const listeners = [['blur', onBlur], ['focus', onWindowFocus], ['keydown', onKey], ['focusin', onFocus]] as const;
      for (const [type, listener] of listeners) addEventListener(type, listener as EventListener, true);
      window.__carebarFocusWalk = {
        stop: async () => {
          await new Promise((resolve) => setTimeout(resolve, lateFocusMs));
          for (const [type, listener] of listeners) removeEventListener(type, listener as EventListener, true);
          return [...takenBack].map(probe.node);
        },
        settle: async () => {
          await new Promise((resolve) => setTimeout(resolve));
          // Focus still where the Tab found it may be the Tab taking it out of the page, which the browser tells
          // the page, by blurring its window, on its own time: give that a moment before calling focus held.
          for (let waited = 0; !blurred && left && probe.activeElement() === left && left.tagName !== 'IFRAME' && waited < lateFocusMs; waited += 5) {
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          const el = probe.activeElement();
          const outOfPage = !el || (blurred && el.tagName !== 'IFRAME');
          blurred = false;
          if (outOfPage) return { node: null, shows: true, frame: false };
          if (probe.leftOut(el)) return undefined; // the run leaves this element out: its focus is not judged
          for (const animation of el.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
          const shows = probe.baseline.get(el) !== `${probe.visible(el)}|${probe.focusStyle(el)}` && probe.visible(el);
          return { node: probe.node(el), shows, frame: el.tagName === 'IFRAME' };
        },
      };
      // Tab stops once in a group of radio buttons, whose arrow keys move within it: a group is one stop.
      const groups = new Set<string>();
      const inOrder = candidates.filter((el) => {
        if (el.matches(':disabled') || el.closest('[inert]')) return false; // never takes focus
        if (!(el instanceof HTMLInputElement && el.type === 'radio' && el.name)) return (el as HTMLElement).tabIndex >= 0;
        const group = `${el.form ? probe.selector(el.form) : ''}|${el.name}`;
        if (groups.has(group)) return false;
        groups.add(group);
        return el.tabIndex >= 0;
      });
      // Tab still stops in what the run leaves out: the walk presses on through it, unjudged.
      const shown = inOrder.filter(probe.visible);
      return { tabbable: shown.length, leftOut: inOrder.filter(probe.leftOut).length, frames: shown.filter((el) => el.tagName === 'IFRAME').length };
    }, LATE_FOCUS_MS);
    // One press at a time, each judged where focus settled before the next is sent. While focus is inside a
    // frame, the frame's document takes the presses and the walk notes only the frame; frames are not judged.
    const presses = Math.min(tabbable + leftOut + 2, MAX_TABS);
    const steps: Step[] = [];
    for (let press = 0; press < presses; press++) {
      await page.keyboard.down('Tab');
      const [step] = await Promise.all([page.evaluate(() => window.__carebarFocusWalk!.settle()), page.keyboard.up('Tab')]);
      if (step) steps.push(step);
      if (held(steps.at(-1), steps.at(-2))) break; // a trap: no need to go on
    }
    const takenBack = await page.evaluate(async () => {
      const nodes = await window.__carebarFocusWalk!.stop();
      delete window.__carebarFocusWalk;
      (document.activeElement as HTMLElement | null)?.blur?.();
      return nodes;
    });
    if (takenBack.length) return { outcome: 'fail', key: 'trap', nodes: takenBack };
    const reached = steps.filter((s): s is Step & { node: FindingNode } => s.node !== null);
    // Focus that never left the page's start is held by nothing. Only if the page has stops besides frames (which Tab
    // skips when nothing in them takes focus, as in a frame that did not load) did something keep it from them.
    if (!reached.length) return tabbable > frames ? { outcome: 'fail', key: 'trap' } : { outcome: 'pass', key: 'none' };
    // A trap: focus that stops moving, or that cycles among a few elements while others were never reached.
    const distinct = new Set(reached.map((s) => s.node.selector));
    const wrapped = steps.some((s) => !s.node);
    const stuck = held(steps.at(-1), steps.at(-2));
    if (stuck || (!wrapped && distinct.size < tabbable / 2 && presses >= tabbable + leftOut)) {
      const cycle = [...new Map(reached.slice(-4).map((s) => [s.node.selector, s.node])).values()];
      return { outcome: 'fail', key: 'trap', nodes: cycle };
    }
    const invisible = [...new Map(reached.filter((s) => !s.shows && !s.frame).map((s) => [s.node.selector, s.node])).values()];
    if (invisible.length) return { outcome: 'fail', key: 'invisible', params: { count: invisible.length }, nodes: invisible.slice(0, MAX_NODES) };
    return { outcome: 'pass', key: 'pass', params: { count: distinct.size } };
  },
};
