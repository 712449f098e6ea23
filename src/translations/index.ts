import { enReading } from './en-reading.js';
import { ELEMENT_TABLES } from './elements.js';
import { resolveLang } from './lang.js';
import type { Lang, Translation } from './types.js';
import { zhCNReading } from './zh-cn-reading.js';
import { zhTWReading } from './zh-tw-reading.js';
import { ZONE_TABLES } from './zone.js';

export { format, resolveLang } from './lang.js';
export { launcherTranslation } from './localize.js';
export { zoneTranslation } from './zone.js';

const TABLES: Record<Lang, Translation> = {
  'zh-CN': { ...ELEMENT_TABLES['zh-CN'], ...ZONE_TABLES['zh-CN'], ...zhCNReading },
  'zh-TW': { ...ELEMENT_TABLES['zh-TW'], ...ZONE_TABLES['zh-TW'], ...zhTWReading },
  en: { ...ELEMENT_TABLES.en, ...ZONE_TABLES.en, ...enReading },
};

/**
 * Every string carebar shows or speaks, for a language tag. The parts import what they show: the
 * launcher `launcherTranslation`, the toolbar and the zone `elementTranslation`.
 */
export function translation(tag: string | null | undefined): Translation {
  return TABLES[resolveLang(tag)];
}
