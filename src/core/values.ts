import type { FeatureValue, ToolbarFeature } from '../features/types.js';

/**
 * The value one step away from `current`, as a button or a shortcut moves it: a toggle flips,
 * a stepper moves by its step within its range, a choice moves to the next or previous value.
 * With `wrap`, steppers and choices go round from the last value to the first (for shortcuts,
 * where one key must reach every value).
 */
export function stepValue(feature: ToolbarFeature, current: FeatureValue, direction: 1 | -1, wrap = false): FeatureValue {
  switch (feature.kind) {
    case 'toggle':
      return !current;
    case 'stepper': {
      const next = round(Number(current) + direction * feature.step);
      if (next > feature.max) return wrap ? feature.min : feature.max;
      return Math.max(feature.min, next);
    }
    case 'choice': {
      const { values } = feature;
      const index = values.indexOf(String(current)) + direction;
      if (wrap) return values[(index + values.length) % values.length];
      return values[Math.min(values.length - 1, Math.max(0, index))];
    }
  }
}

/** Rounds away floating-point noise, so that 1 + 0.1 + 0.1 is 1.2. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** How a value reads: a factor as a percentage, a level out of the maximum, a choice by its translated name. */
export function valueText(feature: ToolbarFeature, value: FeatureValue, names: Readonly<Record<string, string>>): string {
  if (feature.kind === 'stepper') {
    return feature.format === 'level' ? `${String(value)}/${feature.max}` : `${Math.round(Number(value) * 100)}%`;
  }
  return names[String(value)] ?? String(value);
}
