// From pages to a report: the site's summary is always computed here, from the pages' scores, so that a
// finished run, a partial one (an interrupted run's journal) and a merge of shards agree to the point.
import { AXE_REQUIREMENTS } from './axe-rules.js';
import { CHECKS } from './checks/index.js';
import { BUILTIN_PROFILES, loadProfile, scoredRequirements, type Profile } from './profile.js';
import { coverageOf, scorePage, scoreSite } from './scoring.js';
import { AuditSetupError } from './targets.js';
import { TOOL } from './tool.js';
import type { AuditReport, PageReport, ProfileResult, Shard } from './types.js';

/** Every requirement id that some automated check bears on, for the coverage table. */
const AUTOMATED = new Set([...AXE_REQUIREMENTS, ...CHECKS.flatMap((check) => check.requirements)]);

/**
 * The profiles a report scores: the chosen one first, then the other built-ins whose every indicator
 * it scores too. A run checks only what the chosen profile needs, so these are the ones it can score
 * in full: under `all`, every built-in; under `gov`, `gov` alone.
 */
export async function loadProfiles(chosen: string): Promise<Profile[]> {
  try {
    const profile = await loadProfile(chosen);
    const needed = scoredRequirements(profile);
    const others = await Promise.all(BUILTIN_PROFILES.filter((name) => name !== profile.name).map(loadProfile));
    return [profile, ...others.filter((other) => other.indicators.every((indicator) => needed.has(indicator.id)))];
  } catch (error) {
    throw new AuditSetupError(error instanceof Error ? error.message : String(error));
  }
}

export interface ReportOptions {
  /** A built-in profile name or a profile file's path. Default `all`. */
  profile?: string;
  /** Keep `pass` findings in the report. */
  includePasses?: boolean;
  /** The shard these pages are of, when the audit was split. */
  shard?: Shard;
  /** The run did not finish: pages it set out to audit are missing. */
  partial?: boolean;
  /** The rule and check ids the run was told to leave out. */
  ignore?: readonly string[];
}

/** What a report says of the run it comes from. */
type RunOf = Pick<AuditReport, 'shard' | 'partial'> & { ignored: readonly string[] };

/**
 * The report of pages as they were audited, with every finding (passes included): scores each page under
 * every profile, then the site; passes are dropped after scoring unless asked for. This is how a run
 * ends, and how an interrupted run's journal becomes a valid report.
 */
export async function reportOf(pages: readonly PageReport[], { profile = 'all', includePasses = false, shard, partial = false, ignore = [] }: ReportOptions = {}): Promise<AuditReport> {
  return buildReport(pages, await loadProfiles(profile), includePasses, { shard: shard ?? null, partial, ignored: ignore });
}

/** `reportOf()` with the profiles loaded, the chosen one first. */
export function buildReport(pages: readonly PageReport[], profiles: readonly Profile[], includePasses: boolean, run: RunOf): AuditReport {
  const scored = pages.map((page) => {
    const scores = new Map(profiles.map((p) => [p.name, scorePage(page, p)] as [string, ProfileResult]));
    const own = scores.get(profiles[0].name)!;
    return {
      ...page,
      score: own.score,
      verdict: own.verdict,
      vetoes: own.vetoes,
      profiles: Object.fromEntries(scores),
      findings: includePasses ? page.findings : page.findings.filter((f) => f.outcome !== 'pass'),
    };
  });
  return summarise(scored, profiles, run);
}

export interface MergeOptions {
  /** The profile the results were scored under, when it is a file of one's own. */
  profile?: string;
  /** Merge even where shards are missing or did not finish: the report is then `partial`. */
  allowPartial?: boolean;
}

/**
 * One report from several (shards of one audit): the pages of all, in URL order, and the site's summary
 * computed from their scores exactly as a single run's would be. The pages keep their own scores, so
 * that results without passes merge as well as results with them. Shards of one split must all be
 * there, once each, and finished; without them the merge is refused, unless `allowPartial`.
 */
export async function mergeReports(reports: readonly AuditReport[], { profile, allowPartial = false }: MergeOptions = {}): Promise<AuditReport> {
  const [first] = reports;
  if (!first) throw new AuditSetupError('Nothing to merge: give at least one JSON result.');
  const gaps = shardGaps(reports);
  if (gaps.length && !allowPartial) {
    throw new AuditSetupError(`${gaps.join('; ')}. Merge every shard of a finished audit, or give --allow-partial for a report marked partial.`);
  }
  const chosen = first.summary.profile;
  const other = reports.find((report) => report.summary.profile !== chosen);
  if (other) throw new AuditSetupError(`The results were scored under different profiles (${chosen} and ${other.summary.profile}); merge results of one audit.`);
  const profiles = await loadProfiles(profile ?? chosen);
  if (profiles[0].name !== chosen) throw new AuditSetupError(`The results were scored under the profile "${chosen}", not "${profiles[0].name}".`);
  const unscored = reports.flatMap((report) => report.pages).find((page) => profiles.some((p) => !Array.isArray(page.profiles[p.name]?.vetoes)));
  if (unscored) throw new AuditSetupError(`${unscored.url} has no vetoes under every profile: merge JSON results of carebar-audit ${TOOL.version}.`);
  const pages = reports.flatMap((report) => report.pages).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const twice = pages.find((page, i) => i > 0 && pages[i - 1].url === page.url);
  if (twice) throw new AuditSetupError(`${twice.url} is in more than one result: shards of one audit never share a page.`);
  // Reports of earlier versions have no `ignored`.
  const ignored = reports.flatMap((report) => report.summary.coverage.ignored ?? []);
  return summarise(pages, profiles, { shard: null, partial: gaps.length > 0, ignored });
}

/**
 * What keeps results from making up a whole audit: shards missing or unfinished. Results that cannot
 * be one audit at all (shards of different splits, a shard given twice) are refused outright.
 */
function shardGaps(reports: readonly AuditReport[]): string[] {
  const named = (shard: Shard) => `${shard.index}/${shard.count}`;
  // Reports of earlier versions say neither: taken as whole, finished runs.
  const shards = reports.map((report) => report.shard ?? null);
  const split = shards.find((shard) => shard !== null);
  const gaps = reports.filter((report) => report.partial).map((report) => `${report.shard ? `shard ${named(report.shard)}` : 'a result'} did not finish`);
  if (!split) return gaps;
  if (shards.some((shard) => shard === null)) throw new AuditSetupError('A whole audit and shards of one cannot be merged: give the results of one split.');
  const other = shards.find((shard) => shard!.count !== split.count);
  if (other) throw new AuditSetupError(`The shards are of different splits (${named(split)} and ${named(other)}): give the results of one split.`);
  const given = shards.map((shard) => shard!.index);
  const twice = given.find((index, i) => given.indexOf(index) !== i);
  if (twice) throw new AuditSetupError(`Shard ${twice}/${split.count} is given twice.`);
  const missing = Array.from({ length: split.count }, (_, i) => i + 1).filter((index) => !given.includes(index));
  if (missing.length) gaps.unshift(`shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${split.count}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
  return gaps;
}

/** The report around pages already scored: the site's score under each profile, from its pages' scores. */
function summarise(pages: PageReport[], profiles: readonly Profile[], { ignored, ...run }: RunOf): AuditReport {
  const siteScores = profiles.map((profile) => [profile.name, scoreSite(pages.map((page) => page.profiles[profile.name]), profile)] as const);
  const [[chosenName, site]] = siteScores;
  return {
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    generatedAt: new Date().toISOString(),
    ...run,
    summary: {
      profile: chosenName,
      score: site.score,
      verdict: site.verdict,
      vetoes: site.vetoes,
      profiles: Object.fromEntries(siteScores),
      coverage: { ...coverageOf(profiles[0], AUTOMATED), ignored: [...new Set(ignored)].sort() },
    },
    pages,
  };
}
