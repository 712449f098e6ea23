import { accessSync, constants, statSync } from 'node:fs';
import type { RunOptions } from 'axe-core';
import PQueue from 'p-queue';
import puppeteer, { KnownDevices, type Browser, type HTTPResponse, type Page } from 'puppeteer-core';
import { keepAxe, runAxe } from './axe.js';
import { cropElements } from './page/crops.js';
import { AXE_REQUIREMENTS, axeRunOptions } from './axe-rules.js';
import { CHECKS } from './checks/index.js';
import { formatMessage, type Check, type PageContext } from './checks/types.js';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from './chrome.js';
import { checkIgnored, checkSelectors, withoutIgnored } from './exclusions.js';
import { LinkChecker } from './links.js';
import { RUNNER_MESSAGES } from './messages.js';
import { blockRequests } from './page/block.js';
import { PageGuard, PageStopped } from './page/guard.js';
import { NAME_SHIM, installProbe } from './page/probe.js';
import { TabPool } from './page/tabs.js';
import { pageErrors } from './page-errors.js';
import { DEFAULT_CONCURRENCY } from './pool.js';
import { scoredRequirements, thresholdsOf } from './profile.js';
import { buildReport, loadProfiles } from './report.js';
import { inShard } from './shard.js';
import { RobotsRules } from './robots.js';
import { readSitemap } from './sitemap.js';
import { ActionError, checkActions, runActions } from './page/actions.js';
import { AuditSetupError, DEFAULT_CRAWL, isSiteRoot, scopeFilter, splitInput, toUrl, type Target } from './targets.js';
import type { AuditInput, AuditOptions, AuditReport, Finding, Lang, Logger, PageError, PageOptions, PageReport, ScopeOptions } from './types.js';

const SILENT: Logger = { info: () => {}, warn: () => {} };
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
const DEFAULT_TIMEOUT_MS = 30_000;

/** Elder versions name themselves in the title, or carry an explicit marker (contracts.md). */
const ELDER_TITLE = /关怀版|长辈版|适老版|长者版/;
/** At most this long for `--with-toolbar-elder` to load what elder mode needs (a page that never goes quiet waits this long). */
const ELDER_PART_TIMEOUT_MS = 5_000;

/**
 * Audits pages in one headless browser and scores them against the profiles. Never prints and never
 * exits: progress goes to `options.logger`, problems that stop the run are thrown (`AuditSetupError`
 * for bad input or no browser), and a browser it launched is closed however the run ends. An input
 * that is not a URL becomes a page whose error says so, unless no input is usable at all.
 */
export async function audit(urls: AuditInput | AuditInput[], options: AuditOptions = {}): Promise<AuditReport> {
  const { signal, logger = SILENT, lang = 'zh-CN' } = options;
  signal?.throwIfAborted();
  const rejected: AuditSetupError[] = [];
  const toTarget = (input: string, entry: (url: string) => boolean, own?: PageOptions): Target => {
    try {
      const url = toUrl(input);
      return { url, entry: entry(url), depth: 0, options: own };
    } catch (error) {
      if (!(error instanceof AuditSetupError)) throw error;
      // One bad line in a long list is reported as its own page, and the run goes on.
      rejected.push(error);
      return { url: input, entry: false, depth: 0, error: pageErrors.invalidUrl(input, lang) };
    }
  };
  const given = (Array.isArray(urls) ? urls : [urls]).map((item, i) => {
    const { input, options: own } = splitInput(item, i);
    return toTarget(input, () => true, own);
  });
  const actions = options.actions && checkActions(options.actions, process.cwd());
  const settings = [options, ...given.flatMap((target) => target.options ?? [])];
  checkIgnored(settings.flatMap((set) => set.ignore ?? []));
  const crawl = options.crawl ? { ...DEFAULT_CRAWL, ...(options.crawl === true ? {} : options.crawl) } : null;
  const scope: ScopeOptions = {
    include: options.scope?.include ?? crawl?.include ?? [],
    exclude: options.scope?.exclude ?? crawl?.exclude ?? [],
    maxPages: options.scope?.maxPages ?? crawl?.maxPages ?? Infinity,
    robots: options.scope?.robots ?? true,
  };
  const inScope = scopeFilter(scope);
  const robots = scope.robots ? new RobotsRules(options.headers, signal) : undefined;
  const allowed = async (url: string, from: string) => inScope(url, from) && ((await robots?.allows(url)) ?? true);
  if (options.sitemap) {
    const found = await readSitemap(options.sitemap, options.headers ?? {}, signal);
    const from = toUrl(options.sitemap);
    const fresh = found.filter((url) => !given.some((t) => t.url === url));
    const kept = (await Promise.all(fresh.map(async (url) => ((await allowed(url, from)) ? url : null)))).filter((url) => url !== null);
    const room = Math.max(0, scope.maxPages - given.length);
    given.push(...kept.slice(0, room).map((url) => toTarget(url, isSiteRoot)));
    const left = [fresh.length - kept.length && `${fresh.length - kept.length} out of scope or disallowed by robots.txt`, kept.length > room && `${kept.length - room} over --max-pages`];
    logger.info(`sitemap: ${found.length} pages${left.some(Boolean) ? `, left out: ${left.filter(Boolean).join(', ')}` : ''}`);
  }
  if (given.every((target) => target.error)) throw rejected[0] ?? new AuditSetupError('Nothing to audit: give at least one URL or file, or a sitemap.');
  const { shard } = options;
  const mine = (url: string) => !shard || inShard(url, shard, crawl !== null);
  const targets = given.filter((target) => mine(target.url));
  const profiles = await loadProfiles(options.profile ?? 'all');
  const chosen = profiles[0];
  const scored = scoredRequirements(chosen);
  const axeOptions = axeRunOptions(scored);
  const axe = axeOptions && { options: axeOptions, requirements: AXE_REQUIREMENTS.filter((id) => scored.has(id)) };
  const finished = new Map(options.resume?.map((entry) => [entry.page.url, entry]));
  const browser = options.browser ?? (await launch(options.chromePath, options.chromeArgs));
  const closeOnAbort = () => void browser.close();
  if (!options.browser) signal?.addEventListener('abort', closeOnAbort, { once: true });
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const spare = options.browser ? undefined : (await browser.pages())[0];
  const prepare = async (page: Page, url: string) => {
    await preparePage(page, url, options);
    if (axe) await keepAxe(page);
  };
  const tabs = new TabPool(browser, concurrency, prepare, signal, spare, options.session ?? false);
  try {
    await checkSelectors(browser, settings.flatMap((set) => set.hideElements ?? []));
    const seen = new Set(targets.map((t) => t.url));
    const links = new LinkChecker(options.headers, signal);
    const devices = new WeakMap<Page, string>();
    // The pages in the order they were given, then found; a crawled page takes a free tab as soon as it is found.
    const pages: Array<PageReport | null> = [];
    const queue = new PQueue({ concurrency });
    let failure: Error | undefined;
    let done = 0;
    const finish = (target: Target, note: string) => {
      logger.info(`[${++done}/${pages.length}] ${target.url} ${note}`.trimEnd());
      options.onProgress?.(done, pages.length);
    };
    const visit = async (target: Target, slot: number) => {
      signal?.throwIfAborted();
      const crawlsOn = crawl !== null && target.depth < crawl.depth;
      let entry = finished.get(target.url);
      if (!entry) {
        const { report, found } = await auditPage(tabs, target, { ...options, actions, lang, links, thresholds: thresholdsOf(chosen), scored, axe, devices, ...target.options });
        // A crawl follows links, and some lead to files that are not pages (a feed, a download): not the site's failure.
        if (target.depth > 0 && report.error?.code === 'ERR_NOT_HTML') return finish(target, `${report.error.code}: left out of the crawl`);
        entry = { page: report, links: crawlsOn ? found : [] };
        options.onPage?.(entry);
      }
      if (crawlsOn) {
        for (const url of entry.links) {
          if (seen.size >= scope.maxPages || seen.has(url) || !mine(url) || !(await allowed(url, entry.page.finalUrl))) continue;
          seen.add(url);
          schedule({ url, entry: isSiteRoot(url), depth: target.depth + 1 });
        }
      }
      pages[slot] = entry.page;
      finish(target, entry.page.error ? entry.page.error.code : '');
    };
    const schedule = (target: Target, slot = pages.push(null) - 1) => {
      queue.add(() => visit(target, slot)).catch((error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
        queue.clear();
      });
    };
    const slots = targets.map(() => pages.push(null) - 1);
    // In a session, the pages that log in (or otherwise set the site up) go first, and the others follow.
    const first = options.session ? targets.filter((target) => (target.options?.actions ?? actions)?.length) : [];
    first.forEach((target) => schedule(target, slots[targets.indexOf(target)]));
    await queue.onIdle();
    targets.forEach((target, i) => !first.includes(target) && schedule(target, slots[i]));
    await queue.onIdle();
    if (failure) throw failure;
    signal?.throwIfAborted();
    return buildReport(pages.filter((page) => page !== null), profiles, options.includePasses ?? false, { shard: options.shard ?? null, partial: false, ignored: settings.flatMap((set) => set.ignore ?? []) });
  } finally {
    signal?.removeEventListener('abort', closeOnAbort);
    // A browser given by the caller is left as it was found; one launched here goes, with all its tabs.
    if (options.browser) await tabs.closeAll();
    else await browser.close();
  }
}

async function launch(chromePath?: string, chromeArgs: readonly string[] = []): Promise<Browser> {
  if (chromePath && !isExecutable(chromePath)) throw new AuditSetupError(`the Chrome path ${chromePath} is not an executable file.\n${NO_CHROME_MESSAGE}`);
  const executablePath = chromePath ?? (await findChrome());
  if (!executablePath) throw new AuditSetupError(NO_CHROME_MESSAGE);
  // Signals are the caller's to handle, through the AbortSignal: puppeteer's own handlers would exit the process.
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS, ...chromeArgs], handleSIGINT: false, handleSIGTERM: false });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

interface PageEnvironment extends AuditOptions {
  lang: Lang;
  links: LinkChecker;
  thresholds: PageContext['thresholds'];
  /** The requirements the chosen profile scores: checks that bear on none of them are not run. */
  scored: ReadonlySet<string>;
  /** axe's options and the requirements it answers for under the profile, or `null` when it has none to. */
  axe: { options: RunOptions; requirements: string[] } | null;
  /** The viewport, device and headers each open tab shows its page with (see `useDevice`). */
  devices: WeakMap<Page, string>;
}

/** What the browser may render and the checks can judge; anything else (PDF, JSON, images) is not a page. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;

/**
 * Audits one page in a tab of its site (see `TabPool`). Loading is bounded by `timeout`, and so are the
 * checks, separately: when they run out of time or the tab crashes, the findings found so far are kept
 * and the page is marked `partial`.
 */
async function auditPage(tabs: TabPool, target: Target, env: PageEnvironment): Promise<{ report: PageReport; found: string[] }> {
  const timeout = env.timeout ?? DEFAULT_TIMEOUT_MS;
  const page = await tabs.take(target.url);
  if (!target.error) await useDevice(page, env);
  const guard = new PageGuard(page, env.signal);
  const within = <T>(work: Promise<T>) => guard.within(work);
  let reusable = false;
  try {
    const started = Date.now();
    const { response, error: loadError } = target.error ? { response: null, error: target.error } : await load(page, target.url, within, env);
    const loadMs = Date.now() - started;
    guard.startClock(timeout);
    const findings: Finding[] = [];
    const unfinished: Array<{ id: string; requirements: readonly string[] }> = [];
    let partial = false;
    const attempt = async <T>(id: string, requirements: readonly string[], run: () => Promise<T>): Promise<T | undefined> => {
      env.signal?.throwIfAborted();
      if (guard.reason) return void unfinished.push({ id, requirements });
      try {
        return await within(run());
      } catch (thrown) {
        env.signal?.throwIfAborted();
        partial = true;
        if (thrown instanceof PageStopped) return void unfinished.push({ id, requirements });
        const message = formatMessage(RUNNER_MESSAGES[env.lang].checkFailed, { error: thrown instanceof Error ? thrown.message : String(thrown) });
        findings.push({ id, source: id === 'axe' ? 'axe' : 'carebar', requirements: [...requirements], wcag: [], outcome: 'review', impact: null, message, nodes: [] });
        return undefined;
      }
    };
    const loaded = !loadError;
    if (loaded) await attempt('probe', [], async () => page.evaluate(NAME_SHIM).then(() => page.evaluate(installProbe, (env.hideElements ?? []).join(', '))));
    const toolbarElder = env.withToolbarElder && loaded ? await attempt('carebar-elder', ['TB-ELDER'], () => switchOnElderMode(page)) : undefined;
    const elder = loaded && Boolean(env.elder || toolbarElder || (await attempt('elder', [], () => isElderPage(page))));
    const error = loadError ?? null;
    const ctx: PageContext = { page, url: target.url, response, error, loadMs, entry: target.entry, elder, toolbarElder, links: env.links, externalLinks: env.externalLinks ?? false, thresholds: env.thresholds, lang: env.lang };
    const screenshot = env.screenshots && loaded ? await attempt('screenshot', [], () => page.screenshot({ type: 'jpeg', quality: 60, encoding: 'base64' })) : undefined;
    const { axe } = env;
    if (loaded && axe) await attempt('axe', axe.requirements, async () => findings.push(...(await runAxe(page, withoutIgnored(axe.options, env.ignore), env.lang, env.hideElements))));
    for (const check of CHECKS.filter((c) => applies(c, ctx, env))) {
      await attempt(check.id, check.requirements, async () => findings.push(toFinding(check, await check.evaluate(ctx), env.lang)));
    }
    if (env.screenshots && loaded) await attempt('crops', [], () => cropElements(page, findings));
    const found = loaded ? ((await attempt('links', [], () => page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href.replace(/#.*$/, ''))))) ?? []) : [];
    if (unfinished.length) findings.push(incompleteFinding(unfinished, guard.reason?.reason ?? 'timeout', timeout, env.lang));
    const report: PageReport = {
      url: target.url,
      finalUrl: loadError ? target.url : page.url(),
      entry: target.entry,
      elder,
      score: 0,
      verdict: '不合格',
      profiles: {},
      vetoes: [],
      error: error ?? (guard.reason?.reason === 'crash' ? pageErrors.crash(env.lang) : null),
      partial,
      findings,
      ...(screenshot ? { screenshot: `data:image/jpeg;base64,${screenshot}` } : {}),
    };
    // Only a tab that did all it was asked serves the next page: a hung or broken one might not.
    reusable = !partial && !report.error;
    return { report, found };
  } finally {
    guard.dispose();
    await tabs.release(page, target.url, reusable);
  }
}

/** Opens the page: its main response, or why it cannot be audited. */
async function load(page: Page, url: string, within: <T>(work: Promise<T>) => Promise<T>, env: PageEnvironment): Promise<{ response: HTTPResponse | null; error?: PageError }> {
  const timeout = env.timeout ?? DEFAULT_TIMEOUT_MS;
  const failed = (thrown: unknown, otherwise: () => PageError) => {
    env.signal?.throwIfAborted();
    return { response: null, error: thrown instanceof PageStopped ? pageErrors.crash(env.lang) : otherwise() };
  };
  let response: HTTPResponse | null;
  try {
    response = await within(page.goto(url, { waitUntil: 'load', timeout, signal: env.signal }));
  } catch (thrown) {
    return failed(thrown, () => pageErrors.navigation(thrown, timeout, env.lang));
  }
  if (response && response.status() >= 400) return { response, error: pageErrors.http(response.status(), response.statusText(), env.lang) };
  try {
    // A page that navigates itself away is still a page; its checks will say what they could not see.
    const type = await within(page.evaluate(() => document.contentType).catch(() => 'text/html'));
    if (!HTML_TYPES.test(type)) return { response, error: pageErrors.notHtml(type, env.lang) };
    if (env.waitFor) await within(page.waitForSelector(env.waitFor, { timeout, signal: env.signal }));
  } catch (thrown) {
    return failed(thrown, () => pageErrors.waitFor(env.waitFor ?? '', timeout, env.lang));
  }
  try {
    if (env.actions?.length) await within(runActions(page, env.actions, timeout, env.signal));
    return { response };
  } catch (thrown) {
    return failed(thrown, () => (thrown instanceof ActionError ? pageErrors.action(thrown, env.lang) : pageErrors.navigation(thrown, timeout, env.lang)));
  }
}

/** One `review` that says which checks did not finish and why, bearing on their requirements. */
function incompleteFinding(unfinished: Array<{ id: string; requirements: readonly string[] }>, reason: PageStopped['reason'], timeout: number, lang: Lang): Finding {
  const template = RUNNER_MESSAGES[lang][reason === 'crash' ? 'crashed' : 'outOfTime'];
  return {
    id: 'audit-incomplete',
    source: 'carebar',
    requirements: [...new Set(unfinished.flatMap((u) => u.requirements))],
    wcag: [],
    outcome: 'review',
    impact: null,
    message: formatMessage(template, { checks: unfinished.map((u) => u.id).join(', '), seconds: timeout / 1000 }),
    nodes: [],
  };
}

/** Sets a new tab up for the site of `url`, as the options say; `useDevice` does what a URL may set for itself. */
async function preparePage(page: Page, url: string, env: AuditOptions): Promise<void> {
  if (!URL.canParse(url)) return; // a page whose error is that it is not a URL
  if (env.block?.length) await blockRequests(page, url, env.block);
  const { hostname, protocol } = new URL(url);
  if (env.cookies && protocol !== 'file:') {
    await page.browserContext().setCookie(...Object.entries(env.cookies).map(([name, value]) => ({ name, value, domain: hostname, path: '/' })));
  }
  // Pages audited side by side are background tabs; focus emulation keeps `:focus-visible` working in each.
  const session = await page.createCDPSession();
  await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
}

/** Shows the page on its viewport or phone, with its headers: set again only where they differ from the tab's last page's. */
async function useDevice(page: Page, env: PageEnvironment): Promise<void> {
  const device = JSON.stringify([env.mobile ?? false, env.viewport ?? DEFAULT_VIEWPORT, env.headers ?? {}]);
  const before = env.devices.get(page);
  if (before === device) return;
  const phone = KnownDevices['iPhone 13'];
  if (env.mobile || before !== undefined) await page.setUserAgent(env.mobile ? phone.userAgent : await page.browser().userAgent());
  await page.setViewport(env.mobile ? phone.viewport : (env.viewport ?? DEFAULT_VIEWPORT));
  if (env.headers || before !== undefined) await page.setExtraHTTPHeaders(env.headers ?? {});
  env.devices.set(page, device);
}

/** `--with-toolbar-elder`: turns on carebar's elder mode through its public API. */
async function switchOnElderMode(page: Page): Promise<boolean> {
  const switched = await page.evaluate(() => {
    const { carebar } = window as unknown as { carebar?: { set?: (id: string, value: boolean) => void } };
    if (typeof carebar?.set !== 'function') return false;
    carebar.set('elder', true);
    return true;
  });
  if (!switched) return false;
  // Elder mode finds floating ads and small targets with a part that it loads, once the page is laid out.
  await page.waitForNetworkIdle({ idleTime: 100, timeout: ELDER_PART_TIMEOUT_MS }).catch(() => undefined);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return true;
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
function applies(check: Check, ctx: PageContext, env: PageEnvironment): boolean {
  // An opt-in check runs when asked for; another, when the profile scores what it checks or it only informs.
  if (env.ignore?.includes(check.id)) return false;
  const wanted = check.optIn ? Boolean(env[check.optIn]) : !check.requirements.length || check.requirements.some((id) => env.scored.has(id));
  if (!wanted) return false;
  if (ctx.error && !check.runsOnError) return false;
  return check.appliesTo === 'every' || (check.appliesTo === 'elder' && ctx.elder) || (check.appliesTo === 'entry' && ctx.entry);
}

function toFinding(check: Check, result: Awaited<ReturnType<Check['evaluate']>>, lang: Lang): Finding {
  return {
    id: check.id,
    source: 'carebar',
    requirements: [...check.requirements, ...(result.extraRequirements ?? [])],
    wcag: [...(check.wcagOf?.[result.key] ?? check.wcag)],
    outcome: result.outcome,
    impact: result.outcome === 'pass' ? null : check.impact,
    message: formatMessage(check.messages[lang][result.key], result.params),
    nodes: result.nodes ?? [],
  };
}
