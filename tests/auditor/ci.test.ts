// The CI templates in examples/ci/ (issue 22): what their commands run is examples/ci/audit.sh, and
// this runs it as they do, against fixture pages on 127.0.0.1, with the CLI that `npm test` builds.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AuditReport } from '../../auditor/index.js';
import { CLI, serveFixtures, type Run, type Server } from './helpers.js';

const CI = fileURLToPath(new URL('../../examples/ci/', import.meta.url));
const SCRIPT = join(CI, 'audit.sh');

/** `sh audit.sh args` in `output`'s terms, as a template's step runs it. */
const audit = (args: string[], output: string, env: Record<string, string> = {}): Promise<Run> =>
  new Promise((done) => {
    const environment = { ...process.env, CAREBAR_AUDIT: `${process.execPath} ${CLI}`, CAREBAR_OUTPUT: output, ...env };
    execFile('sh', [SCRIPT, ...args], { env: environment }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
const reportIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
const REPORTS = ['report.json', 'report.sarif', 'report.xml', 'report.html'];

let server: Server;
let pages: string[];
before(async () => {
  server = await serveFixtures();
  pages = ['/site/index.html', '/site/about.html', '/checks/gov-links.fail.html', '/checks/gov-links.pass.html'].map((path) => `${server.origin}${path}`);
});
after(() => server.close());

describe('examples/ci/audit.sh', () => {
  test('writes the JSON, SARIF, JUnit and HTML reports into one folder, with the gate as its exit code', async () => {
    const output = mkdtempSync(join(tmpdir(), 'carebar-ci-'));
    const run = await audit([...pages, '--profile', 'gov', '--fail-on', 'fail'], output);
    assert.equal(run.code, 1, `a broken link fails the gate: ${run.stderr}`);
    assert.deepEqual(REPORTS.filter((file) => !existsSync(join(output, file))), []);
    assert.equal(reportIn(output).pages.length, pages.length);
  });

  test("shards by a Kubernetes Indexed Job's index, and merges them into the site's reports", async () => {
    const output = mkdtempSync(join(tmpdir(), 'carebar-ci-'));
    const shards = await Promise.all(['0', '1'].map((index) => audit([...pages, '--profile', 'gov'], output, { JOB_COMPLETION_INDEX: index, CAREBAR_SHARDS: '2' })));
    assert.ok(shards.every((run) => run.code !== 2), shards.map((run) => run.stderr).join('\n'));
    assert.deepEqual(readdirSync(output).sort(), ['shard-1', 'shard-2']);
    const merge = await audit(['merge'], output);
    assert.notEqual(merge.code, 2, merge.stderr);
    const merged = reportIn(output);
    assert.deepEqual(merged.pages.map((page) => page.url).sort(), [...pages].sort(), 'every page, from one shard or the other');
    assert.equal(merged.partial, false);
    assert.deepEqual(REPORTS.filter((file) => !existsSync(join(output, file))), []);
  });

  test('a shard without CAREBAR_SHARDS says what to set', async () => {
    const run = await audit(pages, mkdtempSync(join(tmpdir(), 'carebar-ci-')), { JOB_COMPLETION_INDEX: '0' });
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /CAREBAR_SHARDS/);
  });

  test('is what every template runs', () => {
    for (const template of readdirSync(CI).filter((file) => /\.ya?ml$/.test(file))) {
      assert.match(readFileSync(join(CI, template), 'utf8'), /sh node_modules\/carebar\/examples\/ci\/audit\.sh/, template);
    }
    assert.match(readFileSync(join(CI, 'kubernetes-indexed-job.yaml'), 'utf8'), /run\.sh, merge\]/, 'the Kubernetes template merges its shards');
  });
});
