import { LitElement, type PropertyDeclarations } from 'lit';
import { elementTranslation } from '../translations/elements.js';
import type { ElementTranslation } from '../translations/types.js';

/** The base of carebar's elements: a language, and its strings. */
export class CareElement extends LitElement {
  static override properties: PropertyDeclarations = { locale: {} };

  /** Language: `zh-CN`, `zh-TW` or `en`. By default the page's `<html lang>`. */
  declare locale?: string;

  /** The strings of the element's language. */
  protected t: ElementTranslation = elementTranslation(undefined);

  protected override willUpdate(): void {
    this.t = elementTranslation(this.locale ?? this.ownerDocument.documentElement.lang);
  }
}
