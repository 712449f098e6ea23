/**
 * A lazy part that failed to load leaves its feature off, and says why in the console: with the
 * drop-in, most often because the `carebar-*` files were not copied beside carebar.js.
 */
export function warnNotLoaded(error: unknown): void {
  console.warn('carebar: a lazy part could not load (the drop-in looks for the carebar-* files beside carebar.js)', error);
}
