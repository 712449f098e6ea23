import { lazy } from '../internal/lazy.js';
import { partFailed } from '../internal/load-part.js';
import type { Lang, ElementTranslation } from './types.js';
import { zhCN } from './zh-cn.js';

/**
 * The language for a tag such as `zh-Hant-HK`, `zh_CN` or `en-GB`: traditional Chinese for
 * Hant, Taiwan, Hong Kong and Macau, simplified for other Chinese, English for the rest.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const normalised = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!normalised) return 'zh-CN';
  if (!/^(zh|cmn|yue)\b/.test(normalised)) return 'en';
  return /\b(hant|tw|hk|mo)\b/.test(normalised) ? 'zh-TW' : 'zh-CN';
}

/** Fills `{name}`-style placeholders. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * The translation table for a language tag. zh-CN's is at hand; the others are a lazy part,
 * loaded the first time one is asked for. Where that fails, the strings are zh-CN's.
 */
export async function loadTranslation(tag: string | null | undefined): Promise<ElementTranslation> {
  const lang = resolveLang(tag);
  if (lang === 'zh-CN') return zhCN;
  try {
    return (await lazy.languages()).languages[lang];
  } catch (error) {
    partFailed(error); // the strings stay zh-CN's
    return zhCN;
  }
}
