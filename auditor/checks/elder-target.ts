import { MAX_NODES, type Check } from './types.js';

export const elderTarget: Check<'pass' | 'fail' | 'none'> = {
  id: 'elder-target',
  requirements: ['ELDER-TARGET'],
  wcag: ['2.5.5', '2.5.8'],
  appliesTo: 'elder',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '适老化页面的按钮、链接等可点击区域不小于 60 × 60 像素（适老化通用设计规范）。', fix: '增大按钮和链接的内边距或最小宽高（min-width、min-height），使点击区域达到 60 × 60 像素。' },
    en: { rule: 'On elder pages, buttons, links and other targets are at least 60 × 60 px (MIIT age-friendly rules).', fix: 'Raise the padding or the min-width and min-height of buttons and links until each is at least 60 × 60 px.' },
  },
  messages: {
    'zh-CN': {
      pass: '可点击的目标都不小于 {min} × {min} px。',
      fail: '{count} 个可点击的目标小于老年人模式要求的 {min} × {min} px。',
      none: '页面上没有可点击的目标。',
    },
    en: {
      pass: 'Every target is at least {min} × {min} px.',
      fail: '{count} targets are smaller than the {min} × {min} px that elder pages need.',
      none: 'The page has no targets.',
    },
  },
  async evaluate({ page, thresholds: { elderTargetPx: min } }) {
    const { total, small } = await page.evaluate((minPx, maxNodes) => {
      const probe = window.__carebarProbe;
      // A link inside running text cannot be 60 px tall without breaking the text; WCAG 2.5.8 exempts it too.
      const inSentence = (el: Element) =>
        getComputedStyle(el).display === 'inline' &&
        [...(el.parentElement?.childNodes ?? [])].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      const targets = probe.targets().filter((el) => !inSentence(el));
      const tooSmall = targets.filter((el) => {
        const { width, height } = el.getBoundingClientRect();
        return width < minPx - 0.5 || height < minPx - 0.5;
      });
      return { total: targets.length, small: { count: tooSmall.length, nodes: tooSmall.slice(0, maxNodes).map(probe.node) } };
    }, min, MAX_NODES);
    const params = { min, count: small.count };
    if (total === 0) return { outcome: 'pass', key: 'none', params };
    if (small.count) return { outcome: 'fail', key: 'fail', params, nodes: small.nodes };
    return { outcome: 'pass', key: 'pass', params };
  },
};
