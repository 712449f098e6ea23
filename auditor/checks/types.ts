import type { HTTPResponse, Page } from 'puppeteer-core';
import type { LinkChecker } from '../links.js';
import type { Thresholds } from '../thresholds.js';
import type { FindingNode, Impact, Lang, Outcome, PageError } from '../types.js';

/** Which pages a check judges (contracts.md, "Scope of the elder checks"). */
export type Scope = 'every' | 'elder' | 'entry';

/** What a check knows of the page it judges. */
export interface PageContext {
  page: Page;
  url: string;
  /** The main document's response, or null when there was none (a `file:` URL, or an error). */
  response: HTTPResponse | null;
  /** Why the page did not load, if it did not; only checks with `runsOnError` see such pages. */
  error: PageError | null;
  /** Milliseconds from navigation start to the load event. */
  loadMs: number;
  entry: boolean;
  elder: boolean;
  /** Whether `--with-toolbar-elder` switched carebar's elder mode on (undefined when not asked). */
  toolbarElder?: boolean;
  links: LinkChecker;
  /** Check links to other hosts too (GOV-LINKS). */
  externalLinks: boolean;
  thresholds: Thresholds;
  /** The language of the report, for checks whose messages list localised names. */
  lang: Lang;
}

/** A check's verdict: a message key into its own `messages`, with values for the placeholders. */
export interface CheckResult {
  outcome: Outcome;
  key: string;
  params?: Record<string, string | number | undefined>;
  nodes?: FindingNode[];
  /** Requirement ids this result bears on beyond the check's own, e.g. the TB-* features found. */
  extraRequirements?: string[];
}

/** Messages by key, with `{name}` placeholders, in every language. */
export type Messages<K extends string = string> = Record<Lang, Record<K, string>>;

/**
 * One carebar check, shaped like an axe check: data (id, requirements, scope, messages)
 * beside one small evaluate function.
 */
export interface Check<K extends string = string> {
  /** The finding id, e.g. `elder-text`. */
  id: string;
  requirements: readonly string[];
  /** The WCAG success criteria the check bears on, e.g. `1.4.10`; empty where it checks what no criterion asks. */
  wcag: readonly string[];
  /** The criteria of one result, where it bears on fewer than the whole check (a keyboard trap is 2.1.2 alone). */
  wcagOf?: Partial<Record<K, readonly string[]>>;
  appliesTo: Scope;
  impact: Impact;
  /** What the check asks of a page, and how to meet it, in words a contractor can act on (SARIF rules, reports). */
  guide: Record<Lang, { rule: string; fix: string }>;
  messages: Messages<K>;
  /** Also run on pages that failed to load (GOV-REACH judges exactly those). */
  runsOnError?: boolean;
  /** Run only when this audit option is on. */
  optIn?: 'withToolbarElder';
  evaluate(ctx: PageContext): Promise<CheckResult & { key: K }>;
}

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, params: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));
}

/** At most this many nodes per finding, so that one bad page cannot bloat the report. */
export const MAX_NODES = 20;
