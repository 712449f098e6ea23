import type { FeatureScope } from '../core/host-page.js';
import { eachAdded, matching } from '../core/dom.js';

/** Images that are animated by their format: GIF, and APNG where it says so in its name or type. */
const ANIMATED = /\.(gif|apng)([?#]|$)|^data:image\/(gif|apng)/i;

/**
 * 停止动画 for animated images (a lazy part): each GIF or APNG on the page, now and added later, shows
 * a still of the frame it was on. An `<img>` shows what its CSS `content` names, so the still is a rule
 * of carebar's stylesheet for the image's mark, and the image itself is left as it was. An image of
 * another origin sent without CORS cannot be read, and keeps moving.
 */
export function freezeImages(scope: FeatureScope): void {
  let count = 0;
  const freeze = (img: HTMLImageElement) => {
    const canvas = scope.doc.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    let still: string;
    try {
      still = canvas.toDataURL();
    } catch {
      return; // a tainted canvas: another origin's image
    }
    const id = String(++count);
    scope.mark(img, 'still', id);
    scope.css(`img[data-care-still="${id}"]{content:url(${still})!important}`);
  };
  eachAdded(scope, (root) => {
    for (const img of matching<HTMLImageElement>(root, 'img:not([data-care-still])')) {
      if (!ANIMATED.test(img.currentSrc || img.src)) continue;
      if (img.complete && img.naturalWidth) freeze(img);
      else scope.listen(img, 'load', () => freeze(img), { once: true });
    }
  });
}
