// The drop-in's variant of lazy.ts (rollup.config.mjs swaps it in): each lazy part is a file beside
// carebar.js, found from the script's own URL (contracts.md, "The drop-in").
import type { LazyParts } from './lazy.js';

/** Captured now: `document.currentScript` is the drop-in only while it first runs. */
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;

const beside = <T>(file: string): Promise<T> => import(new URL(file, base).href);

export const lazy: LazyParts = {
  reading: () => beside('carebar-reading.js'),
  pinyin: () => beside('carebar-pinyin.js'),
};
