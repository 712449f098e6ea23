import type { Browser } from 'puppeteer-core';
import type { Action } from './page/actions.js';

// The report is a public contract (contracts.md, "The JSON report", schemaVersion 1):
// tools may rely on every field documented there, so change these types only with a new schemaVersion.

/** `fail`: a machine is sure it is wrong. `review`: a person must look. `pass`: checked and fine. */
export type Outcome = 'fail' | 'review' | 'pass';

/** How much a failure hurts users, in axe's terms; carebar's checks use the same scale. */
export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** The languages of messages and reports. */
export type Lang = 'zh-CN' | 'en';

/** The inspections' verdict: 合格 (passed) or 不合格 (failed). */
export type Verdict = '合格' | '不合格';

/** One element a finding is about. */
export interface FindingNode {
  selector: string;
  html: string;
  /** What carebar measured where it gave a definite answer that axe left to review, e.g. contrast read from the page's pixels. */
  note?: string;
  /** axe's account of what to fix on this element, in the report's language ("Fix any of the following: …"). */
  fix?: string;
  /** A picture of the failing element in its surroundings, when screenshots were asked for; never in the JSON report. */
  crop?: ElementCrop;
}

/** A JPEG of part of the page (`width` × `height` CSS px), with where the element is in it. */
export interface ElementCrop {
  image: string;
  width: number;
  height: number;
  box: { x: number; y: number; width: number; height: number };
}

/** One result of one axe rule or carebar check on one page. */
export interface Finding {
  /** The axe rule id as axe names it (e.g. `image-alt`), or a carebar check id (e.g. `elder-text`). */
  id: string;
  source: 'axe' | 'carebar';
  /** Requirement ids from standards.md, e.g. `A11Y-L1` or `ELDER-TEXT`. */
  requirements: string[];
  outcome: Outcome;
  impact: Impact | null;
  message: string;
  nodes: FindingNode[];
  /** The WCAG success criteria it bears on, e.g. `1.4.3`: axe's own tags for its rules, each check's for carebar's; none for what no criterion asks (GOV-IDENTITY). */
  wcag: string[];
  /** Where to read more, when the rule has a help page. */
  helpUrl?: string;
  /** Against a baseline (`--baseline`), for a fail or review: whether it has an element or page the earlier run's did not. */
  change?: 'new' | 'same';
}

/** A fail or review of the baseline that this run no longer finds, on the elements it no longer finds it on. */
export type FixedFinding = Pick<Finding, 'id' | 'outcome' | 'message' | 'nodes'> & { url: string };

/** Against a baseline: problems (a finding on one element, or on a page) new, still there, and gone. */
export interface BaselineCounts {
  new: number;
  fixed: number;
  same: number;
}

/** A score out of 100 and the verdict it leads to under one profile. */
export interface ProfileResult {
  score: number;
  verdict: Verdict;
  /** The requirement ids whose veto items failed: what a merge of shards needs to score the site. */
  vetoes: string[];
}

/** Why a page could not be audited. */
export interface PageError {
  /** A stable code: `ERR_TIMEOUT`, `ERR_HTTP_404`, Chromium's `ERR_NAME_NOT_RESOLVED`, … */
  code: string;
  message: string;
}

export interface PageReport {
  /** As given, or as found by the crawl or sitemap. */
  url: string;
  /** After redirects. */
  finalUrl: string;
  /** An entry page (homepage) of its site: ELDER-ZONE, ELDER-TOOLBAR and GOV-FINDERROR are judged here. */
  entry: boolean;
  /** Audited as an elder version (detected, `--elder` or `--with-toolbar-elder`). */
  elder: boolean;
  score: number;
  verdict: Verdict;
  profiles: Record<string, ProfileResult>;
  /** The requirement ids whose veto items failed on this page, under the chosen profile. */
  vetoes: string[];
  error: PageError | null;
  /** Some checks could not finish; their findings are `review`s that say so. */
  partial: boolean;
  findings: Finding[];
  /** A JPEG of the first screen as a data URL, when screenshots were asked for (the HTML report does). */
  screenshot?: string;
}

export interface Coverage {
  /** Indicators of the profile that a check evaluates automatically. */
  automated: string[];
  /** Indicators that need a person, wholly or in part. */
  manual: string[];
  /** axe rule and carebar check ids that the run was told to leave out (`ignore`). */
  ignored: string[];
  /** Indicators reported as advice but not scored, nor gated on (weight 0: A11Y-L3 and A11Y-BP in the built-in profiles). */
  advisory: string[];
}

export interface AuditReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** ISO 8601 time the audit finished. */
  generatedAt: string;
  /** The shard of an audit split across machines (`--shard i/n`) that this report covers; `null` for a whole audit. */
  shard: Shard | null;
  /**
   * Pages that the run set out to audit are missing: it was interrupted or stopped, or it is a merge
   * that lacked shards (`--allow-partial`). A partial report does not speak for the whole site.
   */
  partial: boolean;
  summary: {
    /** The chosen profile's name. */
    profile: string;
    score: number;
    verdict: Verdict;
    vetoes: string[];
    profiles: Record<string, ProfileResult>;
    coverage: Coverage;
    /** Compared with a baseline (`--baseline`). */
    baseline?: BaselineCounts;
  };
  pages: PageReport[];
  /** Compared with a baseline: what it found that this run no longer does. */
  fixed?: FixedFinding[];
}

/** Where the library reports progress. It never prints on its own. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** What `block` can refuse. */
export type BlockKind = 'fonts' | 'media' | 'third-party';

export interface CrawlOptions {
  /** At most this many pages in all, entry pages included. */
  maxPages: number;
  /** How many links away from an entry page. */
  depth: number;
  /** Regular expressions; a found URL must match one of them, when any are given. */
  include: string[];
  /** Regular expressions; a found URL that matches one is skipped. */
  exclude: string[];
}

/** Which pages that a sitemap or a crawl finds are audited; the pages given as inputs always are. */
export interface ScopeOptions {
  /** Regular expressions; a found URL must match one of them, when any are given. */
  include: string[];
  /** Regular expressions; a found URL that matches one is skipped. */
  exclude: string[];
  /** At most this many pages in all, inputs included. Default: every page of a sitemap, or the crawl's `maxPages`. */
  maxPages: number;
  /** Leave out what a site's robots.txt disallows (`User-agent: carebar-audit`, or `*`). Default true. */
  robots: boolean;
}

export interface AuditOptions {
  /** Stops the audit: every step checks it, and the browser is closed. */
  signal?: AbortSignal;
  logger?: Logger;
  /** The language of findings' messages. Default `zh-CN`. */
  lang?: Lang;
  /** A built-in profile name (`all`, `gbt37668`, `elder`, `gov`) or a profile file's path. Default `all`. */
  profile?: string;
  /** Audit every page as an elder version. */
  elder?: boolean;
  /** Turn on the page's carebar elder mode (`window.carebar.set('elder', true)`) before auditing. */
  withToolbarElder?: boolean;
  viewport?: { width: number; height: number };
  /** Emulate a phone instead of a desktop viewport. */
  mobile?: boolean;
  /** A CSS selector to wait for after load. */
  waitFor?: string;
  /** Steps run after load (and `waitFor`) and before the checks: a login, a click that builds a panel. */
  actions?: readonly Action[];
  /**
   * Pages of a site share one browser's cookies and storage, and URLs with `actions` are audited before
   * the site's others, so that a login's session carries over to them.
   */
  session?: boolean;
  headers?: Record<string, string>;
  /** `name=value` pairs, set for each audited page's host. */
  cookies?: Record<string, string>;
  /** Per-page time limit in milliseconds, for loading and then again for the checks. Default 30000. */
  timeout?: number;
  /** Keep `pass` findings in the report. */
  includePasses?: boolean;
  /**
   * axe rule ids (`color-contrast`) and carebar check ids (`elder-keys`) to leave out, as a team decided
   * that they do not apply to its site. The report's coverage lists them as ignored.
   */
  ignore?: readonly string[];
  /** CSS selectors of elements that every check, axe's included, leaves out: a third-party widget, a map, a chart. */
  hideElements?: readonly string[];
  /** Also check links to other hosts (GOV-LINKS). Off by default. */
  externalLinks?: boolean;
  /** Add the pages listed in this sitemap (not entry pages). */
  sitemap?: string;
  /** Follow same-origin links from the entry pages. Its `include`, `exclude` and `maxPages` are `scope`'s, where that does not say. */
  crawl?: Partial<CrawlOptions> | boolean;
  /** Which found pages are audited, from a sitemap as from a crawl: same-origin ones only, always. */
  scope?: Partial<ScopeOptions>;
  /** Pages audited at the same time in the one browser. Default: the machine's cores, from 2 to 4. */
  concurrency?: number;
  /**
   * Requests to refuse, to save time on heavy pages: web fonts, audio and video, or everything from
   * other sites (which may be where a site's assistive toolbar comes from: ELDER-TOOLBAR then sees none).
   */
  block?: readonly BlockKind[];
  /** Take a screenshot of each page for the HTML report. */
  screenshots?: boolean;
  /** A Chrome executable; by default `findChrome()`'s. */
  chromePath?: string;
  /**
   * Flags for the launched Chrome beside carebar's own (`CHROME_ARGS`), such as a proxy
   * (`--proxy-server=…`) or `--ignore-certificate-errors` for an intranet's own certificates.
   */
  chromeArgs?: readonly string[];
  /** A running browser to audit in, left open afterwards (pa11y's `browser`); by default one is launched and closed. */
  browser?: Browser;
  /** Audit only this shard's pages: see `inShard()`. */
  shard?: Shard;
  /** Called as each page finishes, with what a journal needs to resume the run. */
  onPage?: (entry: JournalEntry) => void;
  /** Called as each page finishes, with the pages done and the pages known so far (a crawl finds more as it goes). */
  onProgress?: (done: number, total: number) => void;
  /** Pages finished by an earlier run (its journal): reported as they were, and never loaded again. */
  resume?: readonly JournalEntry[];
}

/** The options that one URL may set for itself, beside the run's (contracts.md, "The config file"). */
export const PAGE_OPTIONS = ['actions', 'timeout', 'waitFor', 'viewport', 'mobile', 'headers', 'elder', 'withToolbarElder', 'hideElements', 'ignore', 'externalLinks'] as const;
export type PageOptions = Pick<AuditOptions, (typeof PAGE_OPTIONS)[number]>;

/** A page to audit: its URL or file, or an object with the URL and options of its own. */
export type AuditInput = string | ({ url: string } & PageOptions);

/** Shard `index` (from 1) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** One finished page, as a journal keeps it: unscored, with every finding, and the links a crawl follows. */
export interface JournalEntry {
  page: PageReport;
  /** Same-origin links the crawl would follow from this page; empty when it does not crawl on from here. */
  links: string[];
}
