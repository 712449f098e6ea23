/**
 * What carebar costs while a page's own script moves a news ticker (滚动新闻), as government
 * portals do, every 30 ms: main-thread script time per second, with no setting and with elder
 * mode, whose observer hears of each move. Run `npm run build` first, then
 * `npx tsx bench/ticker/ticker.ts`. Prints the numbers; asserts nothing, because time varies.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../auditor/chrome.js';
import { serve } from '../../scripts/serve.mjs';
import { generatedPage, VIEWPORT } from '../page.js';

const RUNS = 5;
const SECONDS = 3;
const TICKER = `<div style="height:30px;overflow:hidden;width:600px"><ul id="ticker">${Array.from({ length: 10 }, (_, i) => `<li><a href="#n${i}">第${i}条新闻</a></li>`).join('')}</ul></div>
<script>let y = 0; setInterval(() => { y = (y + 1) % 300; document.getElementById('ticker').style.marginTop = -y + 'px'; }, 30);</script>`;

/** Script seconds on `session`'s page since it enabled the Performance domain. */
const scriptSeconds = async (session: CDPSession) => {
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')!.value;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const executablePath = await findChrome();
if (!executablePath) throw new Error('no Chrome or Chromium found');
const dir = mkdtempSync(join(tmpdir(), 'carebar-ticker-'));
writeFileSync(join(dir, 'index.html'), generatedPage().replace('<body>', `<body>${TICKER}`));
writeFileSync(join(dir, 'empty.html'), '<!doctype html><title>empty</title>');
const server = await serve({ '/': dir, '/dist': 'dist' });
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
try {
  console.log(`page: the start-up bench's, with a ticker moved every 30 ms; ${VIEWPORT.width} × ${VIEWPORT.height}; script ms per second over ${SECONDS} s, median of ${RUNS}`);
  for (const [name, state] of Object.entries({ 'no setting': {}, 'elder mode': { elder: true } })) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      await page.goto(`${server.origin}/empty.html`);
      await page.evaluate((saved) => localStorage.setItem('carebar:v1', saved), JSON.stringify({ state, open: false }));
      await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
      await new Promise((done) => setTimeout(done, 1000)); // start-up over
      const session = await page.createCDPSession();
      await session.send('Performance.enable');
      const before = await scriptSeconds(session);
      await new Promise((done) => setTimeout(done, SECONDS * 1000));
      runs.push(((await scriptSeconds(session)) - before) * 1000 / SECONDS);
      await context.close();
    }
    console.log(`  ${name}: ${median(runs).toFixed(1)} ms per second (runs ${runs.map((ms) => ms.toFixed(1)).join(', ')})`);
  }
} finally {
  await browser.close();
  await server.close();
}
