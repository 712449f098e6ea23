import { resolveLang } from './lang.js';
import type { Lang, ToolbarTranslation } from './types.js';

/** Each language's strings in a module of its own: the drop-in fetches only the page's language. */
const MODULES: Readonly<Record<Lang, () => Promise<{ elements: ToolbarTranslation }>>> = {
  'zh-CN': () => import('./zh-cn.js'),
  'zh-TW': () => import('./zh-tw.js'),
  en: () => import('./en.js'),
};

/** The strings of the toolbar and the elder zone's heading, for a language tag (without those of reading aloud and the views). */
export async function loadElementTranslation(tag: string | null | undefined): Promise<ToolbarTranslation> {
  return (await MODULES[resolveLang(tag)]()).elements;
}
