/** A voice that an engine offers. */
export interface Voice {
  /** Stable across page loads, for the saved choice (`voiceURI` in the Web Speech API). */
  readonly id: string;
  readonly name: string;
  /** BCP 47 tag as the engine reports it, e.g. `zh-CN`, `zh_CN` or `cmn-Hans-CN`. */
  readonly lang: string;
  /** Whether it runs on this device: no network, no delay. */
  readonly local: boolean;
}

export interface SpeakOptions {
  readonly lang: string;
  readonly voice?: Voice;
  /** 1 is normal speed. */
  readonly rate: number;
  /** From 0 to 1. */
  readonly volume: number;
}

/**
 * Text to speech as 读屏 uses it. The Web Speech API is the default; a site can plug in a server
 * voice by implementing this and handing it to `readAloud({ engine })`. None is built in: by
 * default, nothing is sent anywhere.
 */
export interface SpeechEngine {
  /** Every voice there is, once the engine knows them; empty when it has none. */
  voices(): Promise<readonly Voice[]>;
  /** Speaks one short utterance; settles when it has been spoken or was cancelled. */
  speak(text: string, options: SpeakOptions): Promise<void>;
  /** Stops speaking and drops everything queued. */
  cancel(): void;
  pause(): void;
  resume(): void;
}

/** How long to wait for `voiceschanged` before taking "no voices" for an answer (some browsers never fire it). */
const VOICES_TIMEOUT = 3000;

/** The browser's own voices, through `speechSynthesis`. */
export class WebSpeechEngine implements SpeechEngine {
  private known?: Promise<readonly Voice[]>;
  private settleCurrent?: () => void;

  constructor(private readonly synth: SpeechSynthesis = speechSynthesis) {}

  voices(): Promise<readonly Voice[]> {
    this.known ??= new Promise((resolve) => {
      const done = () => resolve(this.synth.getVoices().map(({ voiceURI, name, lang, localService }) => ({ id: voiceURI, name, lang, local: localService })));
      if (this.synth.getVoices().length) return done();
      // Chromium loads its voices after the page; until then `getVoices()` is empty.
      this.synth.addEventListener('voiceschanged', done, { once: true });
      setTimeout(done, VOICES_TIMEOUT);
    });
    return this.known;
  }

  speak(text: string, { lang, voice, rate, volume }: SpeakOptions): Promise<void> {
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice?.lang ?? lang;
      utterance.voice = this.synth.getVoices().find((candidate) => candidate.voiceURI === voice?.id) ?? null;
      utterance.rate = rate;
      utterance.volume = volume;
      this.settleCurrent = resolve;
      utterance.addEventListener('end', () => resolve());
      utterance.addEventListener('error', () => resolve()); // "interrupted" by cancel(), or a voice that failed
      this.synth.speak(utterance);
    });
  }

  cancel(): void {
    this.synth.cancel();
    this.settleCurrent?.(); // not every engine reports the interruption
  }

  pause(): void {
    this.synth.pause();
  }

  resume(): void {
    this.synth.resume();
  }
}

/** The browser's own voices, where it has the Web Speech API. */
export function browserEngine(): SpeechEngine | undefined {
  return 'speechSynthesis' in globalThis ? new WebSpeechEngine() : undefined;
}

/**
 * The voices for a language, best first: the same language and region before the same language
 * only, and local voices before network ones. Tags are compared normalised, so that `zh_CN`,
 * `zh-cn` and `cmn-Hans-CN` all match `zh-CN`.
 */
export function voicesFor(voices: readonly Voice[], lang: string): Voice[] {
  const wanted = normaliseLang(lang);
  const language = wanted.split('-')[0];
  const score = (voice: Voice) => {
    const tag = normaliseLang(voice.lang);
    const match = tag === wanted ? 0 : tag.split('-')[0] === language ? 2 : 4;
    return match + (voice.local ? 0 : 1);
  };
  return voices.filter((voice) => score(voice) < 4).sort((a, b) => score(a) - score(b));
}

/** `zh_CN`, `zh-Hans-CN` and `cmn-Hans-CN` → `zh-cn`; `zh-Hant` → `zh-tw`; `en-GB` → `en-gb`. */
export function normaliseLang(tag: string): string {
  const [first, ...rest] = tag.replace(/_/g, '-').toLowerCase().split('-');
  const language = first === 'cmn' ? 'zh' : first;
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/.test(part)) ?? (rest.includes('hans') ? 'cn' : rest.includes('hant') ? 'tw' : '');
  return region ? `${language}-${region}` : language;
}
