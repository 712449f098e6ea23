import { OUTRANK } from './dom.js';
import type { ToggleFeature } from './types.js';

/** 链接高亮: every link underlined and outlined in its own colour, so it shows in any colour scheme. */
export const links: ToggleFeature = {
  id: 'links',
  kind: 'toggle',
  icon: 'M10.6 13.4a4 4 0 0 0 5.7 0l3.5-3.5a4 4 0 0 0-5.7-5.7l-1.6 1.6 1.4 1.4 1.6-1.6a2 2 0 1 1 2.9 2.9l-3.5 3.5a2 2 0 0 1-2.9 0zm2.8-2.8a4 4 0 0 0-5.7 0l-3.5 3.5a4 4 0 0 0 5.7 5.7l1.6-1.6-1.4-1.4-1.6 1.6a2 2 0 1 1-2.9-2.9l3.5-3.5a2 2 0 0 1 2.9 0z',
  shortcut: 'KeyL',
  default: false,
  apply(_on, scope) {
    scope.css(
      `body :is(a[href],[role=link])${OUTRANK}{text-decoration:underline 2px!important;text-underline-offset:.2em!important;` +
        `outline:2px dashed currentColor!important;outline-offset:2px!important}`,
    );
  },
};
