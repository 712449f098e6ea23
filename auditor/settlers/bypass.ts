import type { Settler } from './types.js';

/** What a link or control before the page's own content might do to let a visitor past the blocks before it. */
const MAY_BYPASS = 'a[href^="#"], button, summary, input[type="button"], [role="button"], [role="link"]:not([href]), [onclick]';
/** Where text is part of a repeated block, not the page's own content. */
const REPEATED = 'a, button, label, select, nav, aside, header, footer, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"]';

/**
 * WCAG 2.4.1. axe leaves a page to review when it finds no heading, no main landmark and no link within the
 * page. Such a page fails when links come before its own content and nothing there could let a visitor
 * past them: no link to a place in the page, no button or scripted control (which might collapse a block,
 * or skip). Content that comes first needs no bypass; a control whose effect cannot be seen stays for a person.
 */
export const bypass: Settler = {
  rule: 'bypass',
  async settle(page, nodes, lang) {
    const found = await page.evaluate(
      (mayBypass, repeated) => {
        const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let content: Text | null = null;
        while (!content && walker.nextNode()) {
          const text = walker.currentNode as Text;
          const parent = text.parentElement;
          if (text.data.trim() && parent && shown(parent) && !parent.closest(repeated) && !parent.closest('script, style, noscript, template')) content = text;
        }
        if (!content) return null;
        const before = (el: Element) => Boolean(el.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING) && shown(el);
        const links = [...document.querySelectorAll('a[href], area[href]')].filter(before).length;
        const controls = [...document.querySelectorAll(mayBypass)].filter(before).length;
        return { links, controls };
      },
      MAY_BYPASS,
      REPEATED,
    );
    if (!found || !found.links || found.controls) return nodes.map(() => undefined);
    const note =
      lang === 'zh-CN'
        ? `正文之前有 ${found.links} 个链接，页面却没有标题、main 地标、跳到正文的链接或折叠它们的按钮。`
        : `${found.links} links come before the page's own content, with no heading, main landmark, link to the content or button to collapse them.`;
    return nodes.map(() => ({ outcome: 'fail' as const, note }));
  },
};
