import { OUTRANK } from '../core/dom.js';
import type { ToggleFeature } from './types.js';

/**
 * 标题高亮: every heading outlined, with a badge of its level. The badge is hidden from screen
 * readers (its alternative text is empty), which already announce the level.
 */
export const headings: ToggleFeature = {
  id: 'headings',
  extra: true,
  kind: 'toggle',
  icon: 'M4 4h3v7h6V4h3v16h-3v-6H7v6H4zm14 8h3v8h-2v-6h-1z',
  shortcut: 'KeyH',
  default: false,
  apply(_on, scope) {
    let rules = `body :is(h1,h2,h3,h4,h5,h6,[role=heading])${OUTRANK}{outline:2px solid currentColor!important;outline-offset:3px!important}`;
    for (let level = 1; level <= 6; level++) {
      rules += `body h${level}${OUTRANK}::before{content:"H${level}"/"";margin-inline-end:.4em;padding:0 .3em;border:1px solid;font-size:.6em;vertical-align:middle}`;
    }
    scope.css(rules);
  },
};
