import { elements as en } from './en.js';
import type { ElementTranslation, Lang } from './types.js';
import { elements as zhCN } from './zh-cn.js';
import { elements as zhTW } from './zh-tw.js';

export const ELEMENT_TABLES: Readonly<Record<Lang, ElementTranslation>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
