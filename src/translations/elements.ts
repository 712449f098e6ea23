import { en, enToolbar } from './en.js';
import type { ElementTranslation, Lang } from './types.js';
import { zhCN, zhCNToolbar } from './zh-cn.js';
import { zhTW, zhTWToolbar } from './zh-tw.js';

export const ELEMENT_TABLES: Readonly<Record<Lang, ElementTranslation>> = {
  'zh-CN': { ...zhCN, ...zhCNToolbar },
  'zh-TW': { ...zhTW, ...zhTWToolbar },
  en: { ...en, ...enToolbar },
};
