import ColorContrastChecker from 'color-contrast-checker';
import type { FindingNode } from '../types.js';
import { MAX_NODES, type Check } from './types.js';

/** An sRGB colour with alpha, as the page computed it. */
type Rgba = [number, number, number, number];

interface TextSample {
  node: FindingNode;
  color: Rgba;
  /** The opaque colour behind the text, or null when an image or gradient is behind it. */
  background: Rgba | null;
  fontPx: number;
}

const checker = new ColorContrastChecker();

const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The text colour as seen over its background. */
const blend = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];

/** The WCAG contrast ratio, computed with color-contrast-checker. */
export function contrastRatio(color: Rgba, background: Rgba): number {
  const ratio = checker.getContrastRatio(checker.hexToLuminance(hex(blend(color, background))), checker.hexToLuminance(hex(background)));
  return Math.round(ratio * 100) / 100;
}

export const elderContrast: Check<'pass' | 'fail' | 'images'> = {
  id: 'elder-contrast',
  requirements: ['ELDER-CONTRAST'],
  wcag: ['1.4.3', '1.4.6'],
  appliesTo: 'elder',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '适老化页面的文字与背景对比度不低于 4.5:1，大字号文字不低于 3:1（适老化通用设计规范，WCAG 1.4.3）。', fix: '加深文字颜色或调浅背景，使对比度达到要求；图片或渐变上的文字加不透明底色。' },
    en: { rule: 'On elder pages, text contrasts with its background at least 4.5:1, and large text at least 3:1 (MIIT age-friendly rules, WCAG 1.4.3).', fix: 'Darken the text or lighten its background until the ratio is met; give text on images or gradients a solid backing.' },
  },
  messages: {
    'zh-CN': {
      pass: '文字与背景的对比度不低于 {normal}:1（{large}px 及以上的大字不低于 {largeRatio}:1）。',
      fail: '{count} 处文字与背景的对比度不足（最低 {worst}:1；要求 {normal}:1，{large}px 及以上的大字 {largeRatio}:1）。',
      images: '{count} 处文字位于图片或渐变之上，无法自动计算对比度：请人工确认不低于 {normal}:1。',
    },
    en: {
      pass: 'Text contrast is at least {normal}:1 ({largeRatio}:1 for text of {large}px and more).',
      fail: '{count} text elements lack contrast (lowest {worst}:1; {normal}:1 needed, {largeRatio}:1 for text of {large}px and more).',
      images: '{count} text elements sit on an image or gradient, so their contrast cannot be computed: check by eye that it is at least {normal}:1.',
    },
  },
  async evaluate({ page, thresholds }) {
    const samples = await page.evaluate((): TextSample[] => {
      const probe = window.__carebarProbe;
      const parse = (css: string): Rgba => {
        const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
        return [r, g, b, css.startsWith('rgba') ? a : 1];
      };
      // Composite the backgrounds from the element up to the root, stopping at the first opaque one.
      const backgroundOf = (el: Element): Rgba | null => {
        const layers: Rgba[] = [];
        for (let node: Element | null = el; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.backgroundImage !== 'none') return null;
          const layer = parse(style.backgroundColor);
          if (layer[3] > 0) layers.push(layer);
          if (layer[3] >= 1) break;
        }
        return layers.reduceRight<Rgba>(([br, bg, bb], [r, g, b, a]) => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1], [255, 255, 255, 1]);
      };
      return probe.textElements().map((el) => {
        const style = getComputedStyle(el);
        return { node: probe.node(el), color: parse(style.color), background: backgroundOf(el), fontPx: parseFloat(style.fontSize) };
      });
    });
    const { contrastRatio: normal, largeContrastRatio: largeRatio, largeTextPx: large } = thresholds;
    const unknown = samples.filter((s) => s.background === null);
    const failing = samples
      .flatMap((s) => (s.background ? [{ node: s.node, ratio: contrastRatio(s.color, s.background), needed: s.fontPx >= large ? largeRatio : normal }] : []))
      .filter(({ ratio, needed }) => ratio < needed)
      .sort((a, b) => a.ratio - b.ratio);
    const params = { normal, largeRatio, large, count: failing.length || unknown.length, worst: failing[0]?.ratio ?? '' };
    if (failing.length) return { outcome: 'fail', key: 'fail', params, nodes: failing.slice(0, MAX_NODES).map((f) => f.node) };
    if (unknown.length) return { outcome: 'review', key: 'images', params, nodes: unknown.slice(0, MAX_NODES).map((s) => s.node) };
    return { outcome: 'pass', key: 'pass', params };
  },
};
