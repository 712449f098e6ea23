import { CONTROLS, OUTRANK } from '../core/dom.js';
import { cursorUrl, type CursorFill, type CursorShape } from '../cursor-images/cursor-images.js';
import type { ChoiceFeature } from './types.js';

/** Each shape's hotspot on its 32 × 32 grid. */
const HOTSPOTS: Readonly<Record<CursorShape, readonly [number, number]>> = {
  arrow: [5, 2],
  hand: [13.5, 2],
  text: [16, 16],
  wait: [16, 16],
};

/** The cursors' sizes in px: normal and large. The drop-in's build writes an image file of each. */
export const CURSOR_SIZES = [48, 64] as const;

/** Where each shape shows, later ones first; everything else in the page gets the arrow. */
const WHERE: Readonly<Record<Exclude<CursorShape, 'arrow'>, string>> = {
  hand: `${CONTROLS},label,[onclick],a[href] *,button *`,
  text: 'textarea,[contenteditable],input:is(:not([type]),[type=text],[type=search],[type=email],[type=url],[type=tel],[type=password],[type=number])',
  wait: '[aria-busy=true],[aria-busy=true] *',
};

/**
 * 大鼠标: a large cursor, black or white, in two sizes, for the arrow, pointer (link), text and
 * wait shapes. Each is an SVG image with an outline of the other colour, so it shows on any
 * background (cursor-images.ts).
 */
export const cursor: ChoiceFeature = {
  id: 'cursor',
  kind: 'choice',
  icon: 'M5 2v18l4.5-4.5 3 6.5 3-1.5-3-6.5H19z',
  shortcut: 'KeyM',
  default: 'off',
  values: ['off', 'black', 'white', 'black-large', 'white-large'],
  apply(value, scope, carebar) {
    const [fill, size] = value.split('-') as [CursorFill, string?];
    const px = CURSOR_SIZES[size ? 1 : 0];
    const cursor = (shape: CursorShape, fallback: string) => {
      const [x, y] = HOTSPOTS[shape];
      return `--care-cursor-${shape}:url("${cursorUrl(shape, fill, px, carebar.parts.base)}") ${Math.round((x * px) / 32)} ${Math.round((y * px) / 32)},${fallback};`;
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
