import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { stepValue, valueText } from '../core/values.js';
import type { ChoiceFeature, FeatureId, FeatureValue, ToolbarFeature } from '../features/types.js';
import { icon } from '../internal/icon.js';
import type { ShortcutAction } from '../launcher/launcher.js';
import { format } from '../translations/lang.js';
import type { ElementTranslation } from '../translations/types.js';
import type { CareToolbar } from './toolbar.component.js';

/** Alt+Shift, written as people press it. */
const SHORTCUT_PREFIX = 'Alt+Shift+';

/** What the bar renders into the toolbar, and the keyboard handling of the WAI-ARIA toolbar pattern. */
export class ToolbarBar implements ReactiveController {
  /** The open panel: a choice feature's id, or `help`. */
  private panel?: FeatureId | 'help';
  private invoker?: HTMLElement;
  private focusIndex = 0;
  /** The toolbar's open state and position that the page's reserved space was last set for. */
  private reservedFor?: string;
  private readonly resizeObserver = new ResizeObserver(() => this.reserveSpace());
  private t!: ElementTranslation;

  constructor(private readonly host: CareToolbar) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.t = this.host.strings;
    if (!this.host.open) this.panel = undefined;
  }

  hostUpdated(): void {
    const bar = this.bar();
    if (this.reservedFor === undefined) this.resizeObserver.observe(bar);
    if (this.reservedFor !== `${this.host.open} ${this.host.position}`) this.reserveSpace();
    this.rove(this.focusIndex, false);
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
    this.reservedFor = undefined;
    this.host.carebar.page.scope('toolbar').clear();
  }

  render(): TemplateResult {
    const { t, host } = this;
    return html`
      <div part="bar" class="bar" role="toolbar" aria-label=${t.toolbar} ?hidden=${!host.open}
        aria-orientation=${host.position === 'float' ? 'vertical' : 'horizontal'}
        @keydown=${this.onBarKeydown} @focusin=${this.onFocusin}>
        <span class="title" aria-hidden="true">${t.toolbar}</span>
        ${this.features().map((feature) => this.renderFeature(feature))}
        ${host.elderUrl ? html`<a part="button" href=${host.elderUrl}>${t.zone}</a>` : nothing}
        <button part="button" class="end" @click=${this.reset}>${t.reset}</button>
        <button part="button" aria-haspopup="dialog" aria-expanded=${this.panel === 'help'} aria-controls="panel"
          @click=${(event: Event) => this.togglePanel('help', event)}>${t.help}</button>
        <button part="button" aria-label=${t.close} @click=${() => host.setOpen(false)}>✕</button>
      </div>
      ${host.open && this.panel ? this.renderPanel(this.panel) : nothing}
    `;
  }

  /** Focus on the bar's first item, as the toolbar opens. */
  focus(): void {
    this.rove(0, true);
  }

  /** A shortcut other than the one that opens the toolbar. */
  runShortcut(action: Exclude<ShortcutAction, 'toolbar'>): void {
    if (action === 'reset') return this.reset();
    if (action === 'help') {
      this.host.carebar.showPanel(true);
      this.panel = 'help';
      return this.host.requestUpdate();
    }
    const feature = this.features().find((candidate) => candidate.id === action)!;
    this.change(feature, stepValue(feature, this.host.carebar.get(feature.id), 1, true));
  }

  private renderFeature(feature: ToolbarFeature): TemplateResult {
    const name = this.t.features[feature.id];
    const value = this.host.carebar.get(feature.id);
    switch (feature.kind) {
      case 'toggle':
        return html`<button part="button" aria-pressed=${value === true} @click=${() => this.change(feature, !value)}>
          ${icon(feature.icon)}${name}
        </button>`;
      case 'stepper':
        return html`<span class="group" role="group" aria-label=${name}>
          <button part="button" aria-label=${format(this.t.decrease, { name })} ?disabled=${value === feature.min}
            @click=${() => this.change(feature, stepValue(feature, value, -1))}>−</button>
          <span>${icon(feature.icon)}${name} ${valueText(feature, value, this.t.values)}</span>
          <button part="button" aria-label=${format(this.t.increase, { name })} ?disabled=${value === feature.max}
            @click=${() => this.change(feature, stepValue(feature, value, 1))}>+</button>
        </span>`;
      case 'choice':
        // The value shows only once chosen: the bar stays short, and what is on stands out.
        return html`<button part="button" class=${value === feature.default ? '' : 'on'} aria-haspopup="dialog"
          aria-expanded=${this.panel === feature.id} aria-controls="panel" @click=${(event: Event) => this.togglePanel(feature.id, event)}>
          ${icon(feature.icon)}${name} ${value === feature.default ? nothing : html`<span>${valueText(feature, value, this.t.values)}</span>`}
        </button>`;
    }
  }

  private renderPanel(panel: FeatureId | 'help'): TemplateResult {
    const title = panel === 'help' ? this.t.helpTitle : this.t.features[panel];
    const choice = this.features().find((feature): feature is ChoiceFeature => feature.id === panel && feature.kind === 'choice');
    return html`<div part="panel" class="panel" id="panel" role="dialog" aria-labelledby="panel-title" tabindex="0" @keydown=${this.onEscape}>
      <h2 id="panel-title">${title}</h2>
      ${choice ? this.renderChoices(choice) : this.renderHelp()}
    </div>`;
  }

  private renderChoices(feature: ChoiceFeature): TemplateResult {
    const current = this.host.carebar.get(feature.id);
    return html`<ul>
      ${feature.values.map((value) => html`<li>
        <button part="button" aria-pressed=${value === current} @click=${() => this.change(feature, value)}>
          ${valueText(feature, value, this.t.values)}
        </button>
      </li>`)}
    </ul>`;
  }

  private renderHelp(): TemplateResult {
    const shortcut = (action: ShortcutAction) => this.host.shortcutFor(action);
    const rows: Array<[string, string | undefined]> = [
      [this.t.focusToolbar, shortcut('toolbar')],
      ...this.features().map((feature): [string, string | undefined] => [this.t.features[feature.id], shortcut(feature.id)]),
      [this.t.reset, shortcut('reset')],
      [this.t.help, shortcut('help')],
    ];
    return html`<h3>${this.t.shortcuts}</h3>
      <ul class="keys">
        ${rows.map(([label, code]) => html`<li><span>${label}</span><kbd>${code ? SHORTCUT_PREFIX + keyName(code) : '—'}</kbd></li>`)}
      </ul>
      <p>${this.t.arrowKeys}</p>`;
  }

  private features(): readonly ToolbarFeature[] {
    return this.host.carebar.registered;
  }

  /** A user's change: applied, then announced. */
  private change(feature: ToolbarFeature, value: FeatureValue): void {
    this.host.carebar.set(feature.id, value);
    const name = this.t.features[feature.id];
    const template = feature.kind === 'toggle' ? (value ? this.t.on : this.t.off) : this.t.changed;
    this.host.announce(format(template, { name, value: valueText(feature, value, this.t.values) }));
  }

  private reset = (): void => {
    this.host.carebar.reset();
    this.host.announce(this.t.resetDone);
  };

  private togglePanel(panel: FeatureId | 'help', event: Event): void {
    if (this.panel === panel) return this.closePanel();
    this.invoker = event.currentTarget as HTMLElement;
    this.panel = panel;
    this.host.requestUpdate();
    // Into the panel: its first button, or the panel itself where it has none (help, which scrolls by keyboard).
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.panel button, .panel')?.focus());
  }

  private closePanel(): void {
    this.panel = undefined;
    this.host.requestUpdate();
    this.invoker?.focus();
  }

  /** Escape closes the open panel, or else the toolbar, and focus goes back to what opened it. */
  private onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    if (this.panel) this.closePanel();
    else this.host.setOpen(false);
    event.preventDefault();
  };

  /** Arrow keys, Home and End move focus among the bar's items (the WAI-ARIA toolbar pattern). */
  private onBarKeydown = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const count = this.items().length;
    if (event.key in moves) this.rove((this.focusIndex + moves[event.key] + count) % count, true);
    else if (event.key === 'Home') this.rove(0, true);
    else if (event.key === 'End') this.rove(count - 1, true);
    else return this.onEscape(event);
    event.preventDefault();
  };

  private onFocusin = (event: FocusEvent): void => {
    const index = this.items().indexOf(event.target as HTMLElement);
    if (index >= 0) this.focusIndex = index;
  };

  /** Roving tabindex: one tab stop for the whole toolbar, at the item last used. */
  private rove(index: number, focus: boolean): void {
    const items = this.items();
    this.focusIndex = Math.min(index, items.length - 1);
    items.forEach((item, i) => (item.tabIndex = i === this.focusIndex ? 0 : -1));
    if (focus) items[this.focusIndex]?.focus();
  }

  private bar(): HTMLElement {
    return this.host.renderRoot.querySelector('.bar')!;
  }

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.bar button:not([disabled]), .bar a')];
  }

  /** Keeps the page's content below the open top bar instead of under it. */
  private reserveSpace(): void {
    const { open, position, carebar } = this.host;
    this.reservedFor = `${open} ${position}`;
    const scope = carebar.page.scope('toolbar');
    scope.clear();
    if (open && position === 'top') {
      const height = Math.ceil(this.bar().getBoundingClientRect().height);
      // --care-top: where carebar's own full-screen views begin, below the bar.
      scope.css(`html{padding-top:${height}px!important;scroll-padding-top:${height}px;--care-top:${height}px}`);
    }
  }
}

/** How a key code reads in the help panel: `KeyT` → `T`, `Digit0` → `0`, `Slash` → `/`. */
function keyName(code: string): string {
  const names: Record<string, string> = { Slash: '/', Minus: '-', Equal: '=' };
  return names[code] ?? code.replace(/^(Key|Digit)/, '');
}
