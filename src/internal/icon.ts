import { svg, type SVGTemplateResult } from 'lit';

/** A 24 × 24 icon from SVG path data, hidden from assistive technology (its button has a name). */
export function icon(path: string): SVGTemplateResult {
  return svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;
}

/** The launcher's figure with open arms, the usual sign of accessibility tools. */
export const ACCESSIBILITY_ICON =
  'M12 2a2.2 2.2 0 1 1 0 4.4A2.2 2.2 0 0 1 12 2zM3 7.5l.5-2 8.5 2 8.5-2 .5 2-6 1.8V14l1.8 7.5-2 .5L13 15h-2l-1.8 7-2-.5L9 14V9.3z';
