import { CareChangeEvent } from '../events/care-change.js';
import type { FeatureId, FeatureValue, ToolbarFeature } from '../features/types.js';
import { type FeatureScope, HostPage } from './host-page.js';
import type { PartLoader } from './parts.js';
import { SettingsStore } from './settings.js';

/** What tools and tests may know of a feature (contracts.md): enough to drive every one of them. */
export interface FeatureInfo {
  readonly id: FeatureId;
  readonly kind: ToolbarFeature['kind'];
  readonly default: FeatureValue;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}

/** The toolbar UI that `open()` and `close()` reach, once one is attached. */
export interface CarebarView {
  /** Where `care-change` events are fired: the toolbar element. */
  readonly element: Element;
  showPanel(open: boolean): void;
}

export interface CarebarOptions {
  /** Where the lazy parts come from: the ES modules' own files, or the drop-in's files beside it. */
  readonly parts: PartLoader;
  readonly page?: HostPage;
  readonly store?: SettingsStore;
}

/**
 * The state of every feature, applied to the page and saved per site. This is `window.carebar`
 * and the module export; the `<care-toolbar>` element is one view of it.
 */
export class Carebar {
  /** Every registered feature, as tools see it. */
  readonly features: readonly FeatureInfo[];
  private readonly registry = new Map<FeatureId, ToolbarFeature>();
  private readonly values = new Map<FeatureId, FeatureValue>();
  /** Features that a toggle's preset set, each mapped to that toggle, until someone changes them. */
  private readonly presetBy = new Map<FeatureId, FeatureId>();
  private view?: CarebarView;
  private started = false;
  private wasOpen = false;

  /** What every feature does to the page goes through here. */
  readonly page: HostPage;
  /** The lazy parts, which features and the toolbar load when first needed. */
  readonly parts: PartLoader;
  private readonly store: SettingsStore;

  constructor(
    /** Every registered feature module, in the toolbar's order. */
    readonly registered: readonly ToolbarFeature[],
    { parts, page = new HostPage(), store = new SettingsStore() }: CarebarOptions,
  ) {
    this.parts = parts;
    this.page = page;
    this.store = store;
    for (const feature of registered) this.registry.set(feature.id, feature);
    this.features = registered.map(describe);
  }

  /** The current value of a feature, in the form `set` takes. */
  get(id: FeatureId): FeatureValue {
    return this.values.get(id) ?? this.feature(id).default;
  }

  /** Applies a value, saves it and fires `care-change`. Throws a `RangeError` for anything outside the contract. */
  set(id: FeatureId, value: FeatureValue): void {
    const feature = this.feature(id);
    if (validate(feature, value) === undefined) {
      throw new RangeError(`carebar: "${String(value)}" is not a value of "${id}"; allowed: ${allowed(feature)}`);
    }
    if (value === this.get(id)) return;
    this.presetBy.delete(id); // a change of its own: no preset takes it back any more
    this.applyPreset(feature, value);
    this.apply(feature, value);
    this.save();
    (this.view?.element ?? this.page.doc.documentElement).dispatchEvent(new CareChangeEvent({ feature: id, value }));
  }

  /** Whether a feature is registered and not at its default. */
  isOn(id: FeatureId): boolean {
    return this.values.has(id);
  }

  /** The values that are not at their default. */
  get state(): Record<string, FeatureValue> {
    return Object.fromEntries(this.values);
  }

  /** Every feature back to its default, with every trace on the page removed. */
  reset(): void {
    for (const id of [...this.values.keys()]) this.set(id, this.feature(id).default);
  }

  /** Whether the toolbar's panel was open, as last saved. */
  get isOpen(): boolean {
    return this.wasOpen;
  }

  open(): void {
    this.showPanel(true);
  }

  close(): void {
    this.showPanel(false);
  }

  /**
   * Restores the saved settings (valid values only, clamped into range) and keeps them applied
   * through single-page-app navigation. Runs once; later calls do nothing.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    const saved = this.store.load();
    this.wasOpen = saved.open;
    for (const [id, raw] of Object.entries(saved.state)) {
      const feature = this.registry.get(id as FeatureId);
      const value = feature && validate(feature, raw, true);
      if (!feature || value === undefined || value === feature.default) continue;
      try {
        this.apply(feature, value);
      } catch (error) {
        reportError(error); // one feature's failure must not cost the visitor every other setting
      }
    }
    // Which settings a preset made was not saved: those still at the preset's value count as its own.
    for (const feature of this.registered) {
      if (!this.isOn(feature.id)) continue;
      for (const [id, value] of presetOf(feature)) if (this.values.get(id) === value) this.presetBy.set(id, feature.id);
    }
    const reassert = () => this.page.reassert();
    addEventListener('popstate', reassert);
    // The Navigation API also sees `pushState`, without patching the host's `history`.
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', reassert);
  }

  /** Connects the toolbar UI that `open()`, `close()` and change events go through. */
  attach(view: CarebarView | undefined): void {
    this.view = view;
  }

  /** Records the panel's state, from the UI or the API. */
  showPanel(open: boolean): void {
    this.wasOpen = open;
    this.save();
    this.view?.showPanel(open);
  }

  private feature(id: FeatureId): ToolbarFeature {
    const feature = this.registry.get(id);
    if (!feature) throw new RangeError(`carebar: unknown feature "${id}"; known: ${[...this.registry.keys()].join(', ')}`);
    return feature;
  }

  /**
   * A toggle's preset: turning on sets each feature of it that is registered, takes the value and
   * is still at its default (a user's own setting wins); turning off returns the ones it set, and
   * nobody has changed since, to their default. The preset goes first, so that the toggle itself
   * sees the page as the preset leaves it.
   */
  private applyPreset(feature: ToolbarFeature, on: FeatureValue): void {
    for (const [id, value] of presetOf(feature)) {
      const target = this.registry.get(id);
      if (!target) continue;
      if (on && !this.isOn(id) && validate(target, value) !== undefined) {
        this.set(id, value);
        this.presetBy.set(id, feature.id);
      } else if (!on && this.presetBy.get(id) === feature.id) {
        this.set(id, target.default);
      }
    }
  }

  private apply(feature: ToolbarFeature, value: FeatureValue): void {
    const scope = this.page.scope(feature.id);
    scope.clear();
    if (value === feature.default) {
      this.values.delete(feature.id);
    } else {
      this.values.set(feature.id, value);
      scope.attr(feature.id, String(value));
      (feature.apply as (value: FeatureValue, scope: FeatureScope, carebar: Carebar) => void)(value, scope, this);
    }
    if (ENLARGING.includes(feature.id)) this.relieve();
  }

  /**
   * While a feature that enlarges text is on, the page's fixed boxes may grow with it (layout-relief.ts).
   * What they need depends on the size: each change starts the relief over.
   */
  private relieve(): void {
    const scope = this.page.scope('relief');
    scope.clear();
    if (ENLARGING.some((id) => this.values.has(id))) this.parts.use(scope, 'layoutRelief', (part) => part.relieve(scope, this));
  }

  private save(): void {
    this.store.save({ state: this.state, open: this.wasOpen });
  }
}

/** The features that make text or controls larger than the page's boxes were made for. */
const ENLARGING: readonly FeatureId[] = ['text', 'spacing', 'ui', 'elder'];

function presetOf(feature: ToolbarFeature): Array<[FeatureId, FeatureValue]> {
  return feature.kind === 'toggle' && feature.preset ? (Object.entries(feature.preset) as Array<[FeatureId, FeatureValue]>) : [];
}

function describe(feature: ToolbarFeature): FeatureInfo {
  const { id, kind } = feature;
  switch (feature.kind) {
    case 'toggle':
      return { id, kind, default: feature.default };
    case 'stepper':
      return { id, kind, default: feature.default, min: feature.min, max: feature.max, step: feature.step };
    case 'choice':
      return { id, kind, default: feature.default, values: feature.values };
  }
}

/**
 * The value if it fits the feature, else `undefined`. With `clamp`, a number out of range is
 * brought into it (for saved settings, where a stale value should not cost the user everything).
 */
function validate(feature: ToolbarFeature, value: unknown, clamp = false): FeatureValue | undefined {
  switch (feature.kind) {
    case 'toggle':
      return typeof value === 'boolean' ? value : undefined;
    case 'stepper':
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      if (clamp) return Math.min(feature.max, Math.max(feature.min, value));
      return value >= feature.min && value <= feature.max ? value : undefined;
    case 'choice':
      return typeof value === 'string' && feature.values.includes(value) ? value : undefined;
  }
}

function allowed(feature: ToolbarFeature): string {
  switch (feature.kind) {
    case 'toggle':
      return 'true or false';
    case 'stepper':
      return `a number from ${feature.min} to ${feature.max}`;
    case 'choice':
      return feature.values.join(', ');
  }
}
