import type { Check } from './types.js';

/** Reports whether `--with-toolbar-elder` could switch the page's carebar to elder mode. */
export const carebarElder: Check<'on' | 'absent'> = {
  id: 'carebar-elder',
  requirements: ['TB-ELDER'],
  wcag: [],
  appliesTo: 'every',
  impact: 'serious',
  optIn: 'withToolbarElder',
  guide: {
    'zh-CN': { rule: '用 --with-toolbar-elder 审计时，先打开页面上 carebar 工具条的老年人模式，再按适老化页面审计。', fix: '在页面中加入 carebar 工具条（一个 <script> 标签），或不加 --with-toolbar-elder 审计页面本身。' },
    en: { rule: 'With --with-toolbar-elder, carebar\'s elder mode is switched on in the page\'s carebar toolbar before the page is audited as an elder page.', fix: 'Add the carebar toolbar to the page (one <script> tag), or audit the page as it is, without --with-toolbar-elder.' },
  },
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
