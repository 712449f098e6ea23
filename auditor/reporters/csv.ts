import { visibleText } from './escape.js';
import type { Reporter } from './types.js';

const HEADER = ['url', 'score', 'verdict', 'id', 'source', 'requirements', 'outcome', 'impact', 'message', 'selector', 'html', 'note'];

/**
 * A field as a spreadsheet should see it: text that a page wrote and that begins like a formula
 * (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so that opening the report
 * never runs it; characters that no document may hold are written out.
 */
const cell = (field: string | number) => (typeof field === 'number' ? String(field) : visibleText(field).replace(/^[=+\-@\t\r]/, "'$&"));

/** RFC 4180: quote every field, doubling quotes. */
const row = (fields: Array<string | number>) => fields.map((f) => `"${cell(f).replace(/"/g, '""')}"`).join(',');

/** One row per element of each finding (or per finding without elements), for spreadsheets. */
export const csvReporter: Reporter = {
  extension: 'csv',
  render(report) {
    const rows = report.pages.flatMap((page) => {
      const pageFields = [page.url, page.score, page.verdict];
      const errorRow = page.error ? [row([...pageFields, page.error.code, 'carebar', '', 'fail', '', page.error.message, '', '', ''])] : [];
      return [
        ...errorRow,
        ...page.findings.flatMap((f) => {
          const fields = [...pageFields, f.id, f.source, f.requirements.join(' '), f.outcome, f.impact ?? '', f.message];
          return f.nodes.length ? f.nodes.map((n) => row([...fields, n.selector, n.html, n.note ?? ''])) : [row([...fields, '', '', ''])];
        }),
      ];
    });
    // A BOM, so that spreadsheet programs read the Chinese as UTF-8.
    return `\uFEFF${[row(HEADER), ...rows].join('\r\n')}\r\n`;
  },
};
