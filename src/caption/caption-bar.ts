import { define } from '../internal/define.js';
import { CareCaptionBar } from './caption-bar.component.js';

export { CareCaptionBar, captionHeight } from './caption-bar.component.js';

define('care-caption-bar', CareCaptionBar);

declare global {
  interface HTMLElementTagNameMap {
    'care-caption-bar': CareCaptionBar;
  }
}
