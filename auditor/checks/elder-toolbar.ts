import { MAX_NODES, type Check } from './types.js';

/** carebar's feature ids (contracts.md) and the TB-* requirement each one meets; the rest are extras. */
export const FEATURE_REQUIREMENTS: Record<string, string> = {
  view: 'TB-VIEW',
  color: 'TB-COLOR',
  guide: 'TB-GUIDE',
  zoom: 'TB-ZOOM',
  text: 'TB-ZOOM',
  cursor: 'TB-CURSOR',
  spacing: 'TB-SPACING',
  ui: 'TB-UI',
  read: 'TB-READ',
  caption: 'TB-CAPTION',
  elder: 'TB-ELDER',
  focus: 'TB-KEYS',
};

/** What the Guangxi indicator asks a toolbar for, plus the elder switch (standards.md §1). */
const EXPECTED = ['TB-VIEW', 'TB-COLOR', 'TB-GUIDE', 'TB-ZOOM', 'TB-CAPTION', 'TB-CURSOR', 'TB-SPACING', 'TB-UI', 'TB-READ', 'TB-ELDER'];

const PATTERNS = {
  /** The entry text of the toolbars that government sites use. */
  entry: '无障碍|适老化|关怀版|长辈版|长者版|老年模式|老年人模式|读屏|accessib',
  /** Script names of common third-party toolbars (无障碍浏览工具条) on government sites. */
  script: 'carebar|cniil|wza|assist(ant)?\\.js|aria\\.js|ariaweb|barrier|accessible|ucap|jdwza|slh\\.js|yzfw',
};

export const elderToolbar: Check<'carebar' | 'carebarPartial' | 'other' | 'none'> = {
  id: 'elder-toolbar',
  requirements: ['ELDER-TOOLBAR'],
  wcag: [],
  appliesTo: 'entry',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '网站提供无障碍工具条或适老化入口，包含检查要求的功能：页面缩放、配色、大鼠标、读屏、大字幕等（适老化评测要求）。', fix: '在每个页面加入无障碍工具条（例如 carebar：一个 <script> 标签），并在首页显著位置提供关怀版入口。' },
    en: { rule: 'The site offers an accessibility toolbar or age-friendly entry with the features inspectors look for: zoom, colour schemes, large cursor, screen reading, caption bar and more.', fix: 'Add an accessibility toolbar to every page (carebar is one <script> tag) and a prominent 关怀版 entry on the homepage.' },
  },
  messages: {
    'zh-CN': {
      carebar: '页面提供 carebar 无障碍工具条，具备 {present}。',
      carebarPartial: '页面提供 carebar 无障碍工具条，具备 {present}；缺少 {missing}。',
      other: '发现无障碍或适老化入口：请人工确认它提供哪些功能（{expected}）。',
      none: '没有发现无障碍浏览工具条或适老化、关怀版入口。',
    },
    en: {
      carebar: 'The page offers the carebar toolbar, with {present}.',
      carebarPartial: 'The page offers the carebar toolbar, with {present}; missing {missing}.',
      other: 'An accessibility or age-friendly entry was found: check by hand which features it offers ({expected}).',
      none: 'No accessibility toolbar and no 适老化 / 关怀版 entry was found.',
    },
  },
  async evaluate({ page }) {
    const found = await page.evaluate((patterns, maxNodes) => {
      const probe = window.__carebarProbe;
      const carebar = (window as unknown as { carebar?: { features?: unknown } }).carebar;
      const features = Array.isArray(carebar?.features)
        ? carebar.features.flatMap((f: unknown) => (typeof f === 'object' && f && 'id' in f ? [String(f.id)] : []))
        : null;
      const entry = new RegExp(patterns.entry, 'i');
      const script = new RegExp(patterns.script, 'i');
      const entries = probe.targets().filter((el) => entry.test(probe.label(el)));
      const scripts = [...document.querySelectorAll('script[src]')].filter((el) => script.test(el.getAttribute('src') ?? ''));
      const toolbars = [...document.querySelectorAll('care-toolbar')].filter((el) => !probe.leftOut(el));
      return { features, nodes: [...toolbars, ...entries, ...scripts].slice(0, maxNodes).map(probe.node), hasCarebar: toolbars.length > 0 };
    }, PATTERNS, MAX_NODES);
    if (found.features || found.hasCarebar) {
      const present = [...new Set((found.features ?? []).flatMap((id) => FEATURE_REQUIREMENTS[id] ?? []))];
      const missing = EXPECTED.filter((id) => !present.includes(id));
      const params = { present: present.join(', ') || '—', missing: missing.join(', ') };
      return { outcome: missing.length ? 'review' : 'pass', key: missing.length ? 'carebarPartial' : 'carebar', params, nodes: found.nodes, extraRequirements: present };
    }
    if (found.nodes.length) return { outcome: 'review', key: 'other', params: { expected: EXPECTED.join(', ') }, nodes: found.nodes };
    return { outcome: 'fail', key: 'none' };
  },
};
