/** The parts of color-contrast-checker (CommonJS, no types of its own) that the tests use. */
declare module 'color-contrast-checker' {
  export default class ColorContrastChecker {
    /** Relative luminance of a `#rrggbb` or `#rgb` colour. */
    hexToLuminance(hex: string): number;
    /** The WCAG contrast ratio of two luminances. */
    getContrastRatio(first: number, second: number): number;
  }
}
