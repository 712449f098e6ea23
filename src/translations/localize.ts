import { en } from './en.js';
import { resolveLang } from './lang.js';
import type { Lang, LauncherTranslation } from './types.js';
import { zhCN } from './zh-cn.js';
import { zhTW } from './zh-tw.js';

const LAUNCHER: Record<Lang, LauncherTranslation> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** The launcher's strings for a language tag: all that the drop-in's eager part shows. */
export function launcherTranslation(tag: string | null | undefined): LauncherTranslation {
  return LAUNCHER[resolveLang(tag)];
}
