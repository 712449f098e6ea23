import { define } from '../internal/define.js';
import { CareToolbar } from './toolbar.component.js';

export { CareToolbar };

define('care-toolbar', CareToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'care-toolbar': CareToolbar;
  }
}
