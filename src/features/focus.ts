import { OUTRANK } from '../core/dom.js';
import type { ToggleFeature } from './types.js';

/** 焦点强化: a thick two-tone ring on the keyboard focus, visible on light and dark backgrounds alike. */
export const focus: ToggleFeature = {
  id: 'focus',
  extra: true,
  kind: 'toggle',
  icon: 'M3 3h6v2H5v4H3zm12 0h6v6h-2V5h-4zM3 15h2v4h4v2H3zm16 0h2v6h-6v-2h4zM9 9h6v6H9z',
  shortcut: 'KeyF',
  default: false,
  apply(_on, scope) {
    scope.css(`body :focus-visible${OUTRANK}{outline:4px solid #ffbf00!important;outline-offset:2px!important;box-shadow:0 0 0 8px #000!important}`);
  },
};
