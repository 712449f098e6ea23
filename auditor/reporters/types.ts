import type { AuditReport, Lang } from '../types.js';

export interface ReporterOptions {
  lang: Lang;
}

/** One output format of a report; every format implements this. */
export interface Reporter {
  /** The file extension, used for `report.<ext>` when several formats go to one directory. */
  extension: string;
  render(report: AuditReport, options: ReporterOptions): string;
}
