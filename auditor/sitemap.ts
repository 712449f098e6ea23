import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { AuditSetupError, toUrl } from './targets.js';

/** A sitemap index lists sitemaps; a site with more than this many is not audited page by page from here. */
const MAX_SITEMAPS = 100;

// Namespace prefixes (`<sm:loc>`) are dropped, entities and CDATA come out as text, and a list of one stays a list.
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });

interface Sitemap {
  urlset?: { url?: Array<{ loc?: unknown }> };
  sitemapindex?: { sitemap?: Array<{ loc?: unknown }> };
}

/**
 * The page URLs of a sitemap (sitemaps.org): a `<urlset>`, or a `<sitemapindex>` whose sitemaps are
 * read in turn; gzipped or not, with or without namespace prefixes, from a URL or a local file.
 */
export async function readSitemap(input: string, headers: Record<string, string>, signal?: AbortSignal): Promise<string[]> {
  const top = await parse(toUrl(input), headers, signal);
  const children = locs(top.sitemapindex?.sitemap);
  if (!top.sitemapindex) return locs(top.urlset?.url);
  if (children.length > MAX_SITEMAPS) throw new AuditSetupError(`The sitemap index ${input} lists ${children.length} sitemaps, more than the ${MAX_SITEMAPS} read from one index: give one of them.`);
  const nested = await Promise.all(children.map(async (child) => locs((await parse(child, headers, signal)).urlset?.url)));
  return [...new Set(nested.flat())];
}

async function parse(address: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Sitemap> {
  try {
    let bytes: Buffer;
    if (address.startsWith('file:')) {
      bytes = await readFile(fileURLToPath(address));
    } else {
      const response = await fetch(address, { headers, signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bytes = Buffer.from(await response.arrayBuffer());
    }
    // `sitemap.xml.gz` served as a file, not with Content-Encoding: gzip (which fetch undoes itself).
    const xml = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    const parsed = parser.parse(xml) as Sitemap;
    if (!parsed.urlset && !parsed.sitemapindex) throw new Error('it has neither <urlset> nor <sitemapindex>');
    return parsed;
  } catch (error) {
    signal?.throwIfAborted();
    throw new AuditSetupError(`The sitemap ${address} could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** The `<loc>`s that are URLs, trimmed. */
function locs(entries: Array<{ loc?: unknown }> | undefined): string[] {
  return (entries ?? []).flatMap(({ loc }) => (typeof loc === 'string' && URL.canParse(loc.trim()) ? [loc.trim()] : []));
}
