import type { FeatureId } from '../features/types.js';

/** The languages carebar speaks. */
export type Lang = 'zh-CN' | 'zh-TW' | 'en';

/**
 * The strings of the drop-in's eager part: the toolbar's launcher, and what it says when a part
 * could not load. The compiler checks that each language has all of them, and of the other
 * tables below. `{name}`-style placeholders are filled in by `format()`.
 */
export interface LauncherTranslation {
  /** BCP 47 tag, used for `lang` attributes and for picking a voice. */
  readonly lang: Lang;
  /** The button that opens the toolbar, shown while it is closed. Short: it sits on every page. */
  readonly launcher: string;
  /**
   * Shown beside the launcher when a part of carebar (the toolbar's panels, reading aloud, a view)
   * could not be downloaded: what still works, and what to try.
   */
  readonly partFailed: string;
  /** Closes that message. */
  readonly dismiss: string;
}

/** The strings of `<care-elder-zone>` beyond its heading, which come with its part. */
export interface ZoneTranslation {
  /** Elder zone: the label of its hotline number. */
  readonly zoneHotline: string;
  /** Elder zone: the button that turns elder mode on, and (once on) off; its text says which. */
  readonly zoneElderOn: string;
  readonly zoneElderOff: string;
}

/**
 * The strings of carebar's elements: the toolbar's bar and panels, with the names of the features and
 * their values, and the elder zone's heading. Each language's come in a module of their own.
 */
export interface ToolbarTranslation {
  /** As the launcher's. */
  readonly lang: Lang;
  /** 长者专区: the toolbar's link to the elder zone, and the default heading of the `<care-elder-zone>` section. */
  readonly zone: string;
  /** The toolbar's accessible name. */
  readonly toolbar: string;
  readonly close: string;
  /** Turns every feature off. */
  readonly reset: string;
  readonly help: string;
  /** Title of the help panel. */
  readonly helpTitle: string;
  /** Heading above the list of keyboard shortcuts in the help panel. */
  readonly shortcuts: string;
  /** Help panel: the shortcut that moves keyboard focus into the toolbar. */
  readonly focusToolbar: string;
  /** Help panel: how to move between the toolbar's buttons, and Escape's jobs (panels, reading aloud). */
  readonly arrowKeys: string;
  /** Stepper buttons: `{name}` is the feature's name, e.g. "Zoom: smaller". */
  readonly decrease: string;
  readonly increase: string;
  /** Announced after a toggle is switched, e.g. "Crosshair on". */
  readonly on: string;
  readonly off: string;
  /** Announced after a stepper or choice changes: `{name}` and `{value}`. */
  readonly changed: string;
  /** Announced after reset. */
  readonly resetDone: string;
  /** 更多: the button that opens the features beyond those that inspections ask for. */
  readonly more: string;
  /** Elder mode's short bar: its button that leaves elder mode, and the one that shows every feature. */
  readonly exitElder: string;
  readonly allFeatures: string;
  /** Each feature's short name, on its button. */
  readonly features: Readonly<Record<FeatureId, string>>;
  /** Names of the values of choice features, keyed by value id. */
  readonly values: Readonly<Record<string, string>>;
}

/** The strings of the views, reading aloud and the caption. */
export interface ReadingTranslation {
  /** 页面视图: the one control of the reading and text-only views, back to the page as it was. */
  readonly viewBack: string;
  /** 读屏 and 大字幕: how a link is read and shown; `{name}` is its text or label. */
  readonly readLink: string;
  /** An image, by its alt text. */
  readonly readImage: string;
  readonly readButton: string;
  /** A form field, by its label. */
  readonly readField: string;
  /** Accessible name of the reading controls shown while 读屏 is on. */
  readonly readerControls: string;
  /** Reading controls: start 连读 (from the top, or from the block last read). */
  readonly play: string;
  readonly pause: string;
  readonly resume: string;
  readonly stop: string;
  /** Go to the previous / next paragraph or block of the page. */
  readonly previousBlock: string;
  readonly nextBlock: string;
  /** Label of the speech-rate choice. */
  readonly rate: string;
  /** A speech rate, e.g. "1.25 倍": `{value}` is the factor. */
  readonly rateValue: string;
  readonly volume: string;
  /** Label of the voice choice. */
  readonly voice: string;
  /** Shown while the browser has not yet listed its voices. */
  readonly voicesLoading: string;
  /** Shown and announced when the browser has no voice for the language. Says that the caption still works. */
  readonly noVoice: string;
  /** Reader states, shown and announced. */
  readonly reading: string;
  readonly paused: string;
  /**
   * 连读 turned on by a saved setting: it waits, because a browser speaks only after a user's
   * click or key. Names the play button (`play`).
   */
  readonly readyToPlay: string;
  /** 连读 hint: a click on the page's text starts reading there (links still work). */
  readonly clickToRead: string;
}

/** Every string carebar shows or speaks. */
export interface Translation extends LauncherTranslation, ToolbarTranslation, ZoneTranslation, ReadingTranslation {}

export type TranslationKey = Exclude<keyof Translation, 'lang' | 'features' | 'values'>;
