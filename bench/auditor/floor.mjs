// The floor (issue 8): the least a puppeteer + axe-core auditor does. One browser, `concurrency` pages
// at once; each page: new tab, load, axe-core, axe.run with carebar's rule selection, close.
// bench.ts starts it as `node floor.mjs <job.json>`, job = { urls, concurrency, executablePath, args,
// axeOptions }, and reads `{ pages, failed }` from its stdout. Plain JavaScript, so that it starts as fast
// as the built carebar-audit does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The root's puppeteer and axe-core, which carebar-audit uses, not the copies pa11y-ci brought in here.
const root = createRequire(new URL('../../package.json', import.meta.url));
const puppeteer = root('puppeteer-core');
const axeSource = readFileSync(root.resolve('axe-core/axe.min.js'), 'utf8');

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// carebar's viewport, so that axe judges the same layout.
const browser = await puppeteer.launch({ executablePath: job.executablePath, args: job.args, defaultViewport: { width: 1280, height: 800 } });
let next = 0;
let failed = 0;
try {
  const worker = async () => {
    while (next < job.urls.length) {
      const url = job.urls[next++];
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        // Into every frame, as carebar does: axe in the top frame asks the frames' copies for their results.
        await Promise.all(page.frames().map((frame) => frame.evaluate(axeSource).catch(() => undefined)));
        await page.evaluate((options) => window.axe.run(document, options).then((results) => results.violations.length), job.axeOptions);
      } catch (error) {
        failed++;
        console.error(`${url}: ${error.message}`);
      } finally {
        await page.close();
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
} finally {
  await browser.close();
}
console.log(JSON.stringify({ pages: job.urls.length, failed }));
