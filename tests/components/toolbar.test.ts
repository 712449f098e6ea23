import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { STORAGE_KEY } from '../../src/core/settings.js';
import type { CareChangeEvent } from '../../src/events/care-change.js';
import type { CareToolbar } from '../../src/toolbar/toolbar.component.js';
import { button, focusedName, freshCarebar, pageTraces, resetAll, toolbarFixture } from './helpers.js';

/** A paragraph of the page, whose text the `text` feature enlarges. */
function paragraph(): HTMLParagraphElement {
  let sample = document.querySelector<HTMLParagraphElement>('p#sample');
  if (!sample) {
    sample = Object.assign(document.createElement('p'), { id: 'sample', textContent: '正文' });
    document.body.append(sample);
  }
  return sample;
}
const textSize = () => parseFloat(getComputedStyle(paragraph()).fontSize);

describe('<care-toolbar>', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('style');
    resetAll();
  });

  describe('accessibility', () => {
    it('passes axe while closed', async () => {
      const toolbar = await toolbarFixture();
      await expect(toolbar).to.be.accessible();
    });

    it('passes axe while open, and with the help panel open', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      await expect(toolbar).to.be.accessible();
      button(toolbar, '帮助').click();
      await toolbar.updateComplete;
      expect(toolbar.shadowRoot!.querySelector('[role=dialog]')).to.have.attribute('aria-labelledby', 'panel-title');
      await expect(toolbar).to.be.accessible();
    });

    it('passes axe with a choice panel open, and grows its targets to 60 px in elder mode', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      button(toolbar, '配色').click();
      await toolbar.updateComplete;
      const options = [...toolbar.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=dialog] button')];
      expect(options.map((option) => option.getAttribute('aria-pressed'))).to.include('true');
      await expect(toolbar).to.be.accessible();
      toolbar.carebar.set('elder', true);
      await toolbar.updateComplete;
      expect(options[0].getBoundingClientRect().height).to.be.at.least(60);
      expect(parseFloat(getComputedStyle(options[0]).fontSize)).to.be.at.least(20);
    });

    it('is a role=toolbar of buttons at least 44 × 44 px with text of at least 16 px', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      const bar = toolbar.shadowRoot!.querySelector('[role=toolbar]')!;
      expect(bar.getAttribute('aria-label')).to.equal('无障碍工具条');
      const controls = [...bar.querySelectorAll<HTMLElement>('button, a')];
      expect(controls.length).to.be.greaterThan(4);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        expect(box.width, control.textContent).to.be.at.least(44);
        expect(box.height, control.textContent).to.be.at.least(44);
        expect(parseFloat(getComputedStyle(control).fontSize)).to.be.at.least(16);
      }
    });

    it('takes the large cursor too, and its own again after reset', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      const reset = button(toolbar, '重置');
      expect(getComputedStyle(reset).cursor).to.equal('pointer');
      toolbar.carebar.set('cursor', 'black-large');
      expect(getComputedStyle(reset).cursor).to.match(/^url\("data:image\/svg\+xml,.+\) \d+ \d+, pointer$/);
      toolbar.carebar.reset();
      expect(getComputedStyle(reset).cursor).to.equal('pointer');
    });

    it('keeps its own size when the page sets a tiny root font and hostile resets', async () => {
      document.documentElement.style.fontSize = '8px';
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      const launcher = button(toolbar, '帮助');
      expect(parseFloat(getComputedStyle(launcher).fontSize)).to.equal(16);
    });

    it('drops transitions when the user prefers reduced motion', async () => {
      const toolbar = await toolbarFixture();
      const launcher = toolbar.shadowRoot!.querySelector('.launcher')!;
      expect(getComputedStyle(launcher).transitionDuration).not.to.equal('0s');
      await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        expect(getComputedStyle(launcher).transitionDuration).to.equal('0s');
      } finally {
        await executeServerCommand('emulate-media-features', []);
      }
    });

    it('uses system colours in forced-colors mode', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      try {
        const reset = button(toolbar, '重置');
        const probe = document.createElement('div');
        probe.style.color = 'ButtonText';
        document.body.append(probe);
        expect(getComputedStyle(reset).color).to.equal(getComputedStyle(probe).color);
        probe.remove();
      } finally {
        await executeServerCommand('emulate-media-features', []);
      }
    });
  });

  describe('rendering from the registry', () => {
    it('shows a stepper for text size, with its value, and disables what cannot go further', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      const group = toolbar.shadowRoot!.querySelector('[role=group][aria-label="文字大小"]')!;
      expect(group.textContent).to.contain('100%');
      expect(button(toolbar, '文字大小缩小').disabled).to.equal(true);
      button(toolbar, '文字大小放大').click();
      await toolbar.updateComplete;
      expect(group.textContent).to.contain('125%');
      expect(button(toolbar, '文字大小缩小').disabled).to.equal(false);
    });

    it('speaks English and traditional Chinese', async () => {
      const english = await toolbarFixture({ locale: 'en' });
      expect(english.shadowRoot!.querySelector('.launcher')!.textContent).to.contain('Accessibility');
      const traditional = await toolbarFixture({ locale: 'zh-Hant-TW' });
      expect(traditional.shadowRoot!.querySelector('.launcher')!.textContent).to.contain('無障礙');
    });

    it('renders first in its own language, once that language’s strings have loaded', async () => {
      const toolbar = document.createElement('care-toolbar');
      toolbar.carebar = freshCarebar();
      toolbar.locale = 'en';
      const launchers: string[] = [];
      toolbar.addController({ hostUpdated: () => launchers.push(toolbar.shadowRoot!.querySelector('.launcher')!.textContent.trim()) });
      document.body.append(toolbar);
      try {
        await toolbar.updateComplete;
        expect(launchers[0]).to.equal('Accessibility');
      } finally {
        toolbar.remove();
      }
    });

    it('follows <html lang> when no locale is given', async () => {
      document.documentElement.lang = 'en-GB';
      try {
        const toolbar = await toolbarFixture({ locale: '' });
        toolbar.locale = undefined;
        await toolbar.updateComplete;
        expect(toolbar.shadowRoot!.querySelector('.launcher')!.textContent).to.contain('Accessibility');
      } finally {
        document.documentElement.lang = 'en';
      }
    });

    it('floats as a button that opens a two-column panel inside the viewport, reserving no space', async () => {
      const toolbar = await toolbarFixture({ position: 'float' });
      const launcher = toolbar.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
      expect(launcher.right).to.be.at.most(innerWidth);
      expect(launcher.bottom).to.be.at.most(innerHeight);
      toolbar.carebar.open();
      await toolbar.updateComplete;
      const bar = toolbar.shadowRoot!.querySelector('.bar')!;
      const box = bar.getBoundingClientRect();
      expect(box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight, 'inside the viewport').to.equal(true);
      const columns = new Set([...bar.querySelectorAll(':scope > button')].map((b) => Math.round(b.getBoundingClientRect().left)));
      expect(columns.size).to.equal(2);
      expect(getComputedStyle(document.documentElement).paddingTop).to.equal('0px');
      await expect(toolbar).to.be.accessible();
    });

    it('reserves the open top bar’s height at the top of the page, and gives it back when closed', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      await new Promise(requestAnimationFrame);
      const barHeight = toolbar.shadowRoot!.querySelector('.bar')!.getBoundingClientRect().height;
      expect(parseFloat(getComputedStyle(document.documentElement).paddingTop)).to.equal(Math.ceil(barHeight));
      toolbar.carebar.close();
      await toolbar.updateComplete;
      expect(getComputedStyle(document.documentElement).paddingTop).to.equal('0px');
    });
  });

  describe('the bar', () => {
    /** The names of the bar's own controls, in order. */
    const barNames = (toolbar: CareToolbar) =>
      [...toolbar.shadowRoot!.querySelectorAll('.bar > button, .bar > a, .bar > .group')].map(
        (control) => control.getAttribute('aria-label') ?? control.textContent.trim().replace(/\s+/g, ' '),
      );

    it('shows the features that inspections ask for, and the others behind 更多', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      expect(barNames(toolbar)).to.include.members(['页面视图', '配色', '辅助线', '页面缩放', '文字大小', '大鼠标', '大字间距', '大界面', '读屏', '大字幕', '老年人模式', '更多']);
      expect(barNames(toolbar)).not.to.include('链接高亮');
      const more = button(toolbar, '更多');
      more.click();
      await toolbar.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      button(toolbar, '链接高亮').click();
      await toolbar.updateComplete;
      expect(toolbar.carebar.get('links')).to.equal(true);
      expect(button(toolbar, '链接高亮').getAttribute('aria-pressed')).to.equal('true');
      await expect(toolbar).to.be.accessible();
      button(toolbar, '链接高亮').focus();
      await sendKeys({ press: 'Escape' });
      await toolbar.updateComplete;
      expect(toolbar.shadowRoot!.querySelector('[role=dialog]') === null, 'panel closed').to.equal(true);
      expect(focusedName(toolbar)).to.equal('更多');
    });

    it('in elder mode, is a short row of large buttons, shows every feature on request, and leaves elder mode', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.set('elder', true);
      toolbar.carebar.open();
      await toolbar.updateComplete;
      expect(barNames(toolbar)).to.deep.equal(['配色 高对比度', '文字大小', '读屏', '大字幕', '退出老年人模式', '全部功能', '关闭工具条']);
      for (const control of toolbar.shadowRoot!.querySelectorAll<HTMLElement>('.bar button')) {
        const { width, height } = control.getBoundingClientRect();
        expect(Math.min(width, height), control.textContent.trim()).to.be.at.least(60);
        expect(parseFloat(getComputedStyle(control).fontSize)).to.be.at.least(20);
      }
      await expect(toolbar).to.be.accessible();
      const all = button(toolbar, '全部功能');
      all.click();
      await toolbar.updateComplete;
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(barNames(toolbar)).to.include.members(['辅助线', '页面缩放', '更多', '重置', '帮助']);
      button(toolbar, '退出老年人模式').click();
      await toolbar.updateComplete;
      expect(toolbar.carebar.get('elder')).to.equal(false);
      expect(barNames(toolbar)).to.include('老年人模式');
      expect(barNames(toolbar)).not.to.include('全部功能');
    });
  });

  describe('the JavaScript API', () => {
    it('lists every feature with its kind, range and default', async () => {
      const toolbar = await toolbarFixture();
      expect(toolbar.carebar.features).to.deep.include({ id: 'text', kind: 'stepper', default: 1, min: 1, max: 2, step: 0.25 });
    });

    it('sets, gets and reports state, applying the effect to the page', async () => {
      const toolbar = await toolbarFixture();
      const before = textSize();
      toolbar.carebar.set('text', 1.5);
      expect(toolbar.carebar.get('text')).to.equal(1.5);
      expect(toolbar.carebar.state).to.deep.equal({ text: 1.5 });
      expect(document.documentElement.getAttribute('data-care-text')).to.equal('1.5');
      expect(textSize()).to.equal(before * 1.5);
    });

    it('throws a RangeError naming the id and the allowed values, and applies nothing', async () => {
      const toolbar = await toolbarFixture();
      expect(() => toolbar.carebar.set('text', 3)).to.throw(RangeError, /"text".*1 to 2/);
      expect(() => toolbar.carebar.set('text', '2')).to.throw(RangeError);
      expect(() => toolbar.carebar.set('nope' as 'text', 1)).to.throw(RangeError, /unknown feature "nope"/);
      expect(toolbar.carebar.state).to.deep.equal({});
      expect(pageTraces().attributes).to.deep.equal([]);
    });

    it('fires a bubbling, composed care-change on API calls and on clicks', async () => {
      const toolbar = await toolbarFixture();
      setTimeout(() => toolbar.carebar.set('text', 1.25));
      const fromApi = await oneEvent<CareChangeEvent>(document, 'care-change');
      expect(fromApi.detail).to.deep.equal({ feature: 'text', value: 1.25 });
      expect(fromApi.composed).to.equal(true);
      toolbar.carebar.open();
      await toolbar.updateComplete;
      setTimeout(() => button(toolbar, '文字大小放大').click());
      const fromClick = await oneEvent<CareChangeEvent>(document, 'care-change');
      expect(fromClick.detail).to.deep.equal({ feature: 'text', value: 1.5 });
    });

    it('resets every feature and removes every trace from the page', async () => {
      const toolbar = await toolbarFixture();
      const before = { traces: pageTraces(), fontSize: textSize() };
      toolbar.carebar.set('text', 2);
      expect(pageTraces()).not.to.deep.equal(before.traces);
      toolbar.carebar.reset();
      expect(pageTraces()).to.deep.equal(before.traces);
      expect(textSize()).to.equal(before.fontSize);
      expect(toolbar.carebar.state).to.deep.equal({});
    });

    it('opens and closes the toolbar, its bar loaded the first time it opens', async () => {
      const toolbar = await toolbarFixture();
      const shown = (selector: string) => {
        const element = toolbar.shadowRoot!.querySelector<HTMLElement>(selector);
        return element !== null && !element.hidden;
      };
      expect([shown('.launcher'), shown('[role=toolbar]')]).to.deep.equal([true, false]);
      toolbar.carebar.open();
      await toolbar.updateComplete;
      expect([shown('.launcher'), shown('[role=toolbar]')]).to.deep.equal([false, true]);
      toolbar.carebar.close();
      await toolbar.updateComplete;
      expect([shown('.launcher'), shown('[role=toolbar]')]).to.deep.equal([true, false]);
    });
  });

  describe('saved settings', () => {
    it('saves under one versioned key and restores on the next page load', () => {
      const first = freshCarebar();
      first.set('text', 1.75);
      first.open();
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ state: { text: 1.75 }, open: true });
      first.reset();
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { text: 1.75 }, open: true }));
      const next = freshCarebarKeepingStorage();
      next.start();
      expect(next.get('text')).to.equal(1.75);
      expect(next.isOpen).to.equal(true);
      expect(document.documentElement.getAttribute('data-care-text')).to.equal('1.75');
      next.reset();
    });

    it('clamps out-of-range values and drops unknown or mistyped ones', () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { text: 9, nope: true }, open: 'yes' }));
      const carebar = freshCarebarKeepingStorage();
      carebar.start();
      expect(carebar.state).to.deep.equal({ text: 2 });
      expect(carebar.isOpen).to.equal(false);
      carebar.reset();
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { text: 'big' } }));
      const second = freshCarebarKeepingStorage();
      second.start();
      expect(second.state).to.deep.equal({});
    });

    it('discards a corrupt value without failing', () => {
      localStorage.setItem(STORAGE_KEY, '{not json');
      const carebar = freshCarebarKeepingStorage();
      expect(() => carebar.start()).not.to.throw();
      expect(carebar.state).to.deep.equal({});
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });

    it('puts its traces back after a single-page app drops them on navigation', async () => {
      const carebar = freshCarebar();
      carebar.start();
      carebar.set('text', 1.5);
      document.documentElement.removeAttribute('data-care-text');
      document.adoptedStyleSheets = [];
      history.pushState({}, '', '#route-2');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(document.documentElement.getAttribute('data-care-text')).to.equal('1.5');
      expect(textSize()).to.equal(24);
      carebar.reset();
      history.replaceState({}, '', location.pathname + location.search);
    });
  });

  describe('keyboard', () => {
    it('has one tab stop and moves among items with the arrow keys, Home and End', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      const items = [...toolbar.shadowRoot!.querySelectorAll<HTMLElement>('.bar button:not([disabled])')];
      const names = items.map((item) => item.getAttribute('aria-label') ?? item.textContent.trim());
      const tabStops = () => items.filter((item) => item.tabIndex === 0).length;
      expect(tabStops()).to.equal(1);
      items[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName(toolbar)).to.equal(names[1]);
      await sendKeys({ press: 'End' });
      expect(focusedName(toolbar)).to.equal(names.at(-1));
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName(toolbar)).to.equal(names[0]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedName(toolbar)).to.equal(names.at(-1));
      expect(items.at(-1)!.tabIndex).to.equal(0);
      expect(tabStops()).to.equal(1);
    });

    it('operates a stepper with Enter and Space alone', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      button(toolbar, '文字大小放大').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(toolbar.carebar.get('text')).to.equal(1.5);
    });

    it('opens help as a dialog, closes it with Escape and returns focus to its button', async () => {
      const toolbar = await toolbarFixture();
      toolbar.carebar.open();
      await toolbar.updateComplete;
      const help = button(toolbar, '帮助');
      help.focus();
      await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      const dialog = toolbar.shadowRoot!.querySelector('[role=dialog]')!;
      // Its list of shortcuts comes in a module of its own, fetched as help first opens.
      await waitUntil(() => dialog.textContent.includes('Alt+Shift+T'), 'the shortcuts listed');
      expect(help.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await toolbar.updateComplete;
      expect(toolbar.shadowRoot!.querySelector('[role=dialog]') === null, 'dialog closed').to.equal(true);
      expect(focusedName(toolbar)).to.equal('帮助');
    });

    it('opens from the launcher and moves focus into the bar; Escape closes it back to the launcher', async () => {
      const toolbar = await toolbarFixture();
      const launcher = toolbar.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
      launcher.focus();
      await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      expect(toolbar.open).to.equal(true);
      expect(Boolean(toolbar.shadowRoot!.activeElement?.closest('[role=toolbar]')), 'focus in the bar').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await toolbar.updateComplete;
      expect(toolbar.open).to.equal(false);
      expect(focusedName(toolbar)).to.equal(launcher.textContent.trim());
    });

    it('runs Alt+Shift shortcuts, never takes Tab, and can be switched off', async () => {
      const toolbar = await toolbarFixture();
      await pressShortcut('KeyT');
      await toolbar.updateComplete; // the first shortcut waits for the bar, whose strings announce it
      expect(toolbar.carebar.get('text')).to.equal(1.25);
      await pressShortcut('Digit0');
      expect(toolbar.carebar.get('text')).to.equal(1);
      const tab = new KeyboardEvent('keydown', { code: 'Tab', key: 'Tab', altKey: true, shiftKey: true, cancelable: true });
      document.body.dispatchEvent(tab);
      expect(tab.defaultPrevented).to.equal(false);
      toolbar.shortcuts = 'off';
      await pressShortcut('KeyT');
      expect(toolbar.carebar.get('text')).to.equal(1);
    });
  });
});

/** Presses Alt+Shift and a key, as a person does. */
async function pressShortcut(code: string) {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: code });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Alt' });
}

/** A new carebar reading what an earlier page saved (`freshCarebar` starts from nothing). */
function freshCarebarKeepingStorage() {
  const saved = localStorage.getItem(STORAGE_KEY);
  const carebar = freshCarebar();
  if (saved !== null) localStorage.setItem(STORAGE_KEY, saved);
  return carebar;
}
