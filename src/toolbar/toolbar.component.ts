import { html, nothing, type TemplateResult } from 'lit';
import type { Carebar, CarebarView } from '../core/carebar.js';
import { carebar as sharedCarebar } from '../core/instance.js';
import { afterLayout } from '../features/dom.js';
import type { FeatureId } from '../features/types.js';
import { CareElement } from '../internal/care-element.js';
import { ACCESSIBILITY_ICON, icon } from '../internal/icon.js';
import { lazy } from '../internal/lazy.js';
import { ShortcutController } from '../internal/shortcut-controller.js';
import { toolbarStyles } from './toolbar.styles.js';

/** Shortcut actions beside the features' own. */
export type ShortcutAction = FeatureId | 'toolbar' | 'reset' | 'help';

/** Alt+Shift shortcuts of the toolbar itself; features declare their own. */
const TOOLBAR_SHORTCUTS: Partial<Record<ShortcutAction, string>> = { toolbar: 'KeyA', reset: 'Digit0', help: 'Slash' };

/**
 * @tagname care-toolbar
 * @summary The assistive toolbar (无障碍工具条): a button for every registered feature, a help panel and a reset.
 *
 * It lives in the top layer, outside `<body>`, so the page's zoom and colour filters never reach it.
 * Until it first opens it is only its launcher: the bar and its panels are a lazy part, loaded when
 * the toolbar opens, or as soon as a pointer or the keyboard reaches the launcher.
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

  /** What the live region last said. */
  private announcement = '';

  /** The bar and its panels: a lazy part. */
  private readonly bar = this.lazyView(() => lazy.toolbar().then(({ ToolbarBar }) => new ToolbarBar(this)));

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
      // Once the page is laid out: shown from <head>, the browser would first build the style rules of
      // the site's sheets, inside this call (~4 ms on a large site).
      afterLayout(this.ownerDocument.documentElement, () => this.isConnected && this.showPopover());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.carebar.attach(undefined);
  }

  /** Opens or closes the toolbar (`CarebarView`: `carebar.open()` and `close()` come here). */
  showPanel(open: boolean): void {
    this.open = open;
  }

  /** The `event.code` of an action's Alt+Shift shortcut, after the `keys` overrides; none if it has none. */
  shortcutFor(action: ShortcutAction): string | undefined {
    if (action in this.keys) return this.keys[action] ?? undefined;
    return TOOLBAR_SHORTCUTS[action] ?? this.carebar.registered.find((feature) => feature.id === action)?.shortcut;
  }

  /**
   * A user opens or closes the toolbar: focus follows, into the toolbar or back to the launcher.
   * @internal For the bar, a lazy part.
   */
  setOpen(open: boolean): void {
    this.carebar.showPanel(open);
    this.updateComplete.then(() => {
      if (open) this.bar.view?.focus();
      else this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus();
    });
  }

  /**
   * Says `message` through the live region.
   * @internal For the bar, a lazy part.
   */
  announce(message: string): void {
    // Clearing first makes a repeated message ("Zoom: 150%" twice) be spoken again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  protected override willUpdate(): void {
    this.large = this.carebar.isOn('elder') || this.carebar.isOn('ui');
    if (this.open) void this.bar.load();
  }

  protected override render(): TemplateResult {
    const { t } = this;
    // The launcher stays until the bar has loaded, so that the toolbar never shows nothing.
    return html`
      <div lang=${t.lang}>
        <button part="button launcher" class="launcher" ?hidden=${this.open && this.bar.view !== undefined}
          @click=${() => this.setOpen(true)} @pointerenter=${this.bar.load} @focus=${this.bar.load}>
          ${icon(ACCESSIBILITY_ICON)}${t.launcher}
        </button>
        ${this.bar.view?.render() ?? nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  private runShortcut(code: string): boolean {
    if (this.shortcuts === 'off') return false;
    const actions: ShortcutAction[] = ['toolbar', 'reset', 'help', ...this.carebar.registered.map((feature) => feature.id)];
    const action = actions.find((candidate) => this.shortcutFor(candidate) === code);
    if (!action) return false;
    if (action === 'toolbar') this.setOpen(true);
    // The others say what they did, in the bar's strings.
    else void this.bar.load().then((bar) => bar?.runShortcut(action));
    return true;
  }
}
