import { translation } from '../translations/index.js';
import type { Translation } from '../translations/types.js';

/**
 * The language carebar speaks and shows on this page: the toolbar's (`data-lang`), or else the
 * page's `<html lang>`. Ask once the toolbar is on the page, i.e. not while a feature is applied.
 */
export function pageTranslation(doc: Document): Translation {
  return translation(doc.getElementsByTagName('care-toolbar')[0]?.locale ?? doc.documentElement.lang);
}
