// What a team has decided to leave out of its audit: rules and checks (`ignore`), and elements
// (`hideElements`). Both are checked before the run starts, so that a typo stops it rather than
// silently auditing everything.
import type { RunOptions } from 'axe-core';
import type { Browser } from 'puppeteer-core';
import { axeRuleIds } from './axe.js';
import { CHECKS } from './checks/index.js';
import { AuditSetupError } from './targets.js';

const AXE_RULES = new Set(axeRuleIds());

/** Throws when an id to ignore is neither an axe rule nor a carebar check. */
export function checkIgnored(ids: readonly string[]): void {
  const unknown = ids.filter((id) => !AXE_RULES.has(id) && !CHECKS.some((check) => check.id === id));
  if (unknown.length) {
    throw new AuditSetupError(`ignore: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} neither an axe rule id (such as color-contrast) nor a carebar check id (${CHECKS.map((check) => check.id).join(', ')}).`);
  }
}

/** Throws when a selector of `hideElements` is not one the browser can match. */
export async function checkSelectors(browser: Browser, selectors: readonly string[]): Promise<void> {
  if (!selectors.length) return;
  const page = await browser.newPage();
  try {
    const invalid = await page.evaluate((list) => list.filter((selector) => {
      try {
        document.createDocumentFragment().querySelector(selector);
        return false;
      } catch {
        return true;
      }
    }), [...selectors]);
    if (invalid.length) throw new AuditSetupError(`hideElements: ${invalid.map((s) => `"${s}"`).join(', ')} ${invalid.length > 1 ? 'are not valid CSS selectors' : 'is not a valid CSS selector'}.`);
  } finally {
    await page.close();
  }
}

/** axe's options with the ignored rules switched off (the other ids ignored are carebar's checks). */
export function withoutIgnored(options: RunOptions, ignore: readonly string[] = []): RunOptions {
  const rules = ignore.filter((id) => AXE_RULES.has(id));
  if (!rules.length) return options;
  return { ...options, rules: { ...options.rules, ...Object.fromEntries(rules.map((id) => [id, { enabled: false }])) } };
}
