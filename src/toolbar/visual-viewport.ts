import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Narrower than this, in the pixels of the visitor's screen, the toolbar is a sheet at the bottom. */
const SHEET_BELOW_PX = 600;

/**
 * Follows the visual viewport: what the visitor sees of the page. On a phone, a page without a mobile
 * layout is laid out 980 px wide and shown zoomed out, or zoomed in by a pinch to a part of it. The
 * toolbar then sizes itself to the screen, not to the page: below 600 px of screen it is a sheet at
 * the bottom of what the visitor sees, as wide as that, at most `share` of its height, and drawn at
 * the screen's scale, so that its text and targets keep their size however the page is zoomed.
 */
export class VisualViewport implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }, private readonly share: () => number) {
    host.addController(this);
  }

  /** Whether the toolbar is a sheet: its `sheet` attribute, which its styles follow. */
  get sheet(): boolean {
    return this.host.hasAttribute('sheet');
  }

  hostConnected(): void {
    visualViewport?.addEventListener('resize', this.follow);
    visualViewport?.addEventListener('scroll', this.follow);
    this.follow();
  }

  hostDisconnected(): void {
    visualViewport?.removeEventListener('resize', this.follow);
    visualViewport?.removeEventListener('scroll', this.follow);
  }

  hostUpdate(): void {
    this.host.toggleAttribute('sheet', isNarrow());
  }

  hostUpdated(): void {
    this.place();
  }

  private follow = (): void => {
    const before = this.sheet;
    this.host.toggleAttribute('sheet', isNarrow());
    this.place();
    if (this.sheet !== before) this.host.requestUpdate();
  };

  /**
   * Where the sheet is, in custom properties of the element (set through the CSSOM, which a strict CSP
   * allows): from where fixed boxes start, which `.origin` marks (a right-to-left page that overflows puts
   * it left of the layout viewport), to the visual viewport's bottom left; then its own height up.
   */
  private place(): void {
    const view = visualViewport;
    // Read only for a sheet: a desktop's updates read no layout here.
    const origin = this.sheet && this.host.renderRoot.querySelector('.origin')?.getBoundingClientRect();
    if (!view || !origin) return;
    const set = (name: string, value: string) => this.host.style.setProperty(`--care-sheet-${name}`, value);
    set('width', `${view.width * view.scale}px`);
    set('height', `${view.height * view.scale * this.share()}px`);
    set('place', `translate(${view.offsetLeft - origin.left}px, ${view.offsetTop + view.height - origin.top}px) scale(${1 / view.scale}) translateY(-100%)`);
  }
}

/** Whether the visual viewport is narrower than a sheet's limit, in the screen's pixels: the page's at a scale of 1. */
function isNarrow(): boolean {
  return !!visualViewport && visualViewport.width * visualViewport.scale < SHEET_BELOW_PX;
}
