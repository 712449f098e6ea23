import { isAdvice } from '../scoring.js';
import type { AuditReport, ElementCrop, Finding, FindingNode, FixedFinding, PageReport, ProfileResult } from '../types.js';
import { escapeXml as x } from './escape.js';
import { runLines, STRINGS, verdictLabel, type ReportStrings } from './strings.js';
import type { Reporter } from './types.js';

const STYLE = `
body{font:16px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;overflow-wrap:anywhere}h3{font-size:1.1rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left;vertical-align:top}
.bar{background:#e5e5e5;width:16rem;height:1rem;display:inline-block;vertical-align:middle}
.bar span{display:block;height:100%;background:#1f6f3f}.bar.fail span{background:#a61b1b}
.fail{color:#a61b1b}.review{color:#8a5a00}.pass{color:#1f6f3f}.advice{color:#3d4f6b}.new{background:#a61b1b;color:#fff;padding:0 .3rem}
code{background:#f2f2f2;padding:0 .2rem;overflow-wrap:anywhere}
img{max-width:100%;border:1px solid #999}
.crop{margin:.5rem 0}.crop div{position:relative}.crop img{display:block;width:100%;height:100%;box-sizing:border-box}
.crop span{position:absolute;outline:3px solid #c00000;outline-offset:1px}
@media (forced-colors:active){.bar span{background:CanvasText}}`;

const scoreRow = (name: string, p: ProfileResult, lang: 'zh-CN' | 'en') =>
  `<tr><th scope="row">${x(name)}</th><td><span class="bar ${p.verdict === '合格' ? 'pass' : 'fail'}" role="img" aria-label="${p.score}/100"><span style="width:${p.score}%"></span></span> ${p.score}</td><td class="${p.verdict === '合格' ? 'pass' : 'fail'}">${x(verdictLabel(p.verdict, lang))}</td></tr>`;

const scoreTable = (profiles: Record<string, ProfileResult>, t: ReportStrings, lang: 'zh-CN' | 'en') =>
  `<table><thead><tr><th>${t.profile}</th><th>${t.score}</th><th>${t.verdict}</th></tr></thead><tbody>${Object.entries(profiles).map(([n, p]) => scoreRow(n, p, lang)).join('')}</tbody></table>`;

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;

/** The element's picture with its outline drawn over it, placed in percentages so that it scales with the picture. */
const cropFigure = ({ image, width, height, box }: ElementCrop, selector: string, t: ReportStrings) =>
  `<figure class="crop" style="max-width:${width}px"><div style="aspect-ratio:${width}/${height}"><img src="${x(image)}" alt="${x(t.elementPicture)}: ${x(selector)}"><span style="left:${percent(box.x, width)};top:${percent(box.y, height)};width:${percent(box.width, width)};height:${percent(box.height, height)}"></span></div></figure>`;

const nodeList = (nodes: readonly FindingNode[], t: ReportStrings) =>
  nodes.length
    ? `<details><summary>${t.elements} (${nodes.length})</summary><ul>${nodes
        .map((n) => `<li><code>${x(n.selector)}</code><br><code>${x(n.html)}</code>${n.note ? `<br>${x(n.note)}` : ''}${n.crop ? cropFigure(n.crop, n.selector, t) : ''}</li>`)
        .join('')}</ul></details>`
    : '';

const findingItem = (f: Finding, t: ReportStrings, report: AuditReport) => {
  const advice = f.outcome !== 'pass' && isAdvice(report, f);
  const label = `<strong class="${advice ? 'advice' : f.outcome}">${x(advice ? t.advice : t.outcomes[f.outcome])}</strong>${f.change === 'new' ? ` <strong class="new">${x(t.changes.new)}</strong>` : ''}`;
  const first = f.nodes.find((n) => n.crop);
  return `<li>${label} <code>${x(f.id)}</code> ${x(f.message)}${f.helpUrl ? ` <a href="${x(f.helpUrl)}">?</a>` : ''}${first?.crop ? cropFigure(first.crop, first.selector, t) : ''}${nodeList(f.nodes, t)}</li>`;
};

const fixedSection = (fixed: readonly FixedFinding[], t: ReportStrings) =>
  fixed.length
    ? `<section aria-labelledby="fixed"><h2 id="fixed">${x(t.fixedHeading)}</h2><ul>${fixed
        .map((f) => `<li><strong class="pass">${x(t.changes.fixed)}</strong> ${x(f.url)} <code>${x(f.id)}</code> ${x(f.message)}${nodeList(f.nodes, t)}</li>`)
        .join('')}</ul></section>`
    : '';

function pageSection(page: PageReport, index: number, t: ReportStrings, lang: 'zh-CN' | 'en', report: AuditReport): string {
  const tags = [page.entry && t.entry, page.elder && t.elder, page.partial && t.partial].filter(Boolean).join(' · ');
  // Findings grouped by the first requirement they bear on, fails first within each.
  const groups = new Map<string, Finding[]>();
  for (const f of page.findings) groups.set(f.requirements[0] ?? '—', [...(groups.get(f.requirements[0] ?? '—') ?? []), f]);
  const order = { fail: 0, review: 1, pass: 2 };
  const body = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([req, fs]) => `<h3>${t.requirement} ${x(req)}</h3><ul>${fs.sort((a, b) => order[a.outcome] - order[b.outcome]).map((f) => findingItem(f, t, report)).join('')}</ul>`)
    .join('');
  return `<section aria-labelledby="page-${index}"><h2 id="page-${index}">${t.page} ${index + 1}: ${x(page.url)}</h2>
<p>${x(tags)}</p>${page.error ? `<p class="fail">${t.error}: <code>${x(page.error.code)}</code> ${x(page.error.message)}</p>` : ''}
${scoreTable(page.profiles, t, lang)}
${page.screenshot ? `<figure><img src="${x(page.screenshot)}" alt="${t.screenshot}: ${x(page.url)}"><figcaption>${t.screenshot}</figcaption></figure>` : ''}
${body || `<p>${t.noFindings}</p>`}</section>`;
}

/** One self-contained page: scores per profile, coverage, and each page's findings and screenshot. */
export const htmlReporter: Reporter = {
  extension: 'html',
  render(report, { lang }) {
    const t = STRINGS[lang];
    const { summary } = report;
    const coverageIds = [...new Set([...summary.coverage.automated, ...summary.coverage.manual])];
    const coverage = `<table><thead><tr><th>${t.requirement}</th><th>${t.automated}</th><th>${t.manual}</th></tr></thead><tbody>${coverageIds
      .map((id) => `<tr><th scope="row">${x(id)}</th><td>${summary.coverage.automated.includes(id) ? '✓' : ''}</td><td>${summary.coverage.manual.includes(id) ? '✓' : ''}</td></tr>`)
      .join('')}</tbody></table>`;
    return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title><style>${STYLE}</style></head><body><main>
<h1>${t.title}</h1>
<p>${t.site}: <strong>${t.score} ${summary.score}/100</strong> · <strong class="${summary.verdict === '合格' ? 'pass' : 'fail'}">${x(verdictLabel(summary.verdict, lang))}</strong> · ${t.vetoes}: ${x(summary.vetoes.join(', ') || t.none)} · ${t.profile}: ${x(summary.profile)}</p>
${runLines(report, t).map((line) => `<p class="run">${x(line)}</p>`).join('')}
${scoreTable(summary.profiles, t, lang)}
<h2>${t.coverage}</h2>${coverage}
${report.pages.map((page, i) => pageSection(page, i, t, lang, report)).join('\n')}
${fixedSection(report.fixed ?? [], t)}
<footer><p>${x(report.tool.name)} ${x(report.tool.version)} · ${t.generated} ${x(report.generatedAt)}</p></footer>
</main></body></html>
`;
  },
};
