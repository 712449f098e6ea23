import { OUTRANK } from '../core/dom.js';
import type { StepperFeature } from './types.js';

/**
 * 大字间距: letter, word, line and paragraph spacing in three levels. The top level passes WCAG
 * 1.4.12 (letters 0.12em, words 0.16em, lines 1.5, paragraphs 2em).
 */
export const spacing: StepperFeature = {
  id: 'spacing',
  kind: 'stepper',
  icon: 'M2 4h2v16H2zm18 0h2v16h-2zM7 11h10v2H7zm0-5h10v2H7zm0 10h10v2H7z',
  shortcut: 'KeyS',
  default: 0,
  min: 0,
  max: 3,
  step: 1,
  format: 'level',
  apply(level, scope) {
    // `--care-line` also reaches the line height that the `text` feature sets.
    scope.css(
      `html{--care-line:${1.25 + level / 4}}` +
        `body${OUTRANK},body ${OUTRANK}{line-height:var(--care-line)!important;` +
        `letter-spacing:${(level * 4) / 100}em!important;word-spacing:${(level * 6) / 100}em!important}` +
        `body p${OUTRANK}{margin-block-end:${Math.round((level * 200) / 3) / 100}em!important}`,
    );
  },
};

