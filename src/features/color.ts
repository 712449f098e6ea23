import { OUTRANK } from '../core/dom.js';
import type { ChoiceFeature } from './types.js';

/**
 * Each override scheme: background, text, link and visited link colours. Text and links reach
 * at least 7:1 against the background (tests/components/features/color.test.ts), and a visited
 * link differs from both, so that a visitor still sees where they have been.
 */
export const SCHEMES: Readonly<Record<string, string>> = {
  'white-black': '#fff #000 #00c #609', // 白底黑字, blue links
  'black-yellow': '#000 #ff0 #fff #0ff', // 黑底黄字, white links
  'blue-yellow': '#039 #ff0 #fff #9ff', // 蓝底黄字, white links
  'yellow-black': '#ff0 #000 #00c #609', // 黄底黑字, blue links
  'high-contrast': '#000 #fff #ff0 #0ff',
};

/** Schemes that only filter the page's own colours, on `<html>`: a filter anywhere else would break `position: fixed`. */
const FILTERS: Readonly<Record<string, string>> = {
  grayscale: 'grayscale(1)',
  'low-saturation': 'saturate(.4)',
};

/**
 * 配色: colour schemes that override the page's colours (never `invert()`, so images stay as
 * they are), plus grey and low saturation. Carebar's own UI is in the top layer, out of the filter.
 */
export const color: ChoiceFeature = {
  id: 'color',
  elderBar: true,
  kind: 'choice',
  icon: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm0 2v16a8 8 0 0 0 0-16z',
  shortcut: 'KeyK',
  default: 'original',
  values: ['original', ...Object.keys(SCHEMES), ...Object.keys(FILTERS)],
  apply(scheme, scope) {
    if (scheme in FILTERS) {
      scope.css(`html{filter:${FILTERS[scheme]}!important}`);
      return;
    }
    const [background, text, link, visited] = SCHEMES[scheme].split(' ');
    scope.css(
      `html,body${OUTRANK},body ${OUTRANK}{background-color:${background}!important;color:${text}!important;` +
        `border-color:currentColor!important;outline-color:${link}!important;box-shadow:none!important;text-shadow:none!important}` +
        `body :is(a[href],a[href] *)${OUTRANK}{color:${link}!important}body a[href]:visited${OUTRANK},body a[href]:visited *${OUTRANK}{color:${visited}!important}` +
        // SVG icons take the text colour; shapes left unpainted on purpose stay so.
        `body svg${OUTRANK},body svg :not([fill=none])${OUTRANK}{fill:currentColor!important}` +
        `body svg [stroke]:not([stroke=none])${OUTRANK}{stroke:currentColor!important}`,
    );
  },
};
