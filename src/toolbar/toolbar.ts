import { carebar } from '../core/instance.js';
import { define } from '../internal/define.js';
import { Launcher } from '../launcher/launcher.js';
import { CareToolbar } from './toolbar.component.js';

export { CareToolbar };

/** `<care-toolbar>` of the ES modules: the page's `carebar` unless it is given another, and a launcher of its own. */
class PageToolbar extends CareToolbar {
  override connectedCallback(): void {
    // Given before it connects, or by the drop-in that made this element before the modules defined it.
    this.carebar ??= carebar;
    this.launcher ??= new Launcher(this, this.carebar);
    super.connectedCallback();
  }
}

define('care-toolbar', PageToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'care-toolbar': CareToolbar;
  }
}
