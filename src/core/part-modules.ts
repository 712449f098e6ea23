import { PartLoader, type Parts } from './parts.js';

/** Each part as the ES modules import it: a bundler that builds a site's code splits them off by itself. */
const MODULES: { readonly [N in keyof Parts]: () => Promise<Parts[N]> } = {
  toolbar: () => import('../toolbar/toolbar-part.js'),
  elderZone: () => import('../elder-zone/elder-zone-part.js'),
  reading: () => import('../speech/reading.js'),
  view: () => import('../view/view.js'),
  guideLines: () => import('../guide-lines/guide-lines.js'),
  textByElement: () => import('../text-by-element/text-by-element.js'),
  elderScan: () => import('../elder-scan/elder-scan.js'),
  imageLabels: () => import('../image-labels/image-labels.js'),
  stillImages: () => import('../still-images/still-images.js'),
  layoutRelief: () => import('../layout-relief/layout-relief.js'),
};

/** The parts of the ES modules. */
export function moduleParts(): PartLoader {
  return new PartLoader((name) => MODULES[name]());
}
