// Pictures of the elements that fail, for the HTML and printed reports: a contractor sees which element a finding
// means, outlined in its surroundings, instead of reading a selector.
import type { Page } from 'puppeteer-core';
import type { ElementCrop, Finding } from '../types.js';

/** At most this many elements pictured per page: enough to show each kind of problem, few enough to stay quick. */
const MAX_CROPS = 12;
/** Around the element, enough of the page to tell where it is; at most this much, so a huge element stays a picture. */
const MARGIN = 24;
const MIN_WIDTH = 320;
const MIN_HEIGHT = 120;
const MAX_WIDTH = 720;
const MAX_HEIGHT = 360;
/** Elements that are the whole page: a finding on them is about the page, which its screenshot shows. */
const WHOLE_PAGE = new Set(['html', 'body', 'html > body']);

/** Adds a `crop` to the nodes of failing findings whose element is in the page's own document. */
export async function cropElements(page: Page, findings: readonly Finding[]): Promise<void> {
  const failing = findings.filter((f) => f.outcome === 'fail').map((f) => f.nodes.filter((node) => !WHOLE_PAGE.has(node.selector)));
  const nodes = failing.flat();
  // The first element of every finding first, then the second of each, and so on: each problem gets its picture.
  const byTurn = Array.from({ length: Math.max(0, ...failing.map((list) => list.length)) }, (_, turn) => failing.flatMap((list) => list[turn] ?? [])).flat();
  const selectors = [...new Set(byTurn.map((node) => node.selector))].slice(0, MAX_CROPS);
  const places = await page.evaluate(
    (wanted, [margin, minWidth, minHeight, maxWidth, maxHeight]) =>
      wanted.map((selector) => {
        let el: Element | null;
        try {
          el = document.querySelector(selector);
        } catch {
          return null; // a selector into a frame or a shadow root: not in this document
        }
        const rect = el?.getBoundingClientRect();
        if (!rect || rect.width < 1 || rect.height < 1) return null;
        const [left, top] = [rect.left + scrollX, rect.top + scrollY];
        // The element in the middle of a picture a little larger than it, within the bounds above.
        const width = Math.min(maxWidth, Math.max(minWidth, rect.width + 2 * margin));
        const height = Math.min(maxHeight, Math.max(minHeight, rect.height + 2 * margin));
        const clip = { x: Math.max(0, left - Math.max(margin, (width - rect.width) / 2)), y: Math.max(0, top - Math.max(margin, (height - rect.height) / 2)), width, height };
        // An element larger than the picture is outlined as far as the picture goes.
        const [x, y] = [left - clip.x, top - clip.y];
        return { clip, box: { x, y, width: Math.min(rect.width, clip.width - x), height: Math.min(rect.height, clip.height - y) } };
      }),
    selectors,
    [MARGIN, MIN_WIDTH, MIN_HEIGHT, MAX_WIDTH, MAX_HEIGHT],
  );
  const crops = new Map<string, ElementCrop>();
  for (const [i, place] of places.entries()) {
    if (!place) continue;
    const image = await page.screenshot({ type: 'jpeg', quality: 70, clip: place.clip, encoding: 'base64' });
    crops.set(selectors[i], { image: `data:image/jpeg;base64,${image}`, width: Math.round(place.clip.width), height: Math.round(place.clip.height), box: place.box });
  }
  for (const node of nodes) {
    const crop = crops.get(node.selector);
    if (crop) node.crop = crop;
  }
}
