// Which axe-core rules run, and how each maps to a GB/T 37668 level (standards.md §3).
// The mapping comes from axe's own tags, so a rule added to axe is mapped without a change here.
import type { RunOptions } from 'axe-core';

/**
 * The axe tags behind each requirement: GB/T 37668 levels 1, 2 and 3 (WCAG 2.0 A, AA and AAA, with 4.1.1
 * Parsing, which WCAG 2.2 made obsolete but GB/T 37668-2019 still has), its WCAG 2.2 revision's additions, and
 * axe's best practices and experimental rules, which no criterion asks for. Every axe rule has one of them.
 */
const TAGS_OF: Record<string, string[]> = {
  'A11Y-L1': ['wcag2a', 'wcag2a-obsolete'],
  'A11Y-L2': ['wcag2aa'],
  'A11Y-L3': ['wcag2aaa', 'wcag21aaa', 'wcag22aaa'],
  'A11Y-22': ['wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
  'A11Y-BP': ['best-practice', 'experimental'],
};
/** The requirement ids that axe's results bear on. */
export const AXE_REQUIREMENTS = Object.keys(TAGS_OF);
export const AXE_TAGS = Object.values(TAGS_OF).flat();

/** Rules that axe turns off by default but the requirements need, and why. */
export const ENABLED_RULES: Record<string, string> = {
  'target-size': 'WCAG 2.2 2.5.8 (A11Y-22), and the floor of ELDER-TARGET on every page.',
  'duplicate-id': 'WCAG 2.0 4.1.1 Parsing (A11Y-L1): axe retired it with WCAG 2.2, but GB/T 37668-2019 follows WCAG 2.0.',
  'duplicate-id-active': 'WCAG 2.0 4.1.1 Parsing (A11Y-L1), as duplicate-id.',
};

/** Rules matching AXE_TAGS that are switched off anyway, and why. None so far; keep a reason for each. */
export const DISABLED_RULES: Record<string, string> = {};

/**
 * The GB/T requirement ids a rule bears on, from its tags. WCAG 2.0 A, AA and AAA are levels 1, 2 and 3;
 * the 2.1 and 2.2 additions are not in GB/T 37668-2019 but in the revision that adopts WCAG 2.2. An
 * experimental rule is advice (A11Y-BP) whatever its criterion: axe marks it unstable.
 */
export function requirementsOf(tags: readonly string[]): string[] {
  if (tags.includes('experimental')) return ['A11Y-BP'];
  return AXE_REQUIREMENTS.filter((id) => TAGS_OF[id].some((tag) => tags.includes(tag)));
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
    // Passes carry one node each: scoring needs to know a rule ran, not every node it passed. What needs review
    // keeps every node, for a person to look at and for carebar to settle where it can.
    resultTypes: ['violations', 'incomplete'],
    // Every frame gets axe before the run: one slow to answer is busy (a cross-origin frame has a process of its own,
    // on a loaded machine), not without axe. Within axe's default 500 ms such a frame was left out of the results.
    pingWaitTime: 2000,
  };
}
