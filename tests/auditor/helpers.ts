// Shared by the auditor's tests: fixtures served on 127.0.0.1 only.
import { fileURLToPath } from 'node:url';
// @ts-expect-error scripts/serve.mjs is plain JavaScript without types.
import { serve as serveUntyped } from '../../scripts/serve.mjs';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface Server {
  origin: string;
  close(): Promise<void>;
}

/** Serves the fixtures folder on a free port of 127.0.0.1. */
export const serveFixtures = (): Promise<Server> => (serveUntyped as (mounts: Record<string, string>) => Promise<Server>)({ '/': FIXTURES });
