import { LitElement, type PropertyDeclarations } from 'lit';
import { loadTranslation } from '../translations/localize.js';
import type { ToolbarTranslation } from '../translations/types.js';
import { zhCN } from '../translations/zh-cn.js';

/**
 * The base of carebar's elements: a language and its strings. Each update waits for the strings
 * of the element's language (the tables other than zh-CN's are a lazy part), so that it never
 * renders in another one.
 */
export class CareElement extends LitElement {
  static override properties: PropertyDeclarations = { locale: {} };

  /** Language: `zh-CN`, `zh-TW` or `en`. By default the page's `<html lang>`. */
  declare locale?: string;

  /** The strings of the element's language. */
  protected t: ToolbarTranslation = zhCN;

  protected override async scheduleUpdate(): Promise<void> {
    this.t = await loadTranslation(this.locale ?? this.ownerDocument.documentElement.lang);
    super.scheduleUpdate();
  }
}
