import { afterLayout, OUTRANK, whenParsed } from '../core/dom.js';
import type { FeatureScope } from '../core/host-page.js';
import type { ToggleFeature } from './types.js';

/** What a site tells elder mode: the drop-in's come from the script tag's `data-hide`. */
export interface ElderOptions {
  /** A selector list of the site's own ads and pop-ups, hidden beside everything marked `data-care-hide`. */
  readonly hide?: string;
}

const MIN_TEXT_PX = 18; // ELDER-TEXT
const MIN_TARGET_PX = 60; // ELDER-TARGET
/** Above the `ui` feature's 44 px rule, which outranks the site's own with `OUTRANK` too. */
const MARKED_TARGET = `[data-care-elder-target]${OUTRANK}${OUTRANK}`;
/** Fields and buttons grow by CSS alone, unread and unmarked: they are boxes already, and centre their content. */
const FIELDS = `body :is(button,input:not([type=hidden],[type=checkbox],[type=radio]),select,textarea)${OUTRANK}${OUTRANK}`;

/**
 * 老年人模式 / 关怀版: one switch for the age-friendly preset. Larger text, line and paragraph
 * spacing, high contrast, the large cursor and large controls are the other features' settings
 * (`preset`), so the user can change each of them afterwards. This module adds the 18 px floor
 * that `text` reads, 60 × 60 px targets (ELDER-TARGET) and hiding floating ads and pop-ups
 * (ELDER-NOADS).
 */
export const elderMode = ({ hide }: ElderOptions = {}): ToggleFeature => ({
  id: 'elder',
  kind: 'toggle',
  icon: 'M10 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM8 7h4l1 4 3 2-1 1-3-2v10h-2v-6l-2 6H6l2-9zm9 6h2v9h-2z',
  shortcut: 'KeyE',
  default: false,
  // spacing 1: lines 1.5 × the text (ELDER-SPACING asks 1.3), paragraphs 1.44 × the line pitch.
  preset: { text: 1.25, spacing: 1, color: 'high-contrast', cursor: 'black-large', ui: true },
  apply(_on, scope, carebar) {
    scope.css(
      `html{--care-text-min:${MIN_TEXT_PX}px}` +
        `[data-care-hide]${OUTRANK}{display:none!important}` +
        `${MARKED_TARGET},${FIELDS}{min-width:${MIN_TARGET_PX}px!important;min-height:${MIN_TARGET_PX}px!important}` +
        `${MARKED_TARGET}[data-care-elder-target=inline]{display:inline-flex!important;align-items:center;justify-content:center}` +
        `${MARKED_TARGET}[data-care-elder-target=block]{display:flex!important;align-items:center}`,
    );
    // Its own rule: an invalid selector from the site then drops only itself.
    if (hide) scope.css(`${hide}{display:none!important}`);
    // Floating ads and small targets are found in the page's layout (a lazy part), read once the
    // browser has laid the page out itself: forcing a layout of a large page before it costs ~40 ms.
    carebar.parts.use(scope, 'elderScan', (part) => part.watchPage(scope, MIN_TARGET_PX), laidOut(scope));
  },
});

/** Elder mode as a site gets it without options. */
export const elder = elderMode();

/** Resolves when the browser has next laid out the whole parsed page, before it paints that. */
function laidOut(scope: FeatureScope): Promise<void> {
  return new Promise((resolve) => whenParsed(scope, () => afterLayout(scope.doc.documentElement, resolve)));
}
