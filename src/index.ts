/**
 * carebar for developers: the toolbar element, the page's `carebar` API and the feature modules.
 *
 * ```js
 * import { carebar } from 'carebar';
 * carebar.set('text', 1.5);
 * ```
 */
export { carebar } from './core/instance.js';
export { Carebar, type CarebarOptions, type CarebarView, type FeatureInfo } from './core/carebar.js';
export { moduleParts } from './core/part-modules.js';
export { PartLoader, type ImportPart, type PartName, type Parts } from './core/parts.js';
export { FeatureScope, HostPage } from './core/host-page.js';
export { SettingsStore, STORAGE_KEY, type SavedSettings } from './core/settings.js';
export { CareChangeEvent, type CareChangeDetail } from './events/care-change.js';
export { CarePartErrorEvent, type CarePartErrorDetail } from './events/care-part-error.js';
export { elderMode, type ElderOptions } from './features/elder.js';
export { readAloud, type ReadOptions } from './features/read.js';
export { features } from './features/registry.js';
export type { ChoiceFeature, FeatureId, FeatureValue, StepperFeature, ToggleFeature, ToolbarFeature } from './features/types.js';
export { Launcher, type LauncherHost, type ShortcutAction } from './launcher/launcher.js';
export type { SpeakOptions, SpeechEngine, Voice } from './speech/engine.js';
export { CareToolbar } from './toolbar/toolbar.js';
export { resolveLang, translation } from './translations/index.js';
export type { Lang, Translation } from './translations/types.js';
