import type { ChoiceFeature } from './types.js';

/**
 * 辅助线: a crosshair that follows the pointer and keyboard focus, or a reading mask that darkens
 * the page above and below a band. Pointer moves only store the position; one animation frame
 * moves the lines with transforms, so no move ever lays out the page. The lines are a lazy part
 * (guide-lines.ts), loaded when a visitor turns them on.
 */
export const guide: ChoiceFeature = {
  id: 'guide',
  kind: 'choice',
  icon: 'M11 2h2v7h-2zm0 13h2v7h-2zM2 11h7v2H2zm13 0h7v2h-7z',
  shortcut: 'KeyG',
  default: 'off',
  values: ['off', 'crosshair', 'mask'],
  apply(mode, scope, carebar) {
    carebar.parts.use(scope, 'guideLines', (part) => part.showGuide(mode, scope));
  },
};
