import { features } from '../features/registry.js';
import { Carebar } from './carebar.js';

/** The page's carebar, with every feature: `window.carebar` and the module export. */
export const carebar = new Carebar(features);

// Tools and site scripts find the page's carebar at `window.carebar`; the drop-in puts its own there first.
window.carebar ??= carebar;

declare global {
  interface Window {
    /** The page's carebar: read and change every feature (README: "JavaScript API"). */
    carebar: Carebar;
  }
}
