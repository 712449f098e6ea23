/**
 * The drop-in: `<script src="…/carebar.js" defer></script>` is a site's whole install. This is its
 * eager part, a classic script without Lit: the settings, every feature's ability to apply and undo
 * itself, the shortcuts and the launcher. Everything else is a part beside it, imported when first
 * needed. Configured by the script tag's data-* attributes (README: "Options").
 */
import { Carebar } from './core/carebar.js';
import { type ImportPart, type PartName, PartLoader } from './core/parts.js';
import { elderMode } from './features/elder.js';
import { features } from './features/registry.js';
import type { FeatureId, ToolbarFeature } from './features/types.js';
import { Launcher } from './launcher/launcher.js';

const script = document.currentScript as HTMLScriptElement | null;
const options = script?.dataset ?? {};
// Read now: once the script has run, `document.currentScript` is another script or none.
const base = script?.src ?? location.href;

/** `elderScan` → `carebar-elder-scan.js`, beside carebar.js. */
const fileOf = (name: PartName) => `carebar-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.js`;
const importBeside: ImportPart = (name) => import(new URL(fileOf(name), base).href);

const carebar = new Carebar(chosenFeatures(), { parts: new PartLoader(importBeside, base) });
window.carebar = carebar;
// Run now: in <head> without `defer`, this is before the first paint, so saved settings never flash.
carebar.start();
// A site's elder pages (`data-elder`) and its 长辈版 link (`?care=elder`) open in elder mode.
const elderWanted = options.elder !== undefined || new URLSearchParams(location.search).get('care') === 'elder';
if (elderWanted && carebar.features.some((feature) => feature.id === 'elder')) carebar.set('elder', true);

const toolbar = document.createElement('care-toolbar');
toolbar.carebar = carebar;
toolbar.position = options.position === 'float' ? 'float' : 'top';
// An attribute, not a property: the element reads it as it is defined, before its first update.
if (options.lang) toolbar.setAttribute('locale', options.lang);
if (options.elderUrl) toolbar.elderUrl = options.elderUrl;
if (options.shortcuts === 'off') toolbar.shortcuts = 'off';
toolbar.launcher = new Launcher(toolbar, carebar);
// Outside <body>: a single-page app that re-renders its body cannot remove it, and body zoom cannot reach it.
document.documentElement.append(toolbar);
toolbar.launcher.hostConnected();

// <care-elder-zone>: its part is loaded where a page has one, at load and after a single-page app's navigation.
const showZones = () => {
  const zones = document.querySelectorAll('care-elder-zone');
  for (const zone of zones) zone.carebar ??= carebar;
  if (zones.length) carebar.parts.load('elderZone').catch(() => undefined); // a failure is said by the launcher
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showZones, { once: true });
else showZones();
(globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', showZones);

/** The features that `data-features` lists (each id that is no feature's is named in the console), elder mode with `data-hide`. */
function chosenFeatures(): ToolbarFeature[] {
  const known = features.map((feature) => feature.id);
  const wanted = options.features?.split(',').map((id) => id.trim()).filter(Boolean) ?? known;
  for (const id of wanted) {
    if (!known.includes(id as FeatureId)) console.warn(`carebar: unknown feature "${id}"; known: ${known.join(', ')} (data-features)`);
  }
  return features.filter((feature) => wanted.includes(feature.id)).map((feature) => (feature.id === 'elder' ? elderMode({ hide: hideSelectors() }) : feature));
}

/** `data-hide`, where it is a selector list; anything else is named in the console and left out. */
function hideSelectors(): string | undefined {
  if (!options.hide) return undefined;
  try {
    document.createDocumentFragment().querySelector(options.hide); // throws for what is not a selector list
    return options.hide;
  } catch {
    console.warn(`carebar: data-hide is not a CSS selector list, ignored: "${options.hide}"`);
    return undefined;
  }
}
