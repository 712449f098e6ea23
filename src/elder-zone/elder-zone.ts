import { define } from '../internal/define.js';
import { CareElderZone } from './elder-zone.component.js';

export { CareElderZone };
export type { ElderZoneTile } from './elder-zone.component.js';

define('care-elder-zone', CareElderZone);

declare global {
  interface HTMLElementTagNameMap {
    'care-elder-zone': CareElderZone;
  }
}
