/** carebar's lazy parts: modules imported only when a user turns on what needs them. */
export interface LazyParts {
  /** 读屏 and 大字幕: extraction, speech, the reading controls and the caption bar. */
  reading(): Promise<typeof import('../speech/reading.js')>;
  /** The caption's pinyin line. */
  pinyin(): Promise<{ pinyin: typeof import('pinyin-pro').pinyin }>;
  /** 页面视图: the reading and text-only views, with their extractor. */
  view(): Promise<typeof import('../view/view.js')>;
  /** The strings of the launcher and the elder zone in every language but zh-CN. */
  languages(): Promise<typeof import('../translations/languages.js')>;
  /** The toolbar's bar and panels, with their strings in every language. */
  toolbar(): Promise<typeof import('../toolbar/bar.js')>;
  /** The elder zone's tiles, hotline and switch, with their look. */
  elderZone(): Promise<typeof import('../elder-zone/zone-view.js')>;
  /** 辅助线: the crosshair and the reading mask. */
  guide(): Promise<typeof import('../features/guide-lines.js')>;
  /** 文字大小 element by element, for pages with a stylesheet that cannot be read. */
  textByElement(): Promise<typeof import('../features/text-by-element.js')>;
  /** Elder mode's floating ads and small targets, found in the page's layout. */
  elderWatch(): Promise<typeof import('../features/elder-watch.js')>;
  /** 隐藏图片's labels of alt text. */
  imageLabels(): Promise<typeof import('../features/image-labels.js')>;
}

/** The drop-in swaps this module for lazy.dropin.ts, which imports the same parts from files beside carebar.js. */
export const lazy: LazyParts = {
  reading: () => import('../speech/reading.js'),
  pinyin: () => import('pinyin-pro'),
  view: () => import('../view/view.js'),
  languages: () => import('../translations/languages.js'),
  toolbar: () => import('../toolbar/bar.js'),
  elderZone: () => import('../elder-zone/zone-view.js'),
  guide: () => import('../features/guide-lines.js'),
  textByElement: () => import('../features/text-by-element.js'),
  elderWatch: () => import('../features/elder-watch.js'),
  imageLabels: () => import('../features/image-labels.js'),
};
