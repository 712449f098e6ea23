import { resolveLang } from './lang.js';
import type { ElementTranslation, Lang } from './types.js';

/** Each language's strings in a module of its own: the drop-in fetches only the page's language. */
const LOADERS: Readonly<Record<Lang, () => Promise<ElementTranslation>>> = {
  'zh-CN': async () => {
    const { zhCN, zhCNToolbar } = await import('./zh-cn.js');
    return { ...zhCN, ...zhCNToolbar };
  },
  'zh-TW': async () => {
    const { zhTW, zhTWToolbar } = await import('./zh-tw.js');
    return { ...zhTW, ...zhTWToolbar };
  },
  en: async () => {
    const { en, enToolbar } = await import('./en.js');
    return { ...en, ...enToolbar };
  },
};

/** The strings of the toolbar and the elder zone's heading, for a language tag (without those of reading aloud and the views). */
export function loadElementTranslation(tag: string | null | undefined): Promise<ElementTranslation> {
  return LOADERS[resolveLang(tag)]();
}
