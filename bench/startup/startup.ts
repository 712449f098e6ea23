/**
 * What loading the drop-in and restoring saved settings costs on a generated page of 10,000
 * elements, on a 1366 × 768 screen (issue 9: under 20 ms of main-thread script time). Run `npm run build` first, then
 * `npx tsx bench/startup/startup.ts`. Prints the numbers; asserts nothing, because time varies.
 *
 * The page has no script but carebar's, so DevTools' `ScriptDuration` for the page (every
 * compile and run of script on its main thread, microtasks and timers included) is carebar's,
 * counted from navigation until two frames after `load`. It leaves out the style and layout work that script forces
 * (DevTools counts that as style and layout), so each line also gives the page's style and layout time with carebar
 * and without. Settings are saved beforehand in
 * `carebar:v1`, as a returning user's would be; the script is in `<head>` without `defer`.
 *
 * Three kinds of visit: a first one (nothing cached); a returning one (the HTTP and code caches
 * warm, and what carebar saves for the next visit, the text feature's twins, saved by a visit
 * just before); and a returning one whose saved twins are an hour old, which carebar checks
 * against the site's rules again once the browser is idle (text-cache.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../auditor/chrome.js';
import { serve } from '../../scripts/serve.mjs';
import { generatedPage, VIEWPORT } from '../page.js';

const RUNS = 9;
/** Returning users' saved settings: a visual set of elder mode's kind, and elder mode itself (with its preset). */
const SAVED_SETTINGS = {
  visual: { zoom: 1.5, text: 1.25, color: 'black-yellow', spacing: 2, links: true, headings: true, focus: true },
  'elder mode': { elder: true, text: 1.25, spacing: 1, color: 'high-contrast', cursor: 'black-large', ui: true },
};
type Visit = 'first' | 'returning' | 'returning, twins an hour old';
const HOUR_MS = 3_600_000;

/** Main-thread ms of one fresh load of `path`, in a context of its own with `state` saved: script, and style and layout. */
async function loadMs(browser: Browser, origin: string, path: string, state: object, visit: Visit): Promise<{ script: number; rendering: number }> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(visit !== 'first');
    await page.goto(`${origin}/empty.html`);
    await page.evaluate((saved) => localStorage.setItem('carebar:v1', saved), JSON.stringify({ state, open: false }));
    if (visit !== 'first') {
      // Once to warm the HTTP and code caches, and to let carebar finish what it does when the browser is idle.
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
    }
    if (visit === 'returning, twins an hour old') {
      await page.evaluate((hour) => {
        const entries = JSON.parse(localStorage.getItem('carebar:v1:text') ?? '[]') as Array<[string, string, string[], number]>;
        localStorage.setItem('carebar:v1:text', JSON.stringify(entries.map(([key, css, forced, at]) => [key, css, forced, at - hour])));
      }, HOUR_MS);
    }
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { metrics } = await session.send('Performance.getMetrics');
    const restored = await page.evaluate(() => Object.keys(window.carebar?.state ?? {}).length);
    if (path === '/index.html' && restored !== Object.keys(state).length) throw new Error(`settings not restored: ${JSON.stringify(await page.evaluate(() => window.carebar.state))}`);
    const ms = (name: string) => metrics.find((metric) => metric.name === name)!.value * 1000;
    return { script: ms('ScriptDuration'), rendering: ms('RecalcStyleDuration') + ms('LayoutDuration') };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const executablePath = await findChrome();
if (!executablePath) throw new Error('no Chrome or Chromium found');
const dir = mkdtempSync(join(tmpdir(), 'carebar-startup-'));
writeFileSync(join(dir, 'index.html'), generatedPage());
writeFileSync(join(dir, 'bare.html'), generatedPage({ withCarebar: false }));
writeFileSync(join(dir, 'empty.html'), '<!doctype html><title>empty</title>');
const server = await serve({ '/': dir, '/dist': 'dist' });
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  const elements = await page.evaluate(() => document.body.querySelectorAll('*').length);
  await page.close();
  console.log(`page: ${elements} elements, ${VIEWPORT.width} × ${VIEWPORT.height}; main-thread time, median of ${RUNS}`);
  for (const [name, state] of Object.entries(SAVED_SETTINGS)) {
    console.log(`saved settings, ${name}: ${JSON.stringify(state)}`);
    for (const visit of ['first', 'returning', 'returning, twins an hour old'] as const) {
      const runs: Array<{ script: number; rendering: number }> = [];
      const bare: Array<{ script: number; rendering: number }> = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await loadMs(browser, server.origin, '/index.html', state, visit));
        bare.push(await loadMs(browser, server.origin, '/bare.html', state, visit));
      }
      const script = runs.map((load) => load.script);
      const rendering = (loads: typeof runs) => median(loads.map((load) => load.rendering)).toFixed(0);
      console.log(
        `  ${visit} visit: script ${median(script).toFixed(1)} ms with carebar (runs ${script.map((ms) => ms.toFixed(1)).join(', ')}), ` +
          `${median(bare.map((load) => load.script)).toFixed(1)} ms without; style and layout ${rendering(runs)} ms with carebar, ${rendering(bare)} ms without`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
