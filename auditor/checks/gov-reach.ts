import type { Check } from './types.js';

export const govReach: Check<'pass' | 'unreachable' | 'slow'> = {
  id: 'gov-reach',
  requirements: ['GOV-REACH'],
  appliesTo: 'every',
  impact: 'critical',
  runsOnError: true,
  messages: {
    'zh-CN': {
      pass: '页面在 {seconds} 秒内打开。',
      unreachable: '页面无法访问（{code}）：{message}',
      slow: '页面用了 {seconds} 秒才打开，超过 {limit} 秒。',
    },
    en: {
      pass: 'The page loaded in {seconds} s.',
      unreachable: 'The page could not be reached ({code}): {message}',
      slow: 'The page took {seconds} s to load, more than {limit} s.',
    },
  },
  evaluate({ error, loadMs, thresholds: { reachSeconds } }) {
    if (error) return Promise.resolve({ outcome: 'fail', key: 'unreachable', params: { ...error } });
    const params = { seconds: Math.round(loadMs / 100) / 10, limit: reachSeconds };
    return Promise.resolve(loadMs > reachSeconds * 1000 ? { outcome: 'fail', key: 'slow', params } : { outcome: 'pass', key: 'pass', params });
  },
};
