/**
 * What loading the drop-in and restoring saved settings costs on a generated page of 10,000
 * elements (issue 9: under 20 ms of main-thread script time). Run `npm run build` first, then
 * `npx tsx bench/startup/startup.ts`. Prints the numbers; asserts nothing, because time varies.
 *
 * The page has no script but carebar's, so DevTools' `ScriptDuration` for the page (every
 * compile and run of script on its main thread, microtasks and timers included) is carebar's,
 * counted from navigation until two frames after `load`. Settings are saved beforehand in
 * `carebar:v1`, as a returning user's would be; the script is in `<head>` without `defer`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { CHROME_ARGS, findChrome } from '../../auditor/chrome.js';
// @ts-expect-error: a plain JavaScript module of the repo's scripts, without types
import { serve } from '../../scripts/serve.mjs';

const SECTIONS = 500; // 20 elements each: 10,000 in all
const RUNS = 9;
/** A returning user's visual settings: elder mode's kind of page. */
const SAVED = { state: { zoom: 1.5, text: 1.25, color: 'black-yellow', spacing: 2, links: true, headings: true, focus: true }, open: false };

/** A government-style page: headings, paragraphs with inline markup and links, lists, images, forms. */
function generatedPage(withCarebar: boolean): string {
  const section = (i: number) => `<section><h2>第${i}节 政务服务</h2>
<p>为方便群众办事，<b>本市</b>推出第${i}项便民服务，提供<a href="#s${i}">在线办理</a>和<span>政策解读</span>。咨询电话：12345。</p>
<ul><li><a href="#a${i}">办事指南</a></li><li><a href="#b${i}">常见问题</a></li><li><span>办理时限：<em>5</em>个工作日</span></li></ul>
<p><img alt="图示${i}" width="24" height="24" src="data:,"> <button type="button">申报</button> <small>更新于2024年</small></p>
<div><label>姓名 <input></label></div></section>`;
  const body = Array.from({ length: SECTIONS }, (_, i) => section(i + 1)).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准页</title>
${withCarebar ? '<script src="/dist/carebar.js"></script>' : ''}</head><body>${body}</body></html>`;
}

/** Script ms of one fresh load of `path`, in a context of its own with the settings saved. */
async function scriptMs(browser: Browser, origin: string, path: string, cache: boolean): Promise<number> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(cache);
    await page.goto(`${origin}/empty.html`);
    await page.evaluate((saved) => localStorage.setItem('carebar:v1', saved), JSON.stringify(SAVED));
    if (cache) await page.goto(`${origin}${path}`); // once to warm the HTTP and code caches
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { metrics } = await session.send('Performance.getMetrics');
    const restored = await page.evaluate(() => Object.keys(window.carebar?.state ?? {}).length);
    if (path === '/index.html' && restored !== Object.keys(SAVED.state).length) throw new Error(`settings not restored: ${JSON.stringify(await page.evaluate(() => window.carebar.state))}`);
    return metrics.find((metric) => metric.name === 'ScriptDuration')!.value * 1000;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const executablePath = await findChrome();
if (!executablePath) throw new Error('no Chrome or Chromium found');
const dir = mkdtempSync(join(tmpdir(), 'carebar-startup-'));
writeFileSync(join(dir, 'index.html'), generatedPage(true));
writeFileSync(join(dir, 'bare.html'), generatedPage(false));
writeFileSync(join(dir, 'empty.html'), '<!doctype html><title>empty</title>');
const server = await serve({ '/': dir, '/dist': 'dist' });
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  const elements = await page.evaluate(() => document.body.querySelectorAll('*').length);
  await page.close();
  console.log(`page: ${elements} elements; saved settings: ${JSON.stringify(SAVED.state)}`);
  for (const [label, cache] of [['first visit (no cache)', false], ['returning visit (HTTP and code cache warm)', true]] as const) {
    const runs: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await scriptMs(browser, server.origin, '/index.html', cache));
      bare.push(await scriptMs(browser, server.origin, '/bare.html', cache));
    }
    console.log(`${label}: main-thread script time, median of ${RUNS}: ${median(runs).toFixed(1)} ms with carebar (runs ${runs.map((ms) => ms.toFixed(1)).join(', ')}); ${median(bare).toFixed(1)} ms without`);
  }
} finally {
  await browser.close();
  await server.close();
}
