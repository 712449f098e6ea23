import { CONTROLS, OUTRANK } from './dom.js';
import type { ChoiceFeature } from './types.js';

/** Each shape on a 32 × 32 grid: its path, and its hotspot. */
const SHAPES = {
  arrow: ['M5 2v24l6-6 4.5 9.5 4-2L15 18h8.5z', 5, 2],
  hand: ['M11 4.5a2.5 2.5 0 0 1 5 0V13l7 1.3a3 3 0 0 1 2.4 3.5L24 29H12.5l-7-9.2a2.4 2.4 0 0 1 3.6-3.1L11 18.6z', 13.5, 2],
  text: ['M10 3h12v3h-4v20h4v3H10v-3h4V6h-4z', 16, 16],
  wait: ['M8 2h16v3l-6 11 6 11v3H8v-3l6-11-6-11z', 16, 16],
} as const;

/** Where each shape shows, later ones first; everything else in the page gets the arrow. */
const WHERE: Readonly<Record<Exclude<keyof typeof SHAPES, 'arrow'>, string>> = {
  hand: `${CONTROLS},label,[onclick],a[href] *,button *`,
  text: 'textarea,[contenteditable],input:is(:not([type]),[type=text],[type=search],[type=email],[type=url],[type=tel],[type=password],[type=number])',
  wait: '[aria-busy=true],[aria-busy=true] *',
};

/**
 * 大鼠标: a large cursor, black or white, in two sizes, for the arrow, pointer (link), text and
 * wait shapes. Each is a self-contained SVG data URI with an outline of the other colour (painted
 * under the fill, so thin shapes keep their colour), so it shows on any background, and it costs
 * no network request.
 */
export const cursor: ChoiceFeature = {
  id: 'cursor',
  kind: 'choice',
  icon: 'M5 2v18l4.5-4.5 3 6.5 3-1.5-3-6.5H19z',
  shortcut: 'KeyM',
  default: 'off',
  values: ['off', 'black', 'white', 'black-large', 'white-large'],
  apply(value, scope) {
    const [fill, size] = value.split('-');
    const px = size ? 64 : 48;
    const cursor = (shape: keyof typeof SHAPES, fallback: string) => {
      const [path, x, y] = SHAPES[shape];
      const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='${px}' height='${px}' viewBox='0 0 32 32'><path d='${path}' fill='${fill}' stroke='${fill === 'black' ? 'white' : 'black'}' stroke-width='2' stroke-linejoin='round' paint-order='stroke'/></svg>`;
      return `--care-cursor-${shape}:url("data:image/svg+xml,${svg}") ${Math.round((x * px) / 32)} ${Math.round((y * px) / 32)},${fallback};`;
    };
    // Custom properties on <html> also reach carebar's own shadow roots (the toolbar, the elder zone).
    scope.css(
      `html{${cursor('arrow', 'default')}${cursor('hand', 'pointer')}${cursor('text', 'text')}${cursor('wait', 'wait')}}` +
        `html,body ${OUTRANK}{cursor:var(--care-cursor-arrow)!important}` +
        `body :is(${WHERE.hand})${OUTRANK}{cursor:var(--care-cursor-hand)!important}` +
        `body :is(${WHERE.text})${OUTRANK}{cursor:var(--care-cursor-text)!important}` +
        `body :is(${WHERE.wait})${OUTRANK}{cursor:var(--care-cursor-wait)!important}`,
    );
  },
};
