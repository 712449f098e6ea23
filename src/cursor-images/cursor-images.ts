/** Each shape's path on a 32 × 32 grid (its hotspot is in cursor.ts, beside where it is used). */
const PATHS = {
  arrow: 'M5 2v24l6-6 4.5 9.5 4-2L15 18h8.5z',
  hand: 'M11 4.5a2.5 2.5 0 0 1 5 0V13l7 1.3a3 3 0 0 1 2.4 3.5L24 29H12.5l-7-9.2a2.4 2.4 0 0 1 3.6-3.1L11 18.6z',
  text: 'M10 3h12v3h-4v20h4v3H10v-3h4V6h-4z',
  wait: 'M8 2h16v3l-6 11 6 11v3H8v-3l6-11-6-11z',
} as const;

export type CursorShape = keyof typeof PATHS;
export type CursorFill = 'black' | 'white';

/** The file of one cursor beside the drop-in, as the build writes it. */
export const cursorFile = (shape: CursorShape, fill: CursorFill, px: number): string => `carebar-cursor-${shape}-${fill}-${px}.svg`;

/** A cursor image: the shape in `fill`, outlined in the other colour (painted under the fill, so thin shapes keep their colour). */
export function cursorSvg(shape: CursorShape, fill: CursorFill, px: number): string {
  const outline = fill === 'black' ? 'white' : 'black';
  return `<svg xmlns='http://www.w3.org/2000/svg' width='${px}' height='${px}' viewBox='0 0 32 32'><path d='${PATHS[shape]}' fill='${fill}' stroke='${outline}' stroke-width='2' stroke-linejoin='round' paint-order='stroke'/></svg>`;
}

/**
 * Where a cursor image is: for the drop-in, a file beside carebar.js (`base`), which a strict
 * Content-Security-Policy that lets the script load (`img-src 'self'`, say) lets load too, where
 * it would block a data URI; for the ES modules, a data URI, which needs no file and no request.
 */
export function cursorUrl(shape: CursorShape, fill: CursorFill, px: number, base?: string): string {
  return base ? new URL(cursorFile(shape, fill, px), base).href : `data:image/svg+xml,${cursorSvg(shape, fill, px)}`;
}

/** Every cursor image that the drop-in uses, by file name: the build writes them beside carebar.js. */
export function cursorFiles(sizes: readonly number[]): Array<[string, string]> {
  return (Object.keys(PATHS) as CursorShape[]).flatMap((shape) =>
    (['black', 'white'] as const).flatMap((fill) => sizes.map((px): [string, string] => [cursorFile(shape, fill, px), cursorSvg(shape, fill, px)])),
  );
}
