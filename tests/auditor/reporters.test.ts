// The reports stay valid whatever the audited pages hold: CMS output carries control characters, and a
// page's text may begin like a spreadsheet formula.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatReport } from '../../auditor/index.js';
import type { AuditReport } from '../../auditor/types.js';

/** Markup as a CMS leaves it: U+0001, U+0008 and U+001B in text, a form feed, and an unpaired surrogate. */
const HOSTILE = 'a\u0001b\u0008c\u001B[0md\u000Ce\uD800f';

const report: AuditReport = {
  schemaVersion: 1,
  tool: { name: 'carebar', version: '0' },
  generatedAt: '2026-01-01T00:00:00.000Z',
  shard: null,
  partial: false,
  summary: { profile: 'all', score: 40, verdict: '不合格', vetoes: [], profiles: {}, coverage: { automated: [], manual: [] } },
  pages: [
    {
      url: 'http://127.0.0.1/news?id=1&x=<2>',
      finalUrl: 'http://127.0.0.1/news?id=1&x=<2>',
      entry: true,
      elder: false,
      score: 40,
      verdict: '不合格',
      profiles: {},
      vetoes: [],
      error: null,
      partial: false,
      findings: [
        {
          id: 'image-alt',
          source: 'axe',
          requirements: ['A11Y-L1'],
          outcome: 'fail',
          impact: 'critical',
          message: `Images must have alternate text: ${HOSTILE}`,
          nodes: [{ selector: '#logo', html: `<img id="logo" title="${HOSTILE}">` }],
        },
        {
          id: 'gov-links',
          source: 'carebar',
          requirements: ['GOV-LINKS'],
          outcome: 'review',
          impact: null,
          message: '=HYPERLINK("http://example.invalid","点击")',
          nodes: [{ selector: 'a', html: '@SUM(1+1)' }],
        },
      ],
    },
  ],
};

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
    assert.match(csv, /,"'@SUM\(1\+1\)"\r\n/);
    // Numbers stay numbers.
    assert.match(csv, /^\uFEFF"url","score"[^\n]*\n"http:\/\/127\.0\.0\.1\/news\?id=1&x=<2>","40",/);
  });

  test('SARIF and JSON stay parseable', () => {
    assert.doesNotThrow(() => JSON.parse(formatReport(report, 'sarif')));
    assert.equal((JSON.parse(formatReport(report, 'json')) as AuditReport).pages[0].findings[0].message, report.pages[0].findings[0].message);
  });
});
