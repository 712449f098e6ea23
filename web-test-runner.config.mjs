// Component and feature tests, in real Chromium (the system's; no browser is downloaded).
import rollupCommonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from './dist/auditor/index.js';

const executablePath = await findChrome();
if (!executablePath) throw new Error(NO_CHROME_MESSAGE);

/**
 * `executeServerCommand('emulate-media-features', [{ name, value }])`: any media feature, such as
 * `forced-colors`, which the stock `emulateMedia` command supports only under Playwright.
 */
const cdpSessions = new Map();
const emulateMediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    // The emulation lasts as long as the CDP session that set it, so keep one per test page.
    if (!cdpSessions.has(session.id)) cdpSessions.set(session.id, await session.browser.getPage(session.id).createCDPSession());
    await cdpSessions.get(session.id).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

/** CommonJS packages that tests import, by name (the plugin is slow, so never on everything). */
// requireReturnsDefault: files are transformed one by one here, and readability's index.js must get
// Readability.js's class itself from require(), not a namespace wrapper whose constructor loses its prototype.
const commonjs = fromRollup(rollupCommonjs)({
  include: ['**/node_modules/color-contrast-checker/**/*', '**/node_modules/@mozilla/readability/**/*'],
  requireReturnsDefault: 'preferred',
});

/**
 * Test files run side by side, and Chrome pauses animation frames in a tab that is not in front.
 * A browser context of its own for each page gives it its own window, in front, so tests may
 * wait on frames.
 */
const createPage = async ({ browser }) => (await browser.createBrowserContext()).newPage();

export default {
  files: 'tests/components/**/*.test.ts',
  nodeResolve: true,
  concurrency: 2,
  plugins: [commonjs, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), emulateMediaFeatures],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: [...CHROME_ARGS] }, createPage })],
  testFramework: { config: { timeout: 10000 } },
};
