import { en, enToolbar, enZone } from './en.js';
import { resolveLang } from './localize.js';
import type { ElementTranslation, Lang } from './types.js';
import { zhCN, zhCNToolbar, zhCNZone } from './zh-cn.js';
import { zhTW, zhTWToolbar, zhTWZone } from './zh-tw.js';

export const ELEMENT_TABLES: Readonly<Record<Lang, ElementTranslation>> = {
  'zh-CN': { ...zhCN, ...zhCNZone, ...zhCNToolbar },
  'zh-TW': { ...zhTW, ...zhTWZone, ...zhTWToolbar },
  en: { ...en, ...enZone, ...enToolbar },
};

/**
 * The strings of the toolbar and the elder zone, for a language tag: without those of reading
 * aloud and the views, which come with the reading part.
 */
export function elementTranslation(tag: string | null | undefined): ElementTranslation {
  return ELEMENT_TABLES[resolveLang(tag)];
}
