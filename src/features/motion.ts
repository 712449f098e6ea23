import { eachAdded, matching, OUTRANK } from '../core/dom.js';
import type { ToggleFeature } from './types.js';

/**
 * 停止动画: CSS animations jump to their end and transitions to their new value, smooth
 * scrolling stops, `<marquee>` (common on government sites) stands still, and animated images
 * show a still of their frame (a lazy part).
 */
export const motion: ToggleFeature = {
  id: 'motion',
  extra: true,
  kind: 'toggle',
  icon: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zM9 7v10h2V7zm4 0v10h2V7z',
  shortcut: 'KeyP',
  default: false,
  apply(_on, scope, carebar) {
    scope.css(
      `html{scroll-behavior:auto!important}body${OUTRANK},body ${OUTRANK},body ${OUTRANK}::before,body ${OUTRANK}::after` +
        // One short run rather than none: an element that fades in by animation still ends up shown.
        `{animation-duration:1ms!important;animation-delay:0s!important;animation-iteration-count:1!important;` +
        `transition-duration:0s!important;transition-delay:0s!important;scroll-behavior:auto!important}`,
    );
    eachAdded(scope, (root) => {
      for (const marquee of matching<HTMLMarqueeElement>(root, 'marquee')) {
        marquee.stop();
        scope.onClear(() => marquee.start());
      }
    });
    carebar.parts.use(scope, 'stillImages', (part) => part.freezeImages(scope));
  },
};
