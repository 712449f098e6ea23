/**
 * The open toolbar on the screens of issue 19, as the drop-in shows it on a page with a mobile layout
 * and on a fixed-width legacy one, which a phone lays out 980 px wide and shows zoomed out: in each
 * language, in both positions, normal and in elder mode. What a visitor sees of it: its share of the
 * screen, one row on a desktop, every control inside the visual viewport, and no axe violation.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page, Viewport } from 'puppeteer-core';
import { settle, startHosts, violations } from './serve.js';

interface Screen {
  name: string;
  viewport: Viewport;
  /** The most of the visual viewport's height that the open toolbar may take, normal and in elder mode. */
  share: { normal: number; elder: number };
  /** Whether the bar must be one row (desktops, normal mode). */
  oneRow: boolean;
}

const SCREENS: Screen[] = [
  { name: '1366 × 768', viewport: { width: 1366, height: 768 }, share: { normal: 0.125, elder: 0.188 }, oneRow: true },
  { name: '1920 × 1080', viewport: { width: 1920, height: 1080 }, share: { normal: 0.125, elder: 0.188 }, oneRow: true },
  // A classic scroll bar takes 17 px of a 1280 px screen.
  { name: '1280 × 1024 less a scroll bar', viewport: { width: 1263, height: 1024 }, share: { normal: 0.125, elder: 0.188 }, oneRow: true },
  {
    name: '390 × 844 phone',
    viewport: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
    share: { normal: 0.4, elder: 0.5 },
    oneRow: false,
  },
];
const PHONE = SCREENS.find((screen) => screen.viewport.isMobile)!;

const PAGES = [
  { name: 'a page with a mobile layout', path: '/fixed.html' },
  { name: 'a fixed-width legacy page', path: '/legacy.html' },
  { name: 'a right-to-left page', path: '/rtl.html' },
];

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;

/** What the test reads of the open toolbar, in the page's CSS pixels. */
interface Measure {
  /** The visual viewport: what the visitor sees. */
  view: { left: number; top: number; width: number; height: number };
  /** The toolbar's box: the bar, or on a phone the sheet that holds it. */
  box: { left: number; top: number; right: number; bottom: number; height: number };
  /** Each control's name and box. */
  controls: Array<{ name: string; left: number; top: number; right: number; bottom: number }>;
  /** Whether the bar's items share one row. */
  oneRow: boolean;
}

const hosts = startHosts();

describe('the open toolbar on every screen', { concurrency: 1 }, () => {
  for (const screen of SCREENS) {
    for (const host of PAGES) {
      for (const position of ['top', 'float'] as const) {
        // A floating panel on a desktop is no bar across the page: its height is not a share of the screen.
        if (position === 'float' && screen.oneRow) continue;
        for (const lang of host.path === '/rtl.html' ? (['en'] as const) : LANGS) {
          for (const mode of ['normal', 'elder'] as const) {
            test(`${screen.name}, ${host.name}, ${position}, ${lang}, ${mode}`, async () => {
              const page = await (await hosts.browser.createBrowserContext()).newPage();
              try {
                const measure = await openToolbar(page, screen.viewport, host.path, position, lang, mode === 'elder');
                assertFits(measure, screen, mode);
                assert.deepEqual([...(await violations(page, 'care-toolbar'))], [], 'axe violations in the toolbar');
              } finally {
                await page.browserContext().close();
              }
            });
          }
        }
      }
    }
  }
});

test('follows a pinch that zooms a fixed-width page in on a phone, and keeps its size on the screen', async () => {
  const page = await (await hosts.browser.createBrowserContext()).newPage();
  try {
    const zoomedOut = await openToolbar(page, PHONE.viewport, '/legacy.html', 'top', 'zh-CN', false);
    const session = await page.createCDPSession();
    // A pinch to the page's own scale, at its middle: the visitor now sees 390 of its 980 px.
    await session.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
    await page.evaluate(() => window.scrollTo(300, 200));
    await settle(page);
    const zoomedIn = await measure(page);
    assert.ok(zoomedIn.view.width < zoomedOut.view.width / 2, `the pinch did not zoom in: ${zoomedIn.view.width} px seen`);
    assertFits(zoomedIn, PHONE, 'normal');
    // The same size on the screen: in the page's pixels, as much smaller as the page is larger.
    const screenHeight = (m: Measure) => m.box.height / m.view.height;
    assert.ok(Math.abs(screenHeight(zoomedIn) - screenHeight(zoomedOut)) < 0.02, 'the sheet changed its size on the screen');
  } finally {
    await page.browserContext().close();
  }
});

test('shows the closed launcher at full size in the corner of what the visitor sees of a fixed-width page, before and after a pinch', async () => {
  const page = await (await hosts.browser.createBrowserContext()).newPage();
  try {
    await page.setViewport(PHONE.viewport);
    await page.goto(`${hosts.origin}/legacy.html`);
    await page.waitForFunction(() => document.querySelector('care-toolbar')?.shadowRoot?.querySelector('.launcher'));
    await settle(page);
    const session = await page.createCDPSession();
    for (const pinch of [undefined, { pageScaleFactor: 1, scrollTo: [300, 200] }]) {
      if (pinch) {
        await session.send('Emulation.setPageScaleFactor', { pageScaleFactor: pinch.pageScaleFactor });
        await page.evaluate(([x, y]) => window.scrollTo(x, y), pinch.scrollTo);
        await settle(page);
      }
      const { view, launcher } = await page.evaluate(() => {
        const { offsetLeft: left, offsetTop: top, width, height, scale } = visualViewport!;
        const box = document.querySelector('care-toolbar')!.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
        // In the pixels of the screen, from the corner of what the visitor sees.
        const [screenWidth, high, right, bottom] = [width, box.height, left + width - box.right, top + height - box.bottom].map((length) => Math.round(length * scale));
        return { view: { scale, width: screenWidth }, launcher: { height: high, right, bottom } };
      });
      const seen = pinch ? `after a pinch to ${view.scale.toFixed(2)}` : `at ${view.scale.toFixed(2)}`;
      assert.ok(view.width === 390, `the phone shows ${view.width} px`);
      assert.ok(launcher.height >= 44, `${seen}, the launcher is ${launcher.height} px high on the screen`);
      for (const side of ['right', 'bottom'] as const) {
        assert.ok(launcher[side] >= 8 && launcher[side] <= 24, `${seen}, the launcher is ${launcher[side]} px from the ${side} of the screen`);
      }
    }
  } finally {
    await page.browserContext().close();
  }
});

async function openToolbar(page: Page, viewport: Viewport, path: string, position: string, lang: string, elder: boolean): Promise<Measure> {
  await page.setViewport(viewport);
  await page.goto(hosts.origin + path);
  await page.waitForFunction(() => document.querySelector('care-toolbar')?.shadowRoot?.querySelector('.launcher'));
  await page.evaluate(
    (position, lang, elder) => {
      const toolbar = document.querySelector('care-toolbar')!;
      // A property, as the drop-in sets it: the element takes it as it is defined, when the toolbar first opens.
      toolbar.position = position as 'top' | 'float';
      toolbar.setAttribute('locale', lang);
      // A homepage's toolbar, with the link to the elder zone that every homepage must have: the widest bar.
      toolbar.elderUrl = '/elder-zone.html';
      if (elder) window.carebar.set('elder', true);
      window.carebar.open();
    },
    position,
    lang,
    elder,
  );
  await page.waitForFunction(() => document.querySelector('care-toolbar')?.shadowRoot?.querySelector('.bar:not([hidden])'));
  await settle(page);
  return measure(page);
}

function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const toolbar = document.querySelector('care-toolbar')!;
    const root = toolbar.shadowRoot!;
    const bar = root.querySelector('.bar')!;
    const view = visualViewport!;
    const box = (toolbar.hasAttribute('sheet') ? root.querySelector('.dock')! : bar).getBoundingClientRect();
    const items = [...bar.children].filter((item) => item.checkVisibility()).map((item) => item.getBoundingClientRect());
    return {
      view: { left: view.offsetLeft, top: view.offsetTop, width: view.width, height: view.height },
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, height: box.height },
      controls: [...root.querySelectorAll<HTMLElement>('button, a')]
        .filter((control) => control.checkVisibility())
        .map((control) => {
          const { left, top, right, bottom } = control.getBoundingClientRect();
          return { name: control.getAttribute('aria-label') ?? control.textContent.trim(), left, top, right, bottom };
        }),
      oneRow: Math.max(...items.map((item) => item.top)) < Math.min(...items.map((item) => item.bottom)),
    };
  });
}

/** The goals of issue 19, with a pixel of rounding. */
function assertFits({ view, box, controls, oneRow }: Measure, screen: Screen, mode: 'normal' | 'elder'): void {
  const most = screen.share[mode];
  const share = box.height / view.height;
  assert.ok(share <= most, `the toolbar takes ${(share * 100).toFixed(1)}% of the screen's height, over ${most * 100}%`);
  if (screen.oneRow && mode === 'normal') assert.ok(oneRow, 'the bar wraps to a second row');
  const [right, bottom] = [view.left + view.width, view.top + view.height];
  assert.ok(box.left >= view.left - 1 && box.right <= right + 1 && box.top >= view.top - 1 && box.bottom <= bottom + 1, 'the toolbar reaches outside the visual viewport');
  const outside = controls.filter((control) => control.left < view.left - 1 || control.right > right + 1 || (box.height < view.height && (control.bottom < view.top || control.top > bottom)));
  assert.deepEqual(outside.map((control) => control.name), [], 'controls outside the visual viewport');
  assert.ok(controls.length >= 5, `only ${controls.length} controls shown`);
}
