// Which axe-core rules run, and how each maps to a GB/T 37668 level (standards.md §3).
// The mapping comes from axe's own tags, so a rule added to axe is mapped without a change here.
import type { RunOptions } from 'axe-core';

/** The axe tags of the WCAG levels that GB/T 37668 levels 1 and 2 and its WCAG 2.2 revision correspond to. */
const TAGS_OF: Record<string, string[]> = {
  'A11Y-L1': ['wcag2a'],
  'A11Y-L2': ['wcag2aa'],
  'A11Y-22': ['wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
};
/** The requirement ids that axe's results bear on. */
export const AXE_REQUIREMENTS = Object.keys(TAGS_OF);
export const AXE_TAGS = Object.values(TAGS_OF).flat();

/** axe tags that are left out, and why. */
export const EXCLUDED_TAGS: Record<string, string> = {
  'best-practice': 'No WCAG success criterion, so no GB/T 37668 level to score against.',
  wcag2aaa: 'Level AAA corresponds to GB/T 37668 level 3, which no inspection requires.',
  experimental: 'axe marks these rules as unstable; they would make scores flaky.',
};

/** Rules that axe turns off by default but the requirements need, and why. */
export const ENABLED_RULES: Record<string, string> = {
  'target-size': 'WCAG 2.2 2.5.8 (A11Y-22), and the floor of ELDER-TARGET on every page.',
};

/** Rules matching AXE_TAGS that are switched off anyway, and why. None so far; keep a reason for each. */
export const DISABLED_RULES: Record<string, string> = {};

/**
 * The GB/T requirement ids a rule bears on, from its tags. WCAG 2.0 A and AA are levels 1 and 2;
 * the 2.1 and 2.2 additions are not in GB/T 37668-2019 but in the revision that adopts WCAG 2.2.
 */
export function requirementsOf(tags: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag === 'wcag2a') ids.add('A11Y-L1');
    if (tag === 'wcag2aa') ids.add('A11Y-L2');
    if (/^wcag2[12]aa?$/.test(tag)) ids.add('A11Y-22');
  }
  return [...ids];
}

/** WCAG success criteria from tags such as `wcag143` → `1.4.3`. */
export function criteriaOf(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => {
    const match = /^wcag(\d)(\d)(\d+)$/.exec(tag);
    return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
  });
}

/**
 * The options for `axe.run` with the rules that bear on `requirements` (a profile scores no others),
 * or `null` when axe has nothing to answer for them.
 */
export function axeRunOptions(requirements: Iterable<string>): RunOptions | null {
  const tags = [...requirements].flatMap((id) => TAGS_OF[id] ?? []);
  if (!tags.length) return null;
  return {
    runOnly: { type: 'tag', values: AXE_TAGS.filter((tag) => tags.includes(tag)) },
    rules: Object.fromEntries<{ enabled: boolean }>([
      ...Object.keys(ENABLED_RULES).map((id) => [id, { enabled: true }] as const),
      ...Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }] as const),
    ]),
    // Passes and incompletes carry one node each: scoring needs to know a rule ran, not every node it passed.
    resultTypes: ['violations'],
  };
}
