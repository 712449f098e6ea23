import { features } from '../features/registry.js';
import { Carebar } from './carebar.js';
import { moduleParts } from './part-modules.js';

/**
 * The page's carebar for the ES modules, with every feature: the module export, and the one that
 * `<care-toolbar>` and `<care-elder-zone>` show unless they are given another. It is also
 * `window.carebar` where the drop-in has not put its own there.
 */
export const carebar = new Carebar(features, { parts: moduleParts() });

window.carebar ??= carebar;

declare global {
  interface Window {
    /** The page's carebar: read and change every feature (README: "JavaScript API"). */
    carebar: Carebar;
  }
}
