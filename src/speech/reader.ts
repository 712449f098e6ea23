import type { FeatureScope } from '../core/host-page.js';
import { CareReadingEvent } from '../events/care-reading.js';
import { watchView } from '../view/shown.js';
import { type SpeechEngine, type Voice, voicesFor } from './engine.js';
import { contentRoot, type Passage, passageOf, readingBlocks } from './extract.js';
import { ReaderSettings } from './settings.js';
import { utterances } from './utterances.js';

/** `ready`: 连读 waits at a block for the user to press play (a browser speaks only after a user's gesture). */
export type ReaderStatus = 'loading' | 'idle' | 'ready' | 'speaking' | 'paused' | 'no-voice';

/**
 * Reads aloud: one text at a time for 指读, or the blocks of what shows (the page, or the page
 * view over it) in order for 连读, each block highlighted and scrolled into view, and the sentence
 * being spoken highlighted within it. Fires `change` whenever what the controls show changes.
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
  /** Where `blocks` were found: the page's `<body>`, or the page view's article. */
  private root?: Element;

  constructor(
    private readonly engine: SpeechEngine | undefined,
    readonly lang: string,
    private readonly scope: FeatureScope,
    /** Speed, volume and voice, as this site's visitor last chose them. */
    readonly settings: ReaderSettings = new ReaderSettings(),
  ) {
    super();
    scope.onClear(() => this.stop());
    this.ready = (engine?.voices() ?? Promise.resolve([])).then((voices) => {
      this.voices = voicesFor(voices, lang);
      this.setStatus(this.voices.length ? 'idle' : 'no-voice');
    });
    // A page view opening or closing replaces what there is to read.
    watchView(scope, () => this.contentChanged());
  }

  get voice(): Voice | undefined {
    return this.voices.find((voice) => voice.id === this.settings.voice) ?? this.voices[0];
  }

  /** 指读: speaks `text` now, cutting off whatever was being read. */
  async say(text: string): Promise<void> {
    const reading = this.restart();
    await this.speak({ text }, reading);
    if (reading === this.reading) this.setStatus('idle');
  }

  /** 连读 from block `index` to the end. */
  async readFrom(index: number): Promise<void> {
    const blocks = this.currentBlocks();
    const reading = this.restart();
    for (let i = Math.max(0, index); i < blocks.length && reading === this.reading; i++) {
      this.index = i;
      this.show(blocks[i], true);
      // Without a voice, stay on this block: the caption shows it, and next and previous move on.
      if (!(await this.speak(passageOf(blocks[i]), reading))) break;
    }
    if (reading === this.reading) this.setStatus('idle');
  }

  /** 连读 waits at block `index`, highlighted, until the user presses play. */
  cue(index: number): void {
    const blocks = this.currentBlocks();
    this.index = Math.min(Math.max(0, index), blocks.length - 1);
    if (blocks[this.index]) this.show(blocks[this.index], false);
    void this.ready.then(() => this.status === 'idle' && this.setStatus('ready'));
  }

  /** The block an element is in, for 连读 from where the user clicks; -1 if it is not read. */
  blockIndex(element: Element): number {
    return this.currentBlocks().findIndex((block) => block.contains(element));
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
    this.scope.highlight('care-sentence', []);
    if (this.status === 'speaking' || this.status === 'paused') this.setStatus('idle');
  }

  private restart(): number {
    this.stop();
    return ++this.reading;
  }

  /** 连读's blocks of what shows now: found again when a page view has opened or closed since. */
  private currentBlocks(): readonly Element[] {
    const root = contentRoot(this.scope.doc);
    if (root !== this.root) {
      this.root = root;
      this.blocks = readingBlocks(root);
      this.index = 0;
    }
    return this.blocks;
  }

  /** What 连读 was reading has gone from sight: it goes on at the top of what shows now, or waits there. */
  private contentChanged(): void {
    if (!this.root || contentRoot(this.scope.doc) === this.root) return;
    const speaking = this.status === 'speaking';
    this.stop();
    if (speaking) void this.readFrom(0);
    else this.cue(0);
  }

  /**
   * Speaks utterance by utterance, telling the caption each one and, for a block of 连读,
   * highlighting it. Returns whether it was all spoken: not when superseded, nor without a
   * voice (the caption still shows the first one).
   */
  private async speak({ text, range }: { text: string; range?: Passage['range'] }, reading: number): Promise<boolean> {
    await this.ready;
    let end = 0;
    for (const utterance of utterances(text, this.lang)) {
      if (reading !== this.reading) return false;
      if (range) {
        const start = text.indexOf(utterance, end);
        end = start + utterance.length;
        this.scope.highlight('care-sentence', [range(start, end)]);
      }
      this.scope.doc.dispatchEvent(new CareReadingEvent({ text: utterance }));
      if (!this.engine || !this.voices.length) return false;
      this.setStatus('speaking');
      const { rate, volume } = this.settings;
      await this.engine.speak(utterance, { lang: this.lang, voice: this.voice, rate, volume });
    }
    return reading === this.reading;
  }

  /** Highlights a block (without touching its DOM) and, if asked, brings it into view. */
  private show(block: Element, scroll: boolean): void {
    const range = new Range();
    range.selectNodeContents(block);
    this.scope.highlight('care-reading', [range]);
    this.scope.highlight('care-sentence', []);
    if (!scroll) return;
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
