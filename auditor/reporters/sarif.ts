import { createHash } from 'node:crypto';
import { documentOf } from '../targets.js';
import type { Finding, FindingNode, PageReport } from '../types.js';
import { guidanceOf } from './guidance.js';
import type { Reporter } from './types.js';

const LEVELS: Record<Finding['outcome'], { level: string; kind: string }> = {
  fail: { level: 'error', kind: 'fail' },
  review: { level: 'warning', kind: 'review' },
  pass: { level: 'none', kind: 'pass' },
};

/** Where to read about carebar, for a code-scanning tool's rule pages. */
const INFORMATION_URI = 'https://www.npmjs.com/package/carebar';

/**
 * A page as a path relative to no checkout (`127.0.0.1_8080/news/a.html`): code-scanning services
 * take a location's URI as a file of the repository and reject absolute URLs. The page's own URL is
 * in the result's properties and logical location.
 */
const pathOf = (url: string): string => {
  if (!URL.canParse(url)) return encodeURIComponent(url);
  const { host, pathname, search } = new URL(url);
  return `${host.replace(':', '_')}${pathname}${search ? encodeURIComponent(search) : ''}`.replace(/^\/+/, '') || 'page';
};

/** `image-alt` → `ImageAlt`, the form SARIF's rule names take. */
const nameOf = (id: string): string => id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());

/** Stable across runs for the same rule, page and element, so that a tool can tell new results from known ones. */
const fingerprint = (...parts: string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);

function result(page: PageReport, finding: Finding, node: FindingNode | null, ruleIndex: number) {
  const url = documentOf(page.finalUrl);
  return {
    ruleId: finding.id,
    ruleIndex,
    ...LEVELS[finding.outcome],
    message: { text: node?.note ? `${finding.message} ${node.note}` : finding.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: pathOf(url) }, region: { startLine: 1, ...(node ? { snippet: { text: node.html } } : {}) } },
        logicalLocations: [node ? { name: node.selector, fullyQualifiedName: `${url} ${node.selector}`, kind: 'element' } : { name: url, fullyQualifiedName: url, kind: 'resource' }],
      },
    ],
    partialFingerprints: { 'carebarFinding/v1': fingerprint(finding.id, url, node?.selector ?? '') },
    properties: { url: page.finalUrl, requirements: finding.requirements, wcag: finding.wcag, impact: finding.impact },
  };
}

/**
 * SARIF 2.1.0, which code-scanning tools turn into alerts: a result per element of each finding, located
 * in its page (as a relative path) and by its selector, with a fingerprint; a rule per check, with what it
 * checks, how to fix it, and its WCAG and standard ids as tags.
 */
export const sarifReporter: Reporter = {
  extension: 'sarif',
  render(report, { lang }) {
    const findings = report.pages.flatMap((page) => page.findings.map((finding) => ({ page, finding })));
    const byId = [...new Map(findings.map(({ finding }) => [finding.id, finding])).values()];
    const rules = byId.map((f) => {
      const { asks, fix } = guidanceOf(f, lang);
      return {
        id: f.id,
        name: nameOf(f.id),
        shortDescription: { text: asks },
        fullDescription: { text: fix },
        help: { text: `${asks}\n${fix}`, markdown: `**${asks}**\n\n${fix}${f.helpUrl ? `\n\n[${f.id}](${f.helpUrl})` : ''}` },
        ...(f.helpUrl ? { helpUri: f.helpUrl } : {}),
        properties: {
          tags: ['accessibility', ...f.requirements, ...f.wcag.map((c) => `WCAG ${c}`)],
          requirements: f.requirements,
          source: f.source,
          wcag: f.wcag,
        },
      };
    });
    const ruleIndex = new Map(byId.map((f, index) => [f.id, index]));
    const results = findings.flatMap(({ page, finding }) =>
      (finding.nodes.length ? finding.nodes : [null]).map((node) => result(page, finding, node, ruleIndex.get(finding.id)!)),
    );
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri: INFORMATION_URI, rules } },
          results,
          properties: { summary: report.summary, shard: report.shard, partial: report.partial },
        },
      ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
  },
};
