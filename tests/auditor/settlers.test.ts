// Definite answers where axe leaves a rule to review and the page holds clear evidence (auditor/settlers/).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NodeResult } from 'axe-core';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, audit, findChrome, type AuditReport, type Finding } from '../../auditor/index.js';
import { textContrast } from '../../auditor/settlers/contrast.js';
import { serveFixtures, type Server } from './helpers.js';

let server: Server;
let report: AuditReport;
before(async () => {
  server = await serveFixtures();
  const pages = ['bypass.fail', 'bypass.review', 'contrast'];
  report = await audit(
    pages.map((page) => `${server.origin}/axe/${page}.html`),
    { profile: 'gbt37668', includePasses: true },
  );
});
after(() => server.close());

const findings = (page: string, id: string): Finding[] => report.pages.find((p) => p.url.endsWith(`/axe/${page}.html`))!.findings.filter((f) => f.id === id);
const outcomeOf = (page: string, id: string, selector: string) => findings(page, id).find((f) => f.nodes.some((n) => n.selector === selector))?.outcome;

describe('what axe leaves to review, settled where the page is clear', () => {
  test('a page whose column links come before its content, with no heading, landmark or skip link, fails 2.4.1', () => {
    const [finding] = findings('bypass.fail', 'bypass');
    assert.equal(finding?.outcome, 'fail');
    assert.deepEqual(finding.requirements, ['A11Y-L1']);
    assert.match(finding.nodes[0].note ?? '', /^正文之前有 7 个链接，页面却没有标题/);
  });

  test('a script that may fold the links away leaves it for a person', () => {
    const [finding] = findings('bypass.review', 'bypass');
    assert.equal(finding?.outcome, 'review');
    assert.equal(finding.nodes[0].note, undefined);
  });

  test('text over a gradient or picture is measured from the pixels behind it', () => {
    assert.equal(outcomeOf('contrast', 'color-contrast', '#pale'), 'fail', 'pale text on a pale gradient');
    assert.match(findings('contrast', 'color-contrast').find((f) => f.outcome === 'fail')!.nodes[0].note ?? '', /^从页面像素测得，文字与背景图像或渐变的对比度在 [\d.]+:1 到 [\d.]+:1 之间，需要 4\.5:1。$/);
    assert.equal(outcomeOf('contrast', 'color-contrast', '#dark'), undefined, 'white on dark blue passes, and passes list no nodes');
    assert.equal(outcomeOf('contrast', 'color-contrast', '#split'), 'review', 'a picture half light, half dark behind the text');
    assert.equal(outcomeOf('contrast', 'color-contrast-enhanced', '#pale'), 'fail', 'the same pixels answer AAA');
    assert.ok(!findings('contrast', 'color-contrast').some((f) => f.outcome === 'review' && f.nodes.some((n) => n.selector !== '#split')));
  });

  test('the page is left as it was: the text shown again, no mark and no style sheet of ours', async () => {
    const browser = await puppeteer.launch({ executablePath: (await findChrome()) ?? undefined, args: [...CHROME_ARGS] });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/axe/contrast.html`);
      const state = () => page.evaluate(() => ({ color: getComputedStyle(document.querySelector('#pale')!).color, sheets: document.adoptedStyleSheets.length, html: document.body.outerHTML }));
      const before = await state();
      const node = { target: ['#pale'], html: '', any: [{ id: 'color-contrast', data: { expectedContrastRatio: '4.5:1' } }], all: [], none: [] } as unknown as NodeResult;
      const [answer] = await textContrast.settle(page, [node], 'en');
      assert.equal(answer?.outcome, 'fail');
      assert.deepEqual(await state(), before);
    } finally {
      await browser.close();
    }
  });
});
