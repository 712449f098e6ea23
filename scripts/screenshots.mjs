// `npm run screenshots`: the README's pictures, taken of the demo with each feature on, and of the reports
// of its audit. Run after `npm run build`; writes docs/images/<name>.png. The printed report's page is drawn
// by pdftoppm, of Debian's poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, NO_CHROME_MESSAGE, audit, findChrome, formatReport, renderPdf } from '../dist/auditor/index.js';
import { serve } from './serve.mjs';

/**
 * Headless Chromium has no voices. For the picture of 连读, a stand-in voice "speaks" each sentence in
 * a moment, and stays on the one that holds `holdOn`, so the picture shows a sentence being read.
 */
function fakeVoice(holdOn) {
  const synth = new EventTarget();
  synth.getVoices = () => [{ voiceURI: 'demo', name: 'Demo', lang: 'zh-CN', localService: true, default: true }];
  synth.speak = (utterance) => {
    if (!utterance.text.includes(holdOn)) setTimeout(() => utterance.dispatchEvent(new Event('end')), 20);
  };
  synth.cancel = synth.pause = synth.resume = () => {};
  Object.defineProperty(window, 'speechSynthesis', { value: synth });
  window.SpeechSynthesisUtterance = class extends EventTarget {
    constructor(text) {
      super();
      this.text = text;
    }
  };
}

/** [picture, demo page, carebar settings, where the pointer rests, the sentence 连读 stays on]. */
const SHOTS = [
  ['toolbar', '/', {}],
  ['color-black-yellow', '/', { color: 'black-yellow' }],
  ['color-blue-yellow', '/', { color: 'blue-yellow' }],
  ['color-grayscale', '/', { color: 'grayscale' }],
  ['zoom', '/', { zoom: 1.5 }],
  ['text', '/', { text: 1.5 }],
  ['spacing', '/article.html', { spacing: 3 }],
  ['guide', '/', { guide: 'crosshair' }, [640, 560]],
  ['guide-mask', '/article.html', { guide: 'mask' }, [640, 420]],
  ['ui', '/', { ui: true }],
  ['links', '/', { links: true }],
  ['headings', '/', { headings: true }],
  ['images', '/', { images: true }],
  ['caption', '/article.html', { caption: 'on' }, [400, 430]],
  ['caption-pinyin', '/article.html', { caption: 'pinyin' }, [400, 430]],
  ['read', '/article.html', { read: 'continuous' }, undefined, '截至目前'],
  ['elder', '/', { elder: true }],
  ['view-reading', '/article.html', { view: 'reading' }],
  ['view-text', '/', { view: 'text' }],
  ['elder-zone', '/elder.html', {}],
];

/** The open toolbar on the screens that issue 19 measures: [picture, screen, how much of its top the picture keeps]. */
const SCREENS = [
  ['toolbar-1366', { width: 1366, height: 768 }, 200],
  ['toolbar-1920', { width: 1920, height: 1080 }, 200],
  ['toolbar-phone', { width: 390, height: 844, isMobile: true, hasTouch: true }],
];

const executablePath = await findChrome();
if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
const site = await serve({ '/': 'demo', '/dist': 'dist' });
const browser = await puppeteer.launch({ executablePath, args: [...CHROME_ARGS] });
await mkdir('docs/images', { recursive: true });
try {
  for (const [name, path, settings, pointer, holdOn] of SHOTS) {
    // A fresh profile for each picture: settings are saved per site, and would carry over.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    if (holdOn) await page.evaluateOnNewDocument(fakeVoice, holdOn);
    await page.goto(site.origin + path, { waitUntil: 'load' });
    if (holdOn) await page.mouse.click(2, 760); // a first gesture: browsers speak only after one
    const known = await page.evaluate((settings) => {
      const ids = new Set(window.carebar.features.map((feature) => feature.id));
      window.carebar.open();
      for (const [id, value] of Object.entries(settings)) if (ids.has(id)) window.carebar.set(id, value);
      return Object.keys(settings).every((id) => ids.has(id));
    }, settings);
    if (!known) {
      console.warn(`skipped ${name}: a feature of it is not in this build`);
      await context.close();
      continue;
    }
    if (pointer) await page.mouse.move(...pointer, { steps: 4 });
    if (holdOn) {
      // Until 连读 has reached the sentence (its highlight is a range of the page's text).
      await page.waitForFunction(
        (phrase) => [...CSS.highlights.values()].some((highlight) => [...highlight].some((range) => range.toString().includes(phrase))),
        { timeout: 10_000 },
        holdOn,
      );
    }
    // Lazy parts (reading view, pinyin) load from dist/, and the caption debounces: let the page settle.
    await page.waitForNetworkIdle({ idleTime: 300 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: `docs/images/${name}.png` });
    console.log(`docs/images/${name}.png`);
    await context.close();
  }
  await screenShots(browser);
  await reportShots(browser);
} finally {
  await browser.close();
  await site.close();
}

/** The demo with its toolbar open on each screen of `SCREENS`, normal and in elder mode. */
async function screenShots(browser) {
  for (const [name, viewport, top] of SCREENS) {
    for (const elder of [false, true]) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      await page.goto(`${site.origin}/`, { waitUntil: 'load' });
      await page.evaluate((elder) => {
        window.carebar.open();
        if (elder) window.carebar.set('elder', true);
      }, elder);
      await page.waitForNetworkIdle({ idleTime: 300 });
      const path = `docs/images/${name}${elder ? '-elder' : ''}.png`;
      await page.screenshot({ path, clip: top && { x: 0, y: 0, width: viewport.width, height: top } });
      console.log(path);
      await context.close();
    }
  }
}

/** The top of the HTML report of the demo's audit, and a page of its PDF. */
async function reportShots(browser) {
  const report = await audit([`${site.origin}/`, `${site.origin}/poor.html`], { screenshots: true, browser });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setContent(formatReport(report, 'html'), { waitUntil: 'load' });
  await page.screenshot({ path: 'docs/images/report-html.png' });
  await page.close();
  console.log('docs/images/report-html.png');
  const dir = await mkdtemp(join(tmpdir(), 'carebar-shots-'));
  await writeFile(join(dir, 'report.pdf'), await renderPdf(report, { browser }));
  // The page with the poor page's image without alternative text: a finding, how to fix it, and its element pictured.
  const pages = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).split('\f');
  const findingsPage = String(pages.findIndex((text) => text.includes('image-alt · WCAG')) + 1);
  execFileSync('pdftoppm', ['-f', findingsPage, '-l', findingsPage, '-r', '80', '-png', '-singlefile', join(dir, 'report.pdf'), 'docs/images/report-pdf']);
  console.log('docs/images/report-pdf.png');
}
