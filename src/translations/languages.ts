import { en } from './en.js';
import type { ElementTranslation, Lang } from './types.js';
import { zhTW } from './zh-tw.js';

/**
 * The elements' strings in every language but the default: a lazy part (contracts.md: "large
 * locale tables"), loaded only where a page or an element asks for one of them.
 */
export const languages: Readonly<Record<Exclude<Lang, 'zh-CN'>, ElementTranslation>> = { 'zh-TW': zhTW, en };
