import { CONTROLS, OUTRANK } from '../core/dom.js';
import type { ToggleFeature } from './types.js';

const TARGET_PX = 44;

/**
 * 大界面: links, buttons and fields get hit areas of at least 44 × 44 px wherever layout allows.
 * A minimum size takes no effect on a link inside a line of text, which cannot grow without
 * breaking its paragraph; everything else grows. The toolbar grows too (`large`).
 */
export const ui: ToggleFeature = {
  id: 'ui',
  kind: 'toggle',
  icon: 'M3 6h18v12H3zm2 2v8h14V8zm3 3h8v2H8z',
  shortcut: 'KeyU',
  default: false,
  apply(_on, scope) {
    scope.css(
      `body :is(${CONTROLS})${OUTRANK}{min-width:${TARGET_PX}px!important;min-height:${TARGET_PX}px!important}`,
    );
  },
};
