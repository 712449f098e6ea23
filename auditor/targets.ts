import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkActions } from './page/actions.js';
import { PAGE_OPTIONS, type AuditInput, type CrawlOptions, type PageError, type PageOptions, type ScopeOptions } from './types.js';

/** A reason the audit cannot start: bad input, or no browser. The CLI exits with 2 on it. */
export class AuditSetupError extends Error {
  override name = 'AuditSetupError';
}

/** A page to audit, and how it was found. */
export interface Target {
  url: string;
  entry: boolean;
  /** Links away from an entry page. */
  depth: number;
  /** Why it cannot be audited before it is even opened (it is not a URL). */
  error?: PageError;
  /** Options given for this URL alone, over the run's. */
  options?: PageOptions;
}

/**
 * An input's URL or file, and the options it sets for itself. An object with a key that is not one of
 * a page's options (a run option, or a typo) is refused with the keys it may have.
 */
export function splitInput(input: AuditInput, position: number): { input: string; options?: PageOptions } {
  if (typeof input === 'string') return { input };
  const where = `input ${position + 1}${typeof input?.url === 'string' ? ` (${input.url})` : ''}`;
  if (typeof input !== 'object' || input === null || typeof input.url !== 'string') throw new AuditSetupError(`${where} must be a URL or file, or an object with "url".`);
  const { url, ...options } = input;
  const wrong = Object.keys(options).filter((key) => !(PAGE_OPTIONS as readonly string[]).includes(key));
  if (wrong.length) throw new AuditSetupError(`${where} has ${wrong.map((key) => `"${key}"`).join(', ')}: a URL may set only ${PAGE_OPTIONS.join(', ')}.`);
  if (options.actions) {
    try {
      options.actions = checkActions(options.actions, process.cwd());
    } catch (error) {
      throw new AuditSetupError(`"actions" of ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return { input: url, options };
}

/** A URL as given, or a local file as a `file:` URL. */
export function toUrl(input: string): string {
  if (/^(https?|file):/i.test(input)) {
    if (!URL.canParse(input)) throw new AuditSetupError(`"${input}" is not a valid URL.`);
    return new URL(input).href;
  }
  if (existsSync(input)) return pathToFileURL(resolve(input)).href;
  throw new AuditSetupError(`"${input}" is neither a URL (http://, https://, file://) nor an existing file.`);
}

/** The URL of the document, without its fragment: a fragment names a place in a page, not another page. */
export const documentOf = (url: string): string => url.replace(/#.*$/, '');

/** Crawled and sitemap pages are not entry pages, except a site's root (contracts.md, "Entry pages"). */
export const isSiteRoot = (url: string): boolean => {
  const { pathname, search } = new URL(url);
  return pathname === '/' && !search;
};

export const DEFAULT_CRAWL: CrawlOptions = { maxPages: 20, depth: 2, include: [], exclude: [] };

/**
 * Links to files rather than pages, by their ending: attachments (government sites publish OFD, WPS and
 * ET documents beside Office and PDF ones), archives, images and media. GOV-LINKS checks that they open.
 */
const FILE_ENDING = /\.(pdf|ofd|docx?|xlsx?|pptx?|wps|et|dps|txt|csv|zip|rar|7z|gz|jpe?g|png|gif|webp|svg|mp[34]|avi|mov|wmv|flv|apk|exe)$/i;

/**
 * Whether a found URL is in scope: same origin as the page or sitemap it was found in, not a link to
 * a file, and the patterns.
 */
export function scopeFilter(options: Pick<ScopeOptions, 'include' | 'exclude'>): (url: string, from: string) => boolean {
  const include = options.include.map((p) => new RegExp(p));
  const exclude = options.exclude.map((p) => new RegExp(p));
  return (url, from) =>
    URL.canParse(url) &&
    new URL(url).origin === new URL(from).origin &&
    !FILE_ENDING.test(new URL(url).pathname) &&
    (!include.length || include.some((p) => p.test(url))) &&
    !exclude.some((p) => p.test(url));
}
