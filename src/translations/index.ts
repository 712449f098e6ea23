import { en, enReading, enToolbar } from './en.js';
import { resolveLang } from './localize.js';
import type { Lang, Translation } from './types.js';
import { zhCN, zhCNReading, zhCNToolbar } from './zh-cn.js';
import { zhTW, zhTWReading, zhTWToolbar } from './zh-tw.js';

export { format, loadTranslation, resolveLang } from './localize.js';

const TABLES: Record<Lang, Translation> = {
  'zh-CN': { ...zhCN, ...zhCNToolbar, ...zhCNReading },
  'zh-TW': { ...zhTW, ...zhTWToolbar, ...zhTWReading },
  en: { ...en, ...enToolbar, ...enReading },
};

/**
 * The translation table for a language tag, at once, for code that loads with every table (the
 * lazy parts, ES-module users). carebar's elements use `loadTranslation`, which keeps the tables
 * other than zh-CN's, and the strings of the toolbar's bar and of the other lazy parts, out of the
 * drop-in's eager part.
 */
export function translation(tag: string | null | undefined): Translation {
  return TABLES[resolveLang(tag)];
}
