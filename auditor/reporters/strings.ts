import type { AuditReport, Lang, Outcome } from '../types.js';

/** The words the reporters use around the findings' own messages. */
export interface ReportStrings {
  title: string;
  site: string;
  score: string;
  verdict: string;
  vetoes: string;
  none: string;
  profile: string;
  coverage: string;
  automated: string;
  manual: string;
  page: string;
  entry: string;
  elder: string;
  error: string;
  partial: string;
  /** The run behind a report lacks pages: an interrupted run, or a merge without every shard. */
  partialReport: string;
  shard: string;
  /** Before the rule and check ids that the run was told to leave out. */
  ignored: string;
  requirement: string;
  outcomes: Record<Outcome, string>;
  elements: string;
  /** The alternative text of an element's picture. */
  elementPicture: string;
  screenshot: string;
  noFindings: string;
  generated: string;
  /** Before the counts of what changed since the baseline. */
  baseline: string;
  changes: { new: string; fixed: string; same: string };
  /** The heading of the baseline's findings that this run no longer finds. */
  fixedHeading: string;
  /** A fail of advice only (level AAA, best practices): shown, not scored. */
  advice: string;
  /** The printed report's cover (`--format pdf`). */
  cover: { title: string; website: string; date: string; tool: string; pages: string; pageOf: string };
}

export const STRINGS: Record<Lang, ReportStrings> = {
  'zh-CN': {
    title: 'carebar 无障碍与适老化审计报告',
    site: '全站',
    score: '得分',
    verdict: '结论',
    vetoes: '否决项',
    none: '无',
    profile: '评分档案',
    coverage: '覆盖范围',
    automated: '自动检查',
    manual: '需要人工检查',
    page: '页面',
    entry: '首页',
    elder: '老年人模式页面',
    error: '无法审计',
    partial: '部分检查未完成',
    partialReport: '部分结果：本次审计未完成或缺少分片，不能代表整个网站',
    shard: '分片',
    ignored: '按设置未检查的规则',
    requirement: '要求',
    outcomes: { fail: '不通过', review: '需人工复核', pass: '通过' },
    elements: '相关元素',
    elementPicture: '问题元素截图，红框标出元素',
    screenshot: '页面截图',
    noFindings: '没有问题。',
    generated: '生成时间',
    baseline: '与上次审计相比',
    changes: { new: '新增', fixed: '已修复', same: '未变' },
    fixedHeading: '上次审计发现、本次已修复的问题',
    advice: '建议',
    cover: { title: '无障碍与适老化检测报告', website: '被检网站', date: '检测日期', tool: '检测工具', pages: '检测页面数', pageOf: '第 {page} 页，共 {total} 页' },
  },
  en: {
    title: 'carebar accessibility and age-friendly audit',
    site: 'Site',
    score: 'Score',
    verdict: 'Verdict',
    vetoes: 'Vetoes',
    none: 'none',
    profile: 'Profile',
    coverage: 'Coverage',
    automated: 'Checked automatically',
    manual: 'Needs a person',
    page: 'Page',
    entry: 'entry page',
    elder: 'elder page',
    error: 'Could not audit',
    partial: 'some checks did not finish',
    partialReport: 'partial: this audit did not finish, or shards are missing, so it does not speak for the whole site',
    shard: 'shard',
    ignored: 'Left out by the settings (ignore)',
    requirement: 'Requirement',
    outcomes: { fail: 'fail', review: 'review', pass: 'pass' },
    elements: 'Elements',
    elementPicture: 'The element, outlined in red',
    screenshot: 'Screenshot',
    noFindings: 'No findings.',
    generated: 'Generated',
    baseline: 'Since the baseline',
    changes: { new: 'new', fixed: 'fixed', same: 'unchanged' },
    fixedHeading: 'Found by the baseline, fixed since',
    advice: 'advice',
    cover: { title: 'Accessibility and age-friendly inspection report', website: 'Website', date: 'Date', tool: 'Tool', pages: 'Pages inspected', pageOf: 'Page {page} of {total}' },
  },
};

/** 合格 / 不合格 with its English gloss where the report is in English. */
export const verdictLabel = (verdict: string, lang: Lang): string =>
  lang === 'en' ? `${verdict} (${verdict === '合格' ? 'pass' : 'fail'})` : verdict;

/** The shard a report covers, whether it is partial, what it left out and what changed: a line each, where there is anything to say. */
export function runLines({ shard, partial, summary }: AuditReport, t: ReportStrings): string[] {
  const ignored = summary.coverage.ignored ?? []; // reports of earlier versions have none
  const changes = summary.baseline && `${t.baseline}: ${(['new', 'fixed', 'same'] as const).map((key) => `${t.changes[key]} ${summary.baseline![key]}`).join(' · ')}`;
  return [shard && `${t.shard} ${shard.index}/${shard.count}`, partial && `⚠ ${t.partialReport}`, ignored.length > 0 && `${t.ignored}: ${ignored.join(', ')}`, changes].filter(
    (line): line is string => Boolean(line),
  );
}
