import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Locale, Result, RunOptions } from 'axe-core';
import type { Frame, Page } from 'puppeteer-core';
import { criteriaOf, requirementsOf } from './axe-rules.js';
import { MAX_NODES } from './checks/types.js';
import { settleReviews, type SettledNode } from './settlers/index.js';
import type { Finding, Lang, Outcome } from './types.js';

const require = createRequire(import.meta.url);
/**
 * axe, set to talk to frames of any origin: by default it answers only frames of its own origin, so a
 * cross-origin iframe (a map, a video, another department's form) would be left out of the results.
 */
const AXE_SOURCE = `${readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')};axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });`;
/** The symbol under which a prepared tab's windows keep the function that installs axe (see `keepAxe`). */
const INSTALLER_KEY = 'carebar-audit:install-axe';
/** Defines that function, without running it: until it is called, the page's scripts see no `axe`. */
const INSTALLER = `Object.defineProperty(window, Symbol.for(${JSON.stringify(INSTALLER_KEY)}), { value() {\n${AXE_SOURCE}\n} });`;

/** axe's own translations of its messages. */
const AXE_LOCALES: Record<Lang, Locale | undefined> = {
  'zh-CN': JSON.parse(readFileSync(require.resolve('axe-core/locales/zh_CN.json'), 'utf8')) as Locale,
  en: undefined,
};

/** axe's rules by id, read once: a report looks up every finding's rule, and axe builds its list anew on each call. */
let rulesById: Map<string, { description: string; help: string }> | undefined;
const axeRules = () => (rulesById ??= new Map((require('axe-core') as typeof import('axe-core')).getRules().map((rule) => [rule.ruleId, rule])));

/** The id of every rule axe has, run or not. */
export const axeRuleIds = (): string[] => [...axeRules().keys()];

/** What axe says of one of its rules, in `lang` where axe has a translation: what it checks, and its one-line help. */
export function axeRuleText(id: string, lang: Lang): { description: string; help: string } | undefined {
  const rule = axeRules().get(id);
  if (!rule) return undefined;
  const local = AXE_LOCALES[lang]?.rules?.[id];
  return { description: local?.description ?? rule.description, help: local?.help ?? rule.help };
}

/**
 * Prepares a new tab so that axe costs little on each page it shows. Sending axe's source over the
 * DevTools protocol costs more than running axe on a plain page, and every frame of every page needs it.
 * Registered once per tab, the source reaches each new document from the browser itself, and Chromium
 * compiles it once per renderer rather than once per frame.
 */
export async function keepAxe(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(INSTALLER);
}

/**
 * Runs axe-core on the page and every frame in it, with `options` (see `axeRunOptions`). axe is
 * evaluated through CDP rather than added as a script tag, so a strict Content-Security-Policy cannot block it.
 */
export async function runAxe(page: Page, options: RunOptions, lang: Lang, hideElements: readonly string[] = []): Promise<Finding[]> {
  // Frames first: axe in the top frame asks the frames' copies for their results.
  await Promise.all(page.frames().map((frame) => installAxe(frame).catch(() => undefined)));
  const results = await page.evaluate(
    async (runOptions, locale, exclude) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      if (locale) axe.configure({ locale });
      return axe.run(exclude.length ? { exclude } : document, runOptions);
    },
    options,
    AXE_LOCALES[lang] ?? null,
    [...hideElements],
  );
  await settleReviews(page, results, lang);
  return normalise(results);
}

/** Installs axe in a frame: from the function that `keepAxe` left there, or from its source when the frame has none. */
async function installAxe(frame: Frame): Promise<void> {
  const kept = await frame.evaluate((key) => {
    const install: unknown = (window as unknown as Record<symbol, unknown>)[Symbol.for(key)];
    if (typeof install !== 'function') return false;
    (install as () => void)();
    return true;
  }, INSTALLER_KEY);
  if (!kept) await frame.evaluate(AXE_SOURCE);
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
      wcag: criteriaOf(rule.tags),
      outcome,
      impact: outcome === 'pass' ? null : rule.impact ?? null,
      message: rule.help,
      nodes:
        outcome === 'pass'
          ? []
          : rule.nodes.slice(0, MAX_NODES).map((node: SettledNode) => ({
              selector: node.target.join(' '),
              html: node.html,
              // Where carebar settled a review, axe's account (why it could not tell) no longer holds: the note says what was measured.
              ...(node.carebarNote ? { note: node.carebarNote } : node.failureSummary && { fix: node.failureSummary }),
            })),
      helpUrl: rule.helpUrl,
    })),
  );
}
