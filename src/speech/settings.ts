import { safeLocalStorage } from '../core/settings.js';

/**
 * How 读屏 sounds: speed, volume and voice, remembered per site between visits. They live in their
 * own key beside carebar's feature settings (`carebar:v1`), which core/settings.ts rewrites whole
 * on every change and would drop anything else from; the same rules apply: validated, clamped,
 * and a corrupt value discarded.
 */
export const READER_STORAGE_KEY = 'carebar:v1:reader';

/** The speeds the controls offer: 0.75× to 1.5×. */
export const RATES = [0.75, 1, 1.25, 1.5] as const;
export const VOLUMES = [0.25, 0.5, 0.75, 1] as const;
/** Longer than any `voiceURI` a browser uses; anything longer is not one. */
const MAX_VOICE_ID = 300;

/** How 读屏 sounds on this site: read from storage once, and written back on each change. */
export class ReaderSettings {
  /** 1 is normal speed; one of `RATES`. */
  rate = 1;
  /** One of `VOLUMES`. */
  volume = 1;
  /** `Voice.id` of the voice the user picked; the best voice for the language otherwise. */
  voice?: string;

  /** What this site saved; a setting never saved keeps its default. */
  constructor(private readonly storage: Storage | undefined = safeLocalStorage()) {
    try {
      const raw = storage?.getItem(READER_STORAGE_KEY);
      if (!raw) return;
      const saved: unknown = JSON.parse(raw);
      if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) throw new TypeError('not reader settings');
      const { rate, volume, voice } = saved as Record<string, unknown>;
      if (typeof rate === 'number' && Number.isFinite(rate)) this.rate = nearest(RATES, rate);
      if (typeof volume === 'number' && Number.isFinite(volume)) this.volume = nearest(VOLUMES, volume);
      if (typeof voice === 'string' && voice.length <= MAX_VOICE_ID) this.voice = voice;
    } catch {
      // A corrupt value is discarded, never fatal.
      this.write(undefined);
    }
  }

  /** Changes one setting and remembers it for the next visit. */
  change<K extends 'rate' | 'volume' | 'voice'>(name: K, value: this[K]): void {
    this[name] = value;
    const { rate, volume, voice } = this;
    this.write(JSON.stringify({ rate, volume, voice }));
  }

  /** Writes `value`, or removes the key; storage that refuses (quota, privacy mode) keeps the setting on this page only. */
  private write(value: string | undefined): void {
    try {
      if (value) this.storage?.setItem(READER_STORAGE_KEY, value);
      else this.storage?.removeItem(READER_STORAGE_KEY);
    } catch {
      // As above.
    }
  }
}

/** The allowed value closest to `value`: a stale or edited one is brought into range, not thrown away. */
function nearest(allowed: readonly number[], value: number): number {
  return allowed.reduce((best, candidate) => (Math.abs(candidate - value) < Math.abs(best - value) ? candidate : best));
}
