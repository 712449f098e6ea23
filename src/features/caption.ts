import type { ChoiceFeature } from './types.js';

/**
 * 大字幕: a bar at the bottom of the viewport shows, in very large type (`on` 40 px, `large` 56 px,
 * `pinyin` with a 拼音 line), what the pointer or focus is on, or what 连读 reads. It shares the lazy
 * part of 读屏 (speech/reading.ts) and its text extraction.
 */
export const caption: ChoiceFeature = {
  id: 'caption',
  elderBar: true,
  kind: 'choice',
  icon: 'M2 5h20v14H2zm2 2v10h16V7zm2 6h5v2H6zm7 0h5v2h-5zM6 9h12v2H6z',
  shortcut: 'KeyC',
  default: 'off',
  values: ['off', 'on', 'large', 'pinyin'],
  apply(value, scope, carebar) {
    carebar.parts.use(scope, 'reading', (reading) => reading.startCaption(value, scope));
  },
};
