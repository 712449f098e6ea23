import { html, type TemplateResult } from 'lit';
import type { ToolbarFeature } from '../features/types.js';
import type { ShortcutAction } from '../launcher/launcher.js';
import type { ToolbarTranslation } from '../translations/types.js';

/** Alt+Shift, written as people press it. */
const SHORTCUT_PREFIX = 'Alt+Shift+';

/**
 * The help panel's content: every keyboard shortcut, after the site's overrides, and how to move in
 * the toolbar. A module of its own, fetched as a visitor first opens help, not with the toolbar.
 */
export function helpContent(t: ToolbarTranslation, features: readonly ToolbarFeature[], shortcut: (action: ShortcutAction) => string | undefined): TemplateResult {
  const rows: Array<[string, string | undefined]> = [
    [t.focusToolbar, shortcut('toolbar')],
    ...features.map((feature): [string, string | undefined] => [t.features[feature.id], shortcut(feature.id)]),
    [t.reset, shortcut('reset')],
    [t.help, shortcut('help')],
  ];
  return html`<h3>${t.shortcuts}</h3>
    <ul class="keys">
      ${rows.map(([label, code]) => html`<li><span>${label}</span><kbd>${code ? SHORTCUT_PREFIX + keyName(code) : '—'}</kbd></li>`)}
    </ul>
    <p>${t.arrowKeys}</p>`;
}

/** How a key code reads: `KeyT` → `T`, `Digit0` → `0`, `Slash` → `/`. */
function keyName(code: string): string {
  const names: Record<string, string> = { Slash: '/', Minus: '-', Equal: '=' };
  return names[code] ?? code.replace(/^(Key|Digit)/, '');
}
