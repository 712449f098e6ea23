import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Locale, Result, RunOptions } from 'axe-core';
import type { Page } from 'puppeteer-core';
import { criteriaOf, requirementsOf } from './axe-rules.js';
import { MAX_NODES } from './checks/types.js';
import type { Finding, Lang, Outcome } from './types.js';

const require = createRequire(import.meta.url);
/**
 * axe, set to talk to frames of any origin: by default it answers only frames of its own origin, so a
 * cross-origin iframe (a map, a video, another department's form) would be left out of the results.
 */
const AXE_SOURCE = `${readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')};axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });`;
/** axe's own translations of its messages. */
const AXE_LOCALES: Record<Lang, Locale | undefined> = {
  'zh-CN': JSON.parse(readFileSync(require.resolve('axe-core/locales/zh_CN.json'), 'utf8')) as Locale,
  en: undefined,
};

/** What axe says of one of its rules, in `lang` where axe has a translation: what it checks, and its one-line help. */
export function axeRuleText(id: string, lang: Lang): { description: string; help: string } | undefined {
  const rule = (require('axe-core') as typeof import('axe-core')).getRules().find((candidate) => candidate.ruleId === id);
  if (!rule) return undefined;
  const local = AXE_LOCALES[lang]?.rules?.[id];
  return { description: local?.description ?? rule.description, help: local?.help ?? rule.help };
}

/**
 * Runs axe-core on the page and every frame in it, with `options` (see `axeRunOptions`). axe is
 * evaluated through CDP rather than added as a script tag, so a strict Content-Security-Policy cannot block it.
 */
export async function runAxe(page: Page, options: RunOptions, lang: Lang): Promise<Finding[]> {
  // Frames first: axe in the top frame asks the frames' copies for their results.
  await Promise.all(page.frames().map((frame) => frame.evaluate(AXE_SOURCE).catch(() => undefined)));
  const results = await page.evaluate(
    async (runOptions, locale) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      if (locale) axe.configure({ locale });
      return axe.run(document, runOptions);
    },
    options,
    AXE_LOCALES[lang] ?? null,
  );
  return normalise(results);
}

const OUTCOMES: Array<[keyof Pick<AxeResults, 'violations' | 'incomplete' | 'passes'>, Outcome]> = [
  ['violations', 'fail'],
  ['incomplete', 'review'],
  ['passes', 'pass'],
];

/** axe's results as serialisable findings. */
function normalise(results: AxeResults): Finding[] {
  return OUTCOMES.flatMap(([group, outcome]) =>
    results[group].map((rule: Result) => ({
      id: rule.id,
      source: 'axe' as const,
      requirements: requirementsOf(rule.tags),
      criteria: criteriaOf(rule.tags),
      outcome,
      impact: outcome === 'pass' ? null : rule.impact ?? null,
      message: rule.help,
      nodes: outcome === 'pass' ? [] : rule.nodes.slice(0, MAX_NODES).map((node) => ({ selector: node.target.join(' '), html: node.html })),
      helpUrl: rule.helpUrl,
    })),
  );
}
