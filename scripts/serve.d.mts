// Types for serve.mjs, which the TypeScript tests and benchmarks import.
import type { Server } from 'node:http';

/**
 * Serves folders under URL prefixes, e.g. `{ '/': 'demo', '/dist': 'dist' }`.
 * Port 0 picks a free port.
 */
export function serve(
  mounts: Record<string, string>,
  options?: { port?: number; host?: string },
): Promise<{ server: Server; origin: string; close(): Promise<void> }>;
