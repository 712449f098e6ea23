// carebar's auditor as a library: `import { audit, formatReport } from 'carebar/auditor'`.
export { audit } from './audit.js';
export { AXE_TAGS, DISABLED_RULES, ENABLED_RULES } from './axe-rules.js';
export { CHECKS } from './checks/index.js';
export type { Check, CheckResult, PageContext, Scope } from './checks/types.js';
export { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from './chrome.js';
export { readJournal, journalLine } from './journal.js';
export { BUILTIN_PROFILES, loadProfile, type Indicator, type Profile } from './profile.js';
export { mergeReports, reportOf, type ReportOptions } from './report.js';
export { FORMATS, REPORTERS, formatReport, type Format } from './reporters/index.js';
export type { Reporter, ReporterOptions } from './reporters/types.js';
export { inShard } from './shard.js';
export { AuditSetupError } from './targets.js';
export { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
export type * from './types.js';
export { PAGE_OPTIONS } from './types.js';
export { ActionError, type Action } from './page/actions.js';
export { gateFailure, type FailOn, type GateOptions } from './gate.js';
export { compareWithBaseline } from './baseline.js';
