import puppeteer, { KnownDevices, TimeoutError, type Browser, type HTTPResponse, type Page } from 'puppeteer';
import { runAxe } from './axe.js';
import { CHECKS } from './checks/index.js';
import { formatMessage, type Check, type PageContext } from './checks/types.js';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from './chrome.js';
import { LinkChecker } from './links.js';
import { RUNNER_MESSAGES } from './messages.js';
import { NAME_SHIM, installProbe } from './page/probe.js';
import { mapLimit } from './pool.js';
import { BUILTIN_PROFILES, loadProfile, thresholdsOf, type Profile } from './profile.js';
import { coverageOf, scorePage, scoreSite, type Score } from './scoring.js';
import { TOOL } from './tool.js';
import { AuditSetupError, DEFAULT_CRAWL, crawlFilter, isSiteRoot, readSitemap, toUrl, type Target } from './targets.js';
import type { AuditOptions, AuditReport, Finding, Lang, Logger, PageError, PageReport } from './types.js';

const SILENT: Logger = { info: () => {}, warn: () => {} };
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CONCURRENCY = 2;

/** Elder versions name themselves in the title, or carry an explicit marker (contracts.md). */
const ELDER_TITLE = /关怀版|长辈版|适老版|长者版/;

/** Every requirement id that some automated check bears on, for the coverage table. */
const AUTOMATED = new Set(['A11Y-L1', 'A11Y-L2', 'A11Y-22', ...CHECKS.flatMap((check) => check.requirements)]);

/**
 * Audits pages in one headless browser and scores them against the profiles. Never prints and never
 * exits: progress goes to `options.logger`, problems that stop the run are thrown (`AuditSetupError`
 * for bad input or no browser), and the browser is closed however the run ends.
 */
export async function audit(urls: string | string[], options: AuditOptions = {}): Promise<AuditReport> {
  const { signal, logger = SILENT, lang = 'zh-CN' } = options;
  signal?.throwIfAborted();
  const targets: Target[] = (Array.isArray(urls) ? urls : [urls]).map((url) => ({ url: toUrl(url), entry: true, depth: 0 }));
  if (options.sitemap) {
    const found = await readSitemap(options.sitemap, options.headers ?? {}, signal);
    targets.push(...found.filter((url) => !targets.some((t) => t.url === url)).map((url) => ({ url, entry: isSiteRoot(url), depth: 0 })));
  }
  if (!targets.length) throw new AuditSetupError('Nothing to audit: give at least one URL or file, or a sitemap.');
  const profiles = await loadProfiles(options.profile ?? 'all');
  const chosen = profiles[0];
  const executablePath = options.chromePath ?? (await findChrome());
  if (!executablePath) throw new AuditSetupError(NO_CHROME_MESSAGE);

  const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
  const closeOnAbort = () => void browser.close();
  signal?.addEventListener('abort', closeOnAbort, { once: true });
  try {
    const crawl = options.crawl ? { ...DEFAULT_CRAWL, ...(options.crawl === true ? {} : options.crawl) } : null;
    const follows = crawl ? crawlFilter(crawl) : () => false;
    const seen = new Set(targets.map((t) => t.url));
    const links = new LinkChecker(options.headers, signal);
    let done = 0;
    const audited = await mapLimit(targets, options.concurrency ?? DEFAULT_CONCURRENCY, async (target) => {
      signal?.throwIfAborted();
      const { report, found } = await auditPage(browser, target, { ...options, lang, links, thresholds: thresholdsOf(chosen) });
      if (crawl && target.depth < crawl.depth) {
        for (const url of found) {
          if (seen.size >= crawl.maxPages || seen.has(url) || !follows(url, report.finalUrl)) continue;
          seen.add(url);
          targets.push({ url, entry: isSiteRoot(url), depth: target.depth + 1 });
        }
      }
      logger.info(`[${++done}/${targets.length}] ${target.url} ${report.error ? report.error.code : ''}`.trimEnd());
      return report;
    });
    signal?.throwIfAborted();
    return buildReport(audited, profiles, options.includePasses ?? false);
  } finally {
    signal?.removeEventListener('abort', closeOnAbort);
    await browser.close();
  }
}

/** The chosen profile first, then the other built-ins, so that every report shows all of them. */
async function loadProfiles(chosen: string): Promise<Profile[]> {
  const names = [chosen, ...BUILTIN_PROFILES.filter((name) => name !== chosen)];
  try {
    return await Promise.all(names.map(loadProfile));
  } catch (error) {
    throw new AuditSetupError(error instanceof Error ? error.message : String(error));
  }
}

interface PageEnvironment extends AuditOptions {
  lang: Lang;
  links: LinkChecker;
  thresholds: PageContext['thresholds'];
}

/** Audits one page in its own browser context, so that no state (cookies, saved carebar settings) leaks between pages. */
async function auditPage(browser: Browser, target: Target, env: PageEnvironment): Promise<{ report: PageReport; found: string[] }> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await preparePage(page, target.url, env);
    const started = Date.now();
    let response: HTTPResponse | null = null;
    let error: PageError | null = null;
    try {
      response = await page.goto(target.url, { waitUntil: 'load', timeout: env.timeout ?? DEFAULT_TIMEOUT_MS });
      if (response && response.status() >= 400) error = { code: `ERR_HTTP_${response.status()}`, message: `HTTP ${response.status()} ${response.statusText()}` };
    } catch (thrown) {
      error = navigationError(thrown, env);
    }
    if (!error && env.waitFor) error = await waitForSelector(page, env.waitFor, env.timeout ?? DEFAULT_TIMEOUT_MS);
    const loadMs = Date.now() - started;
    if (!error) await page.evaluate(NAME_SHIM).then(() => page.evaluate(installProbe));
    const toolbarElder = env.withToolbarElder && !error ? await switchOnElderMode(page) : undefined;
    const elder = !error && (env.elder || toolbarElder || (await isElderPage(page)));
    const ctx: PageContext = { page, url: target.url, response, error, loadMs, entry: target.entry, elder, toolbarElder, links: env.links, externalLinks: env.externalLinks ?? false, thresholds: env.thresholds, lang: env.lang };
    const screenshot = env.screenshots && !error ? `data:image/jpeg;base64,${await page.screenshot({ type: 'jpeg', quality: 60, encoding: 'base64' })}` : undefined;
    const findings: Finding[] = [];
    let partial = false;
    const attempt = async (id: string, requirements: readonly string[], run: () => Promise<Finding[]>) => {
      env.signal?.throwIfAborted();
      try {
        findings.push(...(await run()));
      } catch (thrown) {
        env.signal?.throwIfAborted();
        partial = true;
        const message = formatMessage(RUNNER_MESSAGES[env.lang].checkFailed, { error: thrown instanceof Error ? thrown.message : String(thrown) });
        findings.push({ id, source: id === 'axe' ? 'axe' : 'carebar', requirements: [...requirements], outcome: 'review', impact: null, message, nodes: [] });
      }
    };
    if (!error) await attempt('axe', ['A11Y-L1', 'A11Y-L2', 'A11Y-22'], () => runAxe(page, env.lang));
    for (const check of CHECKS.filter((c) => applies(c, ctx, env))) {
      await attempt(check.id, check.requirements, async () => [toFinding(check, await check.evaluate(ctx), env.lang)]);
    }
    const found = error ? [] : await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href.replace(/#.*$/, '')));
    const report: PageReport = {
      url: target.url,
      finalUrl: error ? target.url : page.url(),
      entry: target.entry,
      elder,
      score: 0,
      verdict: '不合格',
      profiles: {},
      vetoes: [],
      error,
      partial,
      findings,
      ...(screenshot ? { screenshot } : {}),
    };
    return { report, found };
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function preparePage(page: Page, url: string, env: PageEnvironment): Promise<void> {
  if (env.mobile) await page.emulate(KnownDevices['iPhone 13']);
  else await page.setViewport(env.viewport ?? DEFAULT_VIEWPORT);
  if (env.headers) await page.setExtraHTTPHeaders(env.headers);
  const { hostname, protocol } = new URL(url);
  if (env.cookies && protocol !== 'file:') {
    await page.browserContext().setCookie(...Object.entries(env.cookies).map(([name, value]) => ({ name, value, domain: hostname, path: '/' })));
  }
  // Pages audited side by side are background tabs; focus emulation keeps `:focus-visible` working in each.
  const session = await page.createCDPSession();
  await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
}

function navigationError(thrown: unknown, env: PageEnvironment): PageError {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (thrown instanceof TimeoutError) {
    return { code: 'ERR_TIMEOUT', message: `the page did not load within ${(env.timeout ?? DEFAULT_TIMEOUT_MS) / 1000} s` };
  }
  return { code: /net::(ERR_[A-Z_]+)/.exec(message)?.[1] ?? 'ERR_NAVIGATION', message };
}

/** `--wait-for`: null once the selector is there, else why the page cannot be audited. */
async function waitForSelector(page: Page, selector: string, timeout: number): Promise<PageError | null> {
  try {
    await page.waitForSelector(selector, { timeout });
    return null;
  } catch (thrown) {
    const message = thrown instanceof TimeoutError ? `did not appear within ${timeout / 1000} s` : `could not be looked for: ${String(thrown)}`;
    return { code: 'ERR_WAIT_FOR', message: `"${selector}" ${message}` };
  }
}

/** `--with-toolbar-elder`: turns on carebar's elder mode through its public API. */
async function switchOnElderMode(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const { carebar } = window as unknown as { carebar?: { set?: (id: string, value: boolean) => void } };
    if (typeof carebar?.set !== 'function') return false;
    carebar.set('elder', true);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return true;
  });
}

async function isElderPage(page: Page): Promise<boolean> {
  return page.evaluate(
    (titlePattern) =>
      new RegExp(titlePattern).test(document.title) ||
      document.querySelector('meta[name="carebar-elder"]') !== null ||
      (window as unknown as { carebar?: { get?: (id: string) => unknown } }).carebar?.get?.('elder') === true,
    ELDER_TITLE.source,
  );
}

/** Whether a check judges this page (contracts.md, "Scope of the elder checks"). */
function applies(check: Check, ctx: PageContext, env: AuditOptions): boolean {
  if (check.optIn && !env[check.optIn]) return false;
  if (ctx.error && !check.runsOnError) return false;
  return check.appliesTo === 'every' || (check.appliesTo === 'elder' && ctx.elder) || (check.appliesTo === 'entry' && ctx.entry);
}

function toFinding(check: Check, result: Awaited<ReturnType<Check['evaluate']>>, lang: Lang): Finding {
  return {
    id: check.id,
    source: 'carebar',
    requirements: [...check.requirements, ...(result.extraRequirements ?? [])],
    outcome: result.outcome,
    impact: result.outcome === 'pass' ? null : check.impact,
    message: formatMessage(check.messages[lang][result.key], result.params),
    nodes: result.nodes ?? [],
  };
}

/** Scores every page under every profile, then the site; passes are dropped after scoring unless asked for. */
function buildReport(pages: PageReport[], profiles: Profile[], includePasses: boolean): AuditReport {
  const [chosen] = profiles;
  const pageScores = pages.map((page) => new Map(profiles.map((profile) => [profile.name, scorePage(page.findings, profile)] as [string, Score])));
  const siteScores = new Map(profiles.map((profile) => [profile.name, scoreSite(pageScores.map((scores) => scores.get(profile.name)!), profile)]));
  const results = (scores: Map<string, Score>) => Object.fromEntries([...scores].map(([name, { score, verdict }]) => [name, { score, verdict }]));
  const site = siteScores.get(chosen.name)!;
  return {
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    generatedAt: new Date().toISOString(),
    summary: {
      profile: chosen.name,
      score: site.score,
      verdict: site.verdict,
      vetoes: site.vetoes,
      profiles: results(siteScores),
      coverage: coverageOf(chosen, AUTOMATED),
    },
    pages: pages.map((page, i) => {
      const own = pageScores[i].get(chosen.name)!;
      return {
        ...page,
        score: own.score,
        verdict: own.verdict,
        vetoes: own.vetoes,
        profiles: results(pageScores[i]),
        findings: includePasses ? page.findings : page.findings.filter((f) => f.outcome !== 'pass'),
      };
    }),
  };
}
