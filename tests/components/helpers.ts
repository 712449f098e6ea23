import { fixture, html, waitUntil } from '@open-wc/testing';
import { Carebar } from '../../src/core/carebar.js';
import { HostPage } from '../../src/core/host-page.js';
import { moduleParts } from '../../src/core/part-modules.js';
import { SettingsStore } from '../../src/core/settings.js';
import { features as allFeatures } from '../../src/features/registry.js';
import type { ToolbarFeature } from '../../src/features/types.js';
import '../../src/toolbar/toolbar.js';
import type { CareToolbar } from '../../src/toolbar/toolbar.component.js';

const created: Carebar[] = [];

/** A fresh carebar on this page, with nothing saved. `resetAll()` undoes it after the test. */
export function freshCarebar(features: readonly ToolbarFeature[] = allFeatures): Carebar {
  localStorage.clear();
  const carebar = new Carebar(features, { parts: moduleParts(), page: new HostPage(), store: new SettingsStore(localStorage) });
  created.push(carebar);
  return carebar;
}

/**
 * Waits until what a lazy part shows is there. The test server compiles a part on its first import,
 * which on a busy machine (test files run side by side) can take longer than `waitUntil`'s default second.
 */
export function partArrived<T>(shows: () => T, message: string): Promise<void> {
  return waitUntil(shows, message, { timeout: 5_000 });
}

/** Resets every carebar a test made, so that the next test starts on a clean page. */
export function resetAll(): void {
  for (const carebar of created.splice(0)) {
    carebar.reset();
    carebar.page.clear();
  }
  localStorage.clear();
}

/** A toolbar on its own fresh carebar. */
export async function toolbarFixture(
  options: { carebar?: Carebar; locale?: string; position?: 'top' | 'float' } = {},
): Promise<CareToolbar> {
  const carebar = options.carebar ?? freshCarebar();
  return fixture<CareToolbar>(
    html`<care-toolbar .carebar=${carebar} locale=${options.locale ?? 'zh-CN'} position=${options.position ?? 'top'}></care-toolbar>`,
  );
}

/** Buttons of the toolbar's shadow root, by their visible text or accessible name. */
export function button(toolbar: CareToolbar, name: string): HTMLButtonElement {
  const buttons = [...toolbar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((b) => b.getAttribute('aria-label') === name || b.textContent.trim() === name);
  if (!found) throw new Error(`no button "${name}" among: ${buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent.trim()).join(' | ')}`);
  return found;
}

/**
 * What has keyboard focus in the toolbar, by name. Tests compare names, not elements: a failed
 * assertion on an element makes the runner serialise the whole page.
 */
export function focusedName(toolbar: CareToolbar): string | undefined {
  const active = toolbar.shadowRoot!.activeElement;
  return active ? (active.getAttribute('aria-label') ?? active.textContent.trim()) : undefined;
}

/** Every `data-care-*` attribute on `<html>`, and how many sheets the document has adopted: carebar's traces. */
export function pageTraces(): { attributes: string[]; adoptedSheets: number } {
  const attributes = [...document.documentElement.attributes].map((a) => a.name).filter((name) => name.startsWith('data-care-'));
  return { attributes, adoptedSheets: document.adoptedStyleSheets.length };
}
