import type { FeatureId, FeatureValue } from '../features/types.js';

export interface CareChangeDetail {
  readonly feature: FeatureId;
  readonly value: FeatureValue;
}

/** Fired when a feature's value changes, by a user or through the API. Bubbles out of shadow roots. */
export class CareChangeEvent extends CustomEvent<CareChangeDetail> {
  constructor(detail: CareChangeDetail) {
    super('care-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-change': CareChangeEvent;
  }
}
