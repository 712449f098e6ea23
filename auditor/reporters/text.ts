import type { Finding } from '../types.js';
import { runLines, STRINGS, verdictLabel } from './strings.js';
import type { Reporter } from './types.js';

const MARKS: Record<Finding['outcome'], string> = { fail: '✗', review: '?', pass: '✓' };
/** Enough elements per finding to find the problem in a terminal; the other formats list them all. */
const NODES_SHOWN = 3;

/** A readable summary for the terminal. */
export const textReporter: Reporter = {
  extension: 'txt',
  render(report, { lang }) {
    const t = STRINGS[lang];
    const { summary } = report;
    const lines = [
      t.title,
      `${t.site}: ${t.score} ${summary.score}/100 · ${verdictLabel(summary.verdict, lang)} · ${t.vetoes}: ${summary.vetoes.join(', ') || t.none} · ${t.profile}: ${summary.profile}`,
      `  ${Object.entries(summary.profiles).map(([name, p]) => `${name} ${p.score} ${verdictLabel(p.verdict, lang)}`).join(' | ')}`,
      `${t.coverage}: ${t.automated} ${summary.coverage.automated.join(', ') || t.none}; ${t.manual} ${summary.coverage.manual.join(', ') || t.none}`,
      ...runLines(report, t),
    ];
    for (const page of report.pages) {
      const tags = [page.entry && t.entry, page.elder && t.elder, page.partial && t.partial].filter(Boolean).join(', ');
      lines.push('', `${t.page} ${page.url}${tags ? ` (${tags})` : ''}: ${t.score} ${page.score} · ${verdictLabel(page.verdict, lang)}`);
      if (page.error) lines.push(`  ${t.error}: ${page.error.code} ${page.error.message}`);
      if (!page.findings.length) lines.push(`  ${t.noFindings}`);
      for (const finding of page.findings) {
        lines.push(`  ${MARKS[finding.outcome]} [${t.outcomes[finding.outcome]}] ${finding.id} (${finding.requirements.join(', ')}) ${finding.message}`);
        for (const node of finding.nodes.slice(0, NODES_SHOWN)) lines.push(`      ${node.selector}`, ...(node.note ? [`        ${node.note}`] : []));
        if (finding.nodes.length > NODES_SHOWN) lines.push(`      … +${finding.nodes.length - NODES_SHOWN}`);
      }
    }
    return `${lines.join('\n')}\n`;
  },
};
