import { expect } from '@open-wc/testing';
import { $, expectExactUndo, onHostilePage } from './page.js';

/** The cursor image of an element, drawn, with its hotspot. */
async function cursorOf(id: string): Promise<{ size: number; hotspot: [number, number]; fallback: string; pixels: ImageData }> {
  const value = getComputedStyle($(id)).cursor;
  const match = value.match(/^url\("(data:image\/svg\+xml,[^"]+)"\) (\d+) (\d+), (\w+)$/);
  if (!match) throw new Error(`not a self-contained SVG cursor: ${value.slice(0, 80)}`);
  const image = new Image();
  image.src = match[1];
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return { size: image.naturalWidth, hotspot: [Number(match[2]), Number(match[3])], fallback: match[4], pixels };
}

/** Whether any pixel within 1 px of the point is painted. */
function paintedNear(pixels: ImageData, [x, y]: [number, number]): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      if (pixels.data[((y + dy) * pixels.width + (x + dx)) * 4 + 3] > 0) return true;
    }
  }
  return false;
}

/** The mean grey of the painted pixels: 0 for black, 255 for white. */
function meanGrey(pixels: ImageData): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < pixels.data.length; i += 4) {
    if (pixels.data[i + 3] === 255) {
      sum += pixels.data[i];
      count++;
    }
  }
  return sum / count;
}

describe('cursor (大鼠标)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'cursor', 'white-large');
  });

  it('comes in black and white, in two sizes', () => {
    expect(page.carebar.features.find((feature) => feature.id === 'cursor')!.values).to.deep.equal([
      'off', 'black', 'white', 'black-large', 'white-large',
    ]);
  });

  for (const [value, size] of [['black', 48], ['white', 48], ['black-large', 64], ['white-large', 64]] as const) {
    it(`${value}: arrow, pointer, text and wait shapes of ${size} px, over the site's !important cursor`, async () => {
      page.carebar.set('cursor', value);
      const shapes = { para: 'default', 'inline-link': 'pointer', search: 'pointer', agree: 'pointer', name: 'text', notes: 'text', busy: 'wait' };
      const drawn = new Set<string>();
      for (const [id, fallback] of Object.entries(shapes)) {
        const cursor = await cursorOf(id);
        expect(cursor.fallback, `#${id}`).to.equal(fallback);
        expect(cursor.size, `#${id}`).to.equal(size);
        expect(paintedNear(cursor.pixels, cursor.hotspot), `#${id}: hotspot on the shape`).to.equal(true);
        const grey = meanGrey(cursor.pixels);
        if (value.startsWith('black')) expect(grey, `#${id} is black`).to.be.below(100);
        else expect(grey, `#${id} is white`).to.be.above(155);
        drawn.add(cursor.pixels.data.join());
      }
      expect(drawn.size, 'four distinct shapes').to.equal(4);
    });
  }

  it('puts the arrow’s hotspot at its tip, top left, and the text cursor’s at its centre', async () => {
    page.carebar.set('cursor', 'black');
    const arrow = await cursorOf('para');
    expect(arrow.hotspot[0]).to.be.below(12);
    expect(arrow.hotspot[1]).to.be.below(6);
    const beam = await cursorOf('name');
    expect(beam.hotspot).to.deep.equal([24, 24]);
  });
});
