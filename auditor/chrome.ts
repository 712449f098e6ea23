import { existsSync } from 'node:fs';

/** Where Chrome or Chromium usually lives, most common first (Debian's `chromium` first of all). */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Flags for a headless Chrome on a locked-down machine: no sandbox when running as root
 * (Chrome refuses to start otherwise), and no background calls to Google's services.
 */
export const CHROME_ARGS: readonly string[] = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** What to do when no browser is found. */
export const NO_CHROME_MESSAGE = [
  'carebar needs Chrome or Chromium, and none was found.',
  'Set CHROME_PATH to its executable, or install one, for example on Debian or Ubuntu:',
  '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
  '(carebar never downloads a browser of its own.)',
].join('\n');

/**
 * Finds a Chrome executable: `CHROME_PATH` (or puppeteer's `PUPPETEER_EXECUTABLE_PATH`), then the
 * usual system paths. Resolves to `undefined` when there is none; it never downloads anything.
 */
export function findChrome(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const fromEnv = env.CHROME_PATH ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return Promise.resolve(existsSync(fromEnv) ? fromEnv : undefined);
  return Promise.resolve(SYSTEM_PATHS.find((path) => existsSync(path)));
}
