import { STORAGE_KEY } from '../core/settings.js';

/**
 * The sizing rules that the relief found in a site's stylesheets, saved for the visitor's next page
 * load: reading a large stylesheet's rules costs more than the rest of a pass, and a returning visitor
 * with larger text saved would pay it as every page loads. Saved under `carebar:v1:relief` for a few
 * sets of stylesheets, by their addresses and numbers of rules; read again once they are an hour old,
 * which catches a rule changed in place.
 */
const SIZING_KEY = `${STORAGE_KEY}:relief`;
/** Sets of stylesheets kept: most sites have one or two. */
const KEPT = 4;
/** The most characters saved, all sets together. */
const MAX_LENGTH = 32_768;
const HOUR_MS = 3_600_000;

type Entry<T> = [key: string, rules: T, savedAt: number];

/** What `sheets` depend on: each one's address (or its text's length) and its number of rules. */
export function sheetsKey(sheets: CSSStyleSheet[]): string {
  return sheets.map((sheet) => `${sheet.href ?? sheet.ownerNode?.textContent?.length}:${sheet.cssRules.length}`).join(' ');
}

/** The rules saved for the stylesheets of `key` within the hour, if any. */
export function savedSizing<T>(key: string): T | undefined {
  const entry = entries<T>().find(([saved, , savedAt]) => saved === key && Date.now() - savedAt < HOUR_MS);
  return entry?.[1];
}

export function saveSizing<T>(key: string, rules: T): void {
  const kept = [[key, rules, Date.now()] as Entry<T>, ...entries<T>().filter(([saved]) => saved !== key)].slice(0, KEPT);
  try {
    while (kept.length && JSON.stringify(kept).length > MAX_LENGTH) kept.pop();
    localStorage.setItem(SIZING_KEY, JSON.stringify(kept));
  } catch {
    // Blocked storage or a full quota: the rules are read again on the next page.
  }
}

/** Removes what was saved, as `reset()` does with every setting. */
export function forgetSizing(): void {
  try {
    localStorage.removeItem(SIZING_KEY);
  } catch {
    // As above.
  }
}

function entries<T>(): Array<Entry<T>> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SIZING_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry: unknown): entry is Entry<T> => Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray(entry[1])) : [];
  } catch {
    return [];
  }
}
