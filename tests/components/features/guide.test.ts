import { expect } from '@open-wc/testing';
import type { Carebar } from '../../../src/core/carebar.js';
import { partArrived } from '../helpers.js';
import { $, expectExactUndo, nextFrame, onHostilePage } from './page.js';

/** Turns the guide on and waits for its lines, a lazy part. */
async function turnOn(carebar: Carebar, mode: 'crosshair' | 'mask'): Promise<void> {
  carebar.set('guide', mode);
  await partArrived(() => document.querySelector('care-guide'), 'the guide did not show');
}

function overlay(): HTMLElement {
  const host = document.querySelector<HTMLElement>('care-guide');
  if (!host) throw new Error('no crosshair');
  return host;
}

const line = (name: 'row' | 'column' | 'band') => overlay().shadowRoot!.querySelector(`.${name}`)!;
const centre = (box: DOMRect) => [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];

function pointAt(x: number, y: number): void {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
}

describe('guide (辅助线)', () => {
  const page = onHostilePage();
  // Loaded once here, the lazy part then arrives within the frame that expectExactUndo waits.
  before(() => import('../../../src/guide-lines/guide-lines.js'));

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'guide', 'crosshair');
    await expectExactUndo(page.carebar, 'guide', 'mask');
  });

  it('draws a horizontal and a vertical line through the pointer', async () => {
    await turnOn(page.carebar, 'crosshair');
    pointAt(200, 150);
    await nextFrame();
    const row = line('row').getBoundingClientRect();
    const column = line('column').getBoundingClientRect();
    expect([row.left, row.width, centre(row)[1]]).to.deep.equal([0, innerWidth, 150]);
    expect([column.top, column.height, centre(column)[0]]).to.deep.equal([0, innerHeight, 200]);
  });

  it('lets every click through to the page', async () => {
    await turnOn(page.carebar, 'crosshair');
    const link = $('inline-link').getBoundingClientRect();
    const [x, y] = centre(link);
    pointAt(x, y);
    await nextFrame();
    expect(getComputedStyle(overlay()).pointerEvents).to.equal('none');
    expect(document.elementFromPoint(x, y)?.id).to.equal('inline-link');
  });

  it('follows keyboard focus', async () => {
    await turnOn(page.carebar, 'crosshair');
    $('search').focus();
    await nextFrame();
    const [x, y] = centre($('search').getBoundingClientRect());
    expect(centre(line('row').getBoundingClientRect())[1]).to.equal(y);
    expect(centre(line('column').getBoundingClientRect())[0]).to.equal(x);
  });

  it('moves once per animation frame, however many pointer events arrive, and only by transforms', async () => {
    await turnOn(page.carebar, 'crosshair');
    await nextFrame();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, put back after the test; window's own functions need no this
    const original = window.requestAnimationFrame;
    let frames = 0;
    window.requestAnimationFrame = (callback) => {
      frames++;
      return original(callback);
    };
    try {
      for (let i = 0; i < 50; i++) pointAt(i, i * 2);
    } finally {
      window.requestAnimationFrame = original;
    }
    expect(frames).to.equal(1);
    await nextFrame();
    expect(centre(line('row').getBoundingClientRect())[1]).to.equal(98);
    expect((line('row') as HTMLElement).style.cssText).to.equal('transform: translateY(98px);');
  });

  it('takes its colour and thickness from CSS custom properties', async () => {
    document.documentElement.style.setProperty('--care-guide-color', 'rgb(0, 128, 0)');
    document.documentElement.style.setProperty('--care-guide-size', '6px');
    try {
      await turnOn(page.carebar, 'crosshair');
      pointAt(100, 100);
      await nextFrame();
      expect(getComputedStyle(line('row')).backgroundColor).to.equal('rgb(0, 128, 0)');
      expect(line('row').getBoundingClientRect().height).to.equal(6);
      expect(line('column').getBoundingClientRect().width).to.equal(6);
      expect(centre(line('row').getBoundingClientRect())[1]).to.equal(100);
    } finally {
      document.documentElement.style.removeProperty('--care-guide-color');
      document.documentElement.style.removeProperty('--care-guide-size');
    }
  });

  it('stays out of the page’s zoom, in the top layer', async () => {
    page.carebar.set('zoom', 2);
    await turnOn(page.carebar, 'crosshair');
    pointAt(300, 200);
    await nextFrame();
    expect(overlay().matches(':popover-open')).to.equal(true);
    expect(line('row').getBoundingClientRect().height).to.equal(3);
    expect(centre(line('row').getBoundingClientRect())[1]).to.equal(200);
  });

  it('as a mask, darkens the page above and below a band at the pointer', async () => {
    await turnOn(page.carebar, 'mask');
    pointAt(300, 250);
    await nextFrame();
    const band = line('band').getBoundingClientRect();
    expect(centre(band)[1]).to.equal(250);
    expect(band.width).to.equal(innerWidth);
    expect(band.height).to.be.within(30, 80);
    expect(getComputedStyle(line('band')).boxShadow).to.match(/^rgba\(0, 0, 0, 0\.6\) 0px 0px 0px \d+px$/);
    expect(overlay().shadowRoot!.querySelector('.row') === null, 'no crosshair lines').to.equal(true);
  });
});
