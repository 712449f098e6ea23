// The HTML report as its readers use it, in Chromium: the site's summary first, each requirement, each
// finding with its element and how to fix it, filters worked from the keyboard, and axe's verdict on it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { audit, CHROME_ARGS, findChrome, formatReport, type AuditReport, type Lang } from '../../auditor/index.js';
import { failingPage, reportFixture, serveFixtures, type Server } from './helpers.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Server;
let browser: Browser;
let report: AuditReport;
const pagesOf = (names: string[]) => names.map((name) => `${server.origin}/checks/${name}.html`);
before(async () => {
  server = await serveFixtures();
  browser = await puppeteer.launch({ executablePath: (await findChrome())!, args: [...CHROME_ARGS] });
  report = await audit(pagesOf(['gov-identity.fail', 'elder-noads.fail', 'elder-contrast.fail']), { screenshots: true });
});
after(async () => {
  await browser.close();
  await server.close();
});

/** The report open in a tab that may fetch nothing: every request other than a data URL is counted and refused. */
async function open(html: string, viewport = { width: 1280, height: 900 }): Promise<{ tab: Page; requests: string[] }> {
  const tab = await browser.newPage();
  await tab.setViewport(viewport);
  const requests: string[] = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith('data:')) return void request.continue();
    requests.push(request.url());
    void request.abort();
  });
  await tab.setContent(html, { waitUntil: 'load' });
  return { tab, requests };
}

const texts = (tab: Page, selector: string) => tab.$$eval(selector, (nodes) => nodes.map((node) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
const visibleFindings = (tab: Page) => tab.$$eval('li.finding', (items) => items.filter((item) => item.checkVisibility()).map((item) => `${item.dataset.kind} ${item.dataset.requirements}`));

describe('the HTML report', () => {
  test('opens with the verdict per profile and its vetoes, then what recurs across pages, then the worst pages', async () => {
    const { tab } = await open(formatReport(report, 'html'));
    assert.deepEqual((await texts(tab, 'h2')).slice(0, 5), ['概要', '出现最多的问题', '得分最低的页面', '按要求：结果与覆盖范围', '按页面']);
    const [verdict] = await texts(tab, '#summary + p');
    assert.match(verdict, new RegExp(`得分 ${report.summary.score}/100 · 不合格 · 评分档案: all · 检测了 3 个页面 · 不通过 \\d+`));
    const profiles = await texts(tab, 'section[aria-labelledby=summary] tbody tr');
    assert.match(profiles[0], /^all \d+ 不合格 ELDER-NOADS 广告与弹窗$/, 'the veto item, by id and name');
    // No page of the three has an assistive toolbar, so that problem recurs on all of them; it comes before any found on one page only.
    const recurring = await texts(tab, 'section[aria-labelledby=recurring] tbody tr');
    const toolbar = recurring.findIndex((row) => row.includes('elder-toolbar'));
    assert.match(recurring[toolbar], /^不通过 .* elder-toolbar ELDER-TOOLBAR 辅助工具 3\/3 \d+$/);
    assert.ok(recurring.slice(0, toolbar).every((row) => / 3\/3 /.test(row)), recurring.join('\n'));
    const worst = await tab.$$eval('section[aria-labelledby=worst] tbody tr td:nth-child(2)', (cells) => cells.map((cell) => Number(cell.textContent)));
    assert.deepEqual(worst, [...worst].sort((a, b) => a - b));
    assert.equal(worst.length, 3);
    await tab.close();
  });

  test('lists each requirement under its body of rules, with its result, coverage and the rules that failed it', async () => {
    const { tab } = await open(formatReport(report, 'html'));
    assert.deepEqual(await texts(tab, 'section[aria-labelledby=requirements] h3'), ['GB/T 37668 信息无障碍', '适老化（工信部规范）', '政府网站检查']);
    const rows = await texts(tab, 'section[aria-labelledby=requirements] tbody tr');
    assert.ok(rows.some((row) => /^ELDER-NOADS 广告与弹窗 否决项 不通过 \(1 个页面\) 自动检查 elder-noads \(1\)$/.test(row)), rows.join('\n'));
    assert.ok(rows.some((row) => /^GOV-IDENTITY 网站标识与备案信息 不通过 \(3 个页面\) 自动检查 gov-identity \(3\)$/.test(row)), rows.join('\n'));
    assert.ok(rows.some((row) => /^ELDER-ZONE 长者专区 .* 自动检查；需要人工检查 /.test(row)), 'the elder zone is checked, and also needs a person');
    // Each rule named there leads to its finding.
    const target = await tab.$eval('section[aria-labelledby=requirements] a[href^="#f-"]', (link) => document.querySelector(link.getAttribute('href')!)?.className);
    assert.equal(target, 'finding');
    await tab.close();
  });

  test('shows each failing finding with its element pictured and outlined, its ids, and how to fix it, in Chinese and English', async () => {
    for (const [lang, fix, axeFix] of [
      ['zh-CN', /如何修复: 在所有页面的页脚补齐/, /如何修复: 确保.*详细说明/],
      ['en', /How to fix: Add what is missing to the footer/, /How to fix: Ensure .*Learn more/],
    ] as Array<[Lang, RegExp, RegExp]>) {
      // `--lang` sets the language of the findings' messages as well as the report's own words.
      const inLang = lang === 'zh-CN' ? report : await audit(pagesOf(['gov-identity.fail', 'elder-contrast.fail']), { screenshots: true, lang });
      const { tab } = await open(formatReport(inLang, 'html', { lang }));
      const [identity] = await texts(tab, 'li.finding[data-requirements=GOV-IDENTITY]');
      assert.match(identity, fix);
      assert.match(identity, /gov-identity · GOV-IDENTITY/);
      assert.match(identity, /html > body > main > footer/, 'the element');
      const contrast = (await texts(tab, 'li.finding[data-kind=fail]')).find((text) => text.includes('color-contrast'))!;
      assert.match(contrast, axeFix, "axe's own words, in the report's language");
      assert.match(contrast, /color-contrast · WCAG 1\.4\.3 · A11Y-L2/);
      assert.match(contrast, lang === 'zh-CN' ? /修复以下任一问题：\s*元素的颜色对比度 [\d.]+ 不足/ : /Fix any of the following:\s*Element has insufficient color contrast of [\d.]+/, "what axe found on the element");
      const outline = await tab.$eval('li.finding[data-requirements=GOV-IDENTITY] figure.crop', (figure) => {
        const [picture, box] = [figure.querySelector('img')!.getBoundingClientRect(), figure.querySelector('span')!.getBoundingClientRect()];
        return { inside: box.left >= picture.left - 2 && box.right <= picture.right + 2 && box.top >= picture.top - 2 && box.bottom <= picture.bottom + 2, area: box.width * box.height };
      });
      assert.ok(outline.inside && outline.area > 100, JSON.stringify(outline));
      await tab.close();
    }
  });

  test('filters findings by result and requirement from the keyboard, and says how many it shows', async () => {
    const { tab } = await open(formatReport(report, 'html'));
    const all = await visibleFindings(tab);
    const status = () => tab.$eval('form.filters [role=status]', (node) => node.textContent);
    assert.equal(await status(), `显示 ${all.length} / ${all.length} 条问题`);
    assert.ok(all.some((f) => f.startsWith('fail')) && all.some((f) => !f.startsWith('fail')));
    // From the contents to the findings by page, then Tab into the form and Space on its first box: 不通过.
    await tab.focus('nav a[href="#pages"]');
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Tab');
    assert.equal(await tab.evaluate(() => (document.activeElement as HTMLInputElement).value), 'fail');
    await tab.keyboard.press('Space');
    const unfailed = await visibleFindings(tab);
    assert.ok(unfailed.length > 0 && unfailed.every((f) => !f.startsWith('fail')), unfailed.join(', '));
    assert.equal(await status(), `显示 ${unfailed.length} / ${all.length} 条问题`);
    await tab.keyboard.press('Space');
    // On to the requirement list, and down to its first requirement.
    while (await tab.evaluate(() => document.activeElement?.tagName !== 'SELECT')) await tab.keyboard.press('Tab');
    await tab.keyboard.press('ArrowDown');
    const chosen = await tab.$eval('select', (select) => select.value);
    const narrowed = await visibleFindings(tab);
    assert.ok(narrowed.length > 0 && narrowed.length < all.length && narrowed.every((f) => f.split(' ').includes(chosen)), `${chosen}: ${narrowed.join(', ')}`);
    // A group whose findings are all filtered out takes its heading with it.
    const groups = await tab.$$eval('.group', (all) => all.map((group) => [group.checkVisibility(), group.querySelector('li.finding:not([hidden])') !== null]));
    assert.ok(groups.some(([shown]) => !shown) && groups.every(([shown, hasFinding]) => shown === hasFinding), JSON.stringify(groups));
    await tab.close();
  });

  test('passes axe (WCAG 2.2 AA) and fetches nothing, on a desktop and on a phone', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { tab, requests } = await open(formatReport(report, 'html'), viewport);
      await tab.evaluate(AXE);
      const results = await tab.evaluate(() => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
      assert.deepEqual(
        (results).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
      assert.deepEqual(requests, []);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `nothing wider than the screen: ${overflow} px over`);
      await tab.close();
    }
  });

  test('shows what a page held as text: nothing in it runs, or reaches the markup', async () => {
    const attack = `"><img src=x onerror="window.ran=1"><script>window.ran=1</script>`;
    const hostile = reportFixture({ score: 0, verdict: '不合格' }, [
      failingPage(`http://127.0.0.1/${attack}`, [
        { id: 'image-alt', source: 'axe', requirements: [`A11Y-L1${attack}`], wcag: ['1.1.1'], outcome: 'fail', impact: 'critical', message: attack, nodes: [{ selector: attack, html: attack, fix: attack }] },
      ]),
    ]);
    const { tab, requests } = await open(formatReport(hostile, 'html'));
    assert.equal(await tab.evaluate(() => (window as unknown as { ran?: number }).ran), undefined);
    assert.deepEqual(await tab.$$eval('img, script', (nodes) => nodes.map((node) => node.tagName)), ['SCRIPT'], "the report's own filter script alone");
    assert.match((await texts(tab, 'li.finding'))[0], /"><img src=x onerror="window\.ran=1"><script>window\.ran=1<\/script>/);
    assert.deepEqual(requests, []);
    await tab.close();
  });
});
