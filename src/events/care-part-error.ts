import type { PartName } from '../core/parts.js';

export interface CarePartErrorDetail {
  /** The part that could not be imported. */
  readonly part: PartName;
  readonly error: unknown;
}

/**
 * Fired on the document when a lazy part could not be imported (the network failed, or the drop-in's
 * `carebar-*` files were not copied beside carebar.js). The toolbar's launcher tells the visitor.
 */
export class CarePartErrorEvent extends CustomEvent<CarePartErrorDetail> {
  constructor(detail: CarePartErrorDetail) {
    super('care-part-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-part-error': CarePartErrorEvent;
  }
}
