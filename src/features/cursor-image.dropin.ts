// The drop-in's variant of cursor-image.ts (rollup.config.mjs swaps it in): the cursors are SVG files
// beside carebar.js. A strict Content-Security-Policy that lets the script load (img-src 'self', say)
// lets them load too, where it would block data: images.
import { cursorFile, type CursorFill, type CursorShape } from './cursor-image.js';

export type { CursorFill, CursorShape };

export function cursorUrl(shape: CursorShape, fill: CursorFill, px: number): string {
  return new URL(cursorFile(shape, fill, px), import.meta.url).href;
}
