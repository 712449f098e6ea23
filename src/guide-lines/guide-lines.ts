import type { FeatureScope } from '../core/host-page.js';
import { showOnTop } from '../core/dom.js';

/** Site CSS may set `--care-guide-color`, `--care-guide-size` (the lines) and `--care-guide-band` (the mask's band) on `<html>`. */
const STYLES =
  'i{position:absolute;left:0;top:0;background:var(--care-guide-color,#e60012);box-shadow:0 0 0 1px #fff;will-change:transform}' +
  'i:not([style]){display:none}' + // until the pointer or focus is first known
  '.row{width:100%;height:var(--care-guide-size,3px);margin-top:calc(var(--care-guide-size,3px)/-2)}' +
  '.column{height:100%;width:var(--care-guide-size,3px);margin-left:calc(var(--care-guide-size,3px)/-2)}' +
  '.band{width:100%;height:var(--care-guide-band,3em);margin-top:calc(var(--care-guide-band,3em)/-2);background:none;box-shadow:0 0 0 100vmax rgb(0 0 0/.6)}';

/** Shows the crosshair (`crosshair`) or the reading mask (`mask`) until `scope` is cleared. */
export function showGuide(mode: string, scope: FeatureScope): void {
  const lines = mode === 'mask' ? '<i class=band></i>' : '<i class=row></i><i class=column></i>';
  const [row, column] = showOnTop(scope, 'care-guide', STYLES, lines).shadowRoot!.querySelectorAll('i');
  let x = 0;
  let y = 0;
  let frame = 0;
  const draw = () => {
    frame = 0;
    row.style.transform = `translateY(${y}px)`;
    if (column) column.style.transform = `translateX(${x}px)`;
  };
  const moveTo = (left: number, top: number) => {
    x = left;
    y = top;
    frame ||= requestAnimationFrame(draw);
  };
  scope.listen(scope.doc, 'pointermove', (event) => moveTo(event.clientX, event.clientY), { passive: true });
  scope.listen(scope.doc, 'focusin', (event) => {
    const box = (event.target as Element).getBoundingClientRect();
    moveTo(box.x + box.width / 2, box.y + box.height / 2);
  });
  scope.onClear(() => cancelAnimationFrame(frame));
}
