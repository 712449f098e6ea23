// Sharding (issue 8, "beyond one machine"): which shard a page belongs to depends on its URL alone, so that
// every machine of a fleet splits the same list, sitemap or crawl the same way without talking to the others.
import { createHash } from 'node:crypto';
import { documentOf } from './targets.js';
import type { Shard } from './types.js';

/**
 * Whether a page is the shard's: a stable hash (SHA-256) of its normalised URL, without the fragment.
 * A crawl shards by site (origin) instead, because a site's crawl follows its own pages' links.
 * An input that is not a URL is hashed as given, so that it too lands in exactly one shard.
 */
export function inShard(url: string, shard: Shard, bySite: boolean): boolean {
  const key = URL.canParse(url) ? (bySite ? new URL(url).origin : documentOf(new URL(url).href)) : url;
  return createHash('sha256').update(key).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
