import { LitElement, type PropertyDeclarations } from 'lit';
import { resolveLang } from '../translations/lang.js';
import { loadElementTranslation } from '../translations/load-elements.js';
import type { Lang, ToolbarTranslation } from '../translations/types.js';

/** The base of carebar's elements: a language, and its strings. */
export class CareElement extends LitElement {
  static override properties: PropertyDeclarations = { locale: {} };

  /**
   * Language: `zh-CN`, `zh-TW` or `en`. By default the page's `<html lang>`. Before the element is defined,
   * give it as the `locale` attribute: a property set then reaches the element only as it first renders.
   */
  declare locale?: string;

  private loaded?: ToolbarTranslation;

  /** The strings of the element's language, from its first update on. */
  get strings(): ToolbarTranslation {
    return this.loaded!;
  }

  /** An update waits for the strings of a language not shown before: each language's are fetched as they are needed. */
  protected override async scheduleUpdate(): Promise<void> {
    for (let lang = this.stringsLang(); this.loaded?.lang !== lang; lang = this.stringsLang()) this.loaded = await loadElementTranslation(lang);
    await super.scheduleUpdate();
  }

  private stringsLang(): Lang {
    return resolveLang(this.locale ?? this.ownerDocument.documentElement.lang);
  }
}
