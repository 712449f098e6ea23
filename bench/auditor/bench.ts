/**
 * carebar-audit beside a bare puppeteer + axe-core script (the floor) and pa11y-ci, in the same run and on
 * the same generated local pages (issue 8): pages per minute and peak memory, and one page's wall time.
 *
 * Usage: `npm run build` at the root, then
 *   PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix bench/auditor && npm start --prefix bench/auditor
 * Options, after `--`: `--pages N` (default 120), `--quick` (30 pages, one run per contender, 3 single-page runs).
 * It prints and asserts nothing: time varies between machines and runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AXE_REQUIREMENTS, axeRunOptions } from '../../auditor/axe-rules.js';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from '../../auditor/chrome.js';
import { measure, type Measurement } from './measure.js';
import { serveSite } from './pages.js';

const here = (path: string) => join(import.meta.dirname, path);
const CAREBAR_CLI = here('../../dist/auditor/cli.js');
const PA11Y_CI = here('node_modules/pa11y-ci/bin/pa11y-ci.js');
/** Generous, but bounded: no contender should need 10 s a page on a 2-core machine. */
const secondsAllowed = (pages: number) => 60 + pages * 10;

const { values } = parseArgs({ options: { pages: { type: 'string' }, quick: { type: 'boolean', default: false } } });
const quick = values.quick ?? false;
const pageCount = Number(values.pages ?? (quick ? 30 : 120));
const singleRuns = quick ? 3 : 5;
if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error(`--pages takes a whole number, not ${values.pages}`);
if (!existsSync(CAREBAR_CLI)) throw new Error('No dist/auditor/cli.js: run `npm run build` at the root first.');
if (!existsSync(PA11Y_CI)) throw new Error('No pa11y-ci here: run `PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix bench/auditor` first.');
const executablePath = await findChrome();
if (!executablePath) throw new Error(NO_CHROME_MESSAGE);

interface Contender {
  name: string;
  /** The concurrencies to run at; `undefined` is the tool's own default. */
  concurrencies: Array<number | undefined>;
  /** The command line that audits `urls`, writing its results to `out`. */
  command(urls: string[], concurrency: number | undefined, out: string): Promise<string[]>;
  /** How many pages it could not audit, from what it wrote; throws when the run itself failed. */
  failures(urls: string[], out: string, run: Measurement): number;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const floor: Contender = {
  name: 'bare puppeteer + axe-core',
  concurrencies: quick ? [2] : [1, 2, 4],
  async command(urls, concurrency, out) {
    // The same browser flags and axe rules as carebar's, from the auditor's own modules.
    await writeFile(out, JSON.stringify({ urls, concurrency, executablePath, args: CHROME_ARGS, axeOptions: axeRunOptions(AXE_REQUIREMENTS) }));
    return [process.execPath, here('floor.mjs'), out];
  },
  failures: (_urls, _out, run) => (JSON.parse(run.stdout) as { failed: number }).failed,
};

const pa11yCi: Contender = {
  name: 'pa11y-ci (axe runner)',
  concurrencies: quick ? [2] : [1, 2, 4],
  async command(urls, concurrency, out) {
    const config = `${out}.config.json`;
    const defaults = { runners: ['axe'], concurrency, timeout: 30_000, chromeLaunchConfig: { executablePath, args: CHROME_ARGS }, reporters: [['json', { fileName: out }]] };
    // Each URL as an object: pa11y-ci shares one options object between the string URLs of concurrent runs,
    // so at concurrency > 1 one run closes another's browser context (pa11y/pa11y-ci#354).
    await writeFile(config, JSON.stringify({ defaults, urls: urls.map((url) => ({ url })) }));
    return [process.execPath, PA11Y_CI, '--config', config];
  },
  // pa11y-ci exits 2 when it finds issues; its report lists each page's issues, or the error that stopped it.
  failures(urls, out) {
    const { results } = readJson(out) as { results: Record<string, Array<{ code?: string }>> };
    return urls.filter((url) => !results[url] || results[url].some((item) => !item.code)).length;
  },
};

const carebar: Contender = {
  name: 'carebar-audit',
  concurrencies: quick ? [undefined, 1] : [undefined, 1, 4],
  command: (urls, concurrency, out) => Promise.resolve([
    process.execPath, CAREBAR_CLI, ...urls, '--format', 'json', '--output', out, ...(concurrency ? ['--concurrency', String(concurrency)] : []),
  ]),
  // Exit 1 is a failed gate, which the generated pages are meant to fail; 2 is a run that could not finish.
  failures(urls, out, run) {
    if (run.code === 2) throw new Error(run.stderrTail);
    const { pages } = readJson(out) as { pages: Array<{ error: unknown; partial: boolean }> };
    return urls.length - pages.length + pages.filter((page) => page.error || page.partial).length;
  },
};

interface Row {
  contender: string;
  concurrency: string;
  /** What the contender wrote: for carebar, its JSON report. */
  out: string;
  pages: number;
  failed: number;
  seconds: number;
  peakRssMb: number;
  peakPssMb: number;
}

/** One run of one contender; a run that fails is reported, and the benchmark goes on. */
async function run(contender: Contender, urls: string[], concurrency: number | undefined, dir: string, signal: AbortSignal): Promise<Row | null> {
  const label = concurrency === undefined ? 'default' : String(concurrency);
  return runAs(contender, urls, label, concurrency, dir, signal);
}

async function runAs(contender: Contender, urls: string[], label: string, concurrency: number | undefined, dir: string, signal: AbortSignal): Promise<Row | null> {
  const out = join(dir, `${contender.name.replace(/\W+/g, '-')}-${label}-${urls.length}-${Date.now()}.json`);
  const [command, ...args] = await contender.command(urls, concurrency, out);
  const measured = await measure(command, args, { timeoutMs: secondsAllowed(urls.length) * 1000, signal });
  try {
    const failed = contender.failures(urls, out, measured);
    const row = { contender: contender.name, concurrency: label, out, pages: urls.length, failed, ...measured };
    console.error(`  ${row.contender}, concurrency ${label}: ${urls.length} pages in ${row.seconds.toFixed(1)} s, ${failed} failed`);
    return row;
  } catch (error) {
    console.error(`  ${contender.name}, concurrency ${label}: the run failed (exit ${measured.code}): ${error instanceof Error ? error.message : String(error)}\n${measured.stderrTail}`);
    return null;
  }
}

const perMinute = (row: Row) => (row.pages / row.seconds) * 60;

/** What a carebar report found on each page: every finding's id, outcome and elements, in a stable order. */
function findingsOf(out: string): string {
  const { pages } = readJson(out) as { pages: Array<{ url: string; findings: Array<{ id: string; outcome: string; nodes: Array<{ selector: string }> }> }> };
  const each = pages.map((page) => [page.url, page.findings.map((f) => `${f.id} ${f.outcome} ${f.nodes.map((n) => n.selector).join(' | ')}`).sort()] as const);
  return JSON.stringify(each.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** carebar crawling `count` pages from the site's first page, as a pipeline audits a site from its homepage. */
const crawler = (count: number): Contender => ({
  ...carebar,
  name: 'carebar-audit --crawl',
  command: (urls, concurrency, out) =>
    carebar.command(urls.slice(0, 1), concurrency, out).then((args) => [...args, '--crawl', '--max-pages', String(count), '--depth', '10']),
  failures: (_urls, out, run) => carebar.failures(Array.from({ length: count }, String), out, run),
});
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const version = (path: string) => (readJson(here(path)) as { version: string }).version;

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
const site = await serveSite(pageCount);
const dir = await mkdtemp(join(tmpdir(), 'carebar-bench-'));
try {
  console.log(`carebar-audit benchmark: ${pageCount} generated pages on ${site.origin}, ${availableParallelism()} cores (load average before the run ${loadavg()[0].toFixed(1)}: other work slows every contender), Node ${process.version}, ${executablePath}`);
  console.log(`carebar ${version('../../package.json')} (axe-core ${version('../../node_modules/axe-core/package.json')}, also the floor's); ` +
    `pa11y-ci ${version('node_modules/pa11y-ci/package.json')}, pa11y ${version('node_modules/pa11y/package.json')} (axe-core ${version('node_modules/axe-core/package.json')})`);

  // One page, browser launch included: the cost of a quick check in CI. Alternated, so that drift hits both.
  console.error(`One page, ${singleRuns} runs each:`);
  const single = { floor: [] as number[], carebar: [] as number[] };
  for (let i = 0; i < singleRuns; i++) {
    for (const [key, contender] of [['floor', floor], ['carebar', carebar]] as const) {
      const row = await run(contender, site.urls.slice(0, 1), 1, dir, controller.signal);
      if (row && !row.failed) single[key].push(row.seconds);
    }
  }

  console.error(`${pageCount} pages:`);
  const rows: Row[] = [];
  for (const contender of [floor, pa11yCi, carebar]) {
    for (const concurrency of contender.concurrencies) {
      const row = await run(contender, site.urls, concurrency, dir, controller.signal);
      if (row) rows.push(row);
    }
  }

  // A crawl from one page, whose found pages take every tab as soon as they are found.
  const crawlCount = Math.min(100, pageCount);
  const crawled = await runAs(crawler(crawlCount), site.urls.slice(0, crawlCount), `default, ${crawlCount} from one page`, undefined, dir, controller.signal);
  if (crawled) rows.push(crawled);

  const columns = ['contender', 'concurrency', 'pages', 'failed', 'seconds', 'pages/min', 'peak RSS MB', 'peak PSS MB'];
  const cells = rows.map((row) =>
    [row.contender, row.concurrency, row.pages, row.failed, row.seconds.toFixed(1), perMinute(row).toFixed(1), Math.round(row.peakRssMb), Math.round(row.peakPssMb)].map(String),
  );
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((cell) => cell[i].length)));
  const line = (cell: string[]) => cell.map((text, i) => (i < 2 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join('  ');
  console.log(`\n${line(columns)}\n${cells.map(line).join('\n')}`);
  console.log('failed: pages with an error or unfinished checks. seconds: wall time of the whole process, browser launch included.');
  console.log("peak RSS: the tree's RSS summed, shared pages counted in each process; peak PSS: shared pages split, the memory really used.");

  const best = (name: string) => rows.filter((row) => row.contender === name).sort((a, b) => perMinute(b) - perMinute(a))[0];
  const pa11yBest = best(pa11yCi.name);
  const carebarDefault = rows.find((row) => row.contender === carebar.name && row.concurrency === 'default');
  const goal = (what: string, measured: string, target: string, met: boolean | undefined) =>
    console.log(`${what.padEnd(48)} ${measured.padEnd(30)} goal ${target.padEnd(8)} ${met === undefined ? 'not measured' : met ? 'met' : 'MISSED'}`);
  console.log('\nGoals (issues 8 and 21):');
  // Each at its best concurrency, as pa11y-ci is: on CPU-bound local pages that is not always the default.
  const carebarBest = best(carebar.name);
  const throughput = carebarBest && pa11yBest ? perMinute(carebarBest) / perMinute(pa11yBest) : undefined;
  goal(
    `carebar (best, ${carebarBest?.concurrency ?? '-'}) ÷ pa11y-ci (best, ${pa11yBest?.concurrency ?? '-'}), pages/min`,
    throughput === undefined ? '-' : `${throughput.toFixed(2)}×`,
    '≥ 2×',
    throughput === undefined ? undefined : throughput >= 2,
  );
  if (carebarDefault && pa11yBest) console.log(`(carebar at its default concurrency: ${(perMinute(carebarDefault) / perMinute(pa11yBest)).toFixed(2)}× pa11y-ci's best)`);
  const floorAlike = rows.find((row) => row.contender === floor.name && row.concurrency === '2');
  if (carebarDefault && floorAlike) console.log(`(for scale: carebar (default) reaches ${((perMinute(carebarDefault) / perMinute(floorAlike)) * 100).toFixed(0)}% of the bare script's pages/min at concurrency 2)`);
  const [floorSeconds, carebarSeconds] = [median(single.floor), median(single.carebar)];
  const singleRatio = floorSeconds && carebarSeconds ? carebarSeconds / floorSeconds : undefined;
  goal(
    `one page: carebar ÷ bare script (median of ${singleRuns})`,
    singleRatio === undefined ? '-' : `${singleRatio.toFixed(2)}× (${carebarSeconds.toFixed(2)} s / ${floorSeconds.toFixed(2)} s)`,
    '≤ 1.3×',
    singleRatio === undefined ? undefined : singleRatio <= 1.3,
  );
  // PSS is the memory the run really holds; summed RSS counts Chromium's shared pages once per process.
  goal(
    'peak memory (PSS), carebar at its default concurrency',
    carebarDefault ? `${Math.round(carebarDefault.peakPssMb)} MB (summed RSS ${Math.round(carebarDefault.peakRssMb)} MB)` : '-',
    '< 1.5 GB',
    carebarDefault ? carebarDefault.peakPssMb < 1536 : undefined,
  );
  // The same pages at every concurrency must give the same findings: nothing may depend on the machine's load.
  const listed = rows.filter((row) => row.contender === carebar.name);
  const alike = listed.length > 1 ? new Set(listed.map((row) => findingsOf(row.out))).size === 1 : undefined;
  goal(`the same findings at every concurrency (${listed.map((row) => row.concurrency).join(', ')})`, alike === undefined ? '-' : alike ? 'the same' : 'they differ', 'same', alike);
  if (crawled) console.log(`(a crawl of ${crawled.pages} pages from one page: ${perMinute(crawled).toFixed(1)} pages/min, ${crawled.failed} failed)`);
} finally {
  await site.close();
  await rm(dir, { recursive: true, force: true });
}
