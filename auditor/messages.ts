import type { Lang } from './types.js';

/** The runner's own messages, for findings that no check module owns. */
export const RUNNER_MESSAGES: Record<Lang, Record<'checkFailed', string>> = {
  'zh-CN': { checkFailed: '检查未能完成（{error}），请人工检查这一项。' },
  en: { checkFailed: 'The check could not finish ({error}); check this by hand.' },
};
