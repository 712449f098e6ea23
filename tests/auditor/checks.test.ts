// Every carebar check has a fixture page where it must fail and one where it must pass
// (tests/auditor/fixtures/checks/<id>.fail.html and .pass.html; GOV-REACH fails on a missing page).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CHECKS, audit, type AuditReport, type Finding } from '../../auditor/index.js';
import { serveFixtures, type Server } from './helpers.js';

/** Checks that judge how the audit was run, or only note what it could not see; tested in library.test.ts and hostile.test.ts. */
const RUN_CHECKS = new Set(['carebar-elder', 'content-scope']);
const PAGE_CHECKS = CHECKS.filter((check) => !RUN_CHECKS.has(check.id));

/** Pages beyond each check's fail and pass pair, each named `<check>.<what it shows>.html`. */
const MORE_PAGES = ['elder-keys.trap', 'elder-keys.fade', 'elder-keys.disabled'];

let server: Server;
let report: AuditReport;
/** The same pages audited at another concurrency, alongside the first, on a machine so loaded. */
let busyReport: AuditReport;
const findingOf = (id: string, page: string): Finding | undefined => {
  const found = report.pages.find((p) => p.url.endsWith(`/checks/${id}.${page}.html`));
  assert.ok(found, `no page for ${id}.${page}`);
  return found.findings.find((f) => f.id === id);
};

before(async () => {
  server = await serveFixtures();
  const pages = [...PAGE_CHECKS.flatMap((check) => ['fail', 'pass'].map((outcome) => `${check.id}.${outcome}`)), ...MORE_PAGES];
  const urls = pages.map((page) => `${server.origin}/checks/${page}.html`);
  // Audited as elder entry pages, so that every check applies to every fixture.
  [report, busyReport] = await Promise.all([1, 4].map((concurrency) => audit(urls, { elder: true, includePasses: true, concurrency })));
});
after(() => server.close());

describe('carebar checks', () => {
  for (const check of PAGE_CHECKS) {
    test(`${check.id} fails on its fail page`, () => {
      const finding = findingOf(check.id, 'fail');
      assert.equal(finding?.outcome, 'fail', finding?.message);
      assert.deepEqual(finding.requirements.slice(0, check.requirements.length), [...check.requirements]);
      assert.ok(finding.message.length > 0);
    });
    test(`${check.id} passes on its pass page`, () => {
      const finding = findingOf(check.id, 'pass');
      assert.equal(finding?.outcome, 'pass', finding?.message);
    });
  }

  test('the same findings at concurrency 1 and 4, on a machine busy with both runs', () => {
    // GOV-REACH's message gives the time the page took to load, which a busy machine changes, rightly.
    const findings = (r: AuditReport) =>
      r.pages.map((page) => ({
        url: page.url,
        findings: page.findings.map((f) => ({ id: f.id, outcome: f.outcome, message: f.message.replace(/[\d.]+ 秒/, '… 秒'), nodes: f.nodes.map((n) => n.selector) })),
      }));
    assert.deepEqual(findings(busyReport), findings(report));
  });

  test('no fixture is vetoed but the two made to be: a floating ad that cannot be closed, and a page that is not there', () => {
    const vetoed = report.pages.filter((page) => page.vetoes.length).map((page) => `${page.url.split('/checks/')[1]} ${page.vetoes.join(' ')}`);
    assert.deepEqual(vetoed, ['gov-reach.fail.html GOV-REACH', 'elder-noads.fail.html ELDER-NOADS']);
  });

  test('a field that takes focus back whenever Tab leaves it is a keyboard trap, of 2.1.2', () => {
    const finding = findingOf('elder-keys', 'trap');
    assert.equal(finding?.outcome, 'fail', finding?.message);
    assert.match(finding.message, /^键盘陷阱/);
    assert.deepEqual(finding.nodes.map((n) => n.selector), ['#idno']);
    assert.deepEqual(finding.wcag, ['2.1.2']);
  });

  test('focus shown by a colour that fades in is visible focus', () => {
    const finding = findingOf('elder-keys', 'fade');
    assert.equal(finding?.outcome, 'pass', finding?.message);
  });

  test('a page whose one button is disabled has nothing for Tab to reach, and no trap', () => {
    const finding = findingOf('elder-keys', 'disabled');
    assert.equal(finding?.outcome, 'pass', finding?.message);
    assert.match(finding.message, /没有可以用 Tab 键到达的元素/);
  });

  test('failing findings point at the offending elements', () => {
    const finding = findingOf('elder-contrast', 'fail');
    assert.deepEqual(finding?.nodes.map((n) => n.selector), ['html > body > main > p']);
    assert.match(finding?.nodes[0].html ?? '', /^<p>浅灰色/);
  });

  test('the carebar toolbar is recognised with the TB-* features it lists', () => {
    const finding = findingOf('elder-toolbar', 'pass');
    for (const id of ['TB-VIEW', 'TB-COLOR', 'TB-ZOOM', 'TB-READ', 'TB-ELDER', 'TB-KEYS']) assert.ok(finding?.requirements.includes(id), id);
  });

  test('axe rules are mapped to GB/T levels and WCAG criteria', () => {
    const page = report.pages.find((p) => p.url.endsWith('/checks/elder-captcha.fail.html'));
    const axe = page?.findings.filter((f) => f.source === 'axe') ?? [];
    assert.ok(axe.length > 0);
    for (const finding of axe) assert.ok(finding.requirements.every((r) => /^A11Y-(L1|L2|L3|22|BP)$/.test(r)), finding.id);
    assert.ok(axe.find((f) => f.id === 'image-alt')?.wcag.includes('1.1.1'));
    const targetSize = report.pages.flatMap((p) => p.findings).find((f) => f.id === 'target-size');
    assert.deepEqual(targetSize?.requirements, ['A11Y-22'], 'target-size is on');
  });

  test("carebar's findings list the WCAG criteria of their check, and a finding of no criterion lists none", () => {
    const findings = report.pages.flatMap((p) => p.findings);
    assert.deepEqual(findingOf('elder-keys', 'pass')?.wcag, ['2.1.1', '2.1.2', '2.4.7']);
    assert.deepEqual(findingOf('elder-keys', 'fail')?.wcag, ['2.4.7'], 'focus that does not show bears on 2.4.7 alone');
    assert.deepEqual(findings.find((f) => f.id === 'elder-reflow')?.wcag, ['1.4.10']);
    assert.deepEqual(findings.find((f) => f.id === 'gov-identity')?.wcag, []);
    assert.deepEqual(findings.filter((f) => !Array.isArray(f.wcag)).map((f) => f.id), [], 'every finding has the field');
  });

  test('a page that does not load fails GOV-REACH with an error, and nothing else runs', () => {
    const page = report.pages.find((p) => p.url.endsWith('/checks/gov-reach.fail.html'));
    assert.equal(page?.error?.code, 'ERR_HTTP_404');
    assert.deepEqual(page.findings.map((f) => f.id), ['gov-reach']);
    assert.equal(page.verdict, '不合格');
    assert.ok(page.vetoes.includes('GOV-REACH'));
  });
});
