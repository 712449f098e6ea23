import { html, type TemplateResult } from 'lit';
import type { Carebar } from '../core/carebar.js';
import { CareElement } from '../internal/care-element.js';
import type { Launcher, ShortcutAction } from '../launcher/launcher.js';
import { barStyles } from './bar.styles.js';
import { ToolbarBar } from './bar.js';

/**
 * @tagname care-toolbar
 * @summary The assistive toolbar (无障碍工具条): a button for every registered feature, a help panel and a reset.
 *
 * It lives in the top layer, outside `<body>`, so the page's zoom and colour filters never reach it.
 * Its launcher, shortcuts and live region are a `Launcher` in plain DOM, which the drop-in shows
 * before this element is defined: this class is the toolbar part, and upgrades the element in place.
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
export class CareToolbar extends CareElement {
  static override styles = [barStyles];

  static override properties = {
    position: { reflect: true },
    elderUrl: { attribute: 'elder-url' },
    shortcuts: {},
    keys: { attribute: false },
    open: { type: Boolean, reflect: true },
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
  declare carebar: Carebar;

  /** The launcher, shortcuts and live region, in plain DOM. Set it before the element connects. */
  declare launcher: Launcher;

  private readonly bar = new ToolbarBar(this);

  constructor() {
    super();
    this.addEventListener('care-change', () => this.requestUpdate());
  }

  override connectedCallback(): void {
    this.addController(this.launcher);
    super.connectedCallback();
    this.open = this.carebar.isOpen;
  }

  /** The launcher's shadow root, with its look beside the bar's. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [this.launcher.sheet, ...root.adoptedStyleSheets];
    return root;
  }

  /** The `event.code` of an action's Alt+Shift shortcut, after the `keys` overrides; none if it has none. */
  shortcutFor(action: ShortcutAction): string | undefined {
    return this.launcher.shortcutFor(action);
  }

  /** A user opens or closes the toolbar: focus follows, into the toolbar or back to the launcher. */
  setOpen(open: boolean): void {
    this.carebar.showPanel(open);
    this.open = open;
    void this.updateComplete.then(() => (open ? this.bar.focus() : this.launcher.show(true, true)));
  }

  /** Says `message` through the live region. */
  announce(message: string): void {
    this.launcher.announce(message);
  }

  /** Runs a shortcut that the launcher took. */
  runShortcut(action: ShortcutAction): void {
    if (action === 'toolbar') this.setOpen(true);
    else this.bar.runShortcut(action);
  }

  protected override updated(): void {
    this.launcher.show(!this.open);
    this.launcher.update();
  }

  protected override render(): TemplateResult {
    return html`<div lang=${this.strings.lang}>${this.bar.render()}</div>`;
  }
}
