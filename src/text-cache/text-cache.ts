import { STORAGE_KEY } from '../core/settings.js';

/**
 * The `text` feature's twins, saved for a returning visitor's next page load: used at once instead
 * of reading the site's rules again (most of the feature's start-up cost on a large stylesheet).
 * They are checked against the rules again, when the browser is idle, once they are an hour old:
 * a change of a stylesheet's address or of its number of rules shows at once, a size changed in
 * place within the hour. Saved under `carebar:v1:text` for a few pages of the site, 64 KB at most,
 * and removed when text is turned off.
 */
export const TWINS_KEY = `${STORAGE_KEY}:text`;
/** Pages of a site whose twins are kept: its home page, its article pages and the like. */
const PAGES = 4;
/**
 * The most characters saved under the key, all pages together: the site's storage is the site's,
 * 5 MB an origin that its own scripts share.
 */
const MAX_LENGTH = 65_536;
const HOUR_MS = 3_600_000;

/** Twins as `text` adds them: the CSS, and the selectors of the site's `!important` size rules. */
export interface Twins {
  css: string;
  forced: string[];
}

export interface SavedTwins extends Twins {
  /** Whether they were checked against the site's rules within the hour. */
  checked: boolean;
}

type Entry = [key: string, css: string, forced: string[], checkedAt: number];

/**
 * What a page's twins depend on: the factor, its stylesheets (the links' addresses, the `<style>`
 * elements' lengths, the number of rules of those loaded) and the ids and classes of the root and
 * `<body>`, which some twins are for.
 */
export function pageKey(doc: Document, factor: number): string {
  const sheets = [...doc.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel~=stylesheet i],style')].map(
    (el) => `${'href' in el ? el.href : el.textContent.length}:${el.sheet?.cssRules.length}`,
  );
  return [factor, ...[doc.documentElement, doc.body].map((el) => `${el.id}.${el.className}`), ...sheets].join(' ');
}

/** The saved twins, read once: a lookup of those of the page whose key is `key`, and without one, of the newest. */
export function savedTwins(): (key?: string) => SavedTwins | undefined {
  const saved = entries();
  return (key) => {
    const entry = saved.find(([savedKey]) => !key || savedKey === key);
    return entry && { css: entry[1], forced: entry[2], checked: Date.now() - entry[3] < HOUR_MS };
  };
}

/** Saves twins just worked out from the site's rules. */
export function saveTwins(key: string, { css, forced }: Twins): void {
  const entry: Entry = [key, css, forced, Date.now()];
  const others = entries().filter(([saved]) => saved !== key);
  // Twins too large to fit alone are not saved, and take no other page's place.
  const kept = (fits([entry]) ? [entry, ...others] : others).slice(0, PAGES);
  while (!fits(kept)) kept.pop(); // the oldest first
  write(JSON.stringify(kept));
}

export function forgetTwins(): void {
  write();
}

/** The saved entries, newest first; none where storage is blocked or holds something else. */
function entries(): Entry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(TWINS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry: unknown): entry is Entry => Array.isArray(entry) && typeof entry[1] === 'string' && Array.isArray(entry[2])) : [];
  } catch {
    return [];
  }
}

function fits(kept: Entry[]): boolean {
  return JSON.stringify(kept).length <= MAX_LENGTH;
}

/** Writes `value`, or removes the key; a full quota or blocked storage only means no twins are saved. */
function write(value?: string): void {
  try {
    if (value) localStorage.setItem(TWINS_KEY, value);
    else localStorage.removeItem(TWINS_KEY);
  } catch {
    // As above.
  }
}
