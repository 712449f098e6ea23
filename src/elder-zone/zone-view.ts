// The elder zone's tiles, hotline and elder-mode switch, with their look: a lazy part of
// <care-elder-zone>, so that pages without a zone never load them.
import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import type { ElementTranslation } from '../translations/types.js';
import type { CareElderZone, ElderZoneTile } from './elder-zone.component.js';
import { elderZoneStyles } from './elder-zone.styles.js';

/** What <care-elder-zone> shows once this part has loaded. */
export class ElderZoneView {
  constructor(private readonly host: CareElderZone) {
    adoptStyles(host.renderRoot as ShadowRoot, [elderZoneStyles]);
  }

  render(t: ElementTranslation): TemplateResult {
    const { host } = this;
    return html`<section part="base" aria-labelledby="heading" lang=${t.lang}>
      <h2 part="heading" id="heading">${host.heading ?? t.zone}</h2>
      <ul part="list" class="tiles">
        ${(host.tiles ?? this.childTiles()).map(
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
        ${host.hotline
          ? html`<a part="hotline" class="hotline" href="tel:${host.hotline.replace(/[^\d+]/g, '')}"
              >${t.zoneHotline} <strong>${host.hotline}</strong></a
            >`
          : nothing}
        ${this.renderElder(t)}
      </div>
    </section>`;
  }

  /** A switch on the page's carebar, or a link that opens the page in elder mode where it has none. */
  private renderElder(t: ElementTranslation): TemplateResult {
    if (!hasElder()) return html`<a part="elder" class="elder" href="?care=elder">${t.zoneElderOn}</a>`;
    const on = window.carebar.get('elder') === true;
    return html`<button part="elder" class="elder" @click=${() => window.carebar.set('elder', !on)}>
      ${on ? t.zoneElderOff : t.zoneElderOn}
    </button>`;
  }

  private childTiles(): ElderZoneTile[] {
    return [...this.host.querySelectorAll<HTMLAnchorElement>(':scope > a[href]')].map((link) => ({
      title: link.textContent!.trim(),
      href: link.getAttribute('href')!,
      description: link.dataset.description,
      icon: link.dataset.icon,
    }));
  }
}

function hasElder(): boolean {
  return window.carebar?.features.some((feature) => feature.id === 'elder') ?? false;
}
