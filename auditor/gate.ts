import { isAdvice } from './scoring.js';
import type { AuditReport } from './types.js';

/**
 * What makes a run fail in CI: `veto` (the default) only vetoes and the score; `fail` and `review` are stricter;
 * `new`, against a baseline, only failures the baseline did not have, so that a site can adopt the gate before
 * it has fixed everything.
 */
export type FailOn = 'veto' | 'fail' | 'review' | 'new';

export interface GateOptions {
  /** The lowest score that passes; by default the profile's pass mark, through the verdict. */
  failUnder?: number;
  failOn?: FailOn;
}

/** Why the report does not pass the gate, or null when it does. */
export function gateFailure(report: AuditReport, { failUnder, failOn = 'veto' }: GateOptions = {}): string | null {
  if (failOn === 'new') return newFailures(report);
  const { score, verdict, vetoes } = report.summary;
  if (vetoes.length) return `veto items failed: ${vetoes.join(', ')}`;
  if (failUnder !== undefined ? score < failUnder : verdict !== '合格') {
    return `the score ${score} is below ${failUnder ?? 'the profile\'s pass mark'} (${verdict})`;
  }
  const counted = failOn === 'review' ? ['fail', 'review'] : failOn === 'fail' ? ['fail'] : [];
  const findings = report.pages.flatMap((page) => page.findings).filter((f) => counted.includes(f.outcome) && !isAdvice(report, f));
  const errors = report.pages.filter((page) => page.error);
  if (failOn !== 'veto' && (findings.length || errors.length)) {
    return `--fail-on ${failOn}: ${findings.length} findings with outcome ${counted.join(' or ')}${errors.length ? ` and ${errors.length} pages that could not be audited` : ''}`;
  }
  return null;
}

function newFailures(report: AuditReport): string | null {
  if (!report.summary.baseline) throw new RangeError('--fail-on new needs a baseline to compare with (--baseline <earlier report.json>).');
  const added = report.pages.flatMap((page) => page.findings).filter((f) => f.outcome === 'fail' && f.change === 'new' && !isAdvice(report, f));
  return added.length ? `--fail-on new: ${added.length} findings fail that did not in the baseline (${[...new Set(added.map((f) => f.id))].join(', ')})` : null;
}
