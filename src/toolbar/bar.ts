import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { stepValue, valueText } from '../core/values.js';
import type { ChoiceFeature, FeatureId, FeatureValue, ToolbarFeature } from '../features/types.js';
import { CarePartErrorEvent } from '../events/care-part-error.js';
import { icon } from '../internal/icon.js';
import type { ShortcutAction } from '../launcher/launcher.js';
import { format } from '../translations/lang.js';
import type { ToolbarTranslation } from '../translations/types.js';
import type { helpContent } from './help.js';
import type { CareToolbar } from './toolbar.component.js';

/** Three dots, for the features behind "more"; four squares, for every feature. */
const MORE_ICON = 'M5 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4m7 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4m7 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4';
const ALL_ICON = 'M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 0h7v7h-7z';

/** A panel of the bar: a choice feature's values, the features behind "more", or help. */
type Panel = FeatureId | 'more' | 'help';

/** What the bar renders into the toolbar, and the keyboard handling of the WAI-ARIA toolbar pattern. */
export class ToolbarBar implements ReactiveController {
  private panel?: Panel;
  /** In elder mode, whether the visitor asked for every feature instead of the short bar of large buttons. */
  private allFeatures = false;
  /** The help panel's content, once its module has come. */
  private help?: typeof helpContent;
  private invoker?: HTMLElement;
  private focusIndex = 0;
  /** The toolbar's layout (`layout()`) that the page's reserved space was last set for. */
  private reservedFor?: string;
  private readonly resizeObserver = new ResizeObserver(() => this.reserveSpace());
  private t!: ToolbarTranslation;

  constructor(private readonly host: CareToolbar) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.t = this.host.strings;
    if (!this.host.open) this.panel = undefined;
    if (!this.host.carebar.isOn('elder')) this.allFeatures = false;
    if (this.panel === 'help' && !this.help) {
      import('./help.js').then(
        ({ helpContent }) => {
          this.help = helpContent;
          this.host.requestUpdate();
        },
        // Lost on its way: the launcher says so, as for any part of the toolbar.
        (error: unknown) => this.host.dispatchEvent(new CarePartErrorEvent({ part: 'toolbar', error })),
      );
    }
  }

  hostUpdated(): void {
    const bar = this.bar();
    if (this.reservedFor === undefined) this.resizeObserver.observe(bar);
    if (this.reservedFor !== this.layout()) this.reserveSpace();
    this.rove(this.focusIndex, false);
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
    this.reservedFor = undefined;
    this.host.carebar.page.scope('toolbar').clear();
  }

  /**
   * One row: the features that inspections ask for, the others behind "more". In elder mode, a short
   * row of large buttons (the toolbar is large in elder mode), with one that leaves elder mode and one that
   * shows every feature.
   */
  render(): TemplateResult {
    const { t, host } = this;
    const elder = this.features().find((feature) => feature.id === 'elder' && host.carebar.isOn('elder'));
    const short = elder && !this.allFeatures;
    const shown = this.features().filter((feature) => feature !== elder && (short ? feature.elderBar : !feature.extra));
    // On a phone, the bar and its open panel are one sheet at the bottom of the screen (the `sheet` attribute).
    return html`<div class="dock">
      <div part="bar" class=${short ? 'bar short' : 'bar'} role="toolbar" aria-label=${t.toolbar} ?hidden=${!host.open}
        aria-orientation=${host.position === 'float' ? 'vertical' : 'horizontal'}
        @keydown=${this.onBarKeydown} @focusin=${this.onFocusin}>
        <span class="title" aria-hidden="true">${t.toolbar}</span>
        ${shown.map((feature) => this.renderFeature(feature))}
        ${short || !this.extras().length ? nothing : this.renderPanelButton('more', html`${icon(MORE_ICON)}${t.more}`)}
        ${elder
          ? html`<button part="button" @click=${() => this.change(elder, false)}>${icon(elder.icon)}${t.exitElder}</button>
              <button part="button" aria-expanded=${!short} @click=${this.toggleAllFeatures}>${icon(ALL_ICON)}${t.allFeatures}</button>`
          : nothing}
        ${short
          ? nothing
          : html`${host.elderUrl ? html`<a part="button" href=${host.elderUrl}>${t.zone}</a>` : nothing}
              <button part="button" class="end" @click=${this.reset}>${t.reset}</button>
              ${this.renderPanelButton('help', t.help)}`}
        <button part="button" class=${short ? 'close end' : 'close'} aria-label=${t.close} @click=${() => host.setOpen(false)}>✕</button>
      </div>
      ${host.open && this.panel ? this.renderPanel(this.panel) : nothing}
    </div>`;
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
          <span class="label"><span>${icon(feature.icon)}${valueText(feature, value, this.t.values)}</span><span>${name}</span></span>
          <button part="button" aria-label=${format(this.t.increase, { name })} ?disabled=${value === feature.max}
            @click=${() => this.change(feature, stepValue(feature, value, 1))}>+</button>
        </span>`;
      case 'choice':
        // The value shows only once chosen: the bar stays short, and what is on stands out.
        return this.renderPanelButton(
          feature.id,
          html`${icon(feature.icon)}${name} ${value === feature.default ? nothing : html`<span>${valueText(feature, value, this.t.values)}</span>`}`,
          value === feature.default ? '' : 'on',
        );
    }
  }

  private renderPanelButton(panel: Panel, content: TemplateResult | string, className = ''): TemplateResult {
    return html`<button part="button" class=${className} aria-haspopup="dialog" aria-expanded=${this.panel === panel} aria-controls="panel"
      @click=${(event: Event) => this.togglePanel(panel, event)}>${content}</button>`;
  }

  private renderPanel(panel: Panel): TemplateResult {
    const title = panel === 'help' ? this.t.helpTitle : panel === 'more' ? this.t.more : this.t.features[panel];
    const choice = this.features().find((feature): feature is ChoiceFeature => feature.id === panel && feature.kind === 'choice');
    const more = html`<ul>
      ${this.extras().map((feature) => html`<li>${this.renderFeature(feature)}</li>`)}
    </ul>`;
    return html`<div part="panel" class="panel" id="panel" role="dialog" aria-labelledby="panel-title" tabindex="0" @keydown=${this.onEscape}>
      <h2 id="panel-title">${title}</h2>
      ${choice ? this.renderChoices(choice) : panel === 'more' ? more : this.help?.(this.t, this.features(), (action) => this.host.shortcutFor(action))}
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

  private features(): readonly ToolbarFeature[] {
    return this.host.carebar.registered;
  }

  private extras(): ToolbarFeature[] {
    return this.features().filter((feature) => feature.extra);
  }

  private toggleAllFeatures = (): void => {
    this.allFeatures = !this.allFeatures;
    this.host.requestUpdate();
  };

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

  private togglePanel(panel: Panel, event: Event): void {
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

  /** What the page's reserved space depends on: whether the toolbar is open, its position, and whether it is a sheet. */
  private layout(): string {
    return `${this.host.open} ${this.host.position} ${this.sheet()}`;
  }

  /** Whether the toolbar is a sheet at the bottom of a phone's screen: the launcher follows the screen (`followView`). */
  private sheet(): boolean {
    return this.host.hasAttribute('sheet');
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
    this.reservedFor = this.layout();
    const scope = carebar.page.scope('toolbar');
    scope.clear();
    if (open && position === 'top' && !this.sheet()) {
      const height = Math.ceil(this.bar().getBoundingClientRect().height);
      // --care-top: where carebar's own full-screen views begin, below the bar.
      scope.css(`html{padding-top:${height}px!important;scroll-padding-top:${height}px;--care-top:${height}px}`);
    }
  }
}
