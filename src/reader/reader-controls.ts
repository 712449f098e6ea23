import { define } from '../internal/define.js';
import { CareReaderControls } from './reader-controls.component.js';

export { CareReaderControls };

define('care-reader-controls', CareReaderControls);

declare global {
  interface HTMLElementTagNameMap {
    'care-reader-controls': CareReaderControls;
  }
}
