import type { AuditReport } from './types.js';

/** What makes a run fail in CI: `veto` (the default) only vetoes and the score; `fail` and `review` are stricter. */
export type FailOn = 'veto' | 'fail' | 'review';

export interface GateOptions {
  /** The lowest score that passes; by default the profile's pass mark, through the verdict. */
  failUnder?: number;
  failOn?: FailOn;
}

/** Why the report does not pass the gate, or null when it does. */
export function gateFailure(report: AuditReport, { failUnder, failOn = 'veto' }: GateOptions = {}): string | null {
  const { score, verdict, vetoes } = report.summary;
  if (vetoes.length) return `veto items failed: ${vetoes.join(', ')}`;
  if (failUnder !== undefined ? score < failUnder : verdict !== '合格') {
    return `the score ${score} is below ${failUnder ?? 'the profile\'s pass mark'} (${verdict})`;
  }
  const counted = failOn === 'review' ? ['fail', 'review'] : failOn === 'fail' ? ['fail'] : [];
  // Advice (best practices, level AAA) is shown, not gated on. Reports of earlier versions have no advisory list.
  const advisory = new Set(report.summary.coverage.advisory ?? []);
  const findings = report.pages
    .flatMap((page) => page.findings)
    .filter((f) => counted.includes(f.outcome) && !(f.requirements.length && f.requirements.every((id) => advisory.has(id))));
  const errors = report.pages.filter((page) => page.error);
  if (failOn !== 'veto' && (findings.length || errors.length)) {
    return `--fail-on ${failOn}: ${findings.length} findings with outcome ${counted.join(' or ')}${errors.length ? ` and ${errors.length} pages that could not be audited` : ''}`;
  }
  return null;
}
