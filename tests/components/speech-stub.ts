/** What the stubbed browser was asked to say. */
export interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
  rate: number;
  volume: number;
}

/** A stand-in for `SpeechSynthesisUtterance`, whose real `voice` accepts only the browser's own voices. */
class FakeUtterance extends EventTarget {
  lang = '';
  voice: { name: string } | null = null;
  rate = 1;
  volume = 1;
  constructor(readonly text: string) {
    super();
  }
}

/**
 * `speechSynthesis` stubbed at the boundary: the real WebSpeechEngine runs against it, and tests
 * see every utterance, end them one by one, and wait for the next.
 */
export class FakeSynth extends EventTarget {
  readonly spoken: Spoken[] = [];
  paused = false;
  private current?: FakeUtterance;
  private waiting?: () => void;

  constructor(private voices: Array<Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang' | 'localService'>>) {
    super();
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices as SpeechSynthesisVoice[];
  }

  /** The browser finishing its voice list late, as Chromium does. */
  loadVoices(voices: FakeSynth['voices']): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  speak(utterance: FakeUtterance): void {
    this.current = utterance;
    this.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name, rate: utterance.rate, volume: utterance.volume });
    this.waiting?.();
  }

  cancel(): void {
    this.current?.dispatchEvent(new Event('error'));
    this.current = undefined;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  /** Ends the utterance being spoken, as the browser does when it has said it. */
  finish(): void {
    const utterance = this.current;
    this.current = undefined;
    utterance?.dispatchEvent(new Event('end'));
  }

  /** Settles once `count` utterances have been spoken in all. */
  async spokenCount(count: number): Promise<Spoken[]> {
    while (this.spoken.length < count) await new Promise<void>((resolve) => (this.waiting = resolve));
    return this.spoken;
  }
}

export const ZH_VOICES = [
  { voiceURI: 'net-zh', name: 'Network Mandarin', lang: 'zh-CN', localService: false },
  { voiceURI: 'en', name: 'English', lang: 'en-US', localService: true },
  { voiceURI: 'local-zh', name: 'Local Mandarin', lang: 'cmn_Hans_CN', localService: true },
];

/**
 * Installs a fake `speechSynthesis`, which 读屏 speaks through from the next time it starts (its
 * default engine is the browser's); returns it and a function that removes it.
 */
export function stubSpeech(voices = ZH_VOICES): { synth: FakeSynth; restore: () => void } {
  const synth = new FakeSynth(voices);
  const original = window.SpeechSynthesisUtterance;
  const originalSynth = Object.getOwnPropertyDescriptor(window, 'speechSynthesis')!;
  window.SpeechSynthesisUtterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  return {
    synth,
    restore: () => {
      window.SpeechSynthesisUtterance = original;
      Object.defineProperty(window, 'speechSynthesis', originalSynth);
    },
  };
}
