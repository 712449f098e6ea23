import type { Lang } from './types.js';

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
