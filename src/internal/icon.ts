import { svg, type SVGTemplateResult } from 'lit';

/** A 24 × 24 icon from SVG path data, hidden from assistive technology (its button has a name). */
export function icon(path: string): SVGTemplateResult {
  return svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;
}
