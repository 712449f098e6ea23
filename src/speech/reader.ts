import type { FeatureScope } from '../core/host-page.js';
import { CareReadingEvent } from '../events/care-reading.js';
import { type SpeechEngine, type Voice, voicesFor } from './engine.js';
import { readingBlocks, textOf } from './extract.js';
import { utterances } from './utterances.js';

export type ReaderStatus = 'loading' | 'idle' | 'speaking' | 'paused' | 'no-voice';

/** How the reader sounds. These are settings of 读屏, kept across its modes for the life of the page. */
export const readerSettings = {
  /** 1 is normal speed; the controls offer 0.75 to 1.5. */
  rate: 1,
  /** From 0 to 1. */
  volume: 1,
  /** `Voice.id` of the voice the user picked; the best voice for the language otherwise. */
  voice: undefined as string | undefined,
};

/**
 * Reads aloud: one text at a time for 指读, or the page's blocks in order for 连读, each block
 * highlighted and scrolled into view. Fires `change` whenever what the controls show changes.
 */
export class Reader extends EventTarget {
  status: ReaderStatus = 'loading';
  /** The voices for the page's language, best first. */
  voices: readonly Voice[] = [];
  /** 连读's blocks, and the one being read. */
  blocks: readonly Element[] = [];
  index = 0;
  /** Settles once the voices are known. */
  readonly ready: Promise<void>;
  /** Each reading has a number; a loop whose number is no longer current stops. */
  private reading = 0;

  constructor(
    private readonly engine: SpeechEngine | undefined,
    readonly lang: string,
    private readonly scope: FeatureScope,
  ) {
    super();
    scope.onClear(() => this.stop());
    this.ready = (engine?.voices() ?? Promise.resolve([])).then((voices) => {
      this.voices = voicesFor(voices, lang);
      this.setStatus(this.voices.length ? 'idle' : 'no-voice');
    });
  }

  get voice(): Voice | undefined {
    return this.voices.find((voice) => voice.id === readerSettings.voice) ?? this.voices[0];
  }

  /** 指读: speaks `text` now, cutting off whatever was being read. */
  async say(text: string): Promise<void> {
    const reading = this.restart();
    await this.speak(text, reading);
    if (reading === this.reading) this.setStatus('idle');
  }

  /** 连读 from block `index` to the end of the page. */
  async readFrom(index: number): Promise<void> {
    if (!this.blocks.length) this.blocks = readingBlocks(this.scope.doc);
    const reading = this.restart();
    for (let i = Math.max(0, index); i < this.blocks.length && reading === this.reading; i++) {
      this.index = i;
      this.show(this.blocks[i]);
      // Without a voice, stay on this block: the caption shows it, and next and previous move on.
      if (!(await this.speak(textOf(this.blocks[i]), reading))) break;
    }
    if (reading === this.reading) this.setStatus('idle');
  }

  /** The block an element is in, for 连读 from where the user clicks; -1 if it is not read. */
  blockIndex(element: Element): number {
    if (!this.blocks.length) this.blocks = readingBlocks(this.scope.doc);
    return this.blocks.findIndex((block) => block.contains(element));
  }

  pause(): void {
    if (this.status !== 'speaking') return;
    this.engine?.pause();
    this.setStatus('paused');
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.engine?.resume();
    this.setStatus('speaking');
  }

  stop(): void {
    this.reading++;
    this.engine?.cancel();
    if (this.status === 'speaking' || this.status === 'paused') this.setStatus('idle');
  }

  private restart(): number {
    this.stop();
    return ++this.reading;
  }

  /**
   * Speaks utterance by utterance, telling the caption each one. Returns whether it was all
   * spoken: not when superseded, nor without a voice (the caption still shows the first one).
   */
  private async speak(text: string, reading: number): Promise<boolean> {
    await this.ready;
    for (const utterance of utterances(text, this.lang)) {
      if (reading !== this.reading) return false;
      this.scope.doc.dispatchEvent(new CareReadingEvent({ text: utterance }));
      if (!this.engine || !this.voices.length) return false;
      this.setStatus('speaking');
      const { rate, volume } = readerSettings;
      await this.engine.speak(utterance, { lang: this.lang, voice: this.voice, rate, volume });
    }
    return reading === this.reading;
  }

  /** Highlights a block (without touching its DOM) and brings it into view. */
  private show(block: Element): void {
    const range = new Range();
    range.selectNodeContents(block);
    this.scope.highlight('care-reading', [range]);
    const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
    block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }

  private setStatus(status: ReaderStatus): void {
    // Without a voice there is nothing else to say: the message stays for as long as the reader.
    if (this.status === status || this.status === 'no-voice') return;
    this.status = status;
    this.dispatchEvent(new Event('change'));
  }
}
