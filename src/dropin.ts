/**
 * The drop-in: `<script src="…/carebar.js" defer></script>` is a site's whole install.
 * Configured by the script tag's data-* attributes (README: "Options").
 */
import { Carebar } from './core/carebar.js';
import { carebar as pageCarebar } from './core/instance.js';
import { features } from './features/registry.js';
import type { FeatureId } from './features/types.js';
import './elder-zone/elder-zone.js';
import { elderOptions } from './features/elder.js';
import './toolbar/toolbar.js';

const script = document.currentScript as HTMLScriptElement | null;
const options = script?.dataset ?? {};

const wanted = options.features?.split(',').map((id) => id.trim()).filter(Boolean);
for (const id of wanted ?? []) {
  try {
    pageCarebar.get(id as FeatureId); // throws for an id of no feature, naming those there are
  } catch (error) {
    console.warn((error as RangeError).message, '(data-features)');
  }
}

const carebar = wanted ? new Carebar(features.filter((feature) => wanted.includes(feature.id))) : pageCarebar;
window.carebar = carebar;
if (options.hide) {
  try {
    document.createDocumentFragment().querySelector(options.hide); // throws for what is not a selector list
    elderOptions.hide = options.hide;
  } catch {
    console.warn(`carebar: data-hide is not a CSS selector list, ignored: "${options.hide}"`);
  }
}
// Run now: in <head> without `defer`, this is before the first paint, so saved settings never flash.
carebar.start();
// A site's elder pages (`data-elder`) and its 长辈版 link (`?care=elder`) open in elder mode.
const elderWanted = options.elder !== undefined || new URLSearchParams(location.search).get('care') === 'elder';
if (elderWanted && carebar.features.some((feature) => feature.id === 'elder')) carebar.set('elder', true);

const toolbar = document.createElement('care-toolbar');
toolbar.carebar = carebar;
toolbar.position = options.position === 'float' ? 'float' : 'top';
if (options.lang) toolbar.locale = options.lang;
if (options.elderUrl) toolbar.elderUrl = options.elderUrl;
if (options.shortcuts === 'off') toolbar.shortcuts = 'off';
// Outside <body>: a single-page app that re-renders its body cannot remove it, and body zoom cannot reach it.
document.documentElement.append(toolbar);
