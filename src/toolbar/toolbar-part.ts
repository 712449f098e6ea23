// The toolbar part: loaded by the launcher when a visitor first reaches for the toolbar, it defines
// <care-toolbar>, which upgrades the element that the launcher already shows.
import { define } from '../internal/define.js';
import { CareToolbar } from './toolbar.component.js';

define('care-toolbar', CareToolbar);
