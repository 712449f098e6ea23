// dist/carebar.js on the demo site, the way a site installs it: one script tag and its data-* attributes.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from '../../auditor/chrome.js';
import { serve } from '../../scripts/serve.mjs';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
let pages: string; // this test's own pages, served at /test/, whose script tags it writes
let site: { origin: string; close(): Promise<void> };
let browser: Browser;

before(async () => {
  const executablePath = await findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  pages = await mkdtemp(join(tmpdir(), 'carebar-dropin-'));
  site = await serve({ '/': root('demo'), '/dist': root('dist'), '/test': pages });
  browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await rm(pages, { recursive: true, force: true });
});

/** A page in a fresh browser context: nothing saved by an earlier test. */
async function open(path: string): Promise<Page> {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('care-toolbar')?.shadowRoot?.childElementCount);
  return page;
}

const visible = (page: Page, selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display !== 'none');
/** Elder mode hides floating windows once the page is laid out and its part has loaded: whether `selector` is hidden within 5 s. */
const hiddenSoon = (page: Page, selector: string) =>
  page.waitForFunction((s) => getComputedStyle(document.querySelector(s)!).display === 'none', { timeout: 5000 }, selector).then(
    () => true,
    () => false,
  );

describe('the drop-in', () => {
  it('registers <care-elder-zone>, whose switch turns elder mode on', async () => {
    const page = await open('/');
    // The zone's content is a lazy part beside the drop-in.
    await page.waitForFunction(() => document.querySelector('care-elder-zone')?.shadowRoot?.querySelector('[part=elder]'));
    const label = () => page.$eval('care-elder-zone', (zone) => zone.shadowRoot!.querySelector('[part=elder]')!.textContent.trim());
    assert.equal(await label(), '开启老年人模式');
    await page.$eval('care-elder-zone', (zone) => zone.shadowRoot!.querySelector<HTMLElement>('[part=elder]')!.click());
    assert.equal(await page.evaluate(() => window.carebar.get('elder')), true);
    assert.equal(await label(), '关闭老年人模式');
    await page.browserContext().close();
  });

  it('opens a page in elder mode from ?care=elder, hiding the floating window, and gives it back on turning off', async () => {
    const page = await open('/?care=elder');
    assert.equal(await page.evaluate(() => window.carebar.get('elder')), true);
    assert.equal(await hiddenSoon(page, '.float-ad'), true);
    await page.evaluate(() => window.carebar.set('elder', false));
    assert.equal(await visible(page, '.float-ad'), true);
    await page.browserContext().close();
  });

  it('opens a page in elder mode from data-elder, and hides what data-hide lists', async () => {
    await writeFile(
      join(pages, 'elder.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>
      <script src="/dist/carebar.js" defer data-elder data-hide=".promo, #banner-ad"></script></head>
      <body><main><p>正文</p><div class="promo">推广</div><div id="banner-ad">横幅广告</div><div id="kept">保留</div></main></body></html>`,
    );
    const page = await open('/test/elder.html');
    assert.equal(await page.evaluate(() => window.carebar.get('elder')), true);
    assert.deepEqual(await Promise.all(['.promo', '#banner-ad', '#kept'].map((s) => visible(page, s))), [false, false, true]);
    await page.browserContext().close();
  });

  it('says so when data-hide is not a selector list, and elder mode still does the rest', async () => {
    await writeFile(
      join(pages, 'bad-hide.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>
      <script src="/dist/carebar.js" defer data-elder data-hide=".promo, a{"></script></head>
      <body><main><p>正文</p><div class="promo">推广</div><div data-care-hide id="marked">弹窗</div></main></body></html>`,
    );
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    await page.goto(`${site.origin}/test/bad-hide.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('care-toolbar')?.shadowRoot?.childElementCount);
    assert.ok(warnings.some((text) => text.includes('data-hide is not a CSS selector list')), `warnings: ${warnings.join(' | ')}`);
    assert.equal(await page.evaluate(() => window.carebar.get('elder')), true);
    assert.deepEqual(await Promise.all(['#marked', '.promo'].map((s) => visible(page, s))), [false, true]);
    await context.close();
  });

  it('names an id in data-features that is no feature’s, with those there are, and offers the others', async () => {
    await writeFile(
      join(pages, 'features.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>
      <script src="/dist/carebar.js" data-features="text, colour"></script></head><body><main><p>正文</p></main></body></html>`,
    );
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    await page.goto(`${site.origin}/test/features.html`, { waitUntil: 'load' });
    const warning = warnings.find((text) => text.includes('"colour"'));
    assert.ok(warning, `warnings: ${warnings.join(' | ')}`);
    assert.match(warning, /known: .*\bcolor\b/);
    assert.deepEqual(await page.evaluate(() => window.carebar.features.map((feature) => feature.id)), ['text']);
    await context.close();
  });

  it('restores saved settings from <head>, before <body> exists, text size and elder mode included', async () => {
    await writeFile(
      join(pages, 'head.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>
      <script src="/dist/carebar.js"></script></head>
      <body><main><p id="text" style="font-size:16px">正文</p></main>
      <div id="ad" style="position:fixed;right:0;bottom:0;width:200px;height:150px">广告</div></body></html>`,
    );
    const page = await (await browser.createBrowserContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.evaluateOnNewDocument(() =>
      localStorage.setItem('carebar:v1', JSON.stringify({ state: { elder: true, text: 1.5, color: 'black-yellow' }, open: false })),
    );
    await page.goto(`${site.origin}/test/head.html`, { waitUntil: 'load' });
    assert.deepEqual(errors, []);
    assert.equal(await page.$eval('#text', (p) => getComputedStyle(p).fontSize), '24px');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.careColor), 'black-yellow');
    assert.equal(await hiddenSoon(page, '#ad'), true); // elder mode hides the floating window
    await page.browserContext().close();
  });

  it('enlarges a returning visitor’s text while the page is still parsing, by the newest saved twins until its own are known', async () => {
    // Page types of a site: each has a stylesheet, which two share, and a script in <body> that reads the text's size
    // while the parser is still there. A script before carebar's counts the rules that are taken out of stylesheets.
    const pageType = (name: string, sheet: string, bodyClass = '') =>
      writeFile(
        join(pages, `${name}.html`),
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title><style>${sheet}</style>
        <script src="/test/count-removed.js"></script><script src="/dist/carebar.js"></script></head>
        <body class="${bodyClass}"><p id="text">正文</p><script>window.whileParsing = getComputedStyle(document.getElementById('text')).fontSize</script></body></html>`,
      );
    await writeFile(
      join(pages, 'count-removed.js'),
      `window.removed = 0; const deleteRule = CSSStyleSheet.prototype.deleteRule;
      CSSStyleSheet.prototype.deleteRule = function (index) { window.removed++; return deleteRule.call(this, index); };`,
    );
    await pageType('news', '/* news */ p{font-size:16px}');
    await pageType('article', '/* news */ p{font-size:16px}', 'article');
    await pageType('index', '/* index */ p{font-size:20px}');
    const page = await (await browser.createBrowserContext()).newPage();
    await page.evaluateOnNewDocument(() => localStorage.setItem('carebar:v1', JSON.stringify({ state: { text: 1.5 }, open: false })));
    /** The text's size while the page was parsed and once loaded, and whether twins were taken out; then waits for the twins to be saved, when the browser is idle. */
    const visit = async (name: string) => {
      await page.goto(`${site.origin}/test/${name}.html`, { waitUntil: 'load' });
      const seen = await page.evaluate(() => {
        const { whileParsing, removed } = window as unknown as { whileParsing: string; removed: number };
        return [whileParsing, getComputedStyle(document.getElementById('text')!).fontSize, removed > 0 ? 'replaced' : 'kept'];
      });
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
      return seen;
    };
    assert.deepEqual(await visit('news'), ['16px', '24px', 'kept']); // a first visit: the site's rules are read once the page is parsed
    assert.deepEqual(await visit('news'), ['24px', '24px', 'kept']);
    // Another page type of the same stylesheet: the news page's twins, the same as its own, stay.
    assert.deepEqual(await visit('article'), ['24px', '24px', 'kept']);
    // Another stylesheet: the newest twins, until the page's own stylesheet is known.
    assert.deepEqual(await visit('index'), ['24px', '30px', 'replaced']);
    assert.deepEqual(await visit('index'), ['30px', '30px', 'kept']);
    await page.browserContext().close();
  });

  it('shows the large cursor from image files beside it, which a CSP allowing the script allows too', async () => {
    const page = await open('/');
    await page.evaluate(() => window.carebar.set('cursor', 'white-large'));
    const cursor = await page.evaluate(() => getComputedStyle(document.body).cursor);
    const url = /^url\("([^"]+)"\) (\d+) (\d+), default$/.exec(cursor);
    assert.ok(url, `the body's cursor is ${cursor}`);
    assert.equal(new URL(url[1]).origin, site.origin);
    const image = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return { status: response.status, type: response.headers.get('content-type'), svg: await response.text() };
    }, url[1]);
    assert.equal(image.status, 200);
    assert.match(image.type ?? '', /^image\/svg\+xml/);
    assert.match(image.svg, /width='64'.*fill='white' stroke='black'/);
    assert.deepEqual([url[2], url[3]], ['10', '4']); // the arrow's hotspot, at 64 px
    await page.browserContext().close();
  });

  // The toolbar part, or the strings of the page's language that come with it.
  for (const [lost, file] of [['the toolbar part', /\/carebar-toolbar\.js$/], ['its English strings', /\/carebar-en-[\w-]+\.js$/]] as const) {
  it(`tells the visitor in their language when a part could not load (${lost}), and the rest still works`, async () => {
    await writeFile(
      join(pages, 'offline.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>
      <script src="/dist/carebar.js" data-lang="en"></script></head><body><main><p id="text" style="font-size:16px">Text</p></main></body></html>`,
    );
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setRequestInterception(true);
    // The toolbar part is lost on its way, as on a flaky connection or where the carebar-* files were not copied.
    page.on('request', (request) => void (file.test(request.url()) ? request.abort() : request.continue()));
    await page.goto(`${site.origin}/test/offline.html`, { waitUntil: 'load' });
    await page.$eval('care-toolbar', (toolbar) => toolbar.shadowRoot!.querySelector<HTMLElement>('.launcher')!.click());
    assert.match(await shownNotice(page), /could not be loaded; everything else still works/);
    // The launcher is still there to try again, and every feature still applies.
    assert.equal(await page.$eval('care-toolbar', (toolbar) => toolbar.shadowRoot!.querySelector<HTMLElement>('.launcher')!.checkVisibility()), true);
    await page.evaluate(() => window.carebar.set('text', 1.5));
    assert.equal(await page.$eval('#text', (p) => getComputedStyle(p).fontSize), '24px');
    await page.browserContext().close();
  });
  }

  it('tells the visitor when the help panel could not load, and the toolbar still works', async () => {
    await writeFile(
      join(pages, 'offline-help.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>
      <script src="/dist/carebar.js" data-lang="en"></script></head><body><main><p>Text</p></main></body></html>`,
    );
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void (/\/carebar-help-[\w-]+\.js$/.test(request.url()) ? request.abort() : request.continue()));
    await page.goto(`${site.origin}/test/offline-help.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.carebar.open());
    const help = await page.waitForFunction(() =>
      [...document.querySelector('care-toolbar')!.shadowRoot!.querySelectorAll<HTMLElement>('.bar button')].find((button) => button.textContent.trim() === 'Help'),
    );
    await (help as ElementHandle<HTMLElement>).click();
    assert.match(await shownNotice(page), /could not be loaded; everything else still works/);
    // The bar stays open and usable.
    assert.equal(await page.$eval('care-toolbar', (toolbar) => toolbar.shadowRoot!.querySelector('.bar')!.checkVisibility()), true);
    await page.browserContext().close();
  });

  it('opens its toolbar with Lit fetched once, from the parts beside it, and speaks the page’s other languages', async () => {
    await writeFile(
      join(pages, 'tw.html'),
      `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>測試</title>
      <script src="/dist/carebar.js" data-lang="en"></script></head>
      <body><care-elder-zone></care-elder-zone></body></html>`,
    );
    const page = await (await browser.createBrowserContext()).newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/test/tw.html`, { waitUntil: 'load' });
    // The zone's part and the toolbar's share one chunk of Lit.
    await page.waitForFunction(() => document.querySelector('care-elder-zone')?.shadowRoot?.childElementCount);
    await page.evaluate(() => window.carebar.open());
    await page.waitForFunction(() => document.querySelector('care-toolbar')!.shadowRoot!.querySelector('[role=toolbar]'));
    const lit = fetched.filter((path) => /^\/dist\/carebar-elements-[\w-]+\.js$/.test(path));
    assert.equal(lit.length, 1, fetched.join(', '));
    assert.match(await (await fetch(`${site.origin}${lit[0]}`)).text(), /litHtmlVersions/);
    assert.equal(
      await page.$eval('care-toolbar', (toolbar) => toolbar.shadowRoot!.querySelector('[role=toolbar]')!.getAttribute('aria-label')),
      'Accessibility toolbar',
    );
    const text = (selector: string, part: string) =>
      page.$eval(selector, (el, part) => el.shadowRoot!.querySelector(part)!.textContent.trim(), part);
    assert.equal(await text('care-toolbar', '.launcher'), 'Accessibility');
    assert.equal(await text('care-elder-zone', 'h2'), '長者專區');
    await page.browserContext().close();
  });
});

/** The text of the launcher's notice that a part could not load, once it shows. */
async function shownNotice(page: Page): Promise<string> {
  const notice = await page.waitForFunction(() => {
    const alert = document.querySelector('care-toolbar')!.shadowRoot!.querySelector<HTMLElement>('[role=alert]')!;
    // Its message is put in a moment after it shows, beside its Dismiss button.
    return !alert.hidden && alert.checkVisibility() && alert.textContent.includes('loaded') && alert.textContent;
  });
  return String(await notice.jsonValue());
}
