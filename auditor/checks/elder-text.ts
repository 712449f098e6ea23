import { MAX_NODES, type Check } from './types.js';

export const elderText: Check<'pass' | 'fail' | 'smaller' | 'empty'> = {
  id: 'elder-text',
  requirements: ['ELDER-TEXT'],
  wcag: [],
  appliesTo: 'elder',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '适老化页面的正文字号不小于 18 像素，主要功能文字同样如此（适老化通用设计规范）。', fix: '把正文和主要功能的字号设为至少 18px，并用相对单位，让用户还能继续放大。' },
    en: { rule: 'On elder pages, the main text and the text of main functions are at least 18 px (MIIT age-friendly rules).', fix: 'Set the main text and main functions to at least 18px, in relative units so that users can enlarge it further.' },
  },
  messages: {
    'zh-CN': {
      pass: '正文字号为 {size}px，不小于 {min}px。',
      fail: '正文字号为 {size}px，小于老年人模式要求的 {min}px。',
      smaller: '正文字号为 {size}px，但有 {count} 处文字小于 {min}px：请确认它们不是正文或主要功能。',
      empty: '页面上没有可测量的文字。',
    },
    en: {
      pass: 'The main text is {size}px, at least {min}px.',
      fail: 'The main text is {size}px, below the {min}px that elder pages need.',
      smaller: 'The main text is {size}px, but {count} elements have text below {min}px: check that none is main text or a main function.',
      empty: 'The page has no text to measure.',
    },
  },
  async evaluate({ page, thresholds: { elderFontPx: min } }) {
    const { mainSize, small } = await page.evaluate((min, maxNodes) => {
      const probe = window.__carebarProbe;
      const charsBySize = new Map<number, number>();
      const smallElements: Element[] = [];
      for (const el of probe.textElements()) {
        const size = Math.round(parseFloat(getComputedStyle(el).fontSize) * 10) / 10;
        const chars = [...el.childNodes].reduce((sum, n) => sum + (n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '').trim().length : 0), 0);
        charsBySize.set(size, (charsBySize.get(size) ?? 0) + chars);
        if (size < min) smallElements.push(el);
      }
      // The main text is the size that carries the most characters.
      const [top] = [...charsBySize].sort((a, b) => b[1] - a[1]);
      return { mainSize: top?.[0], small: { count: smallElements.length, nodes: smallElements.slice(0, maxNodes).map(probe.node) } };
    }, min, MAX_NODES);
    if (mainSize === undefined) return { outcome: 'pass', key: 'empty' };
    const params = { size: mainSize, min, count: small.count };
    if (mainSize < min) return { outcome: 'fail', key: 'fail', params, nodes: small.nodes };
    if (small.count > 0) return { outcome: 'review', key: 'smaller', params, nodes: small.nodes };
    return { outcome: 'pass', key: 'pass', params };
  },
};
