import type { AuditReport, Lang, Outcome } from '../types.js';

/** The words the reporters use around the findings' own messages. */
export interface ReportStrings {
  title: string;
  site: string;
  score: string;
  verdict: string;
  vetoes: string;
  /** Beside a requirement whose veto item failed. */
  vetoItem: string;
  none: string;
  profile: string;
  coverage: string;
  automated: string;
  manual: string;
  /** How a requirement is checked: automatically, by a person, or both. */
  checkedBy: string;
  and: string;
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
  /** The fold with a finding's elements after the first. */
  moreElements: string;
  howToFix: string;
  /** Before what a person must confirm, for a finding that needs review. */
  whatToCheck: string;
  /** The link to the rule's documentation. */
  learnMore: string;
  contents: string;
  summary: string;
  pagesAudited: string;
  /** The problems found on most pages, across the site. */
  recurring: string;
  worst: string;
  byRequirement: string;
  byPage: string;
  result: string;
  problem: string;
  pageCount: string;
  elementCount: string;
  onPages: string;
  /** A requirement checked automatically on which nothing was found. */
  noProblem: string;
  filters: string;
  all: string;
  onlyNew: string;
  /** The live count of the findings the filters show. */
  shown: string;
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
    vetoItem: '否决项',
    none: '无',
    profile: '评分档案',
    coverage: '覆盖范围',
    automated: '自动检查',
    manual: '需要人工检查',
    checkedBy: '检查方式',
    and: '；',
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
    moreElements: '其他 {count} 个元素',
    howToFix: '如何修复',
    whatToCheck: '请人工确认',
    learnMore: '详细说明',
    contents: '目录',
    summary: '概要',
    pagesAudited: '检测了 {count} 个页面',
    recurring: '出现最多的问题',
    worst: '得分最低的页面',
    byRequirement: '按要求：结果与覆盖范围',
    byPage: '按页面',
    result: '结果',
    problem: '问题',
    pageCount: '页面数',
    elementCount: '元素数',
    onPages: '{count} 个页面',
    noProblem: '未发现问题',
    filters: '筛选问题',
    all: '全部',
    onlyNew: '只看新增',
    shown: '显示 {shown} / {total} 条问题',
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
    vetoItem: 'veto item',
    none: 'none',
    profile: 'Profile',
    coverage: 'Coverage',
    automated: 'Checked automatically',
    manual: 'Needs a person',
    checkedBy: 'Checked by',
    and: '; ',
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
    moreElements: 'Other elements ({count})',
    howToFix: 'How to fix',
    whatToCheck: 'What to check',
    learnMore: 'Learn more',
    contents: 'Contents',
    summary: 'Summary',
    pagesAudited: '{count} pages audited',
    recurring: 'Most frequent problems',
    worst: 'Lowest-scoring pages',
    byRequirement: 'By requirement: results and coverage',
    byPage: 'By page',
    result: 'Result',
    problem: 'Problem',
    pageCount: 'Pages',
    elementCount: 'Elements',
    onPages: 'pages: {count}',
    noProblem: 'nothing found',
    filters: 'Filter findings',
    all: 'All',
    onlyNew: 'New only',
    shown: 'Showing {shown} of {total} findings',
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
