import type { ReadingTranslation } from './types.js';

/** English: the strings of the views, reading aloud and the caption. */
export const enReading: ReadingTranslation = {
  viewBack: 'Back to the page',
  readLink: 'Link: {name}',
  readImage: 'Image: {name}',
  readButton: 'Button: {name}',
  readField: 'Field: {name}',
  readerControls: 'Reading controls',
  play: 'Read',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  previousBlock: 'Previous block',
  nextBlock: 'Next block',
  rate: 'Speed',
  rateValue: '{value}×',
  volume: 'Volume',
  voice: 'Voice',
  voicesLoading: 'Looking for voices…',
  noVoice: 'This browser has no English voice, so nothing can be read aloud. Big captions still work.',
  reading: 'Reading',
  paused: 'Paused',
  readyToPlay: 'Continuous reading is ready: press Read to start',
  clickToRead: 'Click any text on the page to read from there',
};
