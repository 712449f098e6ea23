// Nothing lost, and beyond one machine (issue 8): the real CLI, interrupted and resumed, and split into
// shards whose merge must equal a single run. One server on 127.0.0.1 counts the requests for each page.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { inShard, journalLine, readJournal, reportOf, type AuditReport, type JournalEntry, type PageReport } from '../../auditor/index.js';
import { CLI, cli, type Run } from './helpers.js';

const PAGE_COUNT = 6;
const html = (n: number) =>
  `<!doctype html><html lang="zh-CN"><head><title>第 ${n} 页</title></head><body><main><h1>第 ${n} 页</h1>` +
  // Every third page has an unlabelled image, so that pages, shards and the site score differently.
  `${n % 3 === 0 ? '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' : '<p>正文</p>'}</main></body></html>`;

const requests = new Map<string, number>();
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  requests.set(path, (requests.get(path) ?? 0) + 1);
  const n = Number(/^\/p\/(\d+)\.html$/.exec(path)?.[1]);
  if (!(n >= 1 && n <= PAGE_COUNT)) return void res.writeHead(404).end();
  // A little slowness, so that a run can be interrupted with pages still to go.
  setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(n)), 150);
});
let urls: string[];
before(async () => {
  assert.ok(existsSync(CLI), 'build first: npm run build');
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  urls = Array.from({ length: PAGE_COUNT }, (_, i) => `http://127.0.0.1:${port}/p/${i + 1}.html`);
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

/** A page as a run hands it to the report, before scoring: here, one with no findings. */
const unscoredPage = (url: string): PageReport => ({ url, finalUrl: url, entry: true, elder: false, score: 0, verdict: '不合格', profiles: {}, vetoes: [], error: null, partial: false, findings: [] });
const json = (run: Run) => JSON.parse(run.stdout) as AuditReport;
const loads = (url: string) => requests.get(new URL(url).pathname) ?? 0;

describe('an interrupted run', () => {
  test('leaves a valid partial report on Ctrl-C, and --resume finishes it without loading finished pages again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carebar-resume-'));
    const output = join(dir, 'report.json');
    const journal = `${output}.journal.jsonl`;
    const args = [...urls, '--format', 'json', '--output', output];
    // One page at a time, so that pages are still to go when two have finished.
    const child = spawn(process.execPath, [CLI, ...args, '--concurrency', '1']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const journaled = () => (existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 1 : 0);
    while (journaled() < 2) await new Promise((tick) => setTimeout(tick, 50));
    child.kill('SIGINT');
    const interrupted = Date.now();
    assert.equal(await exited, 2, stderr);
    // Well under the 30 s page timeout: the page being loaded is given up, not waited for.
    assert.ok(Date.now() - interrupted < 10_000, `stopped ${Date.now() - interrupted} ms after Ctrl-C`);
    assert.match(stderr, /interrupted\. The partial report of the \d+ finished pages is in .*report\.json; continue with --resume .*report\.json\.journal\.jsonl/);

    const partial = JSON.parse(readFileSync(output, 'utf8')) as AuditReport;
    const finished = readJournal(journal).map((entry) => entry.page.url);
    assert.equal(partial.schemaVersion, 1);
    assert.equal(partial.partial, true, 'an interrupted run says it did not finish');
    assert.deepEqual(Object.keys(partial.summary).sort(), ['coverage', 'profile', 'profiles', 'score', 'verdict', 'vetoes']);
    assert.deepEqual(partial.pages.map((page) => page.url), finished);
    assert.ok(finished.length >= 2 && finished.length < PAGE_COUNT, `${finished.length} pages finished`);
    for (const page of partial.pages) for (const key of ['finalUrl', 'score', 'verdict', 'profiles', 'error', 'partial', 'findings']) assert.ok(key in page, key);

    const resumed = await cli([...args, '--resume', journal]);
    assert.ok(resumed.code === 0 || resumed.code === 1, resumed.stderr);
    const report = JSON.parse(readFileSync(output, 'utf8')) as AuditReport;
    assert.deepEqual(report.pages.map((page) => page.url), urls, 'every page once, in the order given');
    assert.equal(report.partial, false);
    for (const url of finished) assert.equal(loads(url), 1, `${url} was not loaded again`);
    assert.ok(!existsSync(journal), 'a finished run leaves only its report');
  });

  test('a journal cut short by a crash loses only its last, unfinished line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carebar-journal-'));
    const entry = (url: string): JournalEntry => ({ page: unscoredPage(url), links: [] });
    const path = join(dir, 'journal.jsonl');
    writeFileSync(path, `${journalLine(entry('http://127.0.0.1/a'))}${journalLine(entry('http://127.0.0.1/b'))}{"page":{"url":"http://127.0.0.1/c","fi`);
    assert.deepEqual(readJournal(path).map((e) => e.page.url), ['http://127.0.0.1/a', 'http://127.0.0.1/b']);
  });
});

describe('shards', () => {
  test('split the pages between them, and their merge equals a single run', async () => {
    // Which shard a URL falls in depends on the server's port too; a page or two more under another
    // query, if the six alone fall in one shard, so that the merge always has two halves to join.
    const oneSided = (list: string[]) => [1, 2].some((index) => list.every((url) => inShard(url, { index, count: 2 }, false)));
    const listed = [...urls];
    while (oneSided(listed)) listed.push(`${urls[0]}?again=${listed.length}`);
    const [single, ...shards] = await Promise.all([cli([...listed, '--format', 'json']), ...[1, 2].map((i) => cli([...listed, '--shard', `${i}/2`, '--format', 'json']))]);
    for (const run of [...shards, single]) assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const shardUrls = shards.map((run) => json(run).pages.map((page) => page.url));
    assert.deepEqual(shardUrls.flat().sort(), [...listed].sort(), 'every page in exactly one shard');
    assert.ok(shardUrls.every((pages) => pages.length > 0), 'both shards have pages, or the merge proves little');

    const dir = mkdtempSync(join(tmpdir(), 'carebar-shards-'));
    const files = shards.map((run, i) => {
      const file = join(dir, `shard-${i + 1}.json`);
      writeFileSync(file, run.stdout);
      return file;
    });
    const merged = await cli(['merge', ...files, '--format', 'json']);
    assert.equal(merged.code, single.code, merged.stderr);
    const [whole, combined] = [json(single), json(merged)];
    assert.deepEqual(combined.summary, whole.summary, 'the same score, verdict, vetoes, profiles and coverage');
    assert.deepEqual(combined.pages.map((page) => page.url), [...listed].sort(), 'pages in URL order');
    const scores = (report: AuditReport) => new Map(report.pages.map((page) => [page.url, [page.score, page.verdict, page.profiles]]));
    assert.deepEqual(scores(combined), scores(whole));
    assert.notEqual(new Set(whole.pages.map((page) => page.score)).size, 1, 'pages that score differently, or the test proves little');

    const reversed = await cli(['merge', ...files.reverse(), '--format', 'json']);
    assert.deepEqual(json(reversed).pages, combined.pages, 'the order of the results does not matter');
    files.reverse();

    // Each result says what it is: a shard of a split, or the whole; and finished.
    assert.deepEqual(shards.map((run) => [json(run).shard, json(run).partial]), [[{ index: 1, count: 2 }, false], [{ index: 2, count: 2 }, false]]);
    assert.deepEqual([whole.shard, whole.partial, combined.shard, combined.partial], [null, false, null, false]);

    // One shard of two is not the site.
    const half = await cli(['merge', files[0], '--format', 'json']);
    assert.equal(half.code, 2);
    assert.match(half.stderr, /could not merge: shard 2\/2 is missing\. Merge every shard of a finished audit, or give --allow-partial/);
    assert.equal(half.stdout, '');
    const allowed = await cli(['merge', files[0], '--allow-partial', '--format', 'json']);
    assert.ok(allowed.code === 0 || allowed.code === 1, allowed.stderr);
    assert.equal(json(allowed).partial, true);
    assert.match(allowed.stderr, /the merged report is partial/);
    const text = await cli(['merge', files[0], '--allow-partial', '--lang', 'en']);
    assert.match(text.stdout, /⚠ partial: this audit did not finish, or shards are missing/);

    // Nor is a shard that was interrupted, nor one given twice.
    const interrupted = join(dir, 'interrupted.json');
    writeFileSync(interrupted, JSON.stringify({ ...json(shards[1]), partial: true }));
    const stopped = await cli(['merge', files[0], interrupted, '--format', 'json']);
    assert.equal(stopped.code, 2);
    assert.match(stopped.stderr, /shard 2\/2 did not finish/);
    const twice = await cli(['merge', files[0], files[0], '--format', 'json']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /Shard 1\/2 is given twice/);
  });

  test('merge refuses results that share a page', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'carebar-shards-')), 'one.json');
    writeFileSync(file, JSON.stringify(await reportOf([unscoredPage(urls[0])])));
    const run = await cli(['merge', file, file, '--format', 'json']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /could not merge: .*p\/1\.html is in more than one result/);
    assert.equal(run.stdout, '');
  });
});
