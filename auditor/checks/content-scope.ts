import { MAX_NODES, type Check } from './types.js';

/**
 * Says where carebar's own checks did not look: they read the top document, while axe also reads
 * frames and open shadow roots. carebar's own elements (`care-*`) are ours and left out.
 */
export const contentScope: Check<'all' | 'hidden'> = {
  id: 'content-scope',
  requirements: [],
  wcag: [],
  appliesTo: 'every',
  impact: 'minor',
  guide: {
    'zh-CN': { rule: '说明 carebar 自己的检查是否看到了页面的全部内容：iframe 和 shadow DOM 中的内容需要人工检查。', fix: '对 iframe 和 shadow DOM 中的内容，人工检查字号、间距、对比度、点击区域大小和键盘操作。' },
    en: { rule: 'Says whether carebar\'s own checks saw all of the page: content in iframes and shadow DOM needs a person.', fix: 'Check the text size, spacing, contrast, target size and keyboard use of iframe and shadow-DOM content by hand.' },
  },
  messages: {
    'zh-CN': {
      all: 'carebar 的检查看到了页面的全部内容（没有 iframe 和 shadow DOM）。',
      hidden: 'carebar 自己的检查没有进入 {frames} 个 iframe 和 {shadows} 个 shadow DOM：请人工检查其中的字号、行距、对比度、目标尺寸和键盘操作。',
    },
    en: {
      all: "carebar's checks saw all of the page's content (no iframes and no shadow DOM).",
      hidden: "carebar's own checks did not look inside {frames} iframes and {shadows} shadow roots: check their text size, spacing, contrast, target size and keyboard use by hand.",
    },
  },
  async evaluate({ page }) {
    const { frames, shadows, nodes } = await page.evaluate((maxNodes) => {
      const probe = window.__carebarProbe;
      const all = [...document.querySelectorAll('*')].filter((el) => !probe.leftOut(el));
      const framed = all.filter((el) => el.matches('iframe, frame, object[data], embed[src]') && probe.visible(el));
      const shadowed = all.filter((el) => el.shadowRoot && !el.tagName.startsWith('CARE-'));
      return { frames: framed.length, shadows: shadowed.length, nodes: [...framed, ...shadowed].slice(0, maxNodes).map(probe.node) };
    }, MAX_NODES);
    if (!frames && !shadows) return { outcome: 'pass', key: 'all' };
    return { outcome: 'review', key: 'hidden', params: { frames, shadows }, nodes };
  },
};
