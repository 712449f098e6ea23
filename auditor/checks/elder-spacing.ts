import { MAX_NODES, type Check } from './types.js';

export const elderSpacing: Check<'pass' | 'lines' | 'paragraphs' | 'both'> = {
  id: 'elder-spacing',
  requirements: ['ELDER-SPACING'],
  wcag: ['1.4.8', '1.4.12'],
  appliesTo: 'elder',
  impact: 'moderate',
  guide: {
    'zh-CN': { rule: '适老化页面的行距不小于字号的 1.3 倍，段距不小于行距的 1.3 倍（适老化通用设计规范）。', fix: '为正文设置 line-height 至少 1.3（建议 1.5），段落之间留出至少 1.3 倍行距的间隔。' },
    en: { rule: 'On elder pages, line spacing is at least 1.3 × the font size and paragraph spacing at least 1.3 × the line spacing (MIIT age-friendly rules).', fix: 'Give the main text a line-height of at least 1.3 (1.5 reads better) and space paragraphs by at least 1.3 lines.' },
  },
  messages: {
    'zh-CN': {
      pass: '行距不小于字号的 {ratio} 倍，段落间距不小于行距的 {ratio} 倍。',
      lines: '{lines} 处文字的行距小于字号的 {ratio} 倍。',
      paragraphs: '{paragraphs} 处段落间距小于行距的 {ratio} 倍。',
      both: '{lines} 处文字的行距小于字号的 {ratio} 倍，{paragraphs} 处段落间距小于行距的 {ratio} 倍。',
    },
    en: {
      pass: 'Line spacing is at least {ratio} × the font size, and paragraph spacing at least {ratio} × the line spacing.',
      lines: '{lines} elements have line spacing below {ratio} × their font size.',
      paragraphs: '{paragraphs} paragraphs are closer to the next than {ratio} × the line spacing.',
      both: '{lines} elements have line spacing below {ratio} × their font size, and {paragraphs} paragraphs are closer to the next than {ratio} × the line spacing.',
    },
  },
  async evaluate({ page, thresholds: { spacingRatio } }) {
    const { lines, paragraphs } = await page.evaluate((ratio, maxNodes) => {
      const probe = window.__carebarProbe;
      // The distance between line boxes as rendered, which also resolves `line-height: normal`.
      /** Where the element's text lies: its lines, and not the images beside them (a badge icon makes its line box taller than its text). */
      const textRects = (el: Element): DOMRect[] => {
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...range.getClientRects());
        }
        return rects;
      };
      const linePitch = (el: Element): number | undefined => {
        const tops = [...new Set(textRects(el).map((r) => Math.round(r.top)))].sort((a, b) => a - b);
        if (tops.length >= 2) return (tops[tops.length - 1] - tops[0]) / (tops.length - 1);
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        return Number.isNaN(lineHeight) ? undefined : lineHeight;
      };
      const tightLines = probe.textElements().filter((el) => {
        const pitch = linePitch(el);
        return pitch !== undefined && pitch < ratio * parseFloat(getComputedStyle(el).fontSize) - 0.5;
      });
      // Paragraph pitch is the gap between two paragraphs plus one line; it must be ≥ ratio × line pitch.
      const tightParagraphs = [...document.querySelectorAll('p + p')].filter((next) => {
        const previous = next.previousElementSibling;
        const pitch = previous && probe.visible(previous) && probe.visible(next) ? linePitch(previous) : undefined;
        if (!previous || pitch === undefined) return false;
        const gap = next.getBoundingClientRect().top - previous.getBoundingClientRect().bottom;
        return gap + pitch < ratio * pitch - 0.5;
      });
      const report = (els: Element[]) => ({ count: els.length, nodes: els.slice(0, maxNodes).map(probe.node) });
      return { lines: report(tightLines), paragraphs: report(tightParagraphs) };
    }, spacingRatio, MAX_NODES);
    const params = { ratio: spacingRatio, lines: lines.count, paragraphs: paragraphs.count };
    const nodes = [...lines.nodes, ...paragraphs.nodes].slice(0, MAX_NODES);
    if (lines.count && paragraphs.count) return { outcome: 'fail', key: 'both', params, nodes };
    if (lines.count) return { outcome: 'fail', key: 'lines', params, nodes };
    if (paragraphs.count) return { outcome: 'fail', key: 'paragraphs', params, nodes };
    return { outcome: 'pass', key: 'pass', params };
  },
};
