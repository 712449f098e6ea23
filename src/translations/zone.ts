import { resolveLang } from './lang.js';
import type { Lang, ZoneTranslation } from './types.js';

/** The elder zone's own strings, which only its part needs. */
export const ZONE_TABLES: Readonly<Record<Lang, ZoneTranslation>> = {
  'zh-CN': {
    zoneHotline: '长者服务热线',
    zoneElderOn: '开启老年人模式',
    zoneElderOff: '关闭老年人模式',
  },
  'zh-TW': {
    zoneHotline: '長者服務專線',
    zoneElderOn: '開啟長者模式',
    zoneElderOff: '關閉長者模式',
  },
  en: {
    zoneHotline: 'Hotline for older people',
    zoneElderOn: 'Turn on elder mode',
    zoneElderOff: 'Turn off elder mode',
  },
};

/** The elder zone's strings, for a language tag. */
export function zoneTranslation(tag: string | null | undefined): ZoneTranslation {
  return ZONE_TABLES[resolveLang(tag)];
}
