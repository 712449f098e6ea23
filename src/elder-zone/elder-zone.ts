import { carebar } from '../core/instance.js';
import { define } from '../internal/define.js';
import { CareElderZone } from './elder-zone.component.js';

export { CareElderZone };
export type { ElderZoneTile } from './elder-zone.component.js';

/** `<care-elder-zone>` of the ES modules: its button switches the page's `carebar` unless it is given another. */
class PageElderZone extends CareElderZone {
  override connectedCallback(): void {
    this.carebar ??= carebar;
    super.connectedCallback();
  }
}

define('care-elder-zone', PageElderZone);

declare global {
  interface HTMLElementTagNameMap {
    'care-elder-zone': CareElderZone;
  }
}
