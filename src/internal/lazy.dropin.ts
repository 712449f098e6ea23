// The drop-in's variant of lazy.ts (rollup.config.mjs swaps it in): each lazy part is a file beside
// carebar.js, found from the script's own URL (contracts.md, "The drop-in").
import type { LazyParts } from './lazy.js';

/**
 * This file's own URL: in carebar.js, rollup makes it `document.currentScript.src`, read now while
 * the script runs; in a lazy part (an ES module beside it), it is that module's URL.
 */
const base = import.meta.url;

const beside = <T>(file: string): Promise<T> => import(new URL(file, base).href);

export const lazy: LazyParts = {
  reading: () => beside('carebar-reading.js'),
  pinyin: () => beside('carebar-pinyin.js'),
  view: () => beside('carebar-view.js'),
  languages: () => beside('carebar-languages.js'),
  toolbar: () => beside('carebar-toolbar.js'),
  elderZone: () => beside('carebar-elder-zone.js'),
  guide: () => beside('carebar-guide.js'),
  textByElement: () => beside('carebar-text.js'),
  elderWatch: () => beside('carebar-elder.js'),
  imageLabels: () => beside('carebar-images.js'),
};
