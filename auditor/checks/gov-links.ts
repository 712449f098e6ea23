import { MAX_NODES, formatMessage, type Check } from './types.js';

export const govLinks: Check<'pass' | 'broken' | 'none' | 'skipped'> = {
  id: 'gov-links',
  requirements: ['GOV-LINKS'],
  wcag: [],
  appliesTo: 'every',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '页面上的链接、图片和附件都能打开，没有错链、断链（政府网站检查指标）。', fix: '修复或删除打不开的链接和附件；页面改版时为旧地址设置跳转。' },
    en: { rule: 'Every link, image and attachment on the page opens: no broken links (government-site inspection).', fix: 'Fix or remove the links and attachments that do not open; redirect old addresses when pages move.' },
  },
  messages: {
    'zh-CN': {
      pass: '检查了 {checked} 个链接（含图片和附件），都能打开。{skipped}',
      broken: '{count} 个链接（含图片和附件）打不开：{examples}。{skipped}',
      none: '页面上没有要检查的链接。{skipped}',
      skipped: '未检查 {count} 个指向其他网站的链接（可用 --external-links 检查）。',
    },
    en: {
      pass: 'All {checked} links (images and attachments included) open. {skipped}',
      broken: '{count} links (images and attachments included) do not open: {examples}. {skipped}',
      none: 'The page has no links to check. {skipped}',
      skipped: '{count} links to other hosts were not checked (--external-links checks them).',
    },
  },
  async evaluate({ page, links, externalLinks, lang }) {
    const found = await page.evaluate(() => {
      const probe = window.__carebarProbe;
      const elements = [...document.querySelectorAll('a[href], area[href], img[src], embed[src], object[data], source[src]')].filter((el) => !probe.leftOut(el));
      return elements.flatMap((el) => {
        const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('data') ?? '';
        try {
          const url = new URL(raw, document.baseURI);
          return ['http:', 'https:', 'file:'].includes(url.protocol) ? [{ url: url.href, node: probe.node(el) }] : [];
        } catch {
          return [{ url: raw, node: probe.node(el) }];
        }
      });
    });
    const here = new URL(page.url());
    const sameSite = (url: string) => URL.canParse(url) && new URL(url).origin === here.origin;
    const toCheck = found.filter((link) => externalLinks || sameSite(link.url));
    const skippedCount = new Set(found.filter((link) => !toCheck.includes(link)).map((link) => link.url)).size;
    const skipped = skippedCount ? formatMessage(govLinks.messages[lang].skipped, { count: skippedCount }) : '';
    const statuses = await Promise.all(toCheck.map(async (link) => ({ ...link, status: URL.canParse(link.url) ? await links.check(link.url) : { ok: false, error: 'invalid URL' } })));
    const broken = statuses.filter((link) => !link.status.ok);
    const brokenUrls = [...new Set(broken.map((link) => `${link.url} (${link.status.status ?? link.status.error})`))];
    const params = { checked: new Set(toCheck.map((link) => link.url)).size, count: brokenUrls.length, examples: brokenUrls.slice(0, 3).join(', '), skipped };
    if (broken.length) return { outcome: 'fail', key: 'broken', params, nodes: broken.slice(0, MAX_NODES).map((link) => link.node) };
    return { outcome: 'pass', key: toCheck.length ? 'pass' : 'none', params };
  },
};
