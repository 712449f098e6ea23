/**
 * What carebar's text enlargement, spacing and elder mode do to page layout. For each page in
 * tests/layout/pages/ (served with dist/, at 1366 × 768) and each setting (`text 1.5`, `text 2`,
 * `spacing 3`, `elder`), in a fresh browser context (carebar saves settings in localStorage):
 * load the page; let it settle (load, fonts, two frames); freeze what moves by itself, so that
 * tickers and carousels are measured where they stand (the page's own `setTimeout`, `setInterval`
 * and `requestAnimationFrame` callbacks are skipped from then on, CSS and script animations paused,
 * `<marquee>`s stopped; carebar's own timers run on); measure the visible text; apply the setting
 * with `window.carebar.set()`; wait 300 ms, for the network to be idle and for the layout to stand
 * still (two frames alike, a second at most); measure again, in the same page load. The measuring
 * is in measure.ts, for tests to reuse.
 *
 * Run `npm run build` first, then `npx tsx bench/layout/layout.ts [--page NAME] [--shots] [--details]`
 * (`--dir DIR` for pages elsewhere, `--dist DIR` for another build). `--shots` writes full-page
 * JPEGs before and after each setting to bench/layout/shots/; `--details` lists each problem's
 * text and where it is.
 *
 * The numbers, per page and setting, count only problems that the baseline did not have, among
 * text nodes visible in both measurements:
 *   cut      text nodes that stick out more than 2 px of an ancestor whose overflow is hidden or
 *            clip (a scrolling box or a marquee does not cut), and did not before;
 *   overlap  pairs of text nodes whose lines share more than 30% of the smaller line's area, and
 *            did not before;
 *   below    text nodes whose font size is more than 0.5 px below the setting's target: for
 *            `text f`, f times the baseline size but no more than carebar's cap of 40 px; for
 *            elder mode, 18 px; none for spacing;
 *   height   the page's height before → after.
 * It asserts nothing and always exits with 0: it is a benchmark.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from '../../auditor/chrome.js';
import { serve } from '../../scripts/serve.mjs';
import { VIEWPORT } from '../page.js';
import { measureSetting, type Problems, SETTINGS, type Setting } from './measure.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../..');
const SHOTS = join(HERE, 'shots');
const KINDS = ['cut', 'overlap', 'below'] as const;

interface Row {
  setting: Setting;
  problems?: Problems;
  height?: [number, number];
  error?: string;
}

/** One page with one setting. */
async function run(browser: Browser, url: string, page: string, setting: Setting, shots: boolean): Promise<Row> {
  const shot = (tab: Page, when: string) => async () => {
    await screenshot(tab, join(SHOTS, `${page}-${setting.name.replace(/\s+/g, '-')}-${when}.jpg`));
  };
  try {
    const { before, after, problems } = await measureSetting(browser, url, setting, shots ? (tab) => ({ onBaseline: shot(tab, 'before'), onAfter: shot(tab, 'after') }) : undefined);
    return { setting, problems, height: [before.height, after.height] };
  } catch (error) {
    return { setting, error: error instanceof Error ? error.message : String(error) };
  }
}

async function screenshot(tab: Page, path: string): Promise<void> {
  // `captureBeyondViewport` (puppeteer's default) shoots the whole page without resizing the viewport.
  writeFileSync(path, await tab.screenshot({ fullPage: true, type: 'jpeg', quality: 70 }));
}

function printRows(page: string, rows: Row[], details: boolean): void {
  console.log(`\n${page}`);
  console.log(`  ${'setting'.padEnd(10)} ${'cut'.padStart(5)} ${'overlap'.padStart(8)} ${'below'.padStart(6)}   height`);
  for (const { setting, problems, height, error } of rows) {
    if (!problems || !height) {
      console.log(`  ${setting.name.padEnd(10)} failed: ${error ?? 'no result'}`);
      continue;
    }
    const [cut, overlap, below] = KINDS.map((kind) => problems[kind].length);
    console.log(`  ${setting.name.padEnd(10)} ${String(cut).padStart(5)} ${String(overlap).padStart(8)} ${String(below).padStart(6)}   ${height[0]} → ${height[1]}`);
    if (!details) continue;
    for (const kind of KINDS) {
      for (const { texts, detail } of problems[kind]) console.log(`      ${kind.padEnd(7)} ${texts.map((text) => `"${text}"`).join(' × ')}: ${detail}`);
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', multiple: true },
      shots: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
      dir: { type: 'string', default: join(ROOT, 'tests/layout/pages') },
      // Another build (a copy of an older one, say) to compare with.
      dist: { type: 'string', default: join(ROOT, 'dist') },
    },
  });
  const dir = resolve(values.dir);
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'carebar.js'))) {
    console.log(`no carebar.js in ${dist}: run \`npm run build\` first`);
    return;
  }
  const wanted = new Set((values.page ?? []).map((name) => basename(name, '.html')));
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.html'));
  } catch {
    files = [];
  }
  const pages = files.map((file) => basename(file, '.html')).filter((name) => !wanted.size || wanted.has(name)).sort();
  if (!pages.length) {
    console.log(`no pages${wanted.size ? ` named ${[...wanted].join(', ')}` : ''} in ${dir}`);
    return;
  }
  const executablePath = await findChrome();
  if (!executablePath) {
    console.log(NO_CHROME_MESSAGE);
    return;
  }
  if (values.shots) mkdirSync(SHOTS, { recursive: true });
  const server = await serve({ '/': dir, '/dist': dist });
  const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
  const totals = { cut: 0, overlap: 0, below: 0, failed: 0 };
  try {
    console.log(`${pages.length} page(s) in ${dir}, ${VIEWPORT.width} × ${VIEWPORT.height}; new problems against each page's baseline`);
    for (const page of pages) {
      const rows: Row[] = [];
      for (const setting of SETTINGS) {
        const row = await run(browser, `${server.origin}/${page}.html`, page, setting, values.shots);
        rows.push(row);
        if (row.problems) for (const kind of KINDS) totals[kind] += row.problems[kind].length;
        else totals.failed++;
      }
      printRows(page, rows, values.details);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\ntotal: cut ${totals.cut}, overlap ${totals.overlap}, below target ${totals.below}` +
      ` (${pages.length} page(s) × ${SETTINGS.length} settings${totals.failed ? `, ${totals.failed} failed` : ''})`,
  );
  if (values.shots) console.log(`screenshots in ${SHOTS}`);
}

// A benchmark: whatever happens, it says so and exits with 0.
try {
  await main();
} catch (error) {
  console.error(error);
}
process.exitCode = 0;
