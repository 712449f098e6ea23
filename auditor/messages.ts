import type { Lang } from './types.js';

/** The runner's own messages, for findings that no check module owns. */
export const RUNNER_MESSAGES: Record<Lang, Record<'checkFailed' | 'outOfTime' | 'crashed', string>> = {
  'zh-CN': {
    checkFailed: '检查未能完成（{error}），请人工检查这一项。',
    outOfTime: '这些检查没能在单页时限（{seconds} 秒）内完成：{checks}。之前得到的结果已保留，请人工检查这几项。',
    crashed: '标签页崩溃，这些检查没有完成：{checks}。之前得到的结果已保留，请人工检查这几项。',
  },
  en: {
    checkFailed: 'The check could not finish ({error}); check this by hand.',
    outOfTime: 'These checks did not finish within the per-page time limit ({seconds} s): {checks}. The results found before are kept; check these by hand.',
    crashed: 'The tab crashed, so these checks did not finish: {checks}. The results found before are kept; check these by hand.',
  },
};
