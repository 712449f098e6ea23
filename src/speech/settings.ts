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

export const readerSettings = {
  /** 1 is normal speed; one of `RATES`. */
  rate: 1,
  /** One of `VOLUMES`. */
  volume: 1,
  /** `Voice.id` of the voice the user picked; the best voice for the language otherwise. */
  voice: undefined as string | undefined,
};

/** Puts what this site saved into `readerSettings`; a setting never saved keeps its value. */
export function restoreReaderSettings(): void {
  // Storage may be missing or refuse (private browsing, a sandboxed iframe): then nothing was saved.
  try {
    const raw = localStorage.getItem(READER_STORAGE_KEY);
    if (!raw) return;
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) throw new TypeError('not reader settings');
    const { rate, volume, voice } = saved as Record<string, unknown>;
    if (typeof rate === 'number' && Number.isFinite(rate)) readerSettings.rate = nearest(RATES, rate);
    if (typeof volume === 'number' && Number.isFinite(volume)) readerSettings.volume = nearest(VOLUMES, volume);
    if (typeof voice === 'string' && voice.length <= MAX_VOICE_ID) readerSettings.voice = voice;
  } catch {
    // A corrupt value is discarded, never fatal.
    try {
      localStorage.removeItem(READER_STORAGE_KEY);
    } catch {
      // Storage that refuses: nothing more to do.
    }
  }
}

/** Changes one setting and remembers it for the next visit. */
export function changeReaderSetting<K extends keyof typeof readerSettings>(name: K, value: (typeof readerSettings)[K]): void {
  readerSettings[name] = value;
  try {
    localStorage.setItem(READER_STORAGE_KEY, JSON.stringify(readerSettings));
  } catch {
    // Quota or privacy mode: the setting still holds on this page.
  }
}

/** The allowed value closest to `value`: a stale or edited one is brought into range, not thrown away. */
function nearest(allowed: readonly number[], value: number): number {
  return allowed.reduce((best, candidate) => (Math.abs(candidate - value) < Math.abs(best - value) ? candidate : best));
}
