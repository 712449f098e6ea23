import type { NodeResult } from 'axe-core';
import type { Page } from 'puppeteer-core';
import type { Lang } from '../types.js';

/** A settled node: where it goes, and what was measured to decide it, in the report's language. */
export interface Answer {
  outcome: 'fail' | 'pass';
  note: string;
  /** Another axe rule the same evidence answers, as a stricter level of one requirement (AAA contrast beside AA). */
  also?: { rule: string; outcome: 'fail' | 'pass'; note: string };
}

/**
 * Gives a definite answer, where the page holds clear evidence, for nodes of one axe rule that axe can only
 * leave to review. A node without clear evidence gets no answer and stays for a person.
 */
export interface Settler {
  /** The axe rule whose "needs review" nodes it settles. */
  rule: string;
  /** axe's reasons (its checks' message keys) for which the settler knows what to look at; any, when absent. */
  reasons?: readonly string[];
  settle(page: Page, nodes: readonly NodeResult[], lang: Lang): Promise<Array<Answer | undefined>>;
}

export type { NodeResult };
