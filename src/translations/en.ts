import type { ElementTranslation, LauncherTranslation, ToolbarTranslation } from './types.js';

/** English: the launcher (the drop-in's eager part). */
export const en: LauncherTranslation = {
  lang: 'en',
  launcher: 'Accessibility',
  partFailed: 'Part of the toolbar could not be loaded; everything else still works. Check your connection and reload the page.',
  dismiss: 'Dismiss',
};


/** English: the toolbar's bar and panels. */
export const enToolbar: ToolbarTranslation = {
  zone: 'Services for older people',
  toolbar: 'Accessibility toolbar',
  close: 'Close the toolbar',
  reset: 'Reset',
  help: 'Help',
  helpTitle: 'Accessibility toolbar help',
  shortcuts: 'Keyboard shortcuts',
  focusToolbar: 'Go to the toolbar',
  arrowKeys: 'Left and Right arrows move between buttons; Esc closes a panel, or stops reading aloud',
  decrease: '{name}: smaller',
  increase: '{name}: larger',
  on: '{name} on',
  off: '{name} off',
  changed: '{name}: {value}',
  resetDone: 'Settings reset',
  more: 'More',
  exitElder: 'Leave elder mode',
  allFeatures: 'All features',
  features: {
    view: 'Page view',
    color: 'Colours',
    guide: 'Crosshair',
    zoom: 'Zoom',
    text: 'Text size',
    cursor: 'Large cursor',
    spacing: 'Spacing',
    ui: 'Large controls',
    read: 'Read aloud',
    caption: 'Big captions',
    elder: 'Elder mode',
    links: 'Highlight links',
    headings: 'Highlight headings',
    focus: 'Strong focus',
    motion: 'Stop animations',
    images: 'Hide images',
  },
  values: {
    // Page view (view)
    page: 'Page',
    reading: 'Reading view',
    text: 'Text only',
    off: 'Off',
    point: 'Point and read',
    continuous: 'Read continuously',
    on: 'On',
    large: 'Extra large',
    pinyin: 'Pinyin',
    // Colour schemes (color): background, then text. Cursor colours and sizes. Guide modes.
    original: 'Original',
    'white-black': 'Black on white',
    'black-yellow': 'Yellow on black',
    'blue-yellow': 'Yellow on blue',
    'yellow-black': 'Black on yellow',
    'high-contrast': 'High contrast',
    grayscale: 'Greyscale',
    'low-saturation': 'Low saturation',
    black: 'Black',
    white: 'White',
    'black-large': 'Black, extra large',
    'white-large': 'White, extra large',
    crosshair: 'Crosshair',
    mask: 'Reading mask',
  },
};

/** The strings of carebar's elements: the launcher's and the toolbar's. */
export const elements: ElementTranslation = { ...en, ...enToolbar };
