// The toolbar part: loaded by the launcher when a visitor first reaches for the toolbar, it defines
// <care-toolbar>, which upgrades the element that the launcher already shows.
import { define } from '../internal/define.js';
import { loadElementTranslation } from '../translations/load-elements.js';
import { CareToolbar } from './toolbar.component.js';

// The page's strings come with the part: where they cannot be fetched, the part fails as a whole, and the launcher says so.
await loadElementTranslation(document.querySelector('care-toolbar')?.getAttribute('locale') ?? document.documentElement.lang);
define('care-toolbar', CareToolbar);
