import { html, nothing, type TemplateResult } from 'lit';
import type { Carebar } from '../core/carebar.js';
import { CareElement } from '../internal/care-element.js';
import { zoneTranslation } from '../translations/zone.js';
import { elderZoneStyles } from './elder-zone.styles.js';

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
 * `<a href="…" data-icon="…" data-description="…">Title</a>`. Once the element is defined (in the
 * drop-in, by a part loaded where a page has a zone), it shows its own tiles in their place.
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
  static override styles = [elderZoneStyles];
  static override properties = { heading: {}, hotline: {}, tiles: { type: Array } };

  /** The heading; by default 长者专区 in the zone's language. */
  declare heading?: string;

  /** The hotline's number, e.g. `12345`, dialled through a `tel:` link. */
  declare hotline?: string;

  /** The services, as JSON in the attribute or an array in the property. Without it, the child links. */
  declare tiles?: readonly ElderZoneTile[];

  /** The carebar whose elder mode the zone's button switches; without one, a link opens the page in elder mode. */
  declare carebar?: Carebar;

  private readonly onCareChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // The toolbar may come later in the page, or change elder mode while the zone is shown.
    this.ownerDocument.addEventListener('care-change', this.onCareChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('care-change', this.onCareChange);
  }

  protected override render(): TemplateResult {
    const t = this.strings;
    const zone = zoneTranslation(t.lang);
    return html`<section part="base" aria-labelledby="heading" lang=${t.lang}>
      <h2 part="heading" id="heading">${this.heading ?? t.zone}</h2>
      <ul part="list" class="tiles">
        ${(this.tiles ?? this.childTiles()).map(
          (tile) => html`<li>
            <a part="tile" href=${tile.href}>
              ${tile.icon ? html`<img part="icon" src=${tile.icon} alt="" />` : nothing}
              <span part="title" class="title">${tile.title}</span>
              ${tile.description ? html`<span part="description">${tile.description}</span>` : nothing}
            </a>
          </li>`,
        )}
      </ul>
      <div class="actions">
        ${this.hotline
          ? html`<a part="hotline" class="hotline" href="tel:${this.hotline.replace(/[^\d+]/g, '')}"
              >${zone.zoneHotline} <strong>${this.hotline}</strong></a
            >`
          : nothing}
        ${this.renderElder()}
      </div>
    </section>`;
  }

  /** A switch on the carebar, or a link that opens the page in elder mode where there is none. */
  private renderElder(): TemplateResult {
    const { carebar } = this;
    const zone = zoneTranslation(this.strings.lang);
    if (!carebar?.features.some((feature) => feature.id === 'elder')) {
      return html`<a part="elder" class="elder" href="?care=elder">${zone.zoneElderOn}</a>`;
    }
    const on = carebar.get('elder') === true;
    return html`<button part="elder" class="elder" @click=${() => carebar.set('elder', !on)}>
      ${on ? zone.zoneElderOff : zone.zoneElderOn}
    </button>`;
  }

  private childTiles(): ElderZoneTile[] {
    return [...this.querySelectorAll<HTMLAnchorElement>(':scope > a[href]')].map((link) => ({
      title: link.textContent.trim(),
      href: link.getAttribute('href')!,
      description: link.dataset.description,
      icon: link.dataset.icon,
    }));
  }
}
