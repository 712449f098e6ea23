import type { Check } from './types.js';

export const govReach: Check<'pass' | 'unreachable' | 'slow'> = {
  id: 'gov-reach',
  requirements: ['GOV-REACH'],
  wcag: [],
  appliesTo: 'every',
  impact: 'critical',
  runsOnError: true,
  guide: {
    'zh-CN': { rule: '页面能访问，并在规定时间内加载完成（政府网站检查指标，否决项）。', fix: '检查服务器、域名解析和证书；减小页面体积，让页面在时限内加载完成。' },
    en: { rule: 'The page can be reached and loads within the time limit (government-site inspection; a veto item).', fix: 'Check the server, DNS and certificate; make the page lighter so that it loads in time.' },
  },
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
