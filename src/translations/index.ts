import { elements as en } from './en.js';
import { enReading } from './en-reading.js';
import { resolveLang } from './lang.js';
import { launcherTranslation } from './localize.js';
import type { Lang, Translation } from './types.js';
import { elements as zhCN } from './zh-cn.js';
import { zhCNReading } from './zh-cn-reading.js';
import { elements as zhTW } from './zh-tw.js';
import { zhTWReading } from './zh-tw-reading.js';
import { ZONE_TABLES } from './zone.js';

export { format, resolveLang } from './lang.js';
export { launcherTranslation } from './localize.js';
export { zoneTranslation } from './zone.js';

const TABLES: Record<Lang, Translation> = {
  'zh-CN': { ...launcherTranslation('zh-CN'), ...zhCN, ...ZONE_TABLES['zh-CN'], ...zhCNReading },
  'zh-TW': { ...launcherTranslation('zh-TW'), ...zhTW, ...ZONE_TABLES['zh-TW'], ...zhTWReading },
  en: { ...launcherTranslation('en'), ...en, ...ZONE_TABLES.en, ...enReading },
};

/**
 * Every string carebar shows or speaks, for a language tag. The parts import what they show: the
 * launcher `launcherTranslation`, carebar's elements their own strings, the zone `zoneTranslation`.
 */
export function translation(tag: string | null | undefined): Translation {
  return TABLES[resolveLang(tag)];
}
