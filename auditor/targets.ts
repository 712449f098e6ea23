import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CrawlOptions, PageError, ScopeOptions } from './types.js';

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
