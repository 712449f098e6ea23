// The settlers, each of which answers some of what one axe rule leaves to review (see types.ts).
import type { AxeResults, NodeResult } from 'axe-core';
import type { Page } from 'puppeteer-core';
import type { Lang } from '../types.js';
import { bypass } from './bypass.js';
import { textContrast } from './contrast.js';
import type { Settler } from './types.js';

export const SETTLERS: readonly Settler[] = [bypass, textContrast];

/** A node's place in axe's results with a note of what carebar measured, read by the report. */
export type SettledNode = NodeResult & { carebarNote?: string };

/**
 * Moves every node a settler answers from axe's `incomplete` into its `violations` or `passes`, in place.
 * Only nodes of the top document are settled: a frame's nodes are answered in a page the settler cannot see.
 */
export async function settleReviews(page: Page, results: AxeResults, lang: Lang): Promise<void> {
  for (const settler of SETTLERS) {
    const review = results.incomplete.find((rule) => rule.id === settler.rule);
    if (!review) continue;
    const nodes = review.nodes.filter((node) => node.target.length === 1 && typeof node.target[0] === 'string' && (!settler.reasons || reasonsOf(node).some((key) => settler.reasons!.includes(key))));
    if (!nodes.length) continue;
    const answers = await settler.settle(page, nodes, lang);
    nodes.forEach((node, i) => {
      const answer = answers[i];
      if (!answer) return;
      settle(results, settler.rule, node, answer.outcome, answer.note);
      // The stricter rule's own verdict on the element (if it ran) gives way to the measured one.
      if (answer.also) settle(results, answer.also.rule, node, answer.also.outcome, answer.also.note);
    });
  }
}

function reasonsOf(node: NodeResult): string[] {
  return [...node.any, ...node.all, ...node.none].map((check) => (check.data as { messageKey?: string } | null)?.messageKey ?? '').filter(Boolean);
}

/**
 * Puts `node` under rule `id` in the group of `outcome` with its note, taking it out of wherever axe put it, if
 * the rule ran. A rule left with no node goes, except from passes, which list only one node of the many.
 */
function settle(results: AxeResults, id: string, node: NodeResult, outcome: 'fail' | 'pass', note: string): void {
  const groups = [results.violations, results.incomplete, results.passes];
  const ran = groups.flat().find((rule) => rule.id === id);
  if (!ran) return;
  const target = node.target.join(' ');
  for (const group of groups) {
    const rule = group.find((candidate) => candidate.id === id);
    if (!rule) continue;
    rule.nodes = rule.nodes.filter((other) => other.target.join(' ') !== target);
    if (!rule.nodes.length && group !== results.passes) group.splice(group.indexOf(rule), 1);
  }
  const group = outcome === 'fail' ? results.violations : results.passes;
  let rule = group.find((candidate) => candidate.id === id);
  if (!rule) group.push((rule = { ...ran, nodes: [] }));
  rule.nodes.push({ ...node, carebarNote: note } as SettledNode);
}
