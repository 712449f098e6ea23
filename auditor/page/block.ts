// `--block`: requests an audit can do without, refused before they leave the browser (issue 8, speed).
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { BlockKind } from '../types.js';

/** puppeteer's resource types that each kind refuses. */
const RESOURCE_TYPES: Partial<Record<BlockKind, readonly string[]>> = {
  fonts: ['font'],
  media: ['media'],
};

/** Second-level names under which a site is one label deeper: `www.foo.gov.cn` and `static.foo.gov.cn` are one site. */
const SHARED_SUFFIX = /\.(gov|com|edu|org|net|ac)\.[a-z]{2}$/;

/** The site a host belongs to: its last two labels, or three under a suffix such as `gov.cn`; an IP address is its own. */
export function siteOf(host: string): string {
  if (/^[\d.]+$|:/.test(host)) return host;
  const labels = host.split('.');
  return labels.slice(SHARED_SUFFIX.test(host) ? -3 : -2).join('.');
}

/** Refuses what `kinds` name for every request of `page`, whose own site is `url`'s. */
export async function blockRequests(page: Page, url: string, kinds: readonly BlockKind[]): Promise<void> {
  const types = new Set(kinds.flatMap((kind) => RESOURCE_TYPES[kind] ?? []));
  const site = siteOf(new URL(url).hostname);
  const thirdParty = kinds.includes('third-party');
  const refused = (request: HTTPRequest) => {
    if (types.has(request.resourceType())) return true;
    if (!thirdParty || request.isNavigationRequest()) return false;
    const { protocol, hostname } = new URL(request.url());
    return /^https?:$/.test(protocol) && siteOf(hostname) !== site;
  };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // The tab may have closed, or crashed, while the request waited: nothing left to answer.
    void (refused(request) ? request.abort('blockedbyclient') : request.continue()).catch(() => undefined);
  });
}
