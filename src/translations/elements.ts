import { en, enToolbar } from './en.js';
import { resolveLang } from './localize.js';
import type { ElementTranslation, Lang } from './types.js';
import { zhCN, zhCNToolbar } from './zh-cn.js';
import { zhTW, zhTWToolbar } from './zh-tw.js';

export const ELEMENT_TABLES: Readonly<Record<Lang, ElementTranslation>> = {
  'zh-CN': { ...zhCN, ...zhCNToolbar },
  'zh-TW': { ...zhTW, ...zhTWToolbar },
  en: { ...en, ...enToolbar },
};

/**
 * The strings of the toolbar and the elder zone's heading, for a language tag: without those of
 * reading aloud and the views, and the elder zone's others, which come with their parts.
 */
export function elementTranslation(tag: string | null | undefined): ElementTranslation {
  return ELEMENT_TABLES[resolveLang(tag)];
}
