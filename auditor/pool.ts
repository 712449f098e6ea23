import { availableParallelism } from 'node:os';

/**
 * Pages audited at once by default: one per core, at least 2 (a page spends much of its time waiting on
 * the network) and at most 4 (each tab costs memory, and the renderers share the cores).
 */
export const DEFAULT_CONCURRENCY = Math.min(4, Math.max(2, availableParallelism()));

/**
 * Runs `work` on every item with at most `limit` running at once, and resolves to the results in
 * the items' order. New items may be pushed onto `items` while it runs (a crawl does).
 */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  return results;
}
