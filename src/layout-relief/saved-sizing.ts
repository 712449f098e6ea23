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

/** What a rule fixes: its height, a length, and whether it fixes the rest (what it does not is left out, to save less). */
export interface Sizing {
  height?: string;
  maxHeight?: true;
  nowrap?: true;
  clamp?: true;
  pinned?: true;
}

/** Sizing rules by selector. */
export type SizingRules = Array<[selector: string, sizing: Sizing]>;

type Entry = [key: string, rules: SizingRules, savedAt: number];

/** Positions that pin a box to the window. */
export const PINNED = /fixed|sticky/i;

/** What `sheets` depend on: each one's address (or its text's length) and its number of rules. */
export function sheetsKey(sheets: CSSStyleSheet[]): string {
  return sheets.map((sheet) => `${sheet.href ?? sheet.ownerNode?.textContent?.length}:${sheet.cssRules.length}`).join(' ');
}

/** The rules saved for the stylesheets of `key` within the hour, if any. */
export function savedSizing(key: string): SizingRules | undefined {
  const entry = entries().find(([saved, , savedAt]) => saved === key && Date.now() - savedAt < HOUR_MS);
  return entry?.[1];
}

export function saveSizing(key: string, rules: SizingRules): void {
  const kept = [[key, rules, Date.now()] as Entry, ...entries().filter(([saved]) => saved !== key)].slice(0, KEPT);
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

/**
 * The elements that the site pins to the window (fixed or sticky), by its saved rules and by their style
 * attributes; found without reading the page's layout. Nothing where no rules are saved
 * for the page's stylesheets as they are now, or where one of them cannot be read.
 */
export function savedPinned(doc: Document): Element[] | undefined {
  const sheets = [...doc.styleSheets];
  const rules = sheets.every(rulesOf) ? savedSizing(sheetsKey(sheets)) : undefined;
  return rules && pinnedBy(rules, doc.body, [...doc.body.querySelectorAll('[style]')]);
}

/** The elements in `body` that `rules`, or their style attributes among `styled`, pin to the window. */
export function pinnedBy(rules: SizingRules, body: Element, styled: Element[]): Element[] {
  return [...rules.filter(([, fixed]) => fixed.pinned).flatMap(([selector]) => [...matching(body, selector)]), ...styled.filter((el) => PINNED.test(el.getAttribute('style')!))];
}

/** The elements that `selector` matches in `root`; none for a selector that only stylesheets take, such as `:host`. */
export function matching(root: Element, selector: string): Iterable<Element> {
  try {
    return root.querySelectorAll(selector);
  } catch {
    return [];
  }
}

/** A stylesheet's rules, or null where another origin's cannot be read. */
export function rulesOf(sheet: CSSStyleSheet): CSSRuleList | null {
  try {
    return sheet.cssRules;
  } catch {
    return null;
  }
}

function entries(): Entry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SIZING_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry: unknown): entry is Entry => Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray(entry[1])) : [];
  } catch {
    return [];
  }
}
