import type { Finding } from '../types.js';
import type { Reporter } from './types.js';

const LEVELS: Record<Finding['outcome'], { level: string; kind: string }> = {
  fail: { level: 'error', kind: 'fail' },
  review: { level: 'warning', kind: 'review' },
  pass: { level: 'none', kind: 'pass' },
};

/** SARIF 2.1.0, which code-scanning tools turn into annotations. */
export const sarifReporter: Reporter = {
  extension: 'sarif',
  render(report) {
    const findings = report.pages.flatMap((page) => page.findings.map((finding) => ({ page, finding })));
    const rules = [...new Map(findings.map(({ finding: f }) => [f.id, f])).values()].map((f) => ({
      id: f.id,
      shortDescription: { text: f.id },
      ...(f.helpUrl ? { helpUri: f.helpUrl } : {}),
      properties: { requirements: f.requirements, source: f.source, ...(f.criteria ? { wcag: f.criteria } : {}) },
    }));
    const results = findings.map(({ page, finding: f }) => ({
      ruleId: f.id,
      ...LEVELS[f.outcome],
      message: { text: f.message },
      locations: (f.nodes.length ? f.nodes : [null]).map((node) => ({
        physicalLocation: { artifactLocation: { uri: page.finalUrl }, ...(node ? { region: { snippet: { text: node.html } } } : {}) },
        ...(node ? { logicalLocations: [{ fullyQualifiedName: node.selector, kind: 'element' }] } : {}),
      })),
      properties: { requirements: f.requirements, impact: f.impact },
    }));
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: report.tool.name, version: report.tool.version, rules } }, results, properties: { summary: report.summary } }],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
  },
};
