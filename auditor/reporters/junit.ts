import { escapeXml as x } from './escape.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML for CI: a suite per page and a case per finding. A fail is a `<failure>`; a review is
 * `<skipped>` with its message, so that CI shows it as neither passed nor failed.
 */
export const junitReporter: Reporter = {
  extension: 'xml',
  render(report) {
    const suites = report.pages.map((page) => {
      const cases = page.findings.map((f) => {
        const detail = [f.message, ...f.nodes.map((n) => [n.selector, n.html, n.note].filter(Boolean).join('\n'))].join('\n\n');
        const name = `${f.id} (${f.requirements.join(', ')})`;
        const body =
          f.outcome === 'fail' ? `<failure message="${x(f.message)}" type="${x(f.impact ?? 'fail')}">${x(detail)}</failure>` : f.outcome === 'review' ? `<skipped message="${x(`review: ${f.message}`)}"/>` : '';
        return `    <testcase classname="${x(page.url)}" name="${x(name)}">${body}</testcase>`;
      });
      if (page.error) cases.unshift(`    <testcase classname="${x(page.url)}" name="load"><error message="${x(page.error.message)}" type="${x(page.error.code)}"/></testcase>`);
      const count = (outcome: string) => page.findings.filter((f) => f.outcome === outcome).length;
      return [
        `  <testsuite name="${x(page.url)}" tests="${cases.length}" failures="${count('fail')}" errors="${page.error ? 1 : 0}" skipped="${count('review')}">`,
        `    <properties><property name="score" value="${page.score}"/><property name="verdict" value="${x(page.verdict)}"/></properties>`,
        ...cases,
        '  </testsuite>',
      ].join('\n');
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="carebar-audit">\n${suites.join('\n')}\n</testsuites>\n`;
  },
};
