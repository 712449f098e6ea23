/**
 * The numbers the checks judge by (standards.md §2 and §4). Those marked [S] come from secondary
 * sources: they are our defaults, and a profile's `thresholds` may change any of them.
 */
export interface Thresholds {
  /** ELDER-TEXT: main text in elder pages, CSS px [S]. */
  elderFontPx: number;
  /** ELDER-SPACING: line pitch ÷ font size, and paragraph pitch ÷ line pitch [N]. */
  spacingRatio: number;
  /** ELDER-CONTRAST: normal text [N]. */
  contrastRatio: number;
  /** ELDER-CONTRAST: text at least `largeTextPx` [N]. */
  largeContrastRatio: number;
  /** ELDER-CONTRAST: 18 pt [N]. */
  largeTextPx: number;
  /** ELDER-TARGET: width and height of a target in elder pages, CSS px [S]. */
  elderTargetPx: number;
  /** ELDER-NOADS: the close control of a floating window, CSS px [S]. */
  closeControlPx: number;
  /** GOV-REACH: the homepage must load within this many seconds [N]. */
  reachSeconds: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  elderFontPx: 18,
  spacingRatio: 1.3,
  contrastRatio: 4.5,
  largeContrastRatio: 3,
  largeTextPx: 24,
  elderTargetPx: 60,
  closeControlPx: 44,
  reachSeconds: 15,
};
