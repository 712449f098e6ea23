import { resolveLang } from './lang.js';
import type { Lang, LauncherTranslation } from './types.js';

/** The launcher's strings, which the drop-in's eager part holds for every language: the toolbar's come with its part. */
const LAUNCHER: Readonly<Record<Lang, LauncherTranslation>> = {
  // 简体中文, the default
  'zh-CN': {
    lang: 'zh-CN',
    launcher: '无障碍',
    partFailed: '部分功能未能加载，其他功能仍可使用。请检查网络后刷新页面重试。',
    dismiss: '关闭提示',
  },
  // 繁體中文
  'zh-TW': {
    lang: 'zh-TW',
    launcher: '無障礙',
    partFailed: '部分功能未能載入，其他功能仍可使用。請檢查網路後重新整理頁面再試。',
    dismiss: '關閉提示',
  },
  // English
  en: {
    lang: 'en',
    launcher: 'Accessibility',
    partFailed: 'Part of the toolbar could not be loaded; everything else still works. Check your connection and reload the page.',
    dismiss: 'Dismiss',
  },
};

/** The launcher's strings for a language tag: all that the drop-in's eager part shows. */
export function launcherTranslation(tag: string | null | undefined): LauncherTranslation {
  return LAUNCHER[resolveLang(tag)];
}
