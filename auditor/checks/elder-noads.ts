import { isFloatingAd } from '../../src/core/floating.js';
import type { FindingNode } from '../types.js';
import { MAX_NODES, type Check } from './types.js';

declare global {
  interface Window {
    /** The toolbar's own classification of floating windows (`isFloatingAd`), sent into the page. */
    __carebarIsFloatingAd?: typeof isFloatingAd;
  }
}

/** What floating windows, close controls and inducing buttons look like; kept as data, matched in the page. */
const PATTERNS = {
  /** The accessible name or class of a control that closes its window. */
  close: '关闭|关 闭|隐藏|close|dismiss|^\\s*[×✕✖xX]\\s*$',
  /** Buttons that induce downloads or payments, which elder pages must not show [N]. */
  inducing: '下载(客户端|APP|App|app)|立即下载|扫码下载|安装(客户端|APP)|去支付|立即支付|立即购买|充值|download (the )?app',
};

interface FloatingWindow {
  node: FindingNode;
  /** The close control's size, or null when there is none. */
  close: { width: number; height: number } | null;
}

export const elderNoAds: Check<'none' | 'closable' | 'unclosable' | 'smallClose' | 'elderFloating' | 'inducing'> = {
  id: 'elder-noads',
  requirements: ['ELDER-NOADS'],
  wcag: ['2.2.2'],
  appliesTo: 'every',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '适老化页面不得有广告和漂浮窗；普通页面的漂浮窗和弹窗必须能关闭，关闭按钮足够大（适老化通用设计规范，否决项）。', fix: '适老化页面去掉所有广告、漂浮窗和诱导下载或付费的按钮；其他页面为每个漂浮窗提供明显、足够大的关闭按钮。' },
    en: { rule: 'Elder pages have no ads and no floating windows; on other pages, every floating window or pop-up can be closed with a large enough control (MIIT age-friendly rules; a veto item).', fix: 'Remove ads, floating windows and download or payment prompts from elder pages; elsewhere, give every floating window a clear, large close button.' },
  },
  messages: {
    'zh-CN': {
      none: '没有发现漂浮窗、弹窗或诱导下载、支付的按钮。',
      closable: '{count} 个漂浮窗或弹窗都可以关闭：请确认它们不是广告。',
      unclosable: '{count} 个漂浮窗或弹窗无法关闭（没有找到关闭按钮）。',
      smallClose: '{count} 个漂浮窗的关闭按钮小于 {min} × {min} px。',
      elderFloating: '老年人模式页面上有 {count} 个漂浮窗或弹窗；适老化页面不得有广告和弹窗。',
      inducing: '老年人模式页面上有 {count} 个诱导下载或支付的按钮。',
    },
    en: {
      none: 'No floating windows, pop-ups, or buttons that induce downloads or payments.',
      closable: '{count} floating windows or pop-ups can all be closed: check that none is an ad.',
      unclosable: '{count} floating windows or pop-ups cannot be closed (no close control found).',
      smallClose: '{count} floating windows have a close control smaller than {min} × {min} px.',
      elderFloating: 'This elder page shows {count} floating windows or pop-ups; elder pages must show no ads or pop-ups.',
      inducing: 'This elder page shows {count} buttons that induce downloads or payments.',
    },
  },
  async evaluate({ page, elder, thresholds: { closeControlPx: min } }) {
    // One classification with the toolbar's elder mode: what it would hide as an ad is what is judged here.
    await page.evaluate(`window.__carebarIsFloatingAd = ${isFloatingAd.toString()};`);
    const { floating, inducing } = await page.evaluate(
      (patterns, maxNodes) => {
        const probe = window.__carebarProbe;
        const isFloating = window.__carebarIsFloatingAd!;
        const closePattern = new RegExp(patterns.close, 'i');
        const inducingPattern = new RegExp(patterns.inducing, 'i');
        const isWindow = (el: Element) =>
          el instanceof HTMLElement && probe.visible(el) && !el.closest('care-toolbar') && getComputedStyle(el).position === 'fixed' && isFloating(el);
        const windows = [...document.body.querySelectorAll('*')].filter(isWindow);
        // The outermost window only: a close button's own fixed wrapper is part of its window.
        const outermost = windows.filter((el) => !windows.some((other) => other !== el && other.contains(el)));
        const closeOf = (el: Element) =>
          [...el.querySelectorAll('a, button, [role="button"], [onclick], span, i, img, div')].find(
            (c) => probe.visible(c) && (closePattern.test(probe.label(c)) || closePattern.test(`${c.id} ${c.getAttribute('class') ?? ''}`)),
          );
        const floatingWindows = outermost.slice(0, maxNodes).map((el) => {
          const close = closeOf(el)?.getBoundingClientRect();
          return { node: probe.node(el), close: close ? { width: close.width, height: close.height } : null };
        });
        const inducingButtons = probe.targets().filter((el) => inducingPattern.test(probe.label(el)));
        return { floating: floatingWindows, inducing: inducingButtons.slice(0, maxNodes).map(probe.node) };
      },
      PATTERNS,
      MAX_NODES,
    );
    const nodesOf = (windows: FloatingWindow[]) => windows.map((w) => w.node);
    const unclosable = floating.filter((w) => !w.close);
    const smallClose = floating.filter((w) => w.close && (w.close.width < min - 0.5 || w.close.height < min - 0.5));
    if (unclosable.length) return { outcome: 'fail', key: 'unclosable', params: { count: unclosable.length }, nodes: nodesOf(unclosable) };
    if (elder && floating.length) return { outcome: 'fail', key: 'elderFloating', params: { count: floating.length }, nodes: nodesOf(floating) };
    if (elder && inducing.length) return { outcome: 'fail', key: 'inducing', params: { count: inducing.length }, nodes: inducing };
    if (smallClose.length) return { outcome: 'fail', key: 'smallClose', params: { count: smallClose.length, min }, nodes: nodesOf(smallClose) };
    if (floating.length) return { outcome: 'review', key: 'closable', params: { count: floating.length }, nodes: nodesOf(floating) };
    return { outcome: 'pass', key: 'none' };
  },
};
