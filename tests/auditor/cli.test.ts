// The real CLI (dist/auditor/cli.js, built by `npm test`) against pages served on 127.0.0.1.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildProgram } from '../../auditor/cli.js';
import { ProgressLog } from '../../auditor/progress.js';
import type { AuditInput, AuditOptions, AuditReport } from '../../auditor/index.js';
import { CLI, cli, reportFixture, serveFixtures, type Server } from './helpers.js';

let server: Server;
before(async () => {
  assert.ok(existsSync(CLI), 'build first: npm run build');
  server = await serveFixtures();
});
after(() => server.close());

describe('carebar-audit exit codes', () => {
  const cannotRun: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['a bad URL', ['http://exa mple'], /not a valid URL/],
    ['a missing file', ['no-such-page.html'], /neither a URL .* nor an existing file/],
    ['an unknown format', ['x.html', '--format', 'docx'], /Unknown format docx; use text, json, html, junit, sarif, csv, pdf/],
    ['a PDF with nowhere to go', ['x.html', '--format', 'pdf'], /--format pdf needs --output/],
    ['a score out of range', ['x.html', '--fail-under', '101'], /from 0 to 100/],
    ['a missing config file', ['--config', 'no-such-config.json'], /config file .* cannot be used/],
    ['several formats without --output', ['x.html', '--format', 'json,csv'], /need --output/],
    // A file where a directory should be: unwritable even for root, and found before any page is loaded.
    ['an unwritable --output', ['tests/auditor/helpers.ts', '--format', 'json', '--output', 'package.json/report.json'], /cannot write the report to .*package\.json\/report\.json: .*not a directory/],
    ['an unknown --block', ['x.html', '--block', 'fonts,ads'], /Cannot block ads; use fonts, media, third-party/],
    ['a bad --shard', ['x.html', '--shard', '4/3'], /Expected i\/n with 1 ≤ i ≤ n/],
    ['a --resume file that is not a journal', ['x.html', '--resume', 'package.json'], /package\.json is not a carebar-audit journal \(line 1\)/],
    ['a merge of a file that is not a report', ['merge', 'package.json'], /could not merge: .*package\.json cannot be merged: it is not a carebar-audit JSON report/],
    ['an unwritable --output directory', ['tests/auditor/helpers.ts', '--format', 'json,csv', '--output', 'package.json/reports'], /cannot write the report to .*package\.json\/reports/],
  ];
  for (const [what, args, message] of cannotRun) {
    test(`2 for ${what}, saying why`, async () => {
      const run = await cli(args);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
  }

  test('0 with clean JSON on stdout when the site passes the gate', async () => {
    const run = await cli([`${server.origin}/site/index.html`, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /passed the gate/);
    const report = JSON.parse(run.stdout) as AuditReport;
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(Object.keys(report.summary).sort(), ['coverage', 'profile', 'profiles', 'score', 'verdict', 'vetoes']);
    assert.deepEqual(Object.keys(report.summary.profiles).sort(), ['all', 'elder', 'gbt37668', 'gov']);
    const [page] = report.pages;
    assert.equal(page.url, `${server.origin}/site/index.html`);
    assert.equal(page.error, null);
    for (const key of ['finalUrl', 'score', 'verdict', 'profiles', 'partial', 'findings']) assert.ok(key in page, key);
  });

  test('1 when a veto item fails, saying which', async () => {
    const run = await cli([`${server.origin}/checks/elder-noads.fail.html`, '--format', 'json']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /veto items failed: ELDER-NOADS/);
    const finding = (JSON.parse(run.stdout) as AuditReport).pages[0].findings.find((f) => f.id === 'elder-noads');
    assert.deepEqual(
      { outcome: finding?.outcome, source: finding?.source, requirements: finding?.requirements, nodes: finding?.nodes.length },
      { outcome: 'fail', source: 'carebar', requirements: ['ELDER-NOADS'], nodes: 1 },
    );
  });

  test('1 under --fail-on fail when any finding fails, and --fail-under', async () => {
    const url = `${server.origin}/checks/elder-text.fail.html`;
    assert.equal((await cli([url, '--fail-on', 'fail', '--format', 'json'])).code, 1);
    const strict = await cli([url, '--fail-under', '100', '--format', 'json']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /below 100/);
  });
});

describe('carebar-audit and its Chrome', () => {
  const hasLangFailure = (report: AuditReport) => report.pages[0].findings.some((f) => f.id === 'html-has-lang' && f.outcome === 'fail');

  test('passes --chrome-arg flags to the browser it launches, beside its own', async () => {
    const url = `${server.origin}/cli/user-agent.html`;
    const plain = await cli([url, '--format', 'json']);
    assert.equal(hasLangFailure(JSON.parse(plain.stdout) as AuditReport), true, 'the page loses its language without the flag');
    const flagged = await cli([url, '--format', 'json', '--chrome-arg', '--user-agent=carebar-flag-probe']);
    assert.equal(flagged.code, 0, flagged.stderr);
    assert.equal(hasLangFailure(JSON.parse(flagged.stdout) as AuditReport), false);
  });

  test('exits 2 when --chrome-path is not a browser, saying what to do', async () => {
    const run = await cli([`${server.origin}/cli/user-agent.html`, '--chrome-path', 'no/such/chrome']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /the Chrome path .*no\/such\/chrome is not an executable file[\s\S]*apt-get install -y chromium/);
  });
});

describe('carebar-audit formats', () => {
  test('several formats go to one directory, each one well-formed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carebar-audit-'));
    const run = await cli([`${server.origin}/checks/gov-links.fail.html`, '--format', 'json,html', '-f', 'junit', '-f', 'sarif,csv,text', '--output', dir, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    assert.equal((JSON.parse(read('report.json')) as AuditReport).pages.length, 1);
    assert.match(read('report.html'), /^<!doctype html>[\s\S]*<html lang="en">[\s\S]*data:image\/jpeg;base64,/);
    assert.match(read('report.xml'), /<testsuites[\s\S]*<failure message="1 links[^"]*" type="serious">/);
    const sarif = JSON.parse(read('report.sarif')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'gov-links' && r.level === 'error'));
    assert.match(read('report.csv'), /^\uFEFF"url","score","verdict","id"/);
    assert.match(read('report.txt'), /✗ \[fail\] gov-links \(GOV-LINKS\) 1 links/);
  });

  test('text in Chinese by default, to stdout', async () => {
    const run = await cli([`${server.origin}/checks/elder-zone.fail.html`]);
    assert.match(run.stdout, /^carebar 无障碍与适老化审计报告/);
    assert.match(run.stdout, /首页没有长者专区/);
  });
});

describe('carebar-audit config', () => {
  const fakeReport = (options: AuditOptions): AuditReport => reportFixture({ profile: options.profile ?? 'all', score: 55, verdict: '不合格' });

  const runInProcess = async (cwd: string, argv: string[]) => {
    const seen: { urls?: AuditInput | AuditInput[]; options?: AuditOptions; stdout: string; stderr: string; code?: number } = { stdout: '', stderr: '' };
    const program = buildProgram({
      cwd,
      audit: (urls, options = {}) => {
        Object.assign(seen, { urls, options });
        return Promise.resolve(fakeReport(options));
      },
      stdout: (text) => void (seen.stdout += text),
      stderr: (text) => void (seen.stderr += text),
      setExitCode: (code) => void (seen.code = code),
    });
    await program.parseAsync(argv, { from: 'user' });
    return seen;
  };

  /** A config with every kind of setting that has no flag, as a team would write it. */
  const teamConfig = {
    inputs: [
      'https://www.example.gov.cn/',
      { url: 'https://www.example.gov.cn/login', timeout: 60000, viewport: '375x667', ignore: ['color-contrast'], actions: [{ fill: '#user', value: 'me' }, { click: 'button[type=submit]' }, { script: 'steps/login.mjs' }] },
    ],
    ignore: ['elder-keys'],
    hideElements: ['#amap', '.ad, .banner'],
    session: true,
    format: 'json',
  };

  test('reads JSON, a JavaScript module or a "carebar" key in package.json, found from a subfolder upwards', async () => {
    const forms: Array<[string, string]> = [
      ['carebar.config.json', JSON.stringify(teamConfig)],
      ['carebar.config.mjs', `export default ${JSON.stringify(teamConfig)};`],
      ['package.json', JSON.stringify({ name: 'site', private: true, carebar: teamConfig })],
    ];
    for (const [file, text] of forms) {
      const root = mkdtempSync(join(tmpdir(), 'carebar-config-'));
      writeFileSync(join(root, file), text);
      const cwd = join(root, 'docs', 'pages');
      mkdirSync(cwd, { recursive: true });
      const seen = await runInProcess(cwd, []);
      assert.equal(seen.code, 0, `${file}: ${seen.stderr}`);
      assert.deepEqual(seen.urls, [
        'https://www.example.gov.cn/',
        {
          url: 'https://www.example.gov.cn/login',
          timeout: 60000,
          viewport: { width: 375, height: 667 },
          ignore: ['color-contrast'],
          actions: [{ fill: '#user', value: 'me' }, { click: 'button[type=submit]' }, { script: join(root, 'steps/login.mjs') }],
        },
      ], `${file}: a URL's own options, checked, and its script found beside the config`);
      assert.deepEqual(seen.options?.ignore, ['elder-keys'], file);
      assert.deepEqual(seen.options?.hideElements, ['#amap', '.ad, .banner'], file);
      assert.equal(seen.options?.session, true, file);
    }
  });

  test("a wrong key or value in a URL's options or steps names the file, the key and what is allowed", async () => {
    const wrong: Array<[unknown, RegExp]> = [
      [{ inputs: [{ url: 'https://a.example/', concurrency: 2 }] }, /inputs\[0\] in .*carebar\.config\.json has "concurrency": a URL may set only actions, timeout, waitFor, viewport/],
      [{ inputs: [{ url: 'https://a.example/', timeout: 'soon' }] }, /"timeout" in inputs\[0\] in .*carebar\.config\.json: Expected a whole number/],
      [{ inputs: ['https://a.example/'], actions: [{ click: '#go' }, { clack: '#x' }] }, /"actions" in .*carebar\.config\.json: step 2 is \{"clack":"#x"\}; each step is one of \{ "navigate": url \}/],
      [{ inputs: ['https://a.example/'], session: 'yes' }, /"session" in .*carebar\.config\.json must be true or false/],
      [{ inputs: ['https://a.example/'], hideElement: ['#x'] }, /unknown key "hideElement"/],
    ];
    for (const [config, message] of wrong) {
      const cwd = mkdtempSync(join(tmpdir(), 'carebar-config-'));
      writeFileSync(join(cwd, 'carebar.config.json'), JSON.stringify(config));
      const seen = await runInProcess(cwd, []);
      assert.equal(seen.code, 2, JSON.stringify(config));
      assert.match(seen.stderr, message);
      assert.equal(seen.urls, undefined, 'nothing is audited');
    }
  });

  test('defaults < carebar.config.json < flags', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'carebar-config-'));
    const config = { inputs: ['https://www.example.gov.cn/'], profile: 'gov', format: 'json', failUnder: 50, header: { 'X-Audit': 'yes' }, elder: true };
    writeFileSync(join(cwd, 'carebar.config.json'), JSON.stringify(config));
    const seen = await runInProcess(cwd, ['--profile', 'elder']);
    assert.deepEqual(seen.urls, ['https://www.example.gov.cn/']);
    assert.equal(seen.options?.profile, 'elder', 'the flag wins over the config');
    assert.deepEqual(seen.options?.headers, { 'X-Audit': 'yes' });
    assert.equal(seen.options?.elder, true);
    assert.equal(seen.options?.timeout, 30000, 'defaults where neither says');
    assert.equal(seen.options?.lang, 'zh-CN');
    assert.equal((JSON.parse(seen.stdout) as AuditReport).summary.profile, 'elder', 'format json from the config');
    assert.equal(seen.code, 0, 'failUnder 50 from the config lets 55 pass');
  });

  test('a config value is checked like the flag', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'carebar-config-'));
    writeFileSync(join(cwd, 'carebar.config.json'), JSON.stringify({ inputs: ['x.html'], failOn: 'sometimes' }));
    const seen = await runInProcess(cwd, []);
    assert.equal(seen.code, 2);
  });
});

describe('carebar-audit progress', () => {
  /** An audit of 25 pages that finish at once, as the library reports them. */
  const audit25 = (_urls: AuditInput | AuditInput[], options: AuditOptions = {}): Promise<AuditReport> => {
    for (let done = 1; done <= 25; done++) {
      options.logger?.info(`[${done}/25] http://127.0.0.1/${done}`);
      options.onProgress?.(done, 25);
    }
    return Promise.resolve(reportFixture());
  };

  const stderrOf = async (argv: string[], terminal: boolean) => {
    let stderr = '';
    const program = buildProgram({
      cwd: mkdtempSync(join(tmpdir(), 'carebar-progress-')),
      audit: audit25,
      progress: terminal,
      stdout: () => {},
      stderr: (text) => void (stderr += text),
      setExitCode: () => {},
    });
    await program.parseAsync(['node', 'carebar-audit', 'http://127.0.0.1/', '--format', 'json', ...argv]);
    return stderr;
  };

  test('says every 10 pages how many are done and to go when stderr is not a terminal, as in CI', async () => {
    const lines = (await stderrOf([], false)).split('\n').filter((line) => line.includes('pages done'));
    assert.deepEqual(
      lines.map((line) => line.replace(/, about .* left$/, '')),
      ['carebar-audit: 10/25 pages done, 15 to go', 'carebar-audit: 20/25 pages done, 5 to go', 'carebar-audit: 25/25 pages done, 0 to go'],
    );
    assert.match(lines[0], /, about \d+ s left$/);
  });

  test('shows each page on a terminal, and nothing of either with --quiet', async () => {
    assert.match(await stderrOf([], true), /\[1\/25\] http:\/\/127\.0\.0\.1\/1\n[\s\S]*\[25\/25\]/);
    for (const terminal of [true, false]) {
      const stderr = await stderrOf(['--quiet'], terminal);
      assert.doesNotMatch(stderr, /pages done|\[1\/25\]/);
      assert.match(stderr, /nothing to gate/, 'what is not progress still shows');
    }
  });

  test('says where it is after 30 s without a line, however slow the pages', () => {
    let now = 0;
    const lines: string[] = [];
    const log = new ProgressLog((line) => lines.push(line), () => now);
    now = 20_000;
    log.update(1, 200);
    log.tick();
    assert.deepEqual(lines, []);
    now = 30_000;
    log.tick();
    assert.deepEqual(lines, ['carebar-audit: 1/200 pages done, 199 to go, about 1 h 40 min left\n']);
    now = 45_000;
    log.tick();
    assert.equal(lines.length, 1, 'not again before another 30 s');
  });
});
