// The library: audit() and formatReport() as `npm start` and other tools call them.
import assert from 'node:assert/strict';
import { createServer, type Server as HttpServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Target, TargetType } from 'puppeteer-core';
import { CHROME_ARGS, FORMATS, audit, findChrome, formatReport, gateFailure, loadProfile, type AuditReport } from '../../auditor/index.js';
import { serveFixtures, type Server } from './helpers.js';

let server: Server;
before(async () => {
  server = await serveFixtures();
});
after(() => server.close());

describe('audit()', () => {
  test('rejects at once when its signal is already aborted', async () => {
    await assert.rejects(audit(`${server.origin}/site/index.html`, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  });

  test('stops when aborted mid-run, and closes its browser', async () => {
    const controller = new AbortController();
    const running = audit(`${server.origin}/site/index.html`, { signal: controller.signal, logger: { info: () => controller.abort(), warn: () => {} } });
    await assert.rejects(running);
  });

  test('--with-toolbar-elder switches carebar to elder mode, or says it could not', async () => {
    const report = await audit([`${server.origin}/checks/elder-toolbar.pass.html`, `${server.origin}/checks/elder-toolbar.fail.html`], { withToolbarElder: true, lang: 'en', includePasses: true });
    const [withCarebar, without] = report.pages;
    assert.equal(withCarebar.elder, true);
    assert.ok(withCarebar.findings.some((f) => f.id === 'elder-text'), 'elder checks apply');
    assert.equal(without.elder, false);
    const missing = without.findings.find((f) => f.id === 'carebar-elder');
    assert.equal(missing?.outcome, 'fail');
    assert.match(missing?.message ?? '', /no carebar \(window\.carebar\)/);
  });

  test('crawls same-origin pages, not files or what turns out not to be HTML; found pages are not entry pages', async () => {
    const crawled: string[] = [];
    const report = await audit(`${server.origin}/site/index.html`, { crawl: { maxPages: 5, depth: 1 }, logger: { info: (line) => crawled.push(line), warn: () => {} } });
    assert.deepEqual(
      report.pages.map((p) => [p.url.replace(server.origin, ''), p.entry]),
      [['/site/index.html', true], ['/site/about.html', false]],
    );
    assert.ok(!crawled.some((line) => line.includes('report.pdf')), 'a link to a PDF is not opened as a page');
    assert.ok(crawled.some((line) => /notices\.json ERR_NOT_HTML: left out/.test(line)), 'JSON found by the crawl is left out, and the log says so');
    assert.ok(!report.pages[1].findings.some((f) => f.id === 'elder-zone'), 'ELDER-ZONE is judged on entry pages only');
  });

  test('a tab shows at most 30 pages, then a fresh one takes its place, so that memory stays bounded', async () => {
    const executablePath = await findChrome();
    assert.ok(executablePath, 'Chrome or Chromium is needed');
    const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
    let tabs = 0;
    browser.on('targetcreated', (target: Target) => void (target.type() === TargetType.PAGE && tabs++));
    try {
      const urls = Array.from({ length: 31 }, (_, i) => `${server.origin}/site/about.html?page=${i + 1}`);
      // Under gov, the quickest profile to check: the tabs are the point here.
      const report = await audit(urls, { browser, concurrency: 1, profile: 'gov' });
      assert.deepEqual(report.pages.filter((page) => page.error), []);
      assert.equal(tabs, 2);
    } finally {
      await browser.close();
    }
  });

  test('elder checks only apply to elder pages', async () => {
    const report = await audit(`${server.origin}/checks/elder-text.fail.html`);
    assert.equal(report.pages[0].elder, false);
    assert.ok(!report.pages[0].findings.some((f) => f.id === 'elder-text'));
  });
});

describe('audit() under a strict Content-Security-Policy', () => {
  let strict: HttpServer;
  let origin: string;
  before(async () => {
    strict = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" });
      res.end('<!doctype html><html><title>CSP</title><body><img src="x.png"><p style="font-size:12px">小字</p></body></html>');
    });
    await new Promise<void>((ok) => strict.listen(0, '127.0.0.1', ok));
    const address = strict.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(() => new Promise<void>((ok) => strict.close(() => ok())));

  test('still runs axe and every check', async () => {
    const report = await audit(`${origin}/`, { elder: true });
    const [page] = report.pages;
    assert.equal(page.partial, false);
    assert.ok(page.findings.some((f) => f.id === 'image-alt' && f.outcome === 'fail'));
    assert.ok(page.findings.some((f) => f.id === 'elder-text' && f.outcome === 'fail'));
  });
});

describe('profiles and reports', () => {
  test('built-in profiles add up to 100 points', async () => {
    for (const name of ['all', 'gbt37668', 'elder', 'gov']) {
      const profile = await loadProfile(name);
      assert.equal(profile.indicators.reduce((sum, i) => sum + i.weight, 0), 100, name);
    }
  });

  test('a bad profile file is refused with the reason', async () => {
    await assert.rejects(loadProfile('no-such-profile.json'), /neither a built-in profile .* nor a usable file/);
  });

  test('a run checks only what its profile scores, and scores it as a full run does', async () => {
    const url = `${server.origin}/site/index.html`;
    const full = await audit(url, { includePasses: true });
    const gov = await audit(url, { profile: 'gov', includePasses: true });
    const gbt = await audit(url, { profile: 'gbt37668', includePasses: true });
    assert.deepEqual(Object.keys(full.summary.profiles).sort(), ['all', 'elder', 'gbt37668', 'gov']);
    assert.deepEqual(Object.keys(gov.summary.profiles), ['gov'], 'no score for what was not checked');
    const ids = (report: AuditReport) => report.pages[0].findings.map((f) => f.id);
    assert.ok(full.pages[0].findings.some((f) => f.source === 'axe'), 'axe has findings in a full run');
    assert.deepEqual(ids(gov), ids(full).filter((id) => id.startsWith('gov-') || id === 'content-scope'), 'neither axe nor the elder checks ran');
    assert.deepEqual(gov.summary.profiles.gov, full.summary.profiles.gov);
    assert.deepEqual(Object.keys(gbt.summary.profiles), ['gbt37668']);
    assert.deepEqual(gbt.summary.profiles.gbt37668, full.summary.profiles.gbt37668);
    assert.ok(ids(gbt).includes('elder-keys') && !ids(gbt).includes('gov-identity'));
  });

  test('every axe rule runs: level AAA and best practices are shown as advice, never scored or gated on; 4.1.1 counts', async () => {
    const report = await audit([`${server.origin}/axe/advice.html`, `${server.origin}/axe/parsing.html`], { profile: 'gbt37668', includePasses: true });
    const [advice, parsing] = report.pages;
    const found = (page: typeof advice, id: string) => page.findings.find((f) => f.id === id && f.outcome === 'fail');
    assert.deepEqual(found(advice, 'color-contrast-enhanced')?.requirements, ['A11Y-L3']);
    assert.deepEqual(found(advice, 'color-contrast-enhanced')?.wcag, ['1.4.6']);
    assert.deepEqual(found(advice, 'region')?.requirements, ['A11Y-BP']);
    assert.equal(found(advice, 'color-contrast'), undefined, 'level AA holds');
    assert.equal(advice.score, 100, 'advice costs no points');
    assert.deepEqual(report.summary.coverage.advisory, ['A11Y-L3', 'A11Y-BP']);
    assert.equal(gateFailure({ ...report, pages: [advice] }, { failOn: 'fail' }), null, '--fail-on fail is not failed by advice');
    assert.deepEqual(found(parsing, 'duplicate-id')?.requirements, ['A11Y-L1'], 'GB/T 37668-2019 follows WCAG 2.0, where 4.1.1 applies');
    assert.ok(parsing.score < 100);
  });

  test('a page that cannot be opened scores 0 under any profile', async () => {
    const report = await audit(`${server.origin}/no-such-page.html`, { profile: 'elder' });
    assert.equal(report.pages[0].error?.code, 'ERR_HTTP_404');
    assert.deepEqual([report.pages[0].score, report.pages[0].verdict], [0, '不合格']);
  });

  test('formatReport renders every format of the same report', async () => {
    const report = await audit(`${server.origin}/checks/gov-identity.fail.html`, { lang: 'en' });
    for (const format of FORMATS) assert.ok(formatReport(report, format, { lang: 'en' }).length > 100, format);
    assert.match(formatReport(report, 'text', { lang: 'en' }), /The footer lacks the party and government site mark/);
  });
});
