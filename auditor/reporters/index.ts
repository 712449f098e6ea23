import type { AuditReport, Lang } from '../types.js';
import { csvReporter } from './csv.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export const REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  html: htmlReporter,
  junit: junitReporter,
  sarif: sarifReporter,
  csv: csvReporter,
} satisfies Record<string, Reporter>;

export type Format = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as Format[];

/** The report as a string in one format; `lang` is the language of the report's own words. */
export function formatReport(report: AuditReport, format: Format, { lang = 'zh-CN' }: { lang?: Lang } = {}): string {
  const reporter: Reporter | undefined = REPORTERS[format];
  if (!reporter) throw new RangeError(`Unknown report format "${String(format)}"; use one of ${FORMATS.join(', ')}.`);
  return reporter.render(report, { lang });
}
