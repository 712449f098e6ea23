import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Carebar, CarebarView } from '../core/carebar.js';
import { carebar as sharedCarebar } from '../core/instance.js';
import { stepValue, valueText } from '../core/values.js';
import type { ChoiceFeature, FeatureId, FeatureValue, ToolbarFeature } from '../features/types.js';
import { CareElement } from '../internal/care-element.js';
import { ACCESSIBILITY_ICON, icon } from '../internal/icon.js';
import { keyName, SHORTCUT_PREFIX, ShortcutController } from '../internal/shortcut-controller.js';
import { format } from '../translations/localize.js';
import { toolbarStyles } from './toolbar.styles.js';

/** Shortcut actions beside the features' own. */
type ShortcutAction = FeatureId | 'toolbar' | 'reset' | 'help';

/** Alt+Shift shortcuts of the toolbar itself; features declare their own. */
const TOOLBAR_SHORTCUTS: Partial<Record<ShortcutAction, string>> = { toolbar: 'KeyA', reset: 'Digit0', help: 'Slash' };

/**
 * @tagname care-toolbar
 * @summary The assistive toolbar (无障碍工具条): a button for every registered feature, a help panel and a reset.
 *
 * It lives in the top layer, outside `<body>`, so the page's zoom and colour filters never reach it.
 *
 * @fires care-change - A feature changed, by user action or through the API. `detail: { feature, value }`.
 *
 * @csspart launcher - The button that opens the toolbar while it is closed.
 * @csspart bar - The toolbar (`role="toolbar"`).
 * @csspart button - Every button and link in the toolbar and its panels.
 * @csspart panel - A dialog panel: a choice's values, or help.
 *
 * @cssproperty --care-bg - Background of the toolbar and its buttons.
 * @cssproperty --care-fg - Text colour.
 * @cssproperty --care-accent - Pressed buttons, the launcher and borders.
 * @cssproperty --care-accent-fg - Text on the accent colour.
 * @cssproperty --care-border - Button borders.
 * @cssproperty --care-focus - The keyboard focus ring.
 * @cssproperty --care-font - Font family.
 * @cssproperty --care-font-size - Text size (16px; 20px in elder mode).
 * @cssproperty --care-target - The smallest button size (44px; 60px in elder mode).
 */
export class CareToolbar extends CareElement implements CarebarView {
  static override styles = [toolbarStyles];

  static override properties = {
    position: { reflect: true },
    elderUrl: { attribute: 'elder-url' },
    shortcuts: {},
    keys: { attribute: false },
    open: { type: Boolean, reflect: true },
    carebar: { attribute: false },
    large: { type: Boolean, reflect: true },
    panel: { state: true },
    announcement: { state: true },
  };

  /** `top`: a bar across the top of the page (the government-site convention). `float`: a button that opens a panel. */
  position: 'top' | 'float' = 'top';

  /** The URL of the site's elder zone (长者专区), linked from the toolbar. */
  declare elderUrl?: string;

  /** `off` turns the Alt+Shift keyboard shortcuts off. */
  shortcuts: 'on' | 'off' = 'on';

  /** Shortcut overrides: an action (a feature id, `toolbar`, `reset` or `help`) to an `event.code`, or `null` for none. */
  keys: Partial<Record<ShortcutAction, string | null>> = {};

  /** Whether the toolbar is open. Reflected so that CSS can follow it. */
  open = false;

  /** The state this toolbar shows and changes. Set it before the element connects. */
  carebar: Carebar = sharedCarebar;

  /** Larger text and targets while elder mode or the large interface is on. */
  large = false;

  /** The open panel: a choice feature's id, or `help`. */
  private declare panel?: FeatureId | 'help';

  /** What the live region last said. */
  private announcement = '';

  private invoker?: HTMLElement;
  private focusIndex = 0;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    new ShortcutController(this, (code) => this.runShortcut(code));
    this.addEventListener('care-change', () => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.carebar.attach(this);
    this.carebar.start();
    this.open = this.carebar.isOpen;
    // The top layer keeps the toolbar above every stacking context of the page and out of its filters.
    if ('showPopover' in this) {
      this.popover = 'manual';
      this.showPopover();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.carebar.attach(undefined);
    this.resizeObserver?.disconnect();
    this.carebar.page.scope('toolbar').clear();
  }

  /** Opens or closes the toolbar (`CarebarView`: `carebar.open()` and `close()` come here). */
  showPanel(open: boolean): void {
    this.open = open;
    if (!open) this.panel = undefined;
  }

  protected override willUpdate(): void {
    this.large = this.carebar.isOn('elder') || this.carebar.isOn('ui');
  }

  protected override firstUpdated(): void {
    this.resizeObserver = new ResizeObserver(() => this.reserveSpace());
    this.resizeObserver.observe(this.bar());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') || changed.has('position')) this.reserveSpace();
    this.rove(this.focusIndex, false);
  }

  protected override render(): TemplateResult {
    const { t } = this;
    return html`
      <div lang=${t.lang} @keydown=${this.onEscape}>
        <button part="button launcher" class="launcher" ?hidden=${this.open} @click=${() => this.setOpen(true)}>
          ${icon(ACCESSIBILITY_ICON)}${t.launcher}
        </button>
        <div part="bar" class="bar" role="toolbar" aria-label=${t.toolbar} ?hidden=${!this.open}
          aria-orientation=${this.position === 'float' ? 'vertical' : 'horizontal'}
          @keydown=${this.onBarKeydown} @focusin=${this.onBarFocus}>
          <span class="title" aria-hidden="true">${t.toolbar}</span>
          ${this.features().map((feature) => this.renderFeature(feature))}
          ${this.elderUrl ? html`<a part="button" href=${this.elderUrl}>${t.zone}</a>` : nothing}
          <button part="button" class="end" @click=${this.reset}>${t.reset}</button>
          <button part="button" aria-haspopup="dialog" aria-expanded=${this.panel === 'help'} aria-controls="panel"
            @click=${(event: Event) => this.togglePanel('help', event)}>${t.help}</button>
          <button part="button" aria-label=${t.close} @click=${() => this.setOpen(false)}>✕</button>
        </div>
        ${this.open && this.panel ? this.renderPanel(this.panel) : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  private renderFeature(feature: ToolbarFeature): TemplateResult {
    const name = this.t.features[feature.id];
    const value = this.carebar.get(feature.id);
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
    return html`<div part="panel" class="panel" id="panel" role="dialog" aria-labelledby="panel-title" tabindex="0">
      <h2 id="panel-title">${title}</h2>
      ${choice ? this.renderChoices(choice) : this.renderHelp()}
    </div>`;
  }

  private renderChoices(feature: ChoiceFeature): TemplateResult {
    const current = this.carebar.get(feature.id);
    return html`<ul>
      ${feature.values.map((value) => html`<li>
        <button part="button" aria-pressed=${value === current} @click=${() => this.change(feature, value)}>
          ${valueText(feature, value, this.t.values)}
        </button>
      </li>`)}
    </ul>`;
  }

  private renderHelp(): TemplateResult {
    const rows: Array<[string, string | undefined]> = [
      [this.t.focusToolbar, this.shortcutFor('toolbar')],
      ...this.features().map((feature): [string, string | undefined] => [this.t.features[feature.id], this.shortcutFor(feature.id)]),
      [this.t.reset, this.shortcutFor('reset')],
      [this.t.help, this.shortcutFor('help')],
    ];
    return html`<h3>${this.t.shortcuts}</h3>
      <ul class="keys">
        ${rows.map(([label, code]) => html`<li><span>${label}</span><kbd>${code ? SHORTCUT_PREFIX + keyName(code) : '—'}</kbd></li>`)}
      </ul>
      <p>${this.t.arrowKeys}</p>`;
  }

  private features(): readonly ToolbarFeature[] {
    return this.carebar.registered;
  }

  /** A user's change: applied, then announced. */
  private change(feature: ToolbarFeature, value: FeatureValue): void {
    this.carebar.set(feature.id, value);
    const name = this.t.features[feature.id];
    const template = feature.kind === 'toggle' ? (value ? this.t.on : this.t.off) : this.t.changed;
    this.announce(format(template, { name, value: valueText(feature, value, this.t.values) }));
  }

  private reset(): void {
    this.carebar.reset();
    this.announce(this.t.resetDone);
  }

  private announce(message: string): void {
    // Clearing first makes a repeated message ("Zoom: 150%" twice) be spoken again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /** A user opens or closes the toolbar: focus follows, into the toolbar or back to the launcher. */
  private setOpen(open: boolean): void {
    this.carebar.showPanel(open);
    this.updateComplete.then(() => {
      if (open) this.rove(0, true);
      else this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus();
    });
  }

  private togglePanel(panel: FeatureId | 'help', event: Event): void {
    if (this.panel === panel) return this.closePanel();
    this.invoker = event.currentTarget as HTMLElement;
    this.panel = panel;
    // Into the panel: its first button, or the panel itself where it has none (help, which scrolls by keyboard).
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel button, .panel')?.focus());
  }

  private closePanel(): void {
    this.panel = undefined;
    this.invoker?.focus();
  }

  /** Escape closes the open panel, or else the toolbar, and focus goes back to what opened it. */
  private onEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    if (this.panel) this.closePanel();
    else this.setOpen(false);
    event.preventDefault();
  }

  /** Arrow keys, Home and End move focus among the toolbar's items (the WAI-ARIA toolbar pattern). */
  private onBarKeydown(event: KeyboardEvent): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const count = this.items().length;
    if (event.key in moves) this.rove((this.focusIndex + moves[event.key] + count) % count, true);
    else if (event.key === 'Home') this.rove(0, true);
    else if (event.key === 'End') this.rove(count - 1, true);
    else return;
    event.preventDefault();
  }

  private onBarFocus(event: FocusEvent): void {
    const index = this.items().indexOf(event.target as HTMLElement);
    if (index >= 0) this.focusIndex = index;
  }

  /** Roving tabindex: one tab stop for the whole toolbar, at the item last used. */
  private rove(index: number, focus: boolean): void {
    const items = this.items();
    this.focusIndex = Math.min(index, items.length - 1);
    items.forEach((item, i) => (item.tabIndex = i === this.focusIndex ? 0 : -1));
    if (focus) items[this.focusIndex]?.focus();
  }

  private bar(): HTMLElement {
    return this.renderRoot.querySelector('.bar')!;
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.bar button:not([disabled]), .bar a')];
  }

  /** Keeps the page's content below the open top bar instead of under it. */
  private reserveSpace(): void {
    const scope = this.carebar.page.scope('toolbar');
    scope.clear();
    if (this.open && this.position === 'top') {
      const height = Math.ceil(this.bar().getBoundingClientRect().height);
      // --care-top: where carebar's own full-screen views begin, below the bar.
      scope.css(`html{padding-top:${height}px!important;scroll-padding-top:${height}px;--care-top:${height}px}`);
    }
  }

  private shortcutFor(action: ShortcutAction): string | undefined {
    if (action in this.keys) return this.keys[action] ?? undefined;
    return TOOLBAR_SHORTCUTS[action] ?? this.features().find((feature) => feature.id === action)?.shortcut;
  }

  private runShortcut(code: string): boolean {
    if (this.shortcuts === 'off') return false;
    const actions: ShortcutAction[] = ['toolbar', 'reset', 'help', ...this.features().map((feature) => feature.id)];
    const action = actions.find((candidate) => this.shortcutFor(candidate) === code);
    if (!action) return false;
    if (action === 'toolbar') this.setOpen(true);
    else if (action === 'reset') this.reset();
    else if (action === 'help') {
      this.carebar.showPanel(true);
      this.panel = 'help';
    } else {
      const feature = this.features().find((candidate) => candidate.id === action)!;
      this.change(feature, stepValue(feature, this.carebar.get(feature.id), 1, true));
    }
    return true;
  }
}
