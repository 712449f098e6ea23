import { axeRuleText } from '../axe.js';
import { CHECKS } from '../checks/index.js';
import type { Finding, Lang } from '../types.js';

/** What a rule asks of a page, and how to meet it, in words a contractor can act on. */
export interface Guidance {
  asks: string;
  fix: string;
}

/** carebar's guide for its checks; axe's own words for its rules ("Ensure …" is how to meet them), translated where axe is. */
export function guidanceOf(finding: Pick<Finding, 'id' | 'message'>, lang: Lang): Guidance {
  const check = CHECKS.find((candidate) => candidate.id === finding.id);
  if (check) return { asks: check.guide[lang].rule, fix: check.guide[lang].fix };
  const axe = axeRuleText(finding.id, lang);
  return axe ? { asks: axe.help, fix: axe.description } : { asks: finding.message, fix: finding.message };
}
