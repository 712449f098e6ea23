// Steps a page takes after it loads and before the checks (contracts.md, "The config file"): a login,
// a click that builds a tab panel, a search typed in. Each step waits for what it acts on, within the
// page's time limit, and a step that cannot be done stops the page with a message that names it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KeyInput, Page } from 'puppeteer-core';

/** One step, as the config file writes it. */
export type Action =
  | { navigate: string }
  | { click: string }
  | { fill: string; value: string }
  | { select: string; value: string }
  | { press: string }
  | { waitFor: string }
  | { waitForUrl: string }
  /** A module whose default export is called with the puppeteer page, or (from the library) that function itself. */
  | { script: string | ((page: Page) => unknown) };

/** Each kind of step, and the other key it takes beside its own, if any. */
const KINDS: Record<string, 'value' | null> = { navigate: null, click: null, fill: 'value', select: 'value', press: null, waitFor: null, waitForUrl: null, script: null };

/** What the steps may be, for messages about a wrong one. */
export const ACTION_FORMS = '{ "navigate": url }, { "click": selector }, { "fill": selector, "value": text }, { "select": selector, "value": value }, { "press": key }, { "waitFor": selector }, { "waitForUrl": text }, { "script": "file.mjs" }';

/** A step that could not be done: which one, and why. */
export class ActionError extends Error {
  override name = 'ActionError';
  constructor(
    readonly step: number,
    readonly action: string,
    readonly reason: string,
  ) {
    super(`step ${step} (${action}): ${reason}`);
  }
}

/**
 * The steps in `value`, checked: an array of objects, each with one kind of step as its key (and
 * `value` for fill and select), all strings. Throws a message that says which step is wrong and what
 * a step may be. Script paths are resolved from `base` (the config file's folder).
 */
export function checkActions(value: unknown, base: string): Action[] {
  if (!Array.isArray(value)) throw new Error(`must be a list of steps, each one of ${ACTION_FORMS}.`);
  return value.map((step: unknown, i) => {
    const keys = typeof step === 'object' && step !== null && !Array.isArray(step) ? Object.keys(step) : [];
    const kind = keys.find((key) => key in KINDS);
    const extra = kind ? KINDS[kind] : null;
    const fits = kind && keys.length === (extra ? 2 : 1) && (!extra || keys.includes(extra)) && keys.every((key) => typeof (step as Record<string, unknown>)[key] === 'string');
    if (!fits) throw new Error(`step ${i + 1} is ${JSON.stringify(step)}; each step is one of ${ACTION_FORMS}.`);
    const action = step as Action;
    return 'script' in action && typeof action.script === 'string' ? { script: resolve(base, action.script) } : action;
  });
}

/** A step as a person reads it: `click "#login"`. */
export function describeAction(action: Action): string {
  const [kind, target] = Object.entries(action)[0] as [string, unknown];
  return typeof target === 'function' ? `${kind} (a function)` : `${kind} ${JSON.stringify(target)}`;
}

/** Runs the steps in order. Throws an `ActionError` for the first one that cannot be done. */
export async function runActions(page: Page, actions: readonly Action[], timeout: number, signal?: AbortSignal): Promise<void> {
  for (const [i, action] of actions.entries()) {
    try {
      await runAction(page, action, timeout, signal);
    } catch (error) {
      signal?.throwIfAborted();
      throw new ActionError(i + 1, describeAction(action), error instanceof Error ? error.message : String(error));
    }
  }
}

async function runAction(page: Page, action: Action, timeout: number, signal?: AbortSignal): Promise<void> {
  const locate = (selector: string) => page.locator(selector).setTimeout(timeout);
  if ('navigate' in action) {
    await page.goto(new URL(action.navigate, page.url()).href, { waitUntil: 'load', timeout, signal });
  } else if ('click' in action) {
    await locate(action.click).click({ signal });
    await settle(page, timeout);
  } else if ('fill' in action) {
    await locate(action.fill).fill(action.value, { signal });
  } else if ('select' in action) {
    const chosen = await (await locate(action.select).waitHandle({ signal })).select(action.value);
    if (!chosen.length) throw new Error(`no option of ${action.select} has the value "${action.value}".`);
    await settle(page, timeout);
  } else if ('press' in action) {
    await page.keyboard.press(action.press as KeyInput);
    await settle(page, timeout);
  } else if ('waitFor' in action) {
    await page.waitForSelector(action.waitFor, { timeout, signal });
  } else if ('waitForUrl' in action) {
    await waitForUrl(page, action.waitForUrl, timeout, signal);
  } else {
    const run = typeof action.script === 'function' ? action.script : await importScript(action.script);
    await run(page);
    await settle(page, timeout);
  }
}

async function importScript(path: string): Promise<(page: Page) => unknown> {
  const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  if (typeof module.default !== 'function') throw new Error(`${path} has no default export that is a function of the page.`);
  return module.default as (page: Page) => unknown;
}

/**
 * After a step that may set the page going (a form sent, a panel fetched): until the network is quiet
 * and the document, perhaps a new one, has loaded. A page that is never quiet goes on after a while.
 */
async function settle(page: Page, timeout: number): Promise<void> {
  await page.waitForNetworkIdle({ idleTime: 150, timeout: Math.min(timeout, 5_000) }).catch(() => undefined);
  await page.waitForFunction(() => document.readyState === 'complete', { timeout }).catch(() => undefined);
}

/** Until the address contains `text`: after a login's redirect, say. */
async function waitForUrl(page: Page, text: string, timeout: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!page.url().includes(text)) {
    signal?.throwIfAborted();
    if (Date.now() > deadline) throw new Error(`the address is still ${page.url()} after ${timeout / 1000} s.`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
  await settle(page, timeout);
}
