import type { FeatureValue } from '../features/types.js';

/** One key per site (localStorage is per origin), namespaced and versioned. */
export const STORAGE_KEY = 'carebar:v1';

export interface SavedSettings {
  /** Features that are not at their default. */
  readonly state: Readonly<Record<string, FeatureValue>>;
  /** Whether the toolbar was left open. */
  readonly open: boolean;
}

const EMPTY: SavedSettings = { state: {}, open: false };

/**
 * Reads and writes the saved settings. Storage may be missing or refuse writes
 * (private browsing, a full quota, a sandboxed iframe), so every failure means "nothing saved".
 */
export class SettingsStore {
  constructor(private readonly storage: Storage | undefined = safeLocalStorage()) {}

  /** What was saved, with the raw values unchecked: the caller validates them against the features. */
  load(): SavedSettings {
    try {
      const raw = this.storage?.getItem(STORAGE_KEY);
      if (!raw) return EMPTY;
      const parsed: unknown = JSON.parse(raw);
      if (isRecord(parsed) && isRecord(parsed.state)) return { state: parsed.state as Record<string, FeatureValue>, open: parsed.open === true };
    } catch {
      // Unreadable: discarded below, like any value that is not carebar's settings.
    }
    this.clear(); // a corrupt value is discarded, never fatal
    return EMPTY;
  }

  save(settings: SavedSettings): void {
    try {
      if (Object.keys(settings.state).length || settings.open) this.storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
      else this.clear();
    } catch {
      // Quota or privacy mode: the settings still apply to this page.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // As above.
    }
  }
}

/** The site's `localStorage`, or none where the browser blocks it (some sandboxed iframes, some privacy settings). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // reading it throws where storage is blocked
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
