// The requirements of standards.md by name, for the people who read reports: the ids stay the stable key.
import type { Lang } from './types.js';

/** The three bodies of rules a site is inspected against, and the id prefixes of their requirements. */
export const REQUIREMENT_FAMILIES: ReadonlyArray<{ prefixes: readonly string[]; name: Record<Lang, string> }> = [
  { prefixes: ['A11Y-'], name: { 'zh-CN': 'GB/T 37668 信息无障碍', en: 'GB/T 37668 accessibility' } },
  { prefixes: ['ELDER-', 'TB-'], name: { 'zh-CN': '适老化（工信部规范）', en: 'Age-friendly design (MIIT)' } },
  { prefixes: ['GOV-'], name: { 'zh-CN': '政府网站检查', en: 'Government-site inspection' } },
];

const NAMES: Record<string, Record<Lang, string>> = {
  'A11Y-L1': { 'zh-CN': '一级（WCAG 2.0 A）', en: 'Level 1 (WCAG 2.0 A)' },
  'A11Y-L2': { 'zh-CN': '二级（WCAG 2.0 AA）', en: 'Level 2 (WCAG 2.0 AA)' },
  'A11Y-L3': { 'zh-CN': '三级（WCAG 2.0 AAA）', en: 'Level 3 (WCAG 2.0 AAA)' },
  'A11Y-22': { 'zh-CN': 'WCAG 2.1、2.2 新增准则', en: 'WCAG 2.1 and 2.2 additions' },
  'A11Y-BP': { 'zh-CN': '最佳实践', en: 'Best practices' },
  'ELDER-TEXT': { 'zh-CN': '正文字号', en: 'Main text size' },
  'ELDER-SPACING': { 'zh-CN': '行距与段距', en: 'Line and paragraph spacing' },
  'ELDER-CONTRAST': { 'zh-CN': '文字对比度', en: 'Text contrast' },
  'ELDER-TARGET': { 'zh-CN': '点击区域大小', en: 'Target size' },
  'ELDER-NOADS': { 'zh-CN': '广告与弹窗', en: 'Ads and pop-ups' },
  'ELDER-CAPTCHA': { 'zh-CN': '验证码', en: 'CAPTCHA' },
  'ELDER-KEYS': { 'zh-CN': '键盘操作', en: 'Keyboard' },
  'ELDER-REFLOW': { 'zh-CN': '放大与重排', en: 'Zoom and reflow' },
  'ELDER-TOOLBAR': { 'zh-CN': '辅助工具', en: 'Assistive tools' },
  'ELDER-ZONE': { 'zh-CN': '长者专区', en: 'Elder zone' },
  'GOV-IDENTITY': { 'zh-CN': '网站标识与备案信息', en: 'Site identity and registration' },
  'GOV-FINDERROR': { 'zh-CN': '我为政府网站找错', en: '“Report an error” entry' },
  'GOV-LINKS': { 'zh-CN': '链接可用', en: 'Working links' },
  'GOV-REACH': { 'zh-CN': '网站可访问', en: 'Site reachable' },
  'TB-VIEW': { 'zh-CN': '页面视图', en: 'Page view' },
  'TB-COLOR': { 'zh-CN': '配色', en: 'Colour schemes' },
  'TB-GUIDE': { 'zh-CN': '辅助线', en: 'Guide lines' },
  'TB-ZOOM': { 'zh-CN': '页面缩放', en: 'Page zoom' },
  'TB-CAPTION': { 'zh-CN': '大字幕', en: 'Caption bar' },
  'TB-CURSOR': { 'zh-CN': '大鼠标', en: 'Large cursor' },
  'TB-SPACING': { 'zh-CN': '大字间距', en: 'Text spacing' },
  'TB-UI': { 'zh-CN': '大界面', en: 'Larger interface' },
  'TB-READ': { 'zh-CN': '读屏', en: 'Screen reading' },
  'TB-ELDER': { 'zh-CN': '老年人模式', en: 'Elder mode' },
  'TB-ZONE': { 'zh-CN': '长者专区组件', en: 'Elder zone component' },
  'TB-KEYS': { 'zh-CN': '键盘操作工具条', en: 'Keyboard-operable toolbar' },
};

/** A requirement's name in `lang`, or its id where a profile of one's own scores a requirement carebar does not know. */
export const requirementName = (id: string, lang: Lang): string => NAMES[id]?.[lang] ?? id;

/** The index of the family a requirement belongs to in `REQUIREMENT_FAMILIES`, or -1. */
export const familyOf = (id: string): number => REQUIREMENT_FAMILIES.findIndex((family) => family.prefixes.some((prefix) => id.startsWith(prefix)));
