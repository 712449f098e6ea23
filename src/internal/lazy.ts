/** carebar's lazy parts: modules imported only when a user turns on what needs them. */
export interface LazyParts {
  /** 读屏 and 大字幕: extraction, speech, the reading controls and the caption bar. */
  reading(): Promise<typeof import('../speech/reading.js')>;
  /** The caption's pinyin line. */
  pinyin(): Promise<{ pinyin: typeof import('pinyin-pro').pinyin }>;
  /** 页面视图: the reading and text-only views, with their extractor. */
  view(): Promise<typeof import('../view/view.js')>;
  /** The strings of every language but zh-CN. */
  languages(): Promise<typeof import('../translations/languages.js')>;
}

/** The drop-in swaps this module for lazy.dropin.ts, which imports the same parts from files beside carebar.js. */
export const lazy: LazyParts = {
  reading: () => import('../speech/reading.js'),
  pinyin: () => import('pinyin-pro'),
  view: () => import('../view/view.js'),
  languages: () => import('../translations/languages.js'),
};
