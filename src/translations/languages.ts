import { en } from './en.js';
import type { Lang, ToolbarTranslation } from './types.js';
import { zhTW } from './zh-tw.js';

/**
 * The tables of every language but the default: a lazy part (contracts.md: "large locale
 * tables"), loaded only where a page or an element asks for one of them.
 */
export const languages: Readonly<Record<Exclude<Lang, 'zh-CN'>, ToolbarTranslation>> = { 'zh-TW': zhTW, en };
