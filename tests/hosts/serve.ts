// The hosts' server and what the suites do to their pages: wait for them to settle, and run axe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import sirv from 'sirv';
import { CHROME_ARGS, findChrome } from '../../auditor/chrome.js';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The strict policy of `csp.html`: everything from its own origin, nothing inline. */
const STRICT_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'";

/** The host pages served and a browser, for the suite that calls this: started before its tests, closed after them. */
export function startHosts(): { readonly browser: Browser; readonly origin: string } {
  const started = {} as { browser: Browser; origin: string; server?: Server };
  before(async () => {
    const executablePath = await findChrome();
    assert.ok(executablePath, 'no Chrome or Chromium found');
    Object.assign(started, await serveHosts());
    started.browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] });
  });
  after(async () => {
    await started.browser?.close();
    await new Promise((closed) => started.server?.close(closed));
  });
  return started;
}

/** Serves the host pages, and the built drop-in under `/dist/`, on 127.0.0.1, with csp.html's header. */
async function serveHosts(): Promise<{ origin: string; server: Server }> {
  const pages = sirv(PAGES, {
    dev: true,
    setHeaders: (res, pathname) => {
      if (pathname === '/csp.html') res.setHeader('Content-Security-Policy', STRICT_CSP);
    },
  });
  const dist = sirv(DIST, { dev: true });
  const notFound = (res: ServerResponse) => () => void res.writeHead(404).end();
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/dist/')) return pages(req, res, notFound(res));
    req.url = req.url.slice('/dist'.length);
    dist(req, res, notFound(res));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/** axe's violations, one `rule target` string per node, in the page or in the elements of `selector`. axe runs through CDP, out of the CSP's reach. */
export async function violations(page: Page, selector?: string): Promise<Set<string>> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (selector) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results: AxeResults = await axe.run(selector ? { include: [[selector]] } : document);
    return results.violations.flatMap((rule) => rule.nodes.map((node) => `${rule.id} ${JSON.stringify(node.target)}`));
  }, selector);
  return new Set(found);
}

/** Lets lazy parts arrive and the page render. */
export async function settle(page: Page): Promise<void> {
  await page.waitForNetworkIdle({ idleTime: 50 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
