import { OUTRANK } from '../core/dom.js';
import type { ToggleFeature } from './types.js';

/** 链接高亮: every link underlined and outlined in its own colour, so it shows in any colour scheme. */
export const links: ToggleFeature = {
  id: 'links',
  extra: true,
  kind: 'toggle',
  icon: 'M7 7h4v2H7a3 3 0 0 0 0 6h4v2H7A5 5 0 0 1 7 7zm6 0h4a5 5 0 0 1 0 10h-4v-2h4a3 3 0 0 0 0-6h-4zm-5 4h8v2H8z',
  shortcut: 'KeyL',
  default: false,
  apply(_on, scope) {
    scope.css(
      `body :is(a[href],[role=link])${OUTRANK}{text-decoration:underline 2px!important;text-underline-offset:.2em!important;` +
        `outline:2px dashed currentColor!important;outline-offset:2px!important}`,
    );
  },
};
