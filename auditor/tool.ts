import { createRequire } from 'node:module';

/** The package's name and version, found by its own name so that source and dist agree. */
export const TOOL = createRequire(import.meta.url)('carebar/package.json') as { name: string; version: string };
