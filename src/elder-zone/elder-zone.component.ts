import { html, type TemplateResult } from 'lit';
import { CareElement } from '../internal/care-element.js';
import { lazy } from '../internal/lazy.js';

/** One service of the zone. */
export interface ElderZoneTile {
  /** The service's name, the tile's heading. */
  readonly title: string;
  readonly href: string;
  /** One short line under the title. */
  readonly description?: string;
  /** URL of a decorative image (the title names the tile). */
  readonly icon?: string;
}

/**
 * @tagname care-elder-zone
 * @summary 长者专区: a homepage section of services for older people, with large tiles, a hotline
 * and a switch to elder mode.
 *
 * Tiles come from the `tiles` JSON attribute or property, or else from the element's child
 * links, which are also what a browser without JavaScript shows:
 * `<a href="…" data-icon="…" data-description="…">Title</a>`. Once the element runs and its
 * content (a lazy part) has loaded, it shows its own tiles in their place.
 *
 * @csspart base - The section.
 * @csspart heading - The zone's heading.
 * @csspart list - The list of tiles.
 * @csspart tile - Each tile's link.
 * @csspart icon - Each tile's image.
 * @csspart title - Each tile's title.
 * @csspart description - Each tile's description.
 * @csspart hotline - The hotline's link.
 * @csspart elder - The button (or, without carebar, the link) that turns elder mode on.
 *
 * @cssproperty --care-bg - Background of the tiles.
 * @cssproperty --care-fg - Text colour.
 * @cssproperty --care-accent - Heading rule, tile borders and the elder button.
 * @cssproperty --care-accent-fg - Text on the accent colour.
 * @cssproperty --care-focus - The keyboard focus ring.
 * @cssproperty --care-font - Font family.
 * @cssproperty --care-font-size - Text size, at least 24px.
 * @cssproperty --care-target - The smallest target size, at least 60px.
 */
export class CareElderZone extends CareElement {
  static override properties = { heading: {}, hotline: {}, tiles: { type: Array } };

  /** The heading; by default 长者专区 in the zone's language. */
  declare heading?: string;

  /** The hotline's number, e.g. `12345`, dialled through a `tel:` link. */
  declare hotline?: string;

  /** The services, as JSON in the attribute or an array in the property. Without it, the child links. */
  declare tiles?: readonly ElderZoneTile[];

  /** The tiles, hotline and switch: a lazy part. */
  private readonly content = this.lazyView(() => lazy.elderZone().then(({ ElderZoneView }) => new ElderZoneView(this)));

  private readonly onCareChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // The toolbar may come later in the page, or change elder mode while the zone is shown.
    this.ownerDocument.addEventListener('care-change', this.onCareChange);
    void this.content.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('care-change', this.onCareChange);
  }

  protected override render(): TemplateResult {
    // Until the content has loaded, the child links show as they are, as without JavaScript.
    return this.content.view?.render(this.t) ?? html`<slot></slot>`;
  }
}
