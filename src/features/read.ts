import type { SpeechEngine } from '../speech/engine.js';
import type { ChoiceFeature } from './types.js';

/** What a site may tell 读屏. */
export interface ReadOptions {
  /** Where it speaks; by default the browser's own voices (the Web Speech API), so nothing is sent anywhere. */
  readonly engine?: SpeechEngine;
}

/**
 * 读屏: 指读 (`point`) speaks what the pointer rests on or what focus moves to; 连读 (`continuous`)
 * reads the page's blocks in order, highlighting each, with reading controls on screen. The work
 * is a lazy part (speech/reading.ts), loaded when a user first turns it on.
 */
export const readAloud = ({ engine }: ReadOptions = {}): ChoiceFeature => ({
  id: 'read',
  elderBar: true,
  kind: 'choice',
  icon: 'M3 9v6h4l5 5V4L7 9zm11-5v2a6 6 0 0 1 0 12v2a8 8 0 0 0 0-16zm0 4v8a4 4 0 0 0 0-8z',
  shortcut: 'KeyR',
  default: 'off',
  values: ['off', 'point', 'continuous'],
  apply(mode, scope, carebar) {
    carebar.parts.use(scope, 'reading', (reading) => reading.startReading(mode, scope, engine));
  },
});

/** 读屏 with the browser's own voices. */
export const read = readAloud();
