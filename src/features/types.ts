import type { Carebar } from '../core/carebar.js';
import type { FeatureScope } from '../core/host-page.js';

/** Every feature id that the toolbar, the API, saved settings and the auditor share (contracts.md). */
export type FeatureId =
  | 'view' | 'color' | 'guide' | 'zoom' | 'text' | 'cursor' | 'spacing' | 'ui'
  | 'read' | 'caption' | 'elder' | 'links' | 'headings' | 'focus' | 'motion' | 'images';

export type FeatureValue = boolean | number | string;

interface FeatureMeta<V extends FeatureValue> {
  /** The feature's id, which is also the key of its name and help text in every translation. */
  readonly id: FeatureId;
  /** SVG path data on a 24 × 24 grid, drawn with `currentColor`. */
  readonly icon: string;
  /** Beyond what inspections ask for: the toolbar shows it behind its "more" button, to stay one row. */
  readonly extra?: true;
  /** One of the few large buttons of elder mode's short bar. */
  readonly elderBar?: true;
  /** `event.code` of the default Alt+Shift shortcut, e.g. `KeyZ`. */
  readonly shortcut?: string;
  readonly default: V;
  /**
   * Applies `value`, which is never the default: everything the feature does to the page goes
   * through `scope`, so that removing the feature (`scope.clear()`) undoes exactly that. `carebar`
   * is the instance applying it: its lazy parts, and the other features' values.
   */
  apply(value: V, scope: FeatureScope, carebar: Carebar): void;
}

/** On or off. */
export interface ToggleFeature extends FeatureMeta<boolean> {
  readonly kind: 'toggle';
  /**
   * Other features' values that switching this one on sets, e.g. elder mode's large text and
   * high contrast. Each stays an ordinary setting that the user can change; switching this
   * feature off returns the ones the user has not changed since to their default.
   * Features missing from the registry, or values they do not take, are skipped.
   */
  readonly preset?: Readonly<Partial<Record<FeatureId, FeatureValue>>>;
}

/** A number from `min` (off) to `max` in `step`s, e.g. a zoom factor. */
export interface StepperFeature extends FeatureMeta<number> {
  readonly kind: 'stepper';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** How the value reads: `percent` (the default) for a factor, `level` as "2/3" for a level out of `max`. */
  readonly format?: 'percent' | 'level';
}

/** One of `values`; `values[0]` is off, or the page's original. */
export interface ChoiceFeature extends FeatureMeta<string> {
  readonly kind: 'choice';
  /** Value ids, which are also keys of their names in every translation's `values`. */
  readonly values: readonly string[];
}

/** One module of the toolbar, shaped like a Lighthouse audit: metadata beside one function. */
export type ToolbarFeature = ToggleFeature | StepperFeature | ChoiceFeature;
