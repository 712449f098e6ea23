import type { StepperFeature } from './types.js';

/** 文字大小: enlarges text only, leaving the layout's other sizes alone. */
export const text: StepperFeature = {
  id: 'text',
  kind: 'stepper',
  icon: 'M3 5h11v3H10v11H7V8H3zm11 6h8v2.5h-2.7V19h-2.6v-5.5H14z',
  shortcut: 'KeyT',
  default: 1,
  min: 1,
  max: 2,
  step: 0.25,
  apply(factor, scope) {
    scope.css(`html{font-size:${factor * 100}%!important}`);
  },
};
