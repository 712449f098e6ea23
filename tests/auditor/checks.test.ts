// Every carebar check has a fixture page where it must fail and one where it must pass
// (tests/auditor/fixtures/checks/<id>.fail.html and .pass.html; GOV-REACH fails on a missing page).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CHECKS, audit, type AuditReport, type Finding } from '../../auditor/index.js';
import { serveFixtures, type Server } from './helpers.js';

/** Checks that judge how the audit was run, or only note what it could not see; tested in library.test.ts and hostile.test.ts. */
const RUN_CHECKS = new Set(['carebar-elder', 'content-scope']);
const PAGE_CHECKS = CHECKS.filter((check) => !RUN_CHECKS.has(check.id));

let server: Server;
let report: AuditReport;
const findingOf = (id: string, outcome: 'fail' | 'pass'): Finding | undefined => {
  const page = report.pages.find((p) => p.url.endsWith(`/checks/${id}.${outcome}.html`));
  assert.ok(page, `no page for ${id}.${outcome}`);
  return page.findings.find((f) => f.id === id);
};

before(async () => {
  server = await serveFixtures();
  const urls = PAGE_CHECKS.flatMap((check) => ['fail', 'pass'].map((outcome) => `${server.origin}/checks/${check.id}.${outcome}.html`));
  // Audited as elder entry pages, so that every check applies to every fixture.
  report = await audit(urls, { elder: true, includePasses: true, concurrency: 2 });
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
    assert.deepEqual(findings.find((f) => f.id === 'elder-keys')?.wcag, ['2.1.1', '2.1.2', '2.4.7']);
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
