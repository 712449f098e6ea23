import type { Lang } from '../types.js';
import type { Check } from './types.js';

/**
 * What the footer must list (国办秘函〔2019〕19号), each found by its text, or by the link or image
 * that usually carries it. Patterns are regular expressions, matched in Node.
 */
const ITEMS: Array<{ key: string; name: Record<Lang, string>; text?: string; link?: string }> = [
  { key: 'conac', name: { 'zh-CN': '党政机关网站标识', en: 'the party and government site mark' }, text: '党政机关', link: 'conac\\.cn|dzjg' },
  { key: 'siteCode', name: { 'zh-CN': '网站标识码', en: 'the site identification code' }, text: '网站标识码\\s*[:：]?\\s*[0-9A-Za-z]{6,}' },
  { key: 'icp', name: { 'zh-CN': 'ICP 备案编号', en: 'the ICP record number' }, text: 'ICP\\s*备\\s*\\d+', link: 'beian\\.miit\\.gov\\.cn' },
  { key: 'police', name: { 'zh-CN': '公安机关备案标识', en: 'the public security record mark' }, text: '公网安备\\s*\\d+', link: 'beian\\.(mps\\.)?gov\\.cn/#?/?query|recordcode' },
  { key: 'sponsor', name: { 'zh-CN': '网站主办单位', en: 'the sponsoring organisation' }, text: '主办单位|主办\\s*[:：]' },
  { key: 'contact', name: { 'zh-CN': '联系方式', en: 'contact details' }, text: '联系(我们|方式|电话)|电话\\s*[:：]|邮箱|e-?mail' },
];

export const govIdentity: Check<'pass' | 'missing'> = {
  id: 'gov-identity',
  requirements: ['GOV-IDENTITY'],
  wcag: [],
  appliesTo: 'every',
  impact: 'moderate',
  guide: {
    'zh-CN': { rule: '政府网站页脚列出党政机关网站标识、网站标识码、ICP 备案号、公安机关备案号、主办单位和联系方式（政府网站检查指标）。', fix: '在所有页面的页脚补齐缺少的标识和备案信息。' },
    en: { rule: 'A government site\'s footer lists the party and government site mark, site code, ICP and public security record numbers, sponsor and contact details (government-site inspection).', fix: 'Add what is missing to the footer of every page.' },
  },
  messages: {
    'zh-CN': {
      pass: '页脚列出了党政机关网站标识、网站标识码、ICP 备案编号、公安机关备案标识、主办单位和联系方式。',
      missing: '页脚缺少：{missing}。',
    },
    en: {
      pass: 'The footer lists the party and government site mark, site code, ICP and public security record numbers, sponsor and contact details.',
      missing: 'The footer lacks {missing}.',
    },
  },
  async evaluate({ page, lang }) {
    const footer = await page.evaluate(() => {
      const probe = window.__carebarProbe;
      const regions = [...document.querySelectorAll('footer, [role="contentinfo"], #footer, .footer, [class*="foot"], [id*="foot"]')].filter((el) => !probe.leftOut(el));
      // Without a marked footer, the whole page is searched: the items still have to be there.
      const scope = regions.length ? regions : [document.body];
      return {
        node: regions[0] ? probe.node(regions[0]) : null,
        text: scope.map((el) => (el as HTMLElement).innerText).join('\n'),
        links: scope.flatMap((el) => [...el.querySelectorAll('a[href], img[src]')].map((a) => `${a.getAttribute('href') ?? a.getAttribute('src')} ${a.getAttribute('alt') ?? ''}`)).join('\n'),
      };
    });
    const missing = ITEMS.filter(
      (item) => !(item.text && new RegExp(item.text, 'i').test(footer.text)) && !(item.link && new RegExp(item.link, 'i').test(footer.links)),
    );
    const nodes = footer.node ? [footer.node] : [];
    if (missing.length) return { outcome: 'fail', key: 'missing', params: { missing: missing.map((m) => m.name[lang]).join(lang === 'en' ? ', ' : '、') }, nodes };
    return { outcome: 'pass', key: 'pass', nodes };
  },
};
