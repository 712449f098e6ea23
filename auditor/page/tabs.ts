// Tabs kept from page to page of one site (issue 8, speed). A new browser context costs a new renderer
// process, in which axe's half a megabyte of script is compiled again: reusing the tab halves axe's time.
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { documentOf } from '../targets.js';
import { bounded, unlessAborted } from './guard.js';

/** Clean-up waits at most this long, so that a hung tab cannot hold the run up. */
const CLOSE_TIMEOUT_MS = 5_000;
/**
 * Pages a tab shows before a fresh one takes its place. A renderer keeps much of what every page it showed
 * left behind, garbage collection or not: on bench/auditor's pages it grows to half a gigabyte and more,
 * which a fresh tab every 30 pages halves for the price of one new tab (and of compiling axe once more).
 */
const PAGES_PER_TAB = 30;

/** The key tabs are shared under: a site's origin, or the input itself when it is not a URL. */
const originOf = (url: string): string => (URL.canParse(url) ? new URL(url).origin : url);

/**
 * At most `limit` tabs, each in a browser context of its own that serves one origin (an incognito
 * context per site): pages of a site share its cookies and storage, as one visitor's would, and
 * nothing crosses to another site. A tab that crashed, hung or failed is closed, never reused.
 * In a session, a site's tabs share one context, kept to the end of the run: a login holds for them all.
 */
export class TabPool {
  private readonly idle: Array<{ origin: string; page: Page }> = [];
  /** How many pages each open tab has shown. */
  private readonly shown = new WeakMap<Page, number>();
  /** In a session, each site's one context. */
  private readonly sessions = new Map<string, BrowserContext>();
  private open = 0;

  constructor(
    private readonly browser: Browser,
    private readonly limit: number,
    /** Sets a new tab up for the site of `url`: viewport, headers, cookies, blocking. */
    private readonly prepare: (page: Page, url: string) => Promise<void>,
    private readonly signal?: AbortSignal,
    /**
     * The blank tab a browser opens with, when the run launched that browser: its default context is
     * as empty as a new one, so the first site takes it and no other ever does. Opening a tab is a
     * good part of a single page's time.
     */
    private spare?: Page,
    private readonly session = false,
  ) {}

  /** A tab for `url`'s site: an idle one of the same origin, or a new one. */
  async take(url: string): Promise<Page> {
    const origin = originOf(url);
    // Going to the page a tab shows, but for the fragment, would not load it again.
    const same = this.idle.findIndex((tab) => tab.origin === origin && documentOf(tab.page.url()) !== documentOf(url));
    if (same >= 0) return this.idle.splice(same, 1)[0].page;
    // Another site's idle tab makes way, so that no more than `limit` are open.
    if (this.open >= this.limit && this.idle.length) await this.close(this.idle.shift()!.page);
    this.open++;
    const shared = this.session ? this.sessions.get(origin) : undefined;
    const spare = shared ? undefined : this.spare;
    if (spare) this.spare = undefined;
    let context: BrowserContext | undefined;
    try {
      // Opening a tab waits up to 30 s for it in puppeteer, whatever happens to the browser: an abort must not.
      const page = spare ?? (await unlessAborted((context = shared ?? (await this.browser.createBrowserContext())).newPage(), this.signal));
      if (this.session) this.sessions.set(origin, page.browserContext());
      // An alert, confirm or prompt would block the page's scripts and every check: dismiss it, as a person
      // would. "Leave this page?" is answered yes: the tab is going on to the site's next page.
      page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => undefined));
      await this.prepare(page, url);
      return page;
    } catch (error) {
      this.open--;
      const leftover = spare?.close() ?? (shared ? undefined : context?.close()); // nothing left behind when the tab cannot open
      if (leftover) await bounded(leftover, CLOSE_TIMEOUT_MS);
      throw error;
    }
  }

  /** Gives a tab back after a page: kept for the site's next page when `reusable` and not at PAGES_PER_TAB, closed otherwise. */
  async release(page: Page, url: string, reusable: boolean): Promise<void> {
    const shown = (this.shown.get(page) ?? 0) + 1;
    this.shown.set(page, shown);
    if (reusable && shown < PAGES_PER_TAB && !this.signal?.aborted) this.idle.push({ origin: originOf(url), page });
    else await this.close(page);
  }

  /** Closes every idle tab, and a session's contexts; the run is over. */
  async closeAll(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((tab) => this.close(tab.page)));
    const contexts = [...this.sessions.values()].filter((context) => context !== this.browser.defaultBrowserContext());
    this.sessions.clear();
    await Promise.all(contexts.map((context) => bounded(context.close(), CLOSE_TIMEOUT_MS)));
  }

  private async close(page: Page): Promise<void> {
    this.open--;
    const context = page.browserContext();
    // The default context cannot be closed, and a session's outlives its tabs; otherwise nothing else uses the context.
    const alone = context !== this.browser.defaultBrowserContext() && !this.session;
    await bounded(alone ? context.close() : page.close(), CLOSE_TIMEOUT_MS);
  }
}
