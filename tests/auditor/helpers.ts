// Shared by the auditor's tests: fixtures served on 127.0.0.1 only.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface Server {
  origin: string;
  close(): Promise<void>;
}

/** Serves the fixtures folder on a free port of 127.0.0.1. */
export const serveFixtures = (): Promise<Server> => serve({ '/': FIXTURES });

/** The built CLI: `npm test` builds first, and npm never links a package's own bin. */
export const CLI = fileURLToPath(new URL('../../dist/auditor/cli.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `carebar-audit` with `args`, as a pipeline would. */
export const cli = (args: string[], cwd = process.cwd()): Promise<Run> =>
  new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
