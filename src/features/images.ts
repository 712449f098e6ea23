import { OUTRANK } from '../core/dom.js';
import type { ToggleFeature } from './types.js';

/**
 * 隐藏图片: hides images and background images, keeping their space so the layout stays, and
 * shows each image's alt text in its place, in a label of ours that takes no space of its own.
 */
export const images: ToggleFeature = {
  id: 'images',
  extra: true,
  kind: 'toggle',
  icon: 'M3 4h18v16H3zm2 2v9l4-4 3 3 4-5 3 4V6zM2 3.4 3.4 2 22 20.6 20.6 22z',
  shortcut: 'KeyI',
  default: false,
  apply(_on, scope, carebar) {
    scope.css(
      `body ${OUTRANK}{background-image:none!important}body :is(img,video,[role=img]:not(svg))${OUTRANK}{visibility:hidden!important}` +
        // At its static position, an absolute label sits where the image begins without moving anything.
        `care-alt${OUTRANK}{position:absolute!important;z-index:1;max-width:20em;padding:2px 6px;border:2px dashed;background:Canvas;color:CanvasText;line-height:1.4}`,
    );
    // The labels are a lazy part: they come a moment after the images are hidden.
    carebar.parts.use(scope, 'imageLabels', (part) => part.labelImages(scope));
  },
};
