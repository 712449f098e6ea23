/**
 * carebar-audit beside bare axe-core (every rule on) on the W3C ACT rules' test cases, in one run (issue 20):
 * for each ACT rule that axe-core implements, whether each auditor agrees with each of its examples. An
 * auditor agrees with a failed example when it reports a failure of the rule's requirement there, and with a
 * passed or inapplicable example when it reports none. A failure of an axe rule reports an ACT rule's
 * requirement when axe names that rule as implementing it; a failure of one of carebar's own checks, which
 * name no ACT rule, when it bears on one of the rule's WCAG criteria. (An axe rule of another level of the same
 * criterion, such as AAA contrast on a passed example of the AA contrast rule, does not: a passed example
 * says nothing of AAA.)
 *
 * It also scores carebar alone on the ACT rules that axe-core does not implement but one of carebar's own
 * checks bears on (by WCAG criterion), such as keyboard traps and visible focus.
 *
 * Usage: `npm start --prefix bench/fidelity` (the cases in ../shared/act beside the repository, or `-- --act <dir>`).
 * `-- --rule <ACT id>` (repeatable) runs only those rules' cases, and `-- --list` prints every case an auditor
 * disagreed on. It prints and asserts nothing: it measures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RunOptions } from 'axe-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { criteriaOf } from '../../auditor/axe-rules.js';
import { CHECKS, CHROME_ARGS, NO_CHROME_MESSAGE, audit, findChrome } from '../../auditor/index.js';
import { serve } from '../../scripts/serve.mjs';

interface ActRule {
  id: string;
  name: string;
  wcag: string[];
}
interface ActCase {
  rule: string;
  expected: 'passed' | 'failed' | 'inapplicable';
  file: string;
  needsScript?: boolean;
}
/** A failure an auditor reported on a page: its rule or check, and the WCAG criteria it bears on. */
interface Failure {
  id: string;
  source: 'axe' | 'carebar';
  wcag: readonly string[];
}

const { values } = parseArgs({
  options: { act: { type: 'string' }, concurrency: { type: 'string', default: '2' }, rule: { type: 'string', multiple: true }, list: { type: 'boolean' } },
});
const actDir = resolve(values.act ?? join(import.meta.dirname, '../../../shared/act'));
const concurrency = Number(values.concurrency);
const { rules, cases, commit } = JSON.parse(readFileSync(join(actDir, 'testcases.json'), 'utf8')) as { rules: ActRule[]; cases: ActCase[]; commit: string };

// axe-core names the ACT rules each of its rules implements only in its internal rule objects.
const axe = createRequire(import.meta.url)('axe-core') as typeof import('axe-core') & { _audit: { rules: Array<{ id: string; actIds?: string[] }> } };
const implementers = new Map<string, string[]>();
for (const rule of axe._audit.rules) for (const actId of rule.actIds ?? []) implementers.set(actId, [...(implementers.get(actId) ?? []), rule.id]);
const ruleOf = new Map(rules.map((rule) => [rule.id, rule]));
const asked = cases.filter((c) => !values.rule || values.rule.includes(c.rule));
const chosen = asked.filter((c) => implementers.has(c.rule));
const carebarCriteria = new Set(CHECKS.flatMap((check) => [...check.wcag]));
const beyond = asked.filter((c) => !implementers.has(c.rule) && ruleOf.get(c.rule)?.wcag.some((criterion) => carebarCriteria.has(criterion)));

const executablePath = await findChrome();
if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
const site = await serve({ '/': actDir });
const urlOf = (c: ActCase) => `${site.origin}/${c.file}`;
const urls = chosen.map(urlOf);

/** carebar-audit as a pipeline runs it: the default profile, every check it scores. */
async function carebarFailures(): Promise<Failure[][]> {
  const report = await audit([...chosen, ...beyond].map(urlOf), { concurrency, chromePath: executablePath ?? undefined });
  return report.pages.map((page) => page.findings.filter((f) => f.outcome === 'fail'));
}

/** axe-core bare, every rule on, each page in a fresh tab as its README shows. */
async function bareAxeFailures(browser: Browser): Promise<Failure[][]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const everyRule: RunOptions = { rules: Object.fromEntries(axe.getRules().map((rule) => [rule.ruleId, { enabled: true }])), resultTypes: ['violations'] };
  const results: Failure[][] = new Array<Failure[]>(urls.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < urls.length; i = next++) {
      const page = await browser.newPage();
      try {
        await page.goto(urls[i], { waitUntil: 'load', timeout: 30_000 });
        await Promise.all(page.frames().map((frame) => frame.evaluate(source).catch(() => undefined)));
        const found = await page.evaluate((options) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options), everyRule);
        results[i] = found.violations.map((rule) => ({ id: rule.id, source: 'axe', wcag: criteriaOf(rule.tags) }));
      } catch {
        results[i] = [];
      } finally {
        await page.close();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Whether an auditor's failures on a case's page report its rule's requirement. */
const flags = (failures: Failure[], c: ActCase) => {
  const rule = ruleOf.get(c.rule);
  return failures.some((f) => (f.source === 'axe' ? (implementers.get(c.rule) ?? []).includes(f.id) : f.wcag.some((criterion) => rule?.wcag.includes(criterion))));
};

interface Score {
  agreed: number;
  caught: number;
  falseFlags: number;
  /** Per ACT rule: the cases it disagreed on. */
  misses: Map<string, number>;
  /** The case files it disagreed on, with the failures it reported there. */
  disagreed: string[];
}
function score(failures: Failure[][], scored: readonly ActCase[] = chosen): Score {
  const result: Score = { agreed: 0, caught: 0, falseFlags: 0, misses: new Map(), disagreed: [] };
  scored.forEach((c, i) => {
    const flagged = flags(failures[i] ?? [], c);
    const agrees = c.expected === 'failed' ? flagged : !flagged;
    if (agrees) result.agreed++;
    else {
      result.misses.set(c.rule, (result.misses.get(c.rule) ?? 0) + 1);
      result.disagreed.push(`${c.file} [${(failures[i] ?? []).map((f) => f.id).join(' ')}]`);
    }
    if (c.expected === 'failed' && flagged) result.caught++;
    if (c.expected !== 'failed' && flagged) result.falseFlags++;
  });
  return result;
}

const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
try {
  const failedCount = chosen.filter((c) => c.expected === 'failed').length;
  console.log(`ACT rules' test cases (commit ${commit.slice(0, 7)}): ${chosen.length} cases of the ${implementers.size} rules that axe-core ${axe.version} implements`);
  console.log(`(${failedCount} failed examples, ${chosen.length - failedCount} passed or inapplicable; ${chosen.filter((c) => c.needsScript).length} need a script left out of the cases)\n`);
  const started = Date.now();
  const bare = score(await bareAxeFailures(browser));
  const bareSeconds = (Date.now() - started) / 1000;
  const carebarPages = await carebarFailures();
  const carebar = score(carebarPages.slice(0, chosen.length));
  const carebarBeyond = score(carebarPages.slice(chosen.length), beyond);
  const carebarSeconds = (Date.now() - started) / 1000 - bareSeconds;
  const row = (name: string, s: Score, seconds: number) =>
    `${name.padEnd(34)} ${String(s.agreed).padStart(6)} / ${chosen.length}  ${String(s.caught).padStart(6)} / ${failedCount}  ${String(s.falseFlags).padStart(11)}  ${seconds.toFixed(0).padStart(7)}`;
  console.log(`${'auditor'.padEnd(34)} ${'agreed'.padStart(14)} ${'caught (failed)'.padStart(15)}  ${'false flags'.padStart(11)}  ${'seconds'.padStart(7)}`);
  console.log(row('bare axe-core, every rule', bare, bareSeconds));
  console.log(row('carebar-audit (profile all)', carebar, carebarSeconds));
  console.log('\nWhere they differ, by ACT rule (cases not agreed on: bare axe-core / carebar):');
  const ids = [...new Set([...bare.misses.keys(), ...carebar.misses.keys()])].filter((id) => bare.misses.get(id) !== carebar.misses.get(id));
  for (const id of ids.sort()) console.log(`  ${id} ${ruleOf.get(id)?.name ?? ''}: ${bare.misses.get(id) ?? 0} / ${carebar.misses.get(id) ?? 0}`);
  const most = [...carebar.misses].sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log('\ncarebar\'s most missed ACT rules:');
  for (const [id, count] of most) console.log(`  ${id} ${ruleOf.get(id)?.name ?? ''} (${implementers.get(id)!.join(', ')}): ${count}`);
  if (values.list) {
    console.log('\nCases bare axe-core disagreed on:\n  ' + bare.disagreed.join('\n  '));
    console.log('\nCases carebar disagreed on:\n  ' + carebar.disagreed.join('\n  '));
  }
  console.log(`\ncarebar alone on the ACT rules axe-core does not implement, where one of its checks bears on the rule's criteria:`);
  for (const id of [...new Set(beyond.map((c) => c.rule))]) {
    const ruleCases = beyond.filter((c) => c.rule === id);
    const s = score(carebarPages.slice(chosen.length).filter((_, i) => beyond[i].rule === id), ruleCases);
    const failed = ruleCases.filter((c) => c.expected === 'failed').length;
    console.log(`  ${id} ${ruleOf.get(id)?.name ?? ''} (${ruleOf.get(id)?.wcag.join(', ')}): agreed ${s.agreed} / ${ruleCases.length}, caught ${s.caught} / ${failed}, false flags ${s.falseFlags}`);
  }
  console.log(`  in all: agreed ${carebarBeyond.agreed} / ${beyond.length}, caught ${carebarBeyond.caught} / ${beyond.filter((c) => c.expected === 'failed').length}, false flags ${carebarBeyond.falseFlags}`);
  if (values.list) console.log('  cases carebar disagreed on:\n    ' + carebarBeyond.disagreed.join('\n    '));
  console.log('\nGoals (issue 20):');
  const more = carebar.agreed - bare.agreed;
  console.log(`cases agreed, carebar − bare axe-core      ${String(more).padStart(5)}        goal ≥ 12   ${more >= 12 ? 'met' : 'not met'}`);
  console.log(`false flags, carebar − bare axe-core       ${String(carebar.falseFlags - bare.falseFlags).padStart(5)}        goal ≤ 0    ${carebar.falseFlags <= bare.falseFlags ? 'met' : 'not met'}`);
} finally {
  await browser.close();
  await site.close();
}
