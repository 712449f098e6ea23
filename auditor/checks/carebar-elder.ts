import type { Check } from './types.js';

/** Reports whether `--with-toolbar-elder` could switch the page's carebar to elder mode. */
export const carebarElder: Check<'on' | 'absent'> = {
  id: 'carebar-elder',
  requirements: ['TB-ELDER'],
  appliesTo: 'every',
  impact: 'serious',
  optIn: 'withToolbarElder',
  messages: {
    'zh-CN': {
      on: '已通过 window.carebar.set("elder", true) 打开 carebar 的老年人模式，以下按老年人模式页面审计。',
      absent: '--with-toolbar-elder：页面上没有 carebar（window.carebar），无法打开老年人模式；本页按普通页面审计。',
    },
    en: {
      on: 'carebar\'s elder mode was switched on with window.carebar.set("elder", true); the page was audited as an elder page.',
      absent: '--with-toolbar-elder: the page has no carebar (window.carebar), so elder mode could not be switched on; the page was audited as it is.',
    },
  },
  evaluate({ toolbarElder }) {
    return Promise.resolve(toolbarElder ? { outcome: 'pass', key: 'on' } : { outcome: 'fail', key: 'absent' });
  },
};
