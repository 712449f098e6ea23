import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { contrastRatio } from '../checks/elder-contrast.js';
import type { Lang } from '../types.js';
import type { Answer, NodeResult, Settler } from './types.js';

type Rgba = [number, number, number, number];

/** Marks the element whose text is hidden while its background is photographed. */
const HIDDEN = 'data-carebar-audit-hidden-text';
/** Text behind which at least this share of the background falls short fails: not a few letters, but much of it. */
const FAILING_SHARE = 0.25;
/** Text passes when this share of its background meets the ratio, leaving room for a stray edge in the picture. */
const PASSING_SHARE = 0.99;

interface Sample {
  /** The text's colour, its alpha multiplied by the opacity of the element and its ancestors. */
  color: Rgba;
  /** Where the element's own text lies, in the document's coordinates. */
  clip: { x: number; y: number; width: number; height: number };
  shadowed: boolean;
}

/**
 * WCAG 1.4.3 and 1.4.6 for text over a background image or gradient, which axe cannot read and leaves to
 * review. The text is made transparent for a moment and the background behind it photographed; every pixel
 * is then compared with the text's colour. Text fails when much of its background falls short, and passes
 * when nearly all of it is enough. Between the two, or behind a text shadow that may be what makes it
 * readable, it stays for a person.
 */
export const textContrast: Settler = {
  rule: 'color-contrast',
  reasons: ['bgImage', 'bgGradient'],
  async settle(page, nodes, lang) {
    const answers: Array<Answer | undefined> = [];
    for (const node of nodes) answers.push(await measure(page, node, lang));
    return answers;
  },
};

async function measure(page: Page, node: NodeResult, lang: Lang): Promise<Answer | undefined> {
  const needed = parseFloat(String((node.any[0]?.data as { expectedContrastRatio?: string } | undefined)?.expectedContrastRatio ?? '4.5'));
  // WCAG's enhanced ratio for the same text: 7:1, or 4.5:1 for large text, whose minimum is 3:1.
  const enhanced = needed === 3 ? 4.5 : 7;
  const sample = await page.evaluate(hideText, String(node.target[0]), HIDDEN);
  if (!sample) return undefined;
  let picture: Uint8Array;
  try {
    picture = await page.screenshot({ type: 'png', clip: sample.clip });
  } finally {
    await page.evaluate(showText, HIDDEN);
  }
  const ratios = backgroundRatios(PNG.sync.read(Buffer.from(picture)).data, sample.color);
  const judge = (ratio: number) => verdict(ratios, ratio, sample.shadowed);
  const outcome = judge(needed);
  if (!outcome) return undefined;
  const note = (ratio: number) =>
    lang === 'zh-CN'
      ? `从页面像素测得，文字与背景图像或渐变的对比度在 ${ratios[0]}:1 到 ${ratios.at(-1)}:1 之间，需要 ${ratio}:1。`
      : `Measured from the page's pixels, the text's contrast with the image or gradient behind it ranges from ${ratios[0]}:1 to ${ratios.at(-1)}:1; ${ratio}:1 is needed.`;
  const stricter = judge(enhanced);
  return { outcome, note: note(needed), ...(stricter && { also: { rule: 'color-contrast-enhanced', outcome: stricter, note: note(enhanced) } }) };
}

/** Each pixel's contrast with the text over it, lowest first. */
function backgroundRatios(pixels: Uint8Array, color: Rgba): number[] {
  const byColour = new Map<number, number>();
  const ratios: number[] = [];
  for (let i = 0; i < pixels.length; i += 4) {
    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    let ratio = byColour.get(key);
    if (ratio === undefined) byColour.set(key, (ratio = contrastRatio(color, [pixels[i], pixels[i + 1], pixels[i + 2], 1])));
    ratios.push(ratio);
  }
  return ratios.sort((a, b) => a - b);
}

function verdict(ratios: readonly number[], needed: number, shadowed: boolean): 'fail' | 'pass' | undefined {
  if (ratios[Math.floor(ratios.length * (1 - PASSING_SHARE))] >= needed) return 'pass';
  if (ratios[Math.floor(ratios.length * FAILING_SHARE)] < needed && !shadowed) return 'fail';
  return undefined;
}

/** In the page: makes the element's text transparent and says where it was and what colour, or null when that cannot be told. */
function hideText(selector: string, hidden: string): Sample | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const rects = [...el.childNodes]
    .filter((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim())
    .flatMap((text) => {
      const range = document.createRange();
      range.selectNodeContents(text);
      return [...range.getClientRects()];
    })
    .filter((rect) => rect.width >= 1 && rect.height >= 1);
  const style = getComputedStyle(el);
  const channels = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(style.color);
  if (!rects.length || !channels) return null;
  let alpha = channels[4] === undefined ? 1 : Number(channels[4]);
  // Filters and blending change the colours in ways a single colour cannot stand for.
  for (let at: Element | null = el; at; at = at.parentElement) {
    const own = getComputedStyle(at);
    if (own.filter !== 'none' || own.mixBlendMode !== 'normal') return null;
    alpha *= Number(own.opacity);
  }
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const clip = { x: left + scrollX, y: top + scrollY, width: Math.max(...rects.map((r) => r.right)) - left, height: Math.max(...rects.map((r) => r.bottom)) - top };
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`[${hidden}], [${hidden}] * { color: transparent !important; -webkit-text-fill-color: transparent !important; text-shadow: none !important; text-decoration-color: transparent !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  el.setAttribute(hidden, '');
  return { color: [Number(channels[1]), Number(channels[2]), Number(channels[3]), alpha], clip, shadowed: style.textShadow !== 'none' };
}

/** In the page: undoes `hideText`. */
function showText(hidden: string): void {
  document.querySelector(`[${hidden}]`)?.removeAttribute(hidden);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => ![...sheet.cssRules].some((rule) => rule.cssText.includes(hidden)));
}
