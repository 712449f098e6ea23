// The elder zone part: loaded by the drop-in where a page has a <care-elder-zone>, whose child
// links show until it arrives.
import { define } from '../internal/define.js';
import { CareElderZone } from './elder-zone.component.js';

define('care-elder-zone', CareElderZone);
