// color-contrast-checker ships no types; these are the two methods the auditor uses.
declare module 'color-contrast-checker' {
  export default class ColorContrastChecker {
    /** Relative luminance of a `#rrggbb` colour (WCAG 2). */
    hexToLuminance(color: string): number;
    /** (lighter + 0.05) / (darker + 0.05). */
    getContrastRatio(luminanceA: number, luminanceB: number): number;
  }
}
