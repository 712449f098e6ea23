// The printed 检测报告 (`--format pdf`): the HTML report with a cover, every element shown, and page numbers,
// printed by the Chromium that the audit drives. Its Chinese text is set in the system's CJK fonts.
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from '../chrome.js';
import type { AuditReport, Lang } from '../types.js';
import { escapeXml as x } from './escape.js';
import { htmlReporter } from './html.js';
import { STRINGS, verdictLabel } from './strings.js';

export interface PdfOptions {
  lang?: Lang;
  /** A browser to print with; by default one is started from `chromePath`, or the machine's Chrome, and closed after. */
  browser?: Browser;
  chromePath?: string;
}

const PRINT_STYLE = `
@page{size:A4}
body{max-width:none;padding:0}body>header{display:none}
.cover{break-after:page;display:flex;flex-direction:column;justify-content:center;min-height:240mm}
.cover h1{font-size:2rem;margin:0 0 2rem}.cover dl{display:grid;grid-template-columns:8rem 1fr;gap:.6rem 1rem;font-size:1.1rem}
.cover dt{font-weight:bold}.cover dd{margin:0;overflow-wrap:anywhere}
section[aria-labelledby=requirements],section[aria-labelledby=pages],section[aria-labelledby^=page-]:not(:first-of-type){break-before:page}
h2,h3,h4{break-after:avoid}li,tr,figure{break-inside:avoid}img{max-height:90mm}`;

/** The cover: the site, the date, the tool, the profile, and the score and verdict. */
function cover(report: AuditReport, lang: Lang): string {
  const t = STRINGS[lang];
  const { summary } = report;
  const sites = [...new Set(report.pages.map((page) => (URL.canParse(page.url) ? new URL(page.url).origin : page.url)))];
  const rows: Array<[string, string]> = [
    [t.cover.website, sites.join('\n')],
    [t.cover.date, report.generatedAt.slice(0, 10)],
    [t.cover.tool, `${report.tool.name} ${report.tool.version}`],
    [t.profile, summary.profile],
    [t.score, `${summary.score}/100`],
    [t.verdict, verdictLabel(summary.verdict, lang)],
    [t.vetoes, summary.vetoes.join(', ') || t.none],
    [t.cover.pages, String(report.pages.length)],
  ];
  return `<div class="cover"><h1>${x(t.cover.title)}</h1><dl>${rows.map(([term, value]) => `<dt>${x(term)}</dt><dd>${x(value)}</dd>`).join('')}</dl></div>`;
}

/** The report as a printable HTML page: what `renderPdf` prints. */
export function printableHtml(report: AuditReport, lang: Lang = 'zh-CN'): string {
  return htmlReporter
    .render(report, { lang })
    .replace('</style>', `${PRINT_STYLE}</style>`)
    .replace('<body>', `<body>${cover(report, lang)}`)
    .replaceAll('<details>', '<details open>');
}

/** The report as a PDF: A4, with a cover and page numbers. */
export async function renderPdf(report: AuditReport, { lang = 'zh-CN', browser, chromePath }: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = browser ? undefined : (chromePath ?? (await findChrome()));
  if (!browser && !executablePath) throw new Error(NO_CHROME_MESSAGE);
  const printer = browser ?? (await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS] }));
  try {
    const page = await printer.newPage();
    // The report is self-contained: nothing it shows is fetched, so nothing may be.
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url().startsWith('data:') ? request.continue() : request.abort()));
    await page.setContent(printableHtml(report, lang), { waitUntil: 'load' });
    // "第 {page} 页，共 {total} 页": Chromium fills in the page number and count where the footer has their classes.
    const [before, between, after] = STRINGS[lang].cover.pageOf.split(/\{page\}|\{total\}/);
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:9px;width:100%;text-align:center">${x(before)}<span class="pageNumber"></span>${x(between)}<span class="totalPages"></span>${x(after)}</div>`,
      margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
    await page.close();
    return pdf;
  } finally {
    if (!browser) await printer.close();
  }
}
