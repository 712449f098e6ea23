import { MAX_NODES, type Check } from './types.js';

/** The names of an elder zone or an elder version's entry. */
const ZONE = '长者专区|老年人专区|老年专区|长辈专区|关怀版|长辈版|长者版|适老版|敬老|助老|老年人服务';

export const elderZone: Check<'pass' | 'hidden' | 'none'> = {
  id: 'elder-zone',
  requirements: ['ELDER-ZONE'],
  wcag: [],
  appliesTo: 'entry',
  impact: 'moderate',
  guide: {
    'zh-CN': { rule: '首页显著位置（前两屏内）提供长者专区或关怀版入口（适老化通用设计规范）。', fix: '在首页前两屏内加入“长者专区”栏目或“关怀版”链接，例如 carebar 的 <care-elder-zone> 元素。' },
    en: { rule: 'The homepage shows an elder zone (长者专区) or 关怀版 entry prominently, within its first two screens (MIIT age-friendly rules).', fix: 'Put an elder zone or a 关怀版 link within the homepage\'s first two screens, for example carebar\'s <care-elder-zone> element.' },
  },
  messages: {
    'zh-CN': {
      pass: '首页显著位置有长者专区或关怀版入口。',
      hidden: '找到长者专区或关怀版入口，但不在首页前两屏：请确认它足够醒目。',
      none: '首页没有长者专区、关怀版或长辈版入口。',
    },
    en: {
      pass: 'The homepage shows an elder zone or 关怀版 entry in a prominent place.',
      hidden: 'An elder zone or 关怀版 entry exists but is not within the first two screens: check that it is prominent.',
      none: 'The homepage has no elder zone (长者专区) and no 关怀版 / 长辈版 entry.',
    },
  },
  async evaluate({ page }) {
    const { prominent, others } = await page.evaluate((zone, maxNodes) => {
      const probe = window.__carebarProbe;
      const pattern = new RegExp(zone);
      const candidates = [
        ...document.querySelectorAll('care-elder-zone'),
        ...[...document.querySelectorAll('a, button, h1, h2, h3, h4, section, nav, [role="link"], [role="button"]')].filter((el) => pattern.test(probe.label(el))),
      ].filter((el) => !probe.leftOut(el));
      const inFirstScreens = (el: Element) => probe.visible(el) && el.getBoundingClientRect().top + scrollY < innerHeight * 2;
      const nodes = (els: Element[]) => els.slice(0, maxNodes).map(probe.node);
      return { prominent: nodes(candidates.filter(inFirstScreens)), others: nodes(candidates) };
    }, ZONE, MAX_NODES);
    if (prominent.length) return { outcome: 'pass', key: 'pass', nodes: prominent };
    if (others.length) return { outcome: 'review', key: 'hidden', nodes: others };
    return { outcome: 'fail', key: 'none' };
  },
};
