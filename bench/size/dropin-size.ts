// What the drop-in costs a visitor, in gzip -9 bytes of each file as served: shared by bench/size and its test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** contracts.md: the eager part, dist/carebar.js, is at most 12 KB gzip. */
export const EAGER_BUDGET = 12 * 1024;
/** contracts.md: everything fetched from page load until the toolbar is open, at most 22 KB gzip. */
export const OPEN_BUDGET = 22 * 1024;

export const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The files a browser fetches for `entries` of `dist/`: each, and every chunk that they import
 * statically, as `import … from "./carebar-….js"` (a dynamic import waits until it is needed).
 */
function fetchedFor(dist: string, entries: readonly string[]): string[] {
  const fetched = new Set<string>();
  const visit = (file: string) => {
    if (fetched.has(file)) return;
    fetched.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const [, imported] of source.matchAll(/\b(?:import|from)\s*["']\.\/([^"']+)["']/g)) visit(imported);
  };
  entries.forEach(visit);
  return [...fetched];
}

/** The gzip bytes of `files` of `dist/`, added up. */
export const totalSize = (dist: string, files: readonly string[]): number => files.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);

/** What a visitor fetches until the toolbar is open: the eager part, then the toolbar part with its chunks. */
const OPEN_TOOLBAR = ['carebar.js', 'carebar-toolbar.js'];

/**
 * The files a visitor fetches until the toolbar is open: those of `OPEN_TOOLBAR`, and the strings of one
 * language, which the toolbar imports as it first renders. The largest language's are counted.
 */
export function fetchedToOpen(dist: string): string[] {
  const languages = readdirSync(dist).filter((file) => /^carebar-(zh-cn|zh-tw|en)-[\w-]+\.js$/.test(file));
  if (languages.length !== 3) throw new Error(`expected one chunk of strings per language in ${dist}, found: ${languages.join(', ') || 'none'}`);
  const largest = languages.reduce((a, b) => (gzipSize(join(dist, a)) >= gzipSize(join(dist, b)) ? a : b));
  return [...fetchedFor(dist, OPEN_TOOLBAR), largest];
}

/** The JavaScript files of `dir` and the folders below it. */
export function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js')).map((file) => join(dir, file));
}

/** Each copy of Lit among `files`: lit-html registers its version once per copy, as LitElement does its own. */
export function litCopies(files: readonly string[]): string[] {
  return files.filter((file) => /litHtmlVersions|litElementVersions/.test(readFileSync(file, 'utf8')));
}
