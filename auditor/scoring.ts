// Scores come from the profile's data only (standards.md §5): vetoes first, then deductions out of 100.
import type { Profile } from './profile.js';
import type { AuditReport, Coverage, Finding, PageReport, ProfileResult, Verdict } from './types.js';

const verdictOf = (score: number, vetoes: readonly string[], profile: Profile): Verdict =>
  vetoes.length === 0 && score >= profile.passMark ? '合格' : '不合格';

/**
 * One page's score under a profile. Indicators that no finding bears on (not applicable, or not
 * checked on this page) are left out of the total rather than counted as passed. A page that could not
 * be opened scores 0 under every profile, whether or not the profile scores reachability (GOV-REACH).
 */
export function scorePage({ findings, error }: Pick<PageReport, 'findings' | 'error'>, profile: Profile): ProfileResult {
  let available = 0;
  let earned = 0;
  const vetoes: string[] = [];
  for (const indicator of profile.indicators) {
    const related = findings.filter((f) => f.requirements.includes(indicator.id));
    if (!related.length) continue;
    available += indicator.weight;
    const failures = related.filter((f) => f.outcome === 'fail');
    let loss = 0;
    if (failures.length) {
      if (indicator.veto) vetoes.push(indicator.id);
      const count = indicator.deduct?.per === 'node' ? failures.reduce((sum, f) => sum + Math.max(1, f.nodes.length), 0) : failures.length;
      loss = indicator.deduct ? Math.min(indicator.weight, indicator.deduct.points * count) : indicator.weight;
    } else if (related.some((f) => f.outcome === 'review')) {
      loss = indicator.weight * (1 - profile.reviewCredit);
    }
    earned += indicator.weight - loss;
  }
  const score = error ? 0 : available ? Math.round((100 * earned) / available) : 100;
  return { score, verdict: verdictOf(score, vetoes, profile), vetoes };
}

/** The site's score: the mean of its pages', with every page's vetoes. */
export function scoreSite(pages: readonly ProfileResult[], profile: Profile): ProfileResult {
  const score = pages.length ? Math.round(pages.reduce((sum, page) => sum + page.score, 0) / pages.length) : 0;
  const vetoes = [...new Set(pages.flatMap((page) => page.vetoes))];
  return { score, verdict: pages.length ? verdictOf(score, vetoes, profile) : '不合格', vetoes };
}

/** Which of a profile's indicators the checks cover, and which need a person (wholly or in part). */
export function coverageOf(profile: Profile, automatedIds: ReadonlySet<string>): Omit<Coverage, 'ignored'> {
  return {
    automated: profile.indicators.filter((i) => automatedIds.has(i.id)).map((i) => i.id),
    manual: profile.indicators.filter((i) => !automatedIds.has(i.id) || i.manual).map((i) => i.id),
    advisory: profile.indicators.filter((i) => i.weight === 0).map((i) => i.id),
  };
}

/** Whether a finding bears on advice alone (weight 0, `coverage.advisory`): shown, not scored or gated on. Reports of earlier versions list no advice. */
export const isAdvice = ({ summary }: AuditReport, finding: Finding): boolean =>
  finding.requirements.length > 0 && finding.requirements.every((id) => (summary.coverage.advisory ?? []).includes(id));
