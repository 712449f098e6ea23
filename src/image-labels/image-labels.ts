import type { FeatureScope } from '../core/host-page.js';
import { eachAdded, matching } from '../core/dom.js';

/**
 * 隐藏图片's labels (a lazy part): each image's alt text in its place, in a label of ours, on the
 * page now and on images added later. Decorative images (empty alt) get none.
 */
export function labelImages(scope: FeatureScope): void {
  eachAdded(scope, (root) => {
    for (const img of matching<HTMLImageElement>(root, 'img[alt]:not([alt=""],[data-care-alt])')) {
      const label = scope.doc.createElement('care-alt');
      label.textContent = img.alt;
      img.before(label);
      scope.mark(img, 'alt');
      scope.onClear(() => label.remove());
    }
  });
}
