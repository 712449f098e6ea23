// What changed since an earlier run: each finding of a report compared with the report of that run, so that a
// site can gate on what it broke rather than on everything it has yet to fix.
import { createHash } from 'node:crypto';
import type { AuditReport, Finding, FindingNode } from './types.js';

/**
 * One problem: a check's fail or review on one element of one page (or on the page, for a finding with no
 * element). The element is known by what it is, not by where it sits, so that a banner added above it, which
 * shifts every `nth-child`, leaves it the same.
 */
function problemKeys(url: string, finding: Finding): string[] {
  if (!finding.nodes.length) return [`${url}\n${finding.id}\n`];
  const seen = new Map<string, number>();
  return finding.nodes.map((node) => {
    const print = fingerprint(node);
    // Elements that look alike (the items of a list) are told apart by their order among their likes only.
    const nth = seen.get(print) ?? 0;
    seen.set(print, nth + 1);
    return `${url}\n${finding.id}\n${print}#${nth}`;
  });
}

/** The attributes that say which element it is, and rarely change when the page around it does. */
const STABLE = ['id', 'name', 'type', 'role', 'href', 'src', 'alt', 'for', 'action', 'aria-label', 'title', 'class'];

/** A short hash of the element's tag, its stable attributes and the start of its text. */
export function fingerprint(node: FindingNode): string {
  const tag = /^<([a-z][\w-]*)([^>]*)>/i.exec(node.html);
  if (!tag) return hash(node.selector);
  const attributes = STABLE.map((name) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag[2]))
    .map((match, i) => (match ? `${STABLE[i]}=${(match[2] ?? match[3] ?? match[4]).trim()}` : ''))
    .filter(Boolean);
  const text = node.html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return hash([tag[1].toLowerCase(), ...attributes, text].join('\n'));
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Each fail and review of a report with its problems' keys, worked out once. */
const problems = (report: AuditReport) =>
  new Map(report.pages.flatMap((page) => page.findings.filter((f) => f.outcome !== 'pass').map((finding) => [finding, { url: page.url, keys: problemKeys(page.url, finding) }] as const)));

/**
 * `report` with each fail and review marked `change: "new"` (it has an element, or is on a page, that the
 * baseline's same finding did not have) or `"same"`, the findings of the baseline that are gone listed as
 * `fixed`, and the counts of the three (of elements, or pages for a finding on no element) in `summary.baseline`.
 */
export function compareWithBaseline(report: AuditReport, baseline: AuditReport): AuditReport {
  const [then, current] = [problems(baseline), problems(report)];
  const before = new Set([...then.values()].flatMap((p) => p.keys));
  const now = new Set([...current.values()].flatMap((p) => p.keys));
  const counts = { new: 0, same: 0, fixed: 0 };
  const pages = report.pages.map((page) => ({
    ...page,
    findings: page.findings.map((finding) => {
      const keys = current.get(finding)?.keys;
      if (!keys) return finding; // a pass
      const added = keys.filter((key) => !before.has(key)).length;
      counts.new += added;
      counts.same += keys.length - added;
      return { ...finding, change: added ? ('new' as const) : ('same' as const) };
    }),
  }));
  const fixed = [...then].flatMap(([finding, { url, keys }]) => {
    const gone = new Set(keys.filter((key) => !now.has(key)));
    counts.fixed += gone.size;
    if (!gone.size) return [];
    const nodes = finding.nodes.filter((_, i) => gone.has(keys[i]));
    return [{ url, id: finding.id, outcome: finding.outcome, message: finding.message, nodes }];
  });
  return { ...report, summary: { ...report.summary, baseline: counts }, pages, fixed };
}
