/**
 * 读屏 and 大字幕 once a user turns one on: the lazy part behind `read` and `caption`, which stay
 * small in the drop-in. Both take their text from extract.ts, so what is spoken is what is shown.
 */
import { captionHeight } from '../caption/caption-bar.js';
import type { FeatureScope } from '../core/host-page.js';
import '../reader/reader-controls.js';
import type { Translation } from '../translations/types.js';
import { listenToContent } from '../view/shown.js';
import { browserEngine, type SpeechEngine } from './engine.js';
import { describe } from './extract.js';
import { HIGHLIGHT_STYLES } from './highlights.js';
import { pageTranslation } from './language.js';
import { Reader } from './reader.js';

/** How long the pointer rests before 指读 speaks: sweeping across the page stays quiet. */
export const POINT_DELAY = 300;

/** The caption's type size in px for each of its values: 40 px at the least. */
const CAPTION_SIZES: Record<string, number> = { on: 40, large: 56, pinyin: 40 };

/**
 * 指读 (`point`) speaks what the pointer rests on or what focus moves to; 连读 (`continuous`) reads
 * the page's blocks in order, from the top or from the text the user clicks. Clicks go on as usual.
 * While a page view is shown, both read the view, not the hidden page under it. `engine` speaks,
 * the browser's own voices by default.
 */
export function startReading(mode: string, scope: FeatureScope, engine: SpeechEngine | undefined = browserEngine()): void {
  const { doc } = scope;
  const t = pageTranslation(doc);
  const reader = new Reader(engine, t.lang, scope);
  const controls = doc.createElement('care-reader-controls');
  controls.reader = reader;
  controls.mode = mode === 'continuous' ? 'continuous' : 'point';
  scope.overlay(controls);
  // Elder mode and the large interface grow the controls as they grow the toolbar (60 px targets, 20 px text).
  scope.css(`${HIGHLIGHT_STYLES}html:is([data-care-elder],[data-care-ui])>care-reader-controls{--care-target:60px;--care-font-size:20px}`);

  if (mode === 'continuous') {
    // A browser speaks only after the user has clicked or pressed a key on the page: a setting
    // restored on page load waits at the top, ready to play.
    if (navigator.userActivation?.hasBeenActive ?? true) void reader.readFrom(0);
    else reader.cue(0);
    listenToContent(scope, 'click', (target) => {
      const index = target instanceof Element ? reader.blockIndex(target) : -1;
      if (index >= 0) void reader.readFrom(index);
    });
    return;
  }

  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sayIfNew = (text: string) => {
    if (text && text !== last) void reader.say(text);
    last = text;
  };
  listenToContent(scope, 'pointerover', (target) => {
    clearTimeout(timer);
    timer = setTimeout(() => sayIfNew(describe(target, t)), POINT_DELAY);
  });
  listenToContent(scope, 'focusin', (target) => sayIfNew(describe(target, t)));
  scope.onClear(() => clearTimeout(timer));
}

/** The caption bar (`on`, `large` or `pinyin`), showing what the pointer or focus is on, or what 连读 reads. */
export function startCaption(value: string, scope: FeatureScope): void {
  const { doc } = scope;
  const bar = scope.overlay(doc.createElement('care-caption-bar'));
  bar.size = CAPTION_SIZES[value];
  bar.pinyin = value === 'pinyin';
  // Reserve the bar's height, so that the end of the page can still be scrolled into view above it.
  const height = captionHeight(bar.size, bar.pinyin);
  scope.css(`html{padding-bottom:${height}px!important;scroll-padding-bottom:${height}px;--care-caption-reserve:${height}px}`);

  let t: Translation | undefined;
  const show = (target: EventTarget | null) => {
    // While 连读 runs, the caption shows what is read, not what the pointer passes over.
    if (doc.documentElement.dataset.careRead === 'continuous') return;
    const text = describe(target, (t ??= pageTranslation(doc)));
    if (text) bar.text = text;
  };
  listenToContent(scope, 'pointerover', show);
  listenToContent(scope, 'focusin', show);
  scope.listen(doc, 'care-reading', (event) => (bar.text = event.detail.text));
}
