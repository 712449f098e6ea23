import type { StepperFeature } from './types.js';

/**
 * 页面缩放: zooms the page's content with CSS `zoom` on `<body>`, so the layout reflows to the
 * narrower width instead of scrolling sideways. Carebar's own UI lives outside `<body>`, unzoomed.
 */
export const zoom: StepperFeature = {
  id: 'zoom',
  kind: 'stepper',
  icon: 'M10 2a8 8 0 0 1 6.3 13l5.4 5.3-1.4 1.4-5.3-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12zM9 6h2v8H9zM6 9h8v2H6z',
  shortcut: 'KeyZ',
  default: 1,
  min: 1,
  max: 3,
  step: 0.25,
  apply(factor, scope) {
    scope.css(`body{zoom:${factor}!important}`);
  },
};
