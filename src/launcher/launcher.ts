import type { Carebar, CarebarView } from '../core/carebar.js';
import { afterLayout } from '../core/dom.js';
import type { FeatureId } from '../features/types.js';
import { CONTROLS_CSS, css, THEME_CSS } from '../internal/theme.js';
import { launcherTranslation } from '../translations/localize.js';
import type { LauncherTranslation } from '../translations/types.js';

/** Shortcut actions beside the features' own. */
export type ShortcutAction = FeatureId | 'toolbar' | 'reset' | 'help';

/** The launcher's figure with open arms, the usual sign of accessibility tools. */
const ACCESSIBILITY_ICON =
  'M12 2a2.2 2.2 0 1 1 0 4.4A2.2 2.2 0 0 1 12 2zM3 7.5l.5-2 8.5 2 8.5-2 .5 2-6 1.8V14l1.8 7.5-2 .5L13 15h-2l-1.8 7-2-.5L9 14V9.3z';

/** Narrower than this, in the pixels of the visitor's screen, the open toolbar is a sheet at the bottom. */
const SHEET_BELOW_PX = 600;
/** The launcher's distance from the corner of the screen, as the `inset` of `CONTROLS_CSS` gives it. */
const CORNER_MARGIN_PX = 16;

/** Alt+Shift shortcuts of the toolbar itself; features declare their own. */
const TOOLBAR_SHORTCUTS: Partial<Record<ShortcutAction, string>> = { toolbar: 'KeyA', reset: 'Digit0', help: 'Slash' };

/** What the launcher reads of its `<care-toolbar>`, before the element is upgraded as after. */
export interface LauncherHost extends HTMLElement {
  /** The language; by default the page's `<html lang>`. */
  locale?: string;
  /** `off` turns the keyboard shortcuts off. */
  shortcuts?: 'on' | 'off';
  /** Shortcut overrides: an action to an `event.code`, or `null` for none. */
  keys?: Partial<Record<ShortcutAction, string | null>>;
  /** Whether the toolbar is open. */
  open?: boolean;
}

/** What the launcher hands on to the upgraded `<care-toolbar>`: the toolbar part's element. */
interface UpgradedToolbar extends LauncherHost {
  setOpen(open: boolean): void;
  runShortcut(action: ShortcutAction): void;
}

const LAUNCHER_CSS = css`
  .notice {
    box-sizing: border-box;
    position: absolute;
    inset: auto 0 calc(100% + 8px) auto;
    display: flex;
    align-items: center;
    gap: 8px;
    width: max-content;
    max-width: min(24em, calc(100vw - 32px));
    padding: 8px 8px 8px 12px;
    border: 2px solid var(--care-accent);
    border-radius: 8px;
    background: var(--care-bg);
    white-space: normal;
  }
  .notice button {
    flex: none;
  }
  :host([open][position='top']) .notice {
    inset: calc(100% + 8px) auto auto 16px;
  }
  /* Where fixed boxes are placed from: the layout viewport, which a zoomed page shows only part of. */
  .viewport {
    position: fixed;
    inset: 0;
    visibility: hidden;
  }
  /* Closed, at the corner of what the visitor sees, at the screen's scale. */
  :host(:not([open])) .corner {
    transform-origin: 100% 100%;
    transform: var(--care-view-corner, none);
  }
`;

/**
 * The part of `<care-toolbar>` that is there from the first paint, in plain DOM: the drop-in's
 * eager part has no Lit. It shows the launcher button in the top layer, takes the keyboard
 * shortcuts, says what the toolbar does through a live region, and tells the visitor when a part
 * of carebar could not load. Its first use loads the toolbar part, which upgrades the element and
 * renders the bar beside the launcher in the same shadow root.
 *
 * It is a reactive controller in all but name (Lit is not imported here): the upgraded element
 * adds it as one.
 */
export class Launcher implements CarebarView {
  /** The launcher's look, which the upgraded toolbar adopts beside its own. */
  readonly sheet = new CSSStyleSheet();
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly viewport: HTMLElement;
  private t: LauncherTranslation;
  private abort?: AbortController;

  constructor(
    readonly element: LauncherHost,
    private readonly carebar: Carebar,
  ) {
    this.t = launcherTranslation(this.lang());
    this.sheet.replaceSync(THEME_CSS + CONTROLS_CSS + LAUNCHER_CSS);
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [this.sheet];
    const doc = element.ownerDocument;
    this.button = doc.createElement('button');
    this.button.className = 'launcher';
    this.button.setAttribute('part', 'button launcher');
    this.button.append(iconNode(doc, ACCESSIBILITY_ICON), doc.createElement('span'));
    this.status = doc.createElement('div');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('role', 'status');
    this.notice = doc.createElement('div');
    this.notice.className = 'notice';
    this.notice.setAttribute('role', 'alert');
    this.notice.hidden = true;
    const dismiss = doc.createElement('button');
    dismiss.setAttribute('part', 'button');
    dismiss.addEventListener('click', () => {
      this.notice.hidden = true;
      this.button.focus();
    });
    this.notice.append(doc.createElement('span'), dismiss);
    const corner = doc.createElement('div');
    corner.className = 'corner';
    corner.append(this.button, this.notice);
    this.viewport = doc.createElement('div');
    this.viewport.className = 'viewport';
    root.prepend(corner, this.status, this.viewport);
    this.button.addEventListener('click', () => this.open());
    // A pointer or the keyboard on its way to the launcher: the toolbar part starts loading before the click.
    for (const type of ['pointerenter', 'focus']) this.button.addEventListener(type, () => this.withToolbar(() => undefined));
    this.update();
  }

  /** Starts: attaches to the carebar, restores its settings and an open toolbar, and listens for shortcuts. Runs once per connection. */
  hostConnected(): void {
    if (this.abort) return;
    const { carebar, element } = this;
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    const doc = element.ownerDocument;
    carebar.attach(this);
    carebar.start();
    addEventListener('keydown', this.onKeydown, { capture: true, signal });
    doc.addEventListener(
      'care-change',
      () => {
        this.update();
        // A feature may change the page's width, and where a right-to-left page's fixed boxes start.
        requestAnimationFrame(this.followView);
      },
      { signal },
    );
    doc.addEventListener('care-part-error', () => this.showNotice(), { signal });
    for (const type of ['resize', 'scroll']) visualViewport?.addEventListener(type, this.followView, { signal });
    // Once the page is laid out: from <head>, the browser would first build the style rules of the site's sheets, inside these calls.
    afterLayout(doc.documentElement, () => {
      if (signal.aborted || !element.isConnected) return;
      this.followView();
      // The top layer keeps the toolbar above every stacking context of the page and out of its filters.
      if ('showPopover' in element) {
        element.popover = 'manual';
        element.showPopover();
      }
    });
    if (carebar.isOpen) this.showPanel(true);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.carebar.attach(undefined);
  }

  /** `CarebarView`: `carebar.open()` and `close()` come here. */
  showPanel(open: boolean): void {
    // Closing a toolbar that was never upgraded: it is closed already.
    if (open || this.upgraded()) this.withToolbar((toolbar) => (toolbar.open = open));
  }

  /** A visitor opens the toolbar: focus goes into it. */
  open(): void {
    this.withToolbar((toolbar) => toolbar.setOpen(true));
  }

  /** Says `message` through the live region. */
  announce(message: string): void {
    // Clearing first makes a repeated message ("Zoom: 150%" twice) be spoken again.
    this.status.textContent = '';
    requestAnimationFrame(() => (this.status.textContent = message));
  }

  /** Shows the launcher while the toolbar is closed; with `focus`, also moves focus to it. */
  show(shown: boolean, focus = false): void {
    this.button.hidden = !shown;
    if (focus) this.button.focus();
  }

  /** The `event.code` of an action's Alt+Shift shortcut, after the element's `keys`; none if it has none. */
  shortcutFor(action: ShortcutAction): string | undefined {
    const keys = this.element.keys ?? {};
    if (action in keys) return keys[action] ?? undefined;
    return TOOLBAR_SHORTCUTS[action] ?? this.carebar.registered.find((feature) => feature.id === action)?.shortcut;
  }

  /** The launcher's language and size, after a change of the page's settings or of the element's language. */
  update(): void {
    this.t = launcherTranslation(this.lang());
    this.button.lang = this.status.lang = this.notice.lang = this.t.lang;
    this.button.lastChild!.textContent = this.t.launcher;
    this.notice.lastChild!.textContent = this.t.dismiss;
    // Larger text and targets while elder mode or the large interface is on.
    this.element.toggleAttribute('large', this.carebar.isOn('elder') || this.carebar.isOn('ui'));
  }

  /**
   * Hands the upgraded toolbar to `use`: at once where it is, else once the toolbar part has loaded
   * (it defines the element, which upgrades this one). A part that fails to load is said by the notice.
   */
  private withToolbar(use: (toolbar: UpgradedToolbar) => void): void {
    if (this.upgraded()) return use(this.element as UpgradedToolbar);
    this.carebar.parts.load('toolbar', this.element.ownerDocument).then(() => use(this.element as UpgradedToolbar), () => undefined);
  }

  private upgraded(): boolean {
    return this.element.matches(':defined');
  }

  private lang(): string {
    // Before the element is upgraded, the drop-in's language is its attribute.
    const given = this.upgraded() ? this.element.locale : this.element.getAttribute('locale');
    return given ?? this.element.ownerDocument.documentElement.lang;
  }

  /** Shows and announces that a part could not load: the alert's text is put in once it shows, which screen readers say. */
  private showNotice(): void {
    this.update();
    const message = this.notice.firstChild!;
    message.textContent = '';
    this.notice.hidden = false;
    requestAnimationFrame(() => (message.textContent = this.t.partFailed));
  }

  /**
   * Follows the visual viewport: what the visitor sees of the page. On a phone, a page without a mobile
   * layout is laid out 980 px wide and shown zoomed out, or zoomed in by a pinch to a part of it, while
   * fixed boxes are placed in the layout viewport. Custom properties of the element (set through the
   * CSSOM, which a strict CSP allows) place the closed launcher at the corner of what the visitor sees,
   * and the open toolbar's sheet (below 600 px of screen, the `sheet` attribute) at its bottom, each
   * drawn at the screen's scale: their text and targets keep their size however the page is zoomed.
   */
  private followView = (): void => {
    const view = visualViewport!;
    const { element } = this;
    element.toggleAttribute('sheet', view.width * view.scale < SHEET_BELOW_PX);
    const { left, top, right, bottom } = this.viewport.getBoundingClientRect();
    const [x, y] = [view.offsetLeft, view.offsetTop + view.height];
    const set = (name: string, value: string) => element.style.setProperty(`--care-view-${name}`, value);
    // The launcher's margin from the corner, in the screen's pixels too.
    const margin = CORNER_MARGIN_PX * (1 / view.scale - 1);
    set('corner', `translate(${x + view.width - right - margin}px, ${y - bottom - margin}px) scale(${1 / view.scale})`);
    set('bottom', `translate(${x - left}px, ${y - top}px) scale(${1 / view.scale})`);
    set('width', `${view.width * view.scale}px`);
    set('height', `${view.height * view.scale}px`);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    // Alt+Shift plus a key, matched by `event.code` so that shortcuts work with any keyboard layout and
    // input method. Alt+Shift is clear of the browsers' own shortcuts and of screen readers'. Tab is never taken.
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code === 'Tab') return;
    if (this.element.shortcuts === 'off') return;
    const actions: ShortcutAction[] = ['toolbar', 'reset', 'help', ...this.carebar.registered.map((feature) => feature.id)];
    const action = actions.find((candidate) => this.shortcutFor(candidate) === event.code);
    if (!action) return;
    event.preventDefault();
    if (action === 'toolbar') this.open();
    // The others say what they did, in the toolbar's strings.
    else this.withToolbar((toolbar) => toolbar.runShortcut(action));
  };
}

/** A 24 × 24 icon from SVG path data, hidden from assistive technology (its button has a name). */
function iconNode(doc: Document, path: string): SVGSVGElement {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.appendChild(doc.createElementNS(svg.namespaceURI, 'path')).setAttribute('d', path);
  return svg;
}
