// The HTML report, read top down as a webmaster would: the verdict and what to fix first, then each
// requirement, then each page's findings with their elements pictured and how to fix them. One file, no
// requests: every image is a data URL, and everything a page held is escaped.
import { familyOf, REQUIREMENT_FAMILIES, requirementName } from '../requirements.js';
import { isAdvice } from '../scoring.js';
import type { AuditReport, ElementCrop, Finding, FindingNode, FixedFinding, Lang, PageReport, ProfileResult } from '../types.js';
import { escapeXml as x } from './escape.js';
import { guidanceOf } from './guidance.js';
import { runLines, STRINGS, verdictLabel, type ReportStrings } from './strings.js';
import type { Reporter } from './types.js';

const STYLE = `
body{font:16px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.35rem;margin-top:2.5rem;border-bottom:2px solid #1a1a1a}h3{font-size:1.15rem;margin-top:2rem;overflow-wrap:anywhere}h4{font-size:1rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left;vertical-align:top}td.n{text-align:right}
.bar{background:#e5e5e5;width:min(12rem,20vw);height:1rem;display:inline-block;vertical-align:middle}
.bar span{display:block;height:100%;background:#1f6f3f}.bar.fail span{background:#a61b1b}
.fail{color:#a61b1b}.review{color:#8a5a00}.pass{color:#1f6f3f}.advice{color:#3d4f6b}.kind,code.id{white-space:nowrap;overflow-wrap:normal}.new{background:#a61b1b;color:#fff;padding:0 .3rem}
code{background:#f2f2f2;padding:0 .2rem;overflow-wrap:anywhere}pre{white-space:pre-wrap;margin:.3rem 0}
img{max-width:100%;border:1px solid #999}.shot{max-width:30rem;margin:0}
nav ul{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;list-style:none;padding:0}.verdict{font-size:1.25rem}
.page-head{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}[id]{scroll-margin-top:6rem}
ul.findings{list-style:none;padding:0}li.finding{border-left:4px solid #999;padding:.3rem 0 .3rem .8rem;margin:.8rem 0}
li.finding[data-kind=fail]{border-color:#a61b1b}li.finding[data-kind=review]{border-color:#8a5a00}li.finding p{margin:.2rem 0}
.ids,.note{color:#444}.fixes{white-space:pre-line}
.crop{margin:.5rem 0}.crop div{position:relative}.crop img{display:block;width:100%;height:100%;box-sizing:border-box}
.crop span{position:absolute;outline:3px solid #c00000;outline-offset:1px}
.filters{position:sticky;top:0;background:#fff;border:1px solid #999;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}.filters legend{float:left;margin-right:.5rem;font-weight:bold}
.filters label{white-space:nowrap}.filters select{max-width:16rem}.filters p{margin:0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (forced-colors:active){.bar span{background:CanvasText}}
@media (min-width:40rem){thead th{white-space:nowrap}}
td{overflow-wrap:anywhere}
@media (max-width:40rem){body{padding:.5rem}th,td{padding:.2rem .3rem}.filters{position:static}}
@media print{.filters{display:none}}`;

/**
 * Shows the filters and applies them: a finding is shown when its kind is ticked, it bears on the chosen
 * requirement and, where asked, it is new. Without script the form stays hidden and every finding shows.
 */
const FILTER_SCRIPT = `(() => {
  const form = document.querySelector('form.filters');
  const status = form.querySelector('[role=status]');
  const findings = [...document.querySelectorAll('li.finding')];
  const apply = () => {
    const kinds = new Set([...form.querySelectorAll('input[name=kind]:checked')].map((input) => input.value));
    const requirement = form.elements.requirement.value;
    const onlyNew = form.elements.onlyNew?.checked;
    let shown = 0;
    for (const finding of findings) {
      finding.hidden = !(kinds.has(finding.dataset.kind) && (!requirement || finding.dataset.requirements.split(' ').includes(requirement)) && (!onlyNew || finding.dataset.change === 'new'));
      if (!finding.hidden) shown++;
    }
    for (const group of document.querySelectorAll('.group')) group.hidden = !group.querySelector('li.finding:not([hidden])');
    status.textContent = status.dataset.template.replace('{shown}', shown).replace('{total}', findings.length);
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
})();`;

/** What a finding counts as in the report: advice (AAA, best practices) is shown apart from what is scored. */
type Kind = Finding['outcome'] | 'advice';
const KIND_ORDER: Kind[] = ['fail', 'review', 'advice', 'pass'];
const kindOf = (report: AuditReport, f: Finding): Kind => (f.outcome !== 'pass' && isAdvice(report, f) ? 'advice' : f.outcome);
const kindLabel = (kind: Kind, t: ReportStrings) => (kind === 'advice' ? t.advice : t.outcomes[kind]);

/** Every finding with where it is: its page, and its anchor in the per-page view. */
interface Located {
  finding: Finding;
  kind: Kind;
  page: number;
  anchor: string;
}

const locate = (report: AuditReport): Located[] =>
  report.pages.flatMap((page, p) => page.findings.map((finding, i) => ({ finding, kind: kindOf(report, finding), page: p, anchor: `f-${p}-${i}` })));

/** Items by a key of each, in the order their keys first come. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
const named = (id: string, lang: Lang) => `<code class="id">${x(id)}</code> ${x(requirementName(id, lang))}`;
const isPass = (verdict: string) => verdict === '合格';

function scoreTable(profiles: Record<string, ProfileResult>, t: ReportStrings, lang: Lang): string {
  const rows = Object.entries(profiles).map(
    ([name, p]) =>
      `<tr><th scope="row">${x(name)}</th><td><span class="bar ${isPass(p.verdict) ? 'pass' : 'fail'}" role="img" aria-label="${p.score}/100"><span style="width:${p.score}%"></span></span> ${p.score}</td><td class="${isPass(p.verdict) ? 'pass' : 'fail'}">${x(verdictLabel(p.verdict, lang))}</td><td>${p.vetoes.map((id) => named(id, lang)).join('<br>') || t.none}</td></tr>`,
  );
  return `<table><thead><tr><th>${t.profile}</th><th>${t.score}</th><th>${t.verdict}</th><th>${t.vetoes}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;

/** The element's picture with its outline drawn over it, placed in percentages so that it scales with the picture. */
const cropFigure = ({ image, width, height, box }: ElementCrop, selector: string, t: ReportStrings) =>
  `<figure class="crop" style="max-width:${width}px"><div style="aspect-ratio:${width}/${height}"><img src="${x(image)}" alt="${x(t.elementPicture)}: ${x(selector)}"><span style="left:${percent(box.x, width)};top:${percent(box.y, height)};width:${percent(box.width, width)};height:${percent(box.height, height)}"></span></div></figure>`;

/** One element: where it is, its markup, what axe says to fix on it or what carebar measured, and its picture. */
const nodeDetail = (n: FindingNode, t: ReportStrings) =>
  `<p><code>${x(n.selector)}</code></p><pre><code>${x(n.html)}</code></pre>${n.fix ? `<p class="fixes">${x(n.fix)}</p>` : ''}${n.note ? `<p class="note">${x(n.note)}</p>` : ''}${n.crop ? cropFigure(n.crop, n.selector, t) : ''}`;

/** The first element shown, the others folded away: a finding on many elements stays short until opened. */
function nodeList(nodes: readonly FindingNode[], t: ReportStrings): string {
  const [first, ...rest] = nodes;
  if (!first) return '';
  const more = rest.length ? `<details><summary>${x(fill(t.moreElements, { count: rest.length }))}</summary><ul>${rest.map((n) => `<li>${nodeDetail(n, t)}</li>`).join('')}</ul></details>` : '';
  return nodeDetail(first, t) + more;
}

function findingItem({ finding: f, kind, anchor }: Located, t: ReportStrings, lang: Lang): string {
  const { fix } = guidanceOf(f, lang);
  const ids = [`<code>${x(f.id)}</code>`, ...f.wcag.map((c) => `WCAG ${x(c)}`), ...f.requirements.map((id) => x(id))].join(' · ');
  const more = f.helpUrl ? ` <a href="${x(f.helpUrl)}">${x(t.learnMore)}<span class="visually-hidden">: ${x(f.id)}</span></a>` : '';
  return `<li class="finding" id="${anchor}" data-kind="${kind}" data-requirements="${x(f.requirements.join(' '))}"${f.change ? ` data-change="${f.change}"` : ''}>
<p><strong class="${kind}">${x(kindLabel(kind, t))}</strong>${f.change === 'new' ? ` <strong class="new">${x(t.changes.new)}</strong>` : ''} ${x(f.message)}</p>
<p class="ids">${ids}</p>${kind === 'pass' ? '' : `<p><strong>${x(kind === 'review' ? t.whatToCheck : t.howToFix)}:</strong> ${x(fix)}${more}</p>${nodeList(f.nodes, t)}`}</li>`;
}

/** The problems that recur most across the site, each with how many pages and elements it is on: what to fix first. */
function recurringSection(located: readonly Located[], t: ReportStrings, lang: Lang, pageCount: number): string {
  const groups = groupBy(
    located.filter((l) => l.kind !== 'pass'),
    (l) => `${l.kind} ${l.finding.id}`,
  );
  const rows = [...groups.values()]
    .map((items) => ({ items, pages: new Set(items.map((l) => l.page)).size, elements: items.reduce((sum, l) => sum + Math.max(1, l.finding.nodes.length), 0) }))
    .sort((a, b) => KIND_ORDER.indexOf(a.items[0].kind) - KIND_ORDER.indexOf(b.items[0].kind) || b.pages - a.pages || b.elements - a.elements)
    .map(({ items: [first, ...others], pages, elements }) => {
      const { finding: f, kind } = first;
      const isNew = [first, ...others].some((l) => l.finding.change === 'new');
      return `<tr><td class="kind ${kind}">${x(kindLabel(kind, t))}${isNew ? ` <strong class="new">${x(t.changes.new)}</strong>` : ''}</td><td><a href="#${first.anchor}">${x(guidanceOf(f, lang).asks)}</a><br><code>${x(f.id)}</code></td><td>${f.requirements.map((id) => named(id, lang)).join('<br>')}</td><td class="n">${pages}/${pageCount}</td><td class="n">${elements}</td></tr>`;
    });
  const body = rows.length
    ? `<table><thead><tr><th>${t.result}</th><th>${t.problem}</th><th>${t.requirement}</th><th>${t.pageCount}</th><th>${t.elementCount}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p>${t.noFindings}</p>`;
  return `<section aria-labelledby="recurring"><h2 id="recurring">${t.recurring}</h2>${body}</section>`;
}

/** The pages that score lowest, where there are several to choose from. */
function worstSection(report: AuditReport, located: readonly Located[], t: ReportStrings, lang: Lang): string {
  if (report.pages.length < 2) return '';
  const count = (p: number, kind: Kind) => located.filter((l) => l.page === p && l.kind === kind).length;
  const rows = report.pages
    .map((page, p) => ({ page, p }))
    .sort((a, b) => a.page.score - b.page.score || count(b.p, 'fail') - count(a.p, 'fail'))
    .slice(0, 10)
    .map(
      ({ page, p }) =>
        `<tr><td><a href="#page-${p}">${x(page.url)}</a></td><td class="n">${page.score}</td><td class="${isPass(page.verdict) ? 'pass' : 'fail'}">${x(verdictLabel(page.verdict, lang))}</td><td>${x(page.vetoes.join(', ') || t.none)}</td><td class="n">${page.error ? x(page.error.code) : count(p, 'fail')}</td></tr>`,
    );
  return `<section aria-labelledby="worst"><h2 id="worst">${t.worst}</h2><table><thead><tr><th>${t.page}</th><th>${t.score}</th><th>${t.verdict}</th><th>${t.vetoes}</th><th>${t.outcomes.fail}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** Each requirement the profile scores, by the body of rules it comes from: its result across the site, whether a person must check it, and the rules that failed it. */
function requirementSection(report: AuditReport, located: readonly Located[], t: ReportStrings, lang: Lang): string {
  const { coverage, vetoes } = report.summary;
  const ids = [...new Set([...coverage.automated, ...coverage.manual])];
  const pagesWith = (items: readonly Located[]) => new Set(items.map((l) => l.page)).size;
  const row = (id: string) => {
    const related = located.filter((l) => l.finding.requirements.includes(id) && l.kind !== 'pass');
    const worst = KIND_ORDER.find((kind) => related.some((l) => l.kind === kind));
    const result = worst
      ? `<span class="kind ${worst}">${x(kindLabel(worst, t))}</span> (${x(fill(t.onPages, { count: pagesWith(related.filter((l) => l.kind === worst)) }))})`
      : x(coverage.automated.includes(id) ? t.noProblem : t.manual);
    const problems = [...groupBy(related, (l) => l.finding.id)].map(([rule, items]) => `<a href="#${items[0].anchor}">${x(rule)}</a> (${pagesWith(items)})`).join(', ');
    const checkedBy = [coverage.automated.includes(id) && t.automated, coverage.manual.includes(id) && t.manual].filter(Boolean).join(t.and);
    return `<tr><th scope="row">${named(id, lang)}${vetoes.includes(id) ? ` <strong class="fail">${x(t.vetoItem)}</strong>` : ''}</th><td>${result}</td><td>${x(checkedBy)}</td><td>${problems}</td></tr>`;
  };
  const tables = REQUIREMENT_FAMILIES.map((family, index) => {
    const mine = ids.filter((id) => familyOf(id) === index);
    return mine.length
      ? `<h3>${x(family.name[lang])}</h3><table><thead><tr><th>${t.requirement}</th><th>${t.result}</th><th>${t.checkedBy}</th><th>${t.problem}</th></tr></thead><tbody>${mine.map(row).join('')}</tbody></table>`
      : '';
  });
  return `<section aria-labelledby="requirements"><h2 id="requirements">${t.byRequirement}</h2>${tables.join('')}</section>`;
}

/** Filters for the per-page findings, by kind, requirement and (against a baseline) change. */
function filterForm(report: AuditReport, located: readonly Located[], t: ReportStrings, lang: Lang): string {
  if (!located.length) return '';
  const kinds = KIND_ORDER.filter((kind) => located.some((l) => l.kind === kind));
  const requirements = [...new Set(located.flatMap((l) => l.finding.requirements))].sort();
  return `<form class="filters" hidden aria-label="${x(t.filters)}"><fieldset><legend>${t.result}</legend>${kinds
    .map((kind) => `<label><input type="checkbox" name="kind" value="${kind}" checked> ${x(kindLabel(kind, t))} (${located.filter((l) => l.kind === kind).length})</label>`)
    .join('')}</fieldset><label>${t.requirement} <select name="requirement"><option value="">${t.all}</option>${requirements
    .map((id) => `<option value="${x(id)}">${x(id)} ${x(requirementName(id, lang))}</option>`)
    .join('')}</select></label>${report.summary.baseline ? `<label><input type="checkbox" name="onlyNew"> ${x(t.onlyNew)}</label>` : ''}<p role="status" data-template="${x(t.shown)}"></p></form>`;
}

function pageSection(page: PageReport, p: number, located: readonly Located[], t: ReportStrings, lang: Lang): string {
  const tags = [page.entry && t.entry, page.elder && t.elder, page.partial && t.partial].filter(Boolean).join(' · ');
  const rank = (l: Located) => KIND_ORDER.indexOf(l.kind);
  const mine = located.filter((l) => l.page === p).sort((a, b) => rank(a) - rank(b));
  // Findings grouped by the first requirement they bear on: the groups with failures first, then by body of rules.
  const body = [...groupBy(mine, (l) => l.finding.requirements[0] ?? '—')]
    .sort(([a, [worstA]], [b, [worstB]]) => rank(worstA) - rank(worstB) || familyOf(a) - familyOf(b) || a.localeCompare(b))
    .map(([id, items]) => `<div class="group"><h4>${named(id, lang)}</h4><ul class="findings">${items.map((l) => findingItem(l, t, lang)).join('')}</ul></div>`)
    .join('');
  return `<section aria-labelledby="page-${p}"><h3 id="page-${p}">${t.page} ${p + 1}: ${x(page.url)}</h3>
${tags ? `<p>${x(tags)}</p>` : ''}${page.error ? `<p class="fail">${t.error}: <code>${x(page.error.code)}</code> ${x(page.error.message)}</p>` : ''}
<div class="page-head">${scoreTable(page.profiles, t, lang)}
${page.screenshot ? `<figure class="shot"><img src="${x(page.screenshot)}" alt="${t.screenshot}: ${x(page.url)}"><figcaption>${t.screenshot}</figcaption></figure>` : ''}</div>
${body || `<p>${t.noFindings}</p>`}</section>`;
}

const fixedSection = (fixed: readonly FixedFinding[], t: ReportStrings) =>
  fixed.length
    ? `<section aria-labelledby="fixed"><h2 id="fixed">${x(t.fixedHeading)}</h2><ul>${fixed
        .map((f) => `<li><strong class="pass">${x(t.changes.fixed)}</strong> ${x(f.url)} <code>${x(f.id)}</code> ${x(f.message)}${f.nodes.map((n) => `<br><code>${x(n.selector)}</code>`).join('')}</li>`)
        .join('')}</ul></section>`
    : '';

/** One self-contained page: the site's summary, each requirement, then each page's findings. */
export const htmlReporter: Reporter = {
  extension: 'html',
  render(report, { lang }) {
    const t = STRINGS[lang];
    const { summary } = report;
    const located = locate(report);
    const counts = KIND_ORDER.filter((kind) => kind !== 'pass').map((kind) => `${kindLabel(kind, t)} ${located.filter((l) => l.kind === kind).length}`);
    const sites = [...new Set(report.pages.map((page) => (URL.canParse(page.url) ? new URL(page.url).origin : page.url)))];
    const contents: Array<[string, string]> = [
      ['summary', t.summary],
      ['recurring', t.recurring],
      ...(report.pages.length > 1 ? [['worst', t.worst] as [string, string]] : []),
      ['requirements', t.byRequirement],
      ['pages', t.byPage],
      ...(report.fixed?.length ? [['fixed', t.fixedHeading] as [string, string]] : []),
    ];
    return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title><style>${STYLE}</style></head><body>
<header><h1>${t.title}</h1><p>${x(sites.join(' · '))} · ${x(report.generatedAt.slice(0, 10))} · ${x(report.tool.name)} ${x(report.tool.version)}</p>
<nav aria-label="${x(t.contents)}"><ul>${contents.map(([id, label]) => `<li><a href="#${id}">${x(label)}</a></li>`).join('')}</ul></nav></header><main>
<section aria-labelledby="summary"><h2 id="summary">${t.summary}</h2>
<p class="verdict">${t.site}: <strong>${t.score} ${summary.score}/100</strong> · <strong class="${isPass(summary.verdict) ? 'pass' : 'fail'}">${x(verdictLabel(summary.verdict, lang))}</strong> · ${t.profile}: ${x(summary.profile)} · ${x(fill(t.pagesAudited, { count: report.pages.length }))} · ${x(counts.join(' · '))}</p>
${runLines(report, t).map((line) => `<p class="run">${x(line)}</p>`).join('')}
${scoreTable(summary.profiles, t, lang)}</section>
${recurringSection(located, t, lang, report.pages.length)}
${worstSection(report, located, t, lang)}
${requirementSection(report, located, t, lang)}
<section aria-labelledby="pages"><h2 id="pages">${t.byPage}</h2>${filterForm(report, located, t, lang)}
${report.pages.map((page, p) => pageSection(page, p, located, t, lang)).join('\n')}</section>
${fixedSection(report.fixed ?? [], t)}
</main><footer><p>${x(report.tool.name)} ${x(report.tool.version)} · ${t.generated} ${x(report.generatedAt)}</p></footer>
${located.length ? `<script>${FILTER_SCRIPT}</script>` : ''}
</body></html>
`;
  },
};
