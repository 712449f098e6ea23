import type { FeatureScope } from '../core/host-page.js';
import { CONTROLS, OUTRANK, whenBody } from './dom.js';
import type { ToggleFeature } from './types.js';

/** What a site tells elder mode: the drop-in fills it from the script tag's `data-hide`. */
export const elderOptions = {
  /** A selector list of the site's own ads and pop-ups, hidden beside everything marked `data-care-hide`. */
  hide: '',
};

const MIN_TEXT_PX = 18; // ELDER-TEXT
const MIN_TARGET_PX = 60; // ELDER-TARGET
/** Above the `ui` feature's 44 px rule, which outranks the site's own with `OUTRANK` too. */
const MARKED_TARGET = `[data-care-elder-target]${OUTRANK}${OUTRANK}`;
/** A floating window smaller than this either way is a button (back to top, a chat tab), not an ad. */
const MIN_OVERLAY_PX = 80;

/** Check boxes and radio buttons keep their size: their labels are their large targets. */
const TARGETS = `:is(${CONTROLS}):not([type=checkbox],[type=radio])`;
/** What the heuristic never hides: the site's header and navigation, dialogs, and forms such as a login. */
const KEEP = 'header,nav,[role=banner],[role=navigation],dialog,[role=dialog],[role=alertdialog],[aria-modal=true]';
const KEEP_INSIDE = `${KEEP},input:not([type=hidden]),select,textarea`;
/** Text of windows that a user needs to answer: cookie consent, privacy, login. */
const NEEDED = /cookie|consent|隐私|同意|登录|注册|log ?in|sign ?in/i;

/**
 * 老年人模式 / 关怀版: one switch for the age-friendly preset. Larger text, line and paragraph
 * spacing, high contrast, the large cursor and large controls are the other features' settings
 * (`preset`), so the user can change each of them afterwards. This module adds the 18 px floor
 * that `text` reads, 60 × 60 px targets (ELDER-TARGET) and hiding floating ads and pop-ups
 * (ELDER-NOADS).
 */
export const elder: ToggleFeature = {
  id: 'elder',
  kind: 'toggle',
  icon: 'M10 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM8 7h4l1 4 3 2-1 1-3-2v10h-2v-6l-2 6H6l2-9zm9 6h2v9h-2z',
  shortcut: 'KeyE',
  default: false,
  // spacing 1: lines 1.5 × the text (ELDER-SPACING asks 1.3), paragraphs 1.44 × the line pitch.
  preset: { text: 1.25, spacing: 1, color: 'high-contrast', cursor: 'black-large', ui: true },
  apply(_on, scope) {
    scope.css(
      `html{--care-text-min:${MIN_TEXT_PX}px}` +
        `[data-care-hide]${OUTRANK}{display:none!important}` +
        `${MARKED_TARGET}{min-width:${MIN_TARGET_PX}px!important;min-height:${MIN_TARGET_PX}px!important}` +
        `${MARKED_TARGET}[data-care-elder-target=inline]{display:inline-flex!important;align-items:center;justify-content:center}` +
        `${MARKED_TARGET}[data-care-elder-target=block]{display:flex!important;align-items:center}`,
    );
    // Its own rule: an invalid selector from the site then drops only itself.
    if (elderOptions.hide) scope.css(`${elderOptions.hide}{display:none!important}`);
    whenBody(scope, () => {
      const { body } = scope.doc;
      scan(body, scope);
      // Ads often arrive late, or are shown by a script after a delay.
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.type === 'childList' ? record.addedNodes : [record.target]) {
            if (node instanceof Element && !node.closest('[data-care-hide]')) scan(node, scope);
          }
        }
      });
      observer.observe(body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
      scope.onClear(() => observer.disconnect());
    });
  },
};

/** Marks what elder mode changes in `root` and below. Reads come before writes, to lay the page out once. */
function scan(root: Element, scope: FeatureScope): void {
  const elements = [root, ...root.querySelectorAll('*')];
  for (const el of elements.filter(isOverlay)) scope.mark(el, 'hide');
  const smallTargets = elements
    .filter((el) => el.matches(TARGETS) && !el.closest('[data-care-hide]') && isSmallTarget(el))
    .map((el) => [el, displayKind(el)] as const);
  for (const [el, kind] of smallTargets) scope.mark(el, 'elder-target', kind);
}

/** A fixed or sticky window over the content that is none of what a user needs (KEEP, NEEDED). */
function isOverlay(el: Element): boolean {
  const { position } = getComputedStyle(el);
  if (position !== 'fixed' && position !== 'sticky') return false;
  const { width, height } = el.getBoundingClientRect();
  if (width < MIN_OVERLAY_PX || height < MIN_OVERLAY_PX) return false;
  // A bar across the page is the site's header or footer.
  if (width >= innerWidth * 0.9 && height <= innerHeight * 0.25) return false;
  if (el.closest(KEEP) || el.querySelector(KEEP_INSIDE) || el.contains(el.ownerDocument.activeElement)) return false;
  return !NEEDED.test(el.textContent ?? '');
}

/** Smaller than 60 × 60 and not a link inside running text, which cannot grow without breaking its line. */
function isSmallTarget(el: Element): boolean {
  const { width, height } = el.getBoundingClientRect();
  if (!width || (width >= MIN_TARGET_PX && height >= MIN_TARGET_PX)) return false;
  const inSentence = [...(el.parentElement?.childNodes ?? [])].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
  return !(inSentence && getComputedStyle(el).display === 'inline');
}

/** How a target grows: an inline one becomes an inline box, a block one centres its content. */
function displayKind(el: Element): string {
  const { display } = getComputedStyle(el);
  return display === 'inline' || display === 'block' ? display : '';
}
