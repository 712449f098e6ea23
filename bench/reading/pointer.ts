/**
 * What a pointer move costs with 指读 and 大字幕 on, on a generated page of 10,000 elements
 * (issue 5: under 1 ms of script time). Run `npm run build` first, then
 * `npx tsx bench/reading/pointer.ts`. Prints the numbers; asserts nothing, because time varies.
 *
 * Two measurements:
 *  - real mouse moves through Chromium's input pipeline, with the script time that DevTools counts
 *    (`ScriptDuration`) per move, with carebar's features on and, as a baseline, off;
 *  - `pointerover` dispatched on random elements inside the page, timed with `performance.now()`:
 *    the handlers' own cost, without the pipeline around them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../auditor/chrome.js';
import { serve } from '../../scripts/serve.mjs';
import { generatedPage } from '../page.js';

const MOVES = 400;
const DISPATCHES = 2000;

/** Moves the real mouse over `MOVES` points of the page and returns the script ms per move. */
async function perMove(page: Page): Promise<number> {
  const points = Array.from({ length: MOVES }, (_, i) => [20 + ((i * 37) % 700), 20 + ((i * 53) % 560)] as const);
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  const scriptSeconds = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration')!.value;
  };
  const before = await scriptSeconds();
  for (const [x, y] of points) await page.mouse.move(x, y);
  const after = await scriptSeconds();
  await session.detach();
  return ((after - before) * 1000) / MOVES;
}

const executablePath = await findChrome();
if (!executablePath) throw new Error('no Chrome or Chromium found');
const dir = mkdtempSync(join(tmpdir(), 'carebar-bench-'));
writeFileSync(join(dir, 'index.html'), generatedPage());
const server = await serve({ '/': dir, '/dist': 'dist' });
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${server.origin}/`);
  const elements = await page.evaluate(() => document.body.querySelectorAll('*').length);

  const baseline = await perMove(page);
  await page.evaluate(() => {
    window.carebar.set('read', 'point');
    window.carebar.set('caption', 'on');
  });
  await page.waitForFunction(() => document.querySelector('care-caption-bar') && document.querySelector('care-reader-controls'));
  await perMove(page); // warm up: the first moves compile the handlers
  const withReading = await perMove(page);

  const dispatched = await page.evaluate((count) => {
    const all = [...document.body.querySelectorAll('*')];
    const targets = Array.from({ length: count }, (_, i) => all[(i * 7919) % all.length]);
    const start = performance.now();
    for (const target of targets) target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    return (performance.now() - start) / count;
  }, DISPATCHES);
  const caption = await page.evaluate(() => document.querySelector('care-caption-bar')!.text);

  console.log(`page: ${elements} elements`);
  console.log(`real mouse moves (${MOVES}), script time per move: ${baseline.toFixed(3)} ms with carebar off, ${withReading.toFixed(3)} ms with 指读 and the caption on`);
  console.log(`pointerover handlers (${DISPATCHES} dispatches on random elements): ${dispatched.toFixed(3)} ms each`);
  console.log(`caption after the run: "${caption}"`);
} finally {
  await browser.close();
  await server.close();
}
