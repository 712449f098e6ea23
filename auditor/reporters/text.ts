import type { Finding, FindingNode } from '../types.js';
import { isAdvice } from '../scoring.js';
import { runLines, STRINGS, verdictLabel } from './strings.js';
import type { Reporter } from './types.js';

const MARKS: Record<Finding['outcome'], string> = { fail: '✗', review: '?', pass: '✓' };
/** Enough elements per finding to find the problem in a terminal; the other formats list them all. */
const NODES_SHOWN = 3;

/** Advice (level AAA, best practices) is shown, not scored: it must not look like a failure that costs points. */
const ADVICE_MARK = '·';

function nodeLines(nodes: readonly FindingNode[], lines: string[]): void {
  for (const node of nodes.slice(0, NODES_SHOWN)) lines.push(`      ${node.selector}`, ...(node.note ? [`        ${node.note}`] : []));
  if (nodes.length > NODES_SHOWN) lines.push(`      … +${nodes.length - NODES_SHOWN}`);
}

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
        const advice = finding.outcome !== 'pass' && isAdvice(report, finding);
        const label = [advice ? t.advice : t.outcomes[finding.outcome], finding.change === 'new' && t.changes.new].filter(Boolean).join(' · ');
        lines.push(`  ${advice ? ADVICE_MARK : MARKS[finding.outcome]} [${label}] ${finding.id} (${finding.requirements.join(', ')}) ${finding.message}`);
        nodeLines(finding.nodes, lines);
      }
    }
    if (report.fixed?.length) {
      lines.push('', `${t.fixedHeading}:`);
      for (const fixed of report.fixed) {
        lines.push(`  ✓ ${fixed.url} ${fixed.id}: ${fixed.message}`);
        nodeLines(fixed.nodes, lines);
      }
    }
    return `${lines.join('\n')}\n`;
  },
};
