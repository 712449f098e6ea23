/**
 * Larger text, spacing and elder mode on the legacy pages of `pages/` (issue 18): on every page, at
 * every setting that bench/layout measures, no text is newly cut off, none newly laid over another,
 * and none left below its target size. The measuring is bench/layout's own; this asserts its goal.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { measureSetting, SETTINGS, type Problems } from '../../bench/layout/measure.js';
import { CHROME_ARGS, findChrome } from '../../auditor/chrome.js';
import { serve } from '../../scripts/serve.mjs';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

before(async () => {
  const executablePath = await findChrome();
  assert.ok(executablePath, 'no Chrome or Chromium found');
  server = await serve({ '/': PAGES, '/dist': DIST });
  browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Each problem as one line, to read in a failure. */
function described(problems: Problems): string[] {
  return (['cut', 'overlap', 'below'] as const).flatMap((kind) => problems[kind].map(({ texts, detail }) => `${kind}: ${texts.join(' × ')} (${detail})`));
}

const pages = readdirSync(PAGES).filter((file) => file.endsWith('.html'));

describe('legacy layouts keep every text readable as it grows', () => {
  test('the corpus has a page of each kind', () => assert.ok(pages.length >= 8, `only ${pages.length} pages`));

  for (const file of pages) {
    for (const setting of SETTINGS) {
      test(`${file}, ${setting.name}: nothing cut off, laid over other text or below target`, async () => {
        const { before: baseline, after: changed, problems } = await measureSetting(browser, `${server.origin}/${file}`, setting);
        assert.deepEqual(described(problems), []);
        // It did grow: a page at a larger setting that measured the same would hide a setting that failed to apply.
        assert.ok(changed.height > baseline.height, `the page stayed ${baseline.height} px high`);
      });
    }
  }
});
