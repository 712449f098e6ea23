import { availableParallelism } from 'node:os';

/**
 * Pages audited at once by default: one per core, at least 2 (a page spends much of its time waiting on
 * the network) and at most 4 (each tab costs memory, and the renderers share the cores).
 */
export const DEFAULT_CONCURRENCY = Math.min(4, Math.max(2, availableParallelism()));
