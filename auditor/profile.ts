import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
import type { Lang } from './types.js';

/** One scored indicator: a requirement id from standards.md and what it is worth. */
export interface Indicator {
  id: string;
  /** Points out of the profile's 100; 0 for advice: reported, never scored or gated on (A11Y-L3, A11Y-BP). */
  weight: number;
  /** A failure here makes the verdict 不合格 whatever the points (单项否决). */
  veto?: boolean;
  /** Deduct `points` per failing finding or node, up to the weight, instead of the whole weight at once. */
  deduct?: { per: 'finding' | 'node'; points: number };
  /** What a person must still check, where the automated check covers the indicator only in part. */
  manual?: Record<Lang, string>;
}

/** A scoring profile (standards.md §5): plain data that users can copy and edit. */
export interface Profile {
  name: string;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  /** The score a 合格 verdict needs. */
  passMark: number;
  /** The share of an indicator's weight a `review` earns: it is neither a pass nor a fail. */
  reviewCredit: number;
  indicators: Indicator[];
  /** Overrides of the checks' numbers, for the [S] defaults of standards.md. */
  thresholds?: Partial<Thresholds>;
}

export const BUILTIN_PROFILES = ['all', 'gbt37668', 'elder', 'gov'] as const;

/** The requirement ids a profile scores: all that a run under it needs to check. */
export function scoredRequirements(profile: Profile): Set<string> {
  return new Set(profile.indicators.map((indicator) => indicator.id));
}

/** The profiles shipped in the package's `auditor/profiles/`, found the same way from source and from dist. */
const PROFILE_DIR = join(dirname(createRequire(import.meta.url).resolve('carebar/package.json')), 'auditor', 'profiles');

/** Loads a built-in profile by name, or a profile file by path, and checks its shape. */
export async function loadProfile(nameOrPath: string): Promise<Profile> {
  const builtin = (BUILTIN_PROFILES as readonly string[]).includes(nameOrPath);
  const path = builtin ? join(PROFILE_DIR, `${nameOrPath}.json`) : nameOrPath;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `it is not valid JSON (${error.message})` : 'it cannot be read';
    throw new Error(`Profile "${nameOrPath}" is neither a built-in profile (${BUILTIN_PROFILES.join(', ')}) nor a usable file: ${reason}.`, { cause: error });
  }
  return validateProfile(data, path);
}

function validateProfile(data: unknown, path: string): Profile {
  const profile = data as Profile;
  const problems = [
    typeof profile?.name !== 'string' && '"name" must be a string',
    typeof profile?.passMark !== 'number' && '"passMark" must be a number',
    !(profile?.reviewCredit >= 0 && profile.reviewCredit <= 1) && '"reviewCredit" must be a number from 0 to 1',
    !(Array.isArray(profile?.indicators) && profile.indicators.length) && '"indicators" must be a non-empty array',
    ...(Array.isArray(profile?.indicators) ? profile.indicators : []).map(
      (indicator, i) => !(typeof indicator?.id === 'string' && indicator.weight >= 0) && `indicators[${i}] needs an "id" and a "weight" of 0 or more`,
    ),
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length) throw new Error(`Profile ${path} is not valid: ${problems.join('; ')}.`);
  return { ...profile, title: profile.title ?? { 'zh-CN': profile.name, en: profile.name }, description: profile.description ?? { 'zh-CN': '', en: '' } };
}

/** The checks' numbers under a profile. */
export function thresholdsOf(profile: Profile): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...profile.thresholds };
}
