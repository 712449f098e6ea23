// Shared by the auditor's tests: fixtures served on 127.0.0.1 only.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import type { AuditReport, Finding, PageReport } from '../../auditor/index.js';

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

/** A report as the library returns it, with no pages unless given: what a test of the CLI or a reporter starts from. */
export const reportFixture = (summary: Partial<AuditReport['summary']> = {}, pages: AuditReport['pages'] = []): AuditReport => ({
  schemaVersion: 1,
  tool: { name: 'carebar', version: '0' },
  generatedAt: '2026-01-01T00:00:00.000Z',
  shard: null,
  partial: false,
  summary: { profile: 'all', score: 100, verdict: '合格', vetoes: [], profiles: {}, coverage: { automated: [], manual: [], ignored: [], advisory: [] }, ...summary },
  pages,
});

/** A failing entry page at `url` with these findings: what a reporter's test of hostile page content starts from. */
export const failingPage = (url: string, findings: Finding[], score = 0): PageReport => ({
  url,
  finalUrl: url,
  entry: true,
  elder: false,
  score,
  verdict: '不合格',
  profiles: {},
  vetoes: [],
  error: null,
  partial: false,
  findings,
});
