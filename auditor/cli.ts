// carebar-audit: a thin shell over `audit()` that turns flags and a config file into options,
// writes the reports, and exits 0 (passed the gate), 1 (did not) or 2 (could not run).
import { accessSync, appendFileSync, constants, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { compareWithBaseline } from './baseline.js';
import { audit } from './audit.js';
import { gateFailure, type FailOn } from './gate.js';
import { journalLine, readJournal } from './journal.js';
import { ProgressLog } from './progress.js';
import { mergeReports, reportOf } from './report.js';
import { FORMATS, REPORTERS, formatReport, type Format } from './reporters/index.js';
import { renderPdf } from './reporters/pdf.js';
import { TOOL } from './tool.js';
import { DEFAULT_CONCURRENCY } from './pool.js';
import { checkActions, type Action } from './page/actions.js';
import { PAGE_OPTIONS, type AuditInput, type AuditOptions, type AuditReport, type BlockKind, type JournalEntry, type Lang, type PageOptions, type Shard } from './types.js';

/** Where a config is looked for, in each folder from the working directory upwards. */
const CONFIG_PLACES = ['carebar.config.json', 'carebar.config.js', 'carebar.config.mjs', 'carebar.config.cjs', 'package.json'];

/** The options commander collects, under their camelCase names, which are also the config file's keys. */
interface CliOptions {
  config?: string;
  sitemap?: string;
  crawl?: boolean;
  maxPages: number;
  depth: number;
  include: string[];
  exclude: string[];
  ignoreRobots?: boolean;
  profile: string;
  elder?: boolean;
  withToolbarElder?: boolean;
  viewport?: { width: number; height: number };
  mobile?: boolean;
  waitFor?: string;
  header: Record<string, string>;
  cookie: Record<string, string>;
  timeout: number;
  concurrency?: number;
  block: BlockKind[];
  format: OutputFormat[];
  output?: string;
  lang: Lang;
  failUnder?: number;
  failOn: FailOn;
  baseline?: string;
  includePasses?: boolean;
  ignore: string[];
  hideElements: string[];
  externalLinks?: boolean;
  shard?: Shard;
  resume?: string;
  chromePath?: string;
  chromeArg: string[];
  quiet?: boolean;
}

/** What the CLI needs from the outside world, so that tests can drive it in-process. */
export interface CliEnvironment {
  audit: typeof audit;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: then each page is shown as it finishes, else a line every 10 pages or 30 s. */
  progress: boolean;
  cwd: string;
  setExitCode: (code: number) => void;
  signal?: AbortSignal;
}

const integer = (min: number, max = Number.MAX_SAFE_INTEGER) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`Expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}.`);
  return n;
};
const collect = (value: string, previous: string[] = []) => [...previous, value];
const list = (value: string, previous: string[] = []) => [...new Set([...previous, ...value.split(',').map((item) => item.trim()).filter(Boolean)])];
/** What --format takes: the reporters' text formats, and the printed report. */
type OutputFormat = Format | 'pdf';
const OUTPUT_FORMATS: readonly OutputFormat[] = [...FORMATS, 'pdf'];
const DEFAULT_FORMATS: OutputFormat[] = ['text'];
const formats = (value: string, previous: OutputFormat[] = []) => {
  const list = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = list.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat));
  if (unknown.length) throw new InvalidArgumentError(`Unknown format ${unknown.join(', ')}; use ${OUTPUT_FORMATS.join(', ')}.`);
  // A repeated --format adds to the list; the default (text) is replaced, not added to.
  return [...new Set([...(previous === DEFAULT_FORMATS ? [] : previous), ...(list as OutputFormat[])])];
};
const pair = (separator: string, example: string) => (value: string, previous: Record<string, string> = {}) => {
  const at = value.indexOf(separator);
  if (at <= 0) throw new InvalidArgumentError(`Expected ${example}.`);
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
};
const shard = (value: string): Shard => {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (index < 1 || index > count) throw new InvalidArgumentError('Expected i/n with 1 ≤ i ≤ n, e.g. 2/4.');
  return { index, count };
};
const BLOCK_KINDS: readonly BlockKind[] = ['fonts', 'media', 'third-party'];
const blockKinds = (value: string, previous: BlockKind[] = []) => {
  const list = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = list.filter((kind) => !BLOCK_KINDS.includes(kind as BlockKind));
  if (unknown.length) throw new InvalidArgumentError(`Cannot block ${unknown.join(', ')}; use ${BLOCK_KINDS.join(', ')}.`);
  return [...new Set([...previous, ...(list as BlockKind[])])];
};
const viewport = (value: string) => {
  const match = /^(\d+)x(\d+)$/.exec(value);
  if (!match) throw new InvalidArgumentError('Expected WIDTHxHEIGHT, e.g. 1280x800.');
  return { width: Number(match[1]), height: Number(match[2]) };
};

/** The command, with no side effects until it is parsed. */
export function buildProgram(env: Partial<CliEnvironment> = {}): Command {
  const io: CliEnvironment = {
    audit,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: process.stderr.isTTY === true,
    cwd: process.cwd(),
    setExitCode: (code) => void (process.exitCode = code),
    ...env,
  };
  const program = new Command('carebar-audit')
    .description('Audit web pages for accessibility (GB/T 37668), age-friendliness (适老化) and the government-site inspection, and score them.')
    .version(TOOL.version)
    .argument('[inputs...]', 'URLs or local HTML files; each one is an entry page (homepage)')
    .option('-c, --config <file>', `a config (JSON or a JavaScript module) with the long flags' names as keys (default: the first ${CONFIG_PLACES.join(', ')} (its "carebar" key) from here upwards)`)
    .option('--sitemap <url>', 'also audit the pages of this sitemap')
    .option('--crawl', 'follow same-origin links from the entry pages')
    .option('--max-pages <n>', 'audit at most this many pages in all (default: 20 with --crawl, every page of a sitemap)', integer(1), 20)
    .option('--depth <n>', 'crawl this many links deep', integer(0), 2)
    .option('--include <regex>', 'of the pages a sitemap or crawl finds, audit only URLs matching (repeatable)', collect, [])
    .option('--exclude <regex>', 'of the pages a sitemap or crawl finds, skip URLs matching (repeatable)', collect, [])
    .option('--ignore-robots', "also audit found pages that the site's robots.txt disallows to carebar-audit")
    .option('--profile <name|file>', 'scoring profile: all, gbt37668, elder, gov, or a profile JSON file', 'all')
    .option('--elder', 'audit every page as an elder (关怀版) version')
    .option('--with-toolbar-elder', "switch on the page's carebar elder mode first, then audit")
    .option('--viewport <WxH>', 'viewport size (default 1280x800)', viewport)
    .option('--mobile', 'emulate a phone')
    .option('--wait-for <selector>', 'wait for this CSS selector after load')
    .option('--header <name:value>', 'extra HTTP header (repeatable)', pair(':', 'name:value'), {})
    .option('--cookie <name=value>', 'cookie for the audited pages (repeatable)', pair('=', 'name=value'), {})
    .option('--timeout <ms>', 'per-page time limit', integer(1000), 30000)
    .option('--concurrency <n>', `pages audited at once (default: the machine's cores, from 2 to 4; ${DEFAULT_CONCURRENCY} here)`, integer(1, 16))
    .option('--block <kinds>', `refuse requests the checks can do without: ${BLOCK_KINDS.join(', ')} (comma-separate or repeat); third-party also hides a toolbar served from another site`, blockKinds, [])
    .option('-f, --format <formats>', `${OUTPUT_FORMATS.join(', ')} (a printed 检测报告); repeat or comma-separate for several`, formats, DEFAULT_FORMATS)
    .option('-o, --output <path>', 'a file for one format, a directory for several')
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['zh-CN', 'en']).default('zh-CN'))
    .option('--fail-under <score>', 'exit 1 when the score is below this (default: the profile pass mark)', integer(0, 100))
    .addOption(
      new Option('--fail-on <level>', 'exit 1 on: veto, fail (any fail), review (any fail or review), new (a fail the --baseline did not have)').choices(['veto', 'fail', 'review', 'new']).default('veto'),
    )
    .option('--baseline <report.json>', "an earlier run's JSON report: mark each finding new or same, and list what was fixed")
    .option('--include-passes', 'list passed checks in the report')
    .option('--ignore <ids>', 'axe rule or carebar check ids to leave out, e.g. color-contrast,elder-keys (comma-separate or repeat)', list, [])
    .option('--hide-elements <selector>', 'leave the elements matching this CSS selector out of every check, axe included (repeatable)', collect, [])
    .option('--external-links', 'also check links to other hosts')
    .option('--shard <i/n>', 'audit only shard i of n (from 1): the same page always lands in the same shard', shard)
    .option('--resume <journal>', "continue an interrupted run from its journal, without loading its finished pages again")
    .option('-q, --quiet', 'no progress on stderr, only problems and the verdict')
    .option('--chrome-path <file>', 'the Chrome or Chromium to run (default: $CHROME_PATH, then the usual install paths)')
    .option('--chrome-arg <flag>', 'a flag for Chrome, e.g. --chrome-arg=--proxy-server=http://proxy:8080 (repeatable)', collect, [])
    .showHelpAfterError('(run carebar-audit --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (inputs: string[]) => {
      const code = await run(program, inputs, io).catch((error: unknown) => {
        io.stderr(`carebar-audit: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      });
      io.setExitCode(code);
    });
  // Created after the settings above, which a subcommand inherits; the program's options apply to it too.
  program
    .command('merge')
    .description("combine the JSON results of an audit's shards into one report, scored as a single run would be; --format, --output, --lang, --profile, --fail-under and --fail-on apply as to a run")
    .argument('<results...>', 'JSON reports (--format json) of the shards')
    .option('--allow-partial', 'merge even where shards are missing or did not finish, into a report marked partial')
    .action(async (files: string[], { allowPartial }: { allowPartial?: boolean }) => {
      const code = await merge(program, files, io, allowPartial).catch((error: unknown) => {
        io.stderr(`carebar-audit: could not merge: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      });
      io.setExitCode(code);
    });
  return program;
}

async function run(program: Command, inputs: string[], io: CliEnvironment): Promise<number> {
  const config = await applyConfig(program, io.cwd);
  const opts = program.opts<CliOptions>();
  const urls = inputs.length ? inputs : config.inputs;
  if (!urls.length && !opts.sitemap) throw new Error('give at least one URL or file, or --sitemap <url>.');
  checkOutput(opts, io.cwd);
  const baseline = readBaseline(opts, io.cwd);
  const options: AuditOptions = {
    signal: io.signal,
    logger: { info: (m) => io.progress && !opts.quiet && io.stderr(`${m}\n`), warn: (m) => io.stderr(`${m}\n`) },
    lang: opts.lang,
    profile: opts.profile,
    elder: opts.elder,
    withToolbarElder: opts.withToolbarElder,
    viewport: opts.viewport,
    mobile: opts.mobile,
    waitFor: opts.waitFor,
    actions: config.actions,
    session: config.session,
    headers: opts.header,
    cookies: opts.cookie,
    timeout: opts.timeout,
    concurrency: opts.concurrency,
    block: opts.block,
    includePasses: opts.includePasses,
    ignore: opts.ignore,
    hideElements: opts.hideElements,
    externalLinks: opts.externalLinks,
    sitemap: opts.sitemap,
    crawl: opts.crawl ? { depth: opts.depth } : false,
    scope: {
      include: opts.include,
      exclude: opts.exclude,
      // 20 is the crawl's default; a sitemap's pages are all audited unless --max-pages says otherwise.
      maxPages: opts.crawl || program.getOptionValueSource('maxPages') !== 'default' ? opts.maxPages : undefined,
      robots: !opts.ignoreRobots,
    },
    screenshots: opts.format.includes('html') || opts.format.includes('pdf'),
    shard: opts.shard,
    chromePath: opts.chromePath && resolve(io.cwd, opts.chromePath),
    chromeArgs: opts.chromeArg,
  };
  const resumed = opts.resume ? readJournal(resolve(io.cwd, opts.resume)) : [];
  const journal = opts.output ? journalOf(resolve(io.cwd, opts.output), opts.format.length > 1) : null;
  // Written afresh, resumed pages first: the journal may be the one resumed, and its last line may be torn.
  if (journal) writeFileSync(journal, resumed.map(journalLine).join(''));
  const finished: JournalEntry[] = [...resumed];
  const onPage = (entry: JournalEntry) => {
    finished.push(entry);
    if (journal) appendFileSync(journal, journalLine(entry));
  };
  const progress = io.progress || opts.quiet ? undefined : new ProgressLog(io.stderr);
  const stopProgress = progress?.start();
  let report: AuditReport;
  try {
    report = await io.audit(urls, { ...options, resume: resumed, onPage, onProgress: (done, total) => progress?.update(done, total) });
  } catch (error) {
    if (!finished.length) {
      if (journal) rmSync(journal, { force: true }); // nothing to resume
      throw error;
    }
    // Interrupted (Ctrl-C, SIGTERM) or broken off: what finished is a valid report, and the journal resumes the rest.
    await writeReports(againstBaseline(await reportOf(finished.map((entry) => entry.page), { ...options, partial: true }), baseline), opts, io);
    const why = io.signal?.aborted ? 'interrupted' : `stopped: ${error instanceof Error ? error.message : String(error)}`;
    const where = opts.output ? ` in ${opts.output}` : '';
    const next = journal ? `; continue with --resume ${journal}` : '; give --output to keep a journal that --resume can continue';
    io.stderr(`carebar-audit: ${why}. The partial report of the ${finished.length} finished pages is${where}${next}.\n`);
    return 2;
  } finally {
    stopProgress?.();
  }
  if (journal) rmSync(journal, { force: true }); // the reports hold everything now
  return finish(againstBaseline(report, baseline), opts, io);
}

/** The journal of a run writing to `output`: inside its directory, or beside its file, never anywhere a page could choose. */
const journalOf = (output: string, isDirectory: boolean) => (isDirectory ? join(output, 'journal.jsonl') : `${output}.journal.jsonl`);

/** `carebar-audit merge`: the shards' JSON results as one report, through the same output and gate as a run. */
async function merge(program: Command, files: string[], io: CliEnvironment, allowPartial = false): Promise<number> {
  await applyConfig(program, io.cwd);
  const opts = program.opts<CliOptions>();
  checkOutput(opts, io.cwd);
  const baseline = readBaseline(opts, io.cwd);
  const reports = files.map((file) => readReport(resolve(io.cwd, file), 'cannot be merged'));
  // The results name their profile; --profile is needed only when it is a file of one's own.
  const profile = program.getOptionValueSource('profile') === 'default' ? undefined : opts.profile;
  const merged = await mergeReports(reports, { profile, allowPartial });
  if (merged.partial) io.stderr('carebar-audit: the merged report is partial: it lacks shards or pages that did not finish, and does not speak for the whole site.\n');
  return finish(againstBaseline(merged, baseline), opts, io);
}

/** A JSON report of carebar-audit's from a file, or an error that says why it cannot be used for `purpose`. */
function readReport(path: string, purpose: string): AuditReport {
  try {
    const report = JSON.parse(readFileSync(path, 'utf8')) as AuditReport;
    if (report.schemaVersion !== 1 || !Array.isArray(report.pages)) throw new Error('it is not a carebar-audit JSON report (schemaVersion 1)');
    return report;
  } catch (error) {
    throw new Error(`${path} ${purpose}: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
  }
}

/** The --baseline report, read before a long run rather than after it. */
function readBaseline(opts: CliOptions, cwd: string): AuditReport | undefined {
  if (opts.failOn === 'new' && !opts.baseline) throw new Error('--fail-on new needs --baseline <an earlier report.json> to tell what is new.');
  return opts.baseline ? readReport(resolve(cwd, opts.baseline), 'cannot be the baseline') : undefined;
}

const againstBaseline = (report: AuditReport, baseline: AuditReport | undefined) => (baseline ? compareWithBaseline(report, baseline) : report);

/** Writes the reports and applies the gate: 0 passed, 1 did not. */
async function finish(report: AuditReport, opts: CliOptions, io: CliEnvironment): Promise<number> {
  await writeReports(report, opts, io);
  if (!report.pages.length) {
    io.stderr('carebar-audit: no pages in this report (a shard may have none), so nothing to gate.\n');
    return 0;
  }
  const failure = gateFailure(report, { failUnder: opts.failUnder, failOn: opts.failOn });
  const { score, verdict } = report.summary;
  io.stderr(failure ? `carebar-audit: failed the gate: ${failure}.\n` : `carebar-audit: passed the gate: score ${score} (${verdict}).\n`);
  return failure ? 1 : 0;
}

/** Fails before a long audit rather than after it when the reports cannot be written where --output says. */
function checkOutput(opts: CliOptions, cwd: string): void {
  const isDirectory = opts.format.length > 1;
  if (isDirectory && !opts.output) throw new Error(`several formats (${opts.format.join(', ')}) need --output <directory>.`);
  if (opts.format.includes('pdf') && !opts.output) throw new Error('--format pdf needs --output <file.pdf>: a PDF is not for a terminal.');
  if (!opts.output) return;
  const path = resolve(cwd, opts.output);
  try {
    if (isDirectory) mkdirSync(path, { recursive: true });
    else if (existsSync(path) && statSync(path).isDirectory()) throw new Error('it is a directory; give a file name, or several formats for a directory');
    const dir = isDirectory ? path : dirname(path);
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new Error(`cannot write the report to ${path}: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
  }
}

async function writeReports(report: AuditReport, opts: CliOptions, io: CliEnvironment): Promise<void> {
  const render = (format: OutputFormat) =>
    format === 'pdf' ? renderPdf(report, { lang: opts.lang, chromePath: opts.chromePath && resolve(io.cwd, opts.chromePath) }) : formatReport(report, format, { lang: opts.lang });
  const [only] = opts.format;
  if (opts.format.length === 1) {
    const output = await render(only);
    if (opts.output) writeFileSync(resolve(io.cwd, opts.output), output);
    else io.stdout(output as string); // a PDF always has an --output (checkOutput)
    return;
  }
  const dir = resolve(io.cwd, opts.output ?? '.');
  mkdirSync(dir, { recursive: true });
  for (const format of opts.format) writeFileSync(join(dir, `report.${format === 'pdf' ? 'pdf' : REPORTERS[format].extension}`), await render(format));
}

/** What a config file sets beside the flags' options. */
interface ConfigExtras {
  inputs: AuditInput[];
  actions?: Action[];
  session?: boolean;
}

/**
 * Reads the config file (--config, or the first found from the working directory upwards) into the
 * options that were not given as flags (defaults < config < flags), through each option's own parser so
 * that a config value is checked like a flag. Returns what has no flag: `inputs`, `actions`, `session`.
 */
async function applyConfig(program: Command, cwd: string): Promise<ConfigExtras> {
  const found = await findConfig(program.opts<CliOptions>().config, cwd);
  if (!found) return { inputs: [] };
  const { path, config } = found;
  const base = dirname(path);
  const { inputs = [], actions, session, ...rest } = config;
  for (const [key, value] of Object.entries(rest)) {
    const option = program.options.find((o) => o.attributeName() === key);
    if (!option || key === 'config') throw new Error(`the config file ${path} has an unknown key "${key}"; it takes the long flags' camelCase names, and inputs, actions and session.`);
    if (program.getOptionValueSource(key) === 'cli') continue;
    program.setOptionValueWithSource(key, parseConfigValue(option, value, path), 'config');
  }
  if (session !== undefined && typeof session !== 'boolean') throw new Error(`"session" in ${path} must be true or false.`);
  if (!Array.isArray(inputs)) throw new Error(`"inputs" in ${path} must be a list of URLs or files, or objects with "url".`);
  return {
    inputs: inputs.map((input: unknown, i) => (typeof input === 'string' ? input : inputOptions(program, input, `inputs[${i}] in ${path}`, base))),
    actions: actions === undefined ? undefined : configActions(actions, `"actions" in ${path}`, base),
    session,
  };
}

/** The config file given, or the first of CONFIG_PLACES from `cwd` upwards, read and checked to be an object. */
async function findConfig(given: string | undefined, cwd: string): Promise<{ path: string; config: Record<string, unknown> } | null> {
  const explorer = lilconfig('carebar', { searchPlaces: CONFIG_PLACES });
  const path = given && resolve(cwd, given);
  let result: LilconfigResult;
  try {
    result = path ? await explorer.load(path) : await explorer.search(cwd);
  } catch (error) {
    throw new Error(`the config file ${path ?? `found from ${cwd}`} cannot be used: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!result) return null;
  const { config: value, filepath } = result as { config: unknown; filepath: string };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`the config file ${filepath} must hold an object of options.`);
  return { path: filepath, config: value as Record<string, unknown> };
}

/** The flags' options by the names a URL's own options have where they differ. */
const FLAG_OF: Partial<Record<keyof PageOptions, string>> = { headers: 'header' };

/** One object of `inputs`: its URL, and its own options checked as the run's are. */
function inputOptions(program: Command, input: unknown, where: string, base: string): AuditInput {
  if (typeof input !== 'object' || input === null || typeof (input as { url?: unknown }).url !== 'string') throw new Error(`${where} must be a URL or file, or an object with "url".`);
  const { url, ...own } = input as Record<string, unknown>;
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(own)) {
    if (!(PAGE_OPTIONS as readonly string[]).includes(key)) throw new Error(`${where} has "${key}": a URL may set only ${PAGE_OPTIONS.join(', ')}.`);
    if (key === 'actions') {
      options.actions = configActions(value, `"actions" of ${where}`, base);
      continue;
    }
    const name = FLAG_OF[key as keyof PageOptions] ?? key;
    options[key] = parseConfigValue(program.options.find((o) => o.attributeName() === name)!, value, where, key);
  }
  return { url: url as string, ...options };
}

function configActions(value: unknown, where: string, base: string): Action[] {
  try {
    return checkActions(value, base);
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function parseConfigValue(option: Option, value: unknown, path: string, key = option.attributeName()): unknown {
  if (!option.required && !option.optional) {
    if (typeof value !== 'boolean') throw new Error(`"${key}" in ${path} must be true or false.`);
    return value;
  }
  const values: unknown[] = Array.isArray(value) ? value : [value];
  try {
    return values.reduce<unknown>((previous, item) => {
      const text = typeof item === 'object' && item !== null ? Object.entries(item).map(([k, v]) => `${k}${option.attributeName() === 'cookie' ? '=' : ':'}${String(v)}`) : [String(item)];
      return text.reduce<unknown>((acc, t) => {
        if (option.argChoices && !option.argChoices.includes(t)) throw new InvalidArgumentError(`Allowed choices are ${option.argChoices.join(', ')}.`);
        return option.parseArg ? option.parseArg(t, acc) : t;
      }, previous);
    }, undefined);
  } catch (error) {
    throw new Error(`"${key}" in ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Runs the CLI: commander's own errors (unknown flags, bad values) exit 2, like every other failure to run. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const controller = new AbortController();
  // Ctrl-C, or a cluster stopping the job: finish with a partial report. A second signal ends at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort(new Error('interrupted')));
  try {
    await buildProgram({ signal: controller.signal }).parseAsync(argv);
    // The partial report is written: end now, rather than when a timer of a tab that was opening runs out.
    if (controller.signal.aborted) process.exit();
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) await main();
