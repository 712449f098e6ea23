import { LitElement, type PropertyDeclarations } from 'lit';
import { loadTranslation } from '../translations/localize.js';
import type { ElementTranslation } from '../translations/types.js';
import { zhCN } from '../translations/zh-cn.js';
import { LazyView } from './lazy-view.js';

/**
 * The base of carebar's elements: a language and its strings, and views that are lazy parts. Each
 * update waits for the strings of the element's language (the tables other than zh-CN's are a lazy
 * part), so that it never renders in another one.
 */
export class CareElement extends LitElement {
  static override properties: PropertyDeclarations = { locale: {} };

  /** Language: `zh-CN`, `zh-TW` or `en`. By default the page's `<html lang>`. */
  declare locale?: string;

  /** The strings of the element's language. */
  protected t: ElementTranslation = zhCN;

  private readonly views: Array<LazyView<unknown>> = [];

  protected override async scheduleUpdate(): Promise<void> {
    this.t = await loadTranslation(this.locale ?? this.ownerDocument.documentElement.lang);
    super.scheduleUpdate();
  }

  /** An update that loads a lazy view completes once the view has arrived and shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const pending = this.views.map((view) => view.pending).filter(Boolean);
    if (!pending.length) return result;
    await Promise.all(pending);
    return this.getUpdateComplete();
  }

  /** A view of this element that is a lazy part, created by `create` once loaded. */
  protected lazyView<V>(create: () => Promise<V>): LazyView<V> {
    const view = new LazyView(this, create);
    this.views.push(view);
    return view;
  }
}
