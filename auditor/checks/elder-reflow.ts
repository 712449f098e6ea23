import type { FindingNode } from '../types.js';
import { MAX_NODES, type Check } from './types.js';

/** 200% zoom of a 1280 px window, and WCAG 1.4.10's 320 CSS px. */
const WIDTHS = [640, 320];

interface Overflow {
  /** Elements that stick out to the right and make the page scroll sideways. */
  culprits: FindingNode[];
  /** Whether every culprit is content that may scroll in two dimensions (a table, a map, code, media). */
  exempt: boolean;
  /** Elements that clip their text, losing content. */
  clipped: FindingNode[];
}

export const elderReflow: Check<'pass' | 'scroll' | 'exempt' | 'clipped'> = {
  id: 'elder-reflow',
  requirements: ['ELDER-REFLOW'],
  wcag: ['1.4.10'],
  appliesTo: 'every',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '页面放大到 400%（相当于 320 CSS 像素宽）时内容重排，不需横向滚动，也不裁掉文字（WCAG 1.4.10）。', fix: '使用弹性布局和相对宽度，去掉固定宽度和 overflow: hidden；窄屏下把多栏变为单栏。' },
    en: { rule: 'The page reflows at 400% zoom (320 CSS px wide) with no sideways scrolling and no clipped text (WCAG 1.4.10).', fix: 'Use flexible layouts and relative widths instead of fixed widths and overflow: hidden; stack columns on narrow screens.' },
  },
  messages: {
    'zh-CN': {
      pass: '页面在 {widths} CSS px 宽度下都能重排，没有横向滚动，也没有截断内容。',
      scroll: '在 {width} CSS px 宽度（相当于放大到 {zoom}%）下页面需要横向滚动，这些元素超出了视口。',
      exempt: '在 {width} CSS px 宽度下只有表格、地图、代码或媒体需要横向滚动：请人工确认它们确实需要二维布局。',
      clipped: '在 {width} CSS px 宽度下有 {count} 处文字被截断：请人工确认内容没有丢失。',
    },
    en: {
      pass: 'The page reflows at {widths} CSS px without sideways scrolling or clipped content.',
      scroll: 'At {width} CSS px (like {zoom}% zoom) the page scrolls sideways: these elements stick out of the viewport.',
      exempt: 'At {width} CSS px only tables, maps, code or media scroll sideways: check by hand that they need a two-dimensional layout.',
      clipped: 'At {width} CSS px {count} elements clip their text: check by hand that no content is lost.',
    },
  },
  async evaluate({ page }) {
    const original = page.viewport();
    const results: Array<Overflow & { width: number }> = [];
    try {
      for (const width of WIDTHS) {
        await page.setViewport({ ...(original ?? { height: 800 }), width });
        const overflow = await page.evaluate(async (maxNodes): Promise<Overflow> => {
          const probe = window.__carebarProbe;
          // The page's resize handlers run in the next frame, before its animation callbacks: one frame is enough.
          await new Promise((done) => requestAnimationFrame(done));
          const limit = document.documentElement.clientWidth + 1;
          const all = [...document.body.querySelectorAll('*')].filter(probe.visible);
          const sticksOut = (el: Element) => el.getBoundingClientRect().right > limit;
          // The outermost elements that stick out are the ones to fix; their children only follow them.
          const culprits =
            document.documentElement.scrollWidth > limit ? all.filter((el) => sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement))) : [];
          const exempt = culprits.length > 0 && culprits.every((el) => el.closest('table, pre, code, svg, canvas, video, iframe, [role="application"], [role="img"]'));
          const clipped = all.filter((el) => {
            const style = getComputedStyle(el);
            return (style.overflowX === 'hidden' || style.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '';
          });
          return { culprits: culprits.slice(0, maxNodes).map(probe.node), exempt, clipped: clipped.slice(0, maxNodes).map(probe.node) };
        }, MAX_NODES);
        results.push({ ...overflow, width });
      }
    } finally {
      if (original) await page.setViewport(original);
    }
    const zoom = (width: number) => Math.round((1280 / width) * 100);
    const scrolling = results.find((r) => r.culprits.length && !r.exempt);
    if (scrolling) return { outcome: 'fail', key: 'scroll', params: { width: scrolling.width, zoom: zoom(scrolling.width) }, nodes: scrolling.culprits };
    const exempt = results.find((r) => r.culprits.length);
    if (exempt) return { outcome: 'review', key: 'exempt', params: { width: exempt.width }, nodes: exempt.culprits };
    const clipped = results.find((r) => r.clipped.length);
    if (clipped) return { outcome: 'review', key: 'clipped', params: { width: clipped.width, count: clipped.clipped.length }, nodes: clipped.clipped };
    return { outcome: 'pass', key: 'pass', params: { widths: WIDTHS.join(' / ') } };
  },
};
