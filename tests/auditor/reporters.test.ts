// The reports stay valid whatever the audited pages hold: CMS output carries control characters, and a
// page's text may begin like a spreadsheet formula.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatReport } from '../../auditor/index.js';
import type { AuditReport } from '../../auditor/types.js';
import { failingPage, reportFixture } from './helpers.js';

/** Markup as a CMS leaves it: U+0001, U+0008 and U+001B in text, a form feed, and an unpaired surrogate. */
const HOSTILE = 'a\u0001b\u0008c\u001B[0md\u000Ce\uD800f';

const report: AuditReport = reportFixture({ score: 40, verdict: '不合格' }, [
  failingPage(
    'http://127.0.0.1/news?id=1&x=<2>',
    [
      {
        id: 'image-alt',
        source: 'axe',
        requirements: ['A11Y-L1'],
        wcag: ['1.1.1'],
        outcome: 'fail',
        impact: 'critical',
        message: `Images must have alternate text: ${HOSTILE}`,
        nodes: [{ selector: '#logo', html: `<img id="logo" title="${HOSTILE}">` }],
      },
      {
        id: 'gov-links',
        source: 'carebar',
        requirements: ['GOV-LINKS'],
        wcag: [],
        outcome: 'review',
        impact: null,
        message: '=HYPERLINK("http://example.invalid","点击")',
        nodes: [{ selector: 'a', html: '@SUM(1+1)' }],
      },
    ],
    40,
  ),
]);

/** What XML 1.0's Char production leaves out: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what the reports must not hold
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('reports of hostile pages', () => {
  test('JUnit holds only characters that XML allows, with what the page held written out', () => {
    const xml = formatReport(report, 'junit');
    assert.doesNotMatch(xml, NOT_XML);
    assert.match(xml, /a\\u0001b\\u0008c\\u001B\[0md\\u000Ce\\uD800f/);
    assert.match(xml, /classname="http:\/\/127\.0\.0\.1\/news\?id=1&amp;x=&lt;2&gt;"/);
  });

  test('CSV never starts a cell with a formula, and holds no control characters', () => {
    const csv = formatReport(report, 'csv');
    assert.doesNotMatch(csv.replace(/\r\n/g, ''), NOT_XML);
    assert.match(csv, /,"'=HYPERLINK\(""http:\/\/example\.invalid"",""点击""\)",/);
    assert.match(csv, /,"'@SUM\(1\+1\)",""\r\n/);
    // Numbers stay numbers.
    assert.match(csv, /^\uFEFF"url","score"[^\n]*\n"http:\/\/127\.0\.0\.1\/news\?id=1&x=<2>","40",/);
  });

  test('SARIF passes Microsoft’s SARIF validator with GitHub code scanning’s rules, with no error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carebar-sarif-'));
    writeFileSync(join(dir, 'report.sarif'), formatReport(report, 'sarif'));
    const validator = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    // The validator is a .NET program, which needs no ICU for this in its invariant mode.
    execFileSync(validator, ['validate', '--rule-kind', 'Sarif;Ghas', '--output', join(dir, 'validation.sarif'), join(dir, 'report.sarif')], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      stdio: 'pipe',
    });
    const validation = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8')) as { runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text: string } }> }> };
    const errors = (validation.runs[0].results ?? []).filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text}`);
    assert.deepEqual(errors, []);
  });

  test('SARIF locates each element by page and selector, with a fingerprint, and describes each rule', () => {
    type Sarif = {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; fullDescription: { text: string }; help: { text: string }; properties: { tags: string[] } }> } };
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } }; logicalLocations: Array<{ fullyQualifiedName: string }> }>; partialFingerprints: Record<string, string> }>;
      }>;
    };
    const [run] = (JSON.parse(formatReport(report, 'sarif', { lang: 'en' })) as Sarif).runs;
    const [first] = run.results;
    // A path relative to no checkout, as code scanning takes it, with the query kept in the one segment.
    assert.equal(first.locations[0].physicalLocation.artifactLocation.uri, `127.0.0.1/news${encodeURIComponent(new URL(report.pages[0].finalUrl).search)}`);
    assert.equal(first.locations[0].logicalLocations[0].fullyQualifiedName, 'http://127.0.0.1/news?id=1&x=<2> #logo');
    assert.match(first.partialFingerprints['carebarFinding/v1'], /^[0-9a-f]{32}$/);
    const rules = new Map(run.tool.driver.rules.map((rule) => [rule.id, rule]));
    assert.match(rules.get('image-alt')!.fullDescription.text, /<img> elements have alternat/);
    assert.match(rules.get('gov-links')!.help.text, /Fix or remove the links/);
    assert.ok(rules.get('gov-links')!.properties.tags.includes('GOV-LINKS'));
  });

  test('SARIF and JSON stay parseable', () => {
    assert.doesNotThrow(() => JSON.parse(formatReport(report, 'sarif')));
    assert.equal((JSON.parse(formatReport(report, 'json')) as AuditReport).pages[0].findings[0].message, report.pages[0].findings[0].message);
  });
});
