import type { Check } from './types.js';

/** The 我为政府网站找错 entry, by its text or by the national platform it links to. */
const FIND_ERROR = { text: '我为政府网站找错', href: 'zfwzzc\\.www\\.gov\\.cn|errorInfo|找错' };

export const govFindError: Check<'pass' | 'notAtBottom' | 'none'> = {
  id: 'gov-finderror',
  requirements: ['GOV-FINDERROR'],
  wcag: [],
  appliesTo: 'entry',
  impact: 'moderate',
  guide: {
    'zh-CN': { rule: '政府网站首页底部提供“我为政府网站找错”入口（政府网站检查指标）。', fix: '在首页底部功能区加入“我为政府网站找错”的链接，指向国务院办公厅的统一入口。' },
    en: { rule: 'A government site\'s homepage has a 我为政府网站找错 (report an error) entry at its bottom (government-site inspection).', fix: 'Add the 我为政府网站找错 link, to the State Council\'s common entry, to the homepage footer.' },
  },
  messages: {
    'zh-CN': {
      pass: '首页底部有“我为政府网站找错”入口。',
      notAtBottom: '找到“我为政府网站找错”入口，但不在首页底部：请人工确认其位置。',
      none: '首页没有“我为政府网站找错”入口。',
    },
    en: {
      pass: 'The homepage has a 我为政府网站找错 (report an error) entry at the bottom.',
      notAtBottom: 'A 我为政府网站找错 entry exists but not at the bottom of the homepage: check where it is.',
      none: 'The homepage has no 我为政府网站找错 (report an error) entry.',
    },
  },
  async evaluate({ page }) {
    const found = await page.evaluate((pattern) => {
      const probe = window.__carebarProbe;
      const text = new RegExp(pattern.text);
      const href = new RegExp(pattern.href);
      const entry = [...document.querySelectorAll('a, area, [role="link"], button')].find(
        (el) => !probe.leftOut(el) && (text.test(probe.label(el)) || href.test(el.getAttribute('href') ?? '')),
      );
      if (!entry) return null;
      const inFooter = entry.closest('footer, [role="contentinfo"], #footer, .footer, [class*="foot"], [id*="foot"]') !== null;
      const inLowerHalf = entry.getBoundingClientRect().top + scrollY > document.documentElement.scrollHeight / 2;
      return { node: probe.node(entry), atBottom: inFooter || inLowerHalf };
    }, FIND_ERROR);
    if (!found) return { outcome: 'fail', key: 'none' };
    return { outcome: found.atBottom ? 'pass' : 'review', key: found.atBottom ? 'pass' : 'notAtBottom', nodes: [found.node] };
  },
};
