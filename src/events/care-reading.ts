export interface CareReadingDetail {
  /** What is being read aloud now: one short utterance. */
  readonly text: string;
}

/**
 * Fired on the document as 读屏 starts each utterance, so that 大字幕 can show what is spoken
 * while 连读 runs. Page scripts may listen too; nothing in it is private.
 */
export class CareReadingEvent extends CustomEvent<CareReadingDetail> {
  constructor(detail: CareReadingDetail) {
    super('care-reading', { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-reading': CareReadingEvent;
  }
}
