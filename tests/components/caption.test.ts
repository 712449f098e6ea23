import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { CareCaptionBar } from '../../src/caption/caption-bar.component.js';
import type { Carebar } from '../../src/core/carebar.js';
import { freshCarebar, pageTraces, partArrived, resetAll } from './helpers.js';
import { type FakeSynth, stubSpeech } from './speech-stub.js';

const PAGE = html`<main>
  <p id="intro">欢迎访问本站。</p>
  <a id="guide" href="#guide-target">办事<span hidden>（隐藏）</span>指南</a>
  <img id="emblem" alt="国徽" src="" width="40" height="40">
  <button id="top" type="button" style="position: fixed; bottom: 0; left: 0">返回顶部</button>
</main>`;

async function captionBar(): Promise<CareCaptionBar> {
  await partArrived(() => document.querySelector('care-caption-bar'), 'no caption bar');
  const bar = document.querySelector('care-caption-bar')!;
  await bar.updateComplete;
  return bar;
}

/** What the bar shows, as a sighted user reads it. */
const shown = (bar: CareCaptionBar) => bar.shadowRoot!.querySelector('p')!.textContent.trim();

async function pointAt(id: string): Promise<void> {
  const box = document.getElementById(id)!.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + 2), Math.round(box.y + box.height / 2)] });
}

describe('caption (大字幕)', () => {
  let carebar: Carebar;

  beforeEach(async () => {
    carebar = freshCarebar();
    await fixture(PAGE);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  afterEach(() => {
    document.documentElement.style.zoom = '';
    resetAll();
  });

  it('is hidden from assistive technology, in the top layer, outside the page, at least 40 px', async () => {
    carebar.set('caption', 'on');
    const bar = await captionBar();
    await expect(bar).to.be.accessible();
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(bar.matches(':popover-open')).to.equal(true);
    expect(document.body.contains(bar)).to.equal(false);
    expect(parseFloat(getComputedStyle(bar).fontSize)).to.be.at.least(40);
  });

  it('sits at the bottom of the viewport, with its height reserved at the bottom of the page', async () => {
    carebar.set('caption', 'on');
    const bar = await captionBar();
    const box = bar.getBoundingClientRect();
    expect(Math.round(box.bottom)).to.equal(innerHeight);
    expect(Math.round(box.width)).to.equal(document.documentElement.clientWidth);
    expect(parseFloat(getComputedStyle(document.documentElement).paddingBottom)).to.equal(Math.round(box.height));
  });

  it('shows what the pointer is on: a paragraph, a link as a link, an image by its alt text', async () => {
    carebar.set('caption', 'on');
    const bar = await captionBar();
    await pointAt('intro');
    expect(shown(bar)).to.equal('欢迎访问本站。');
    await pointAt('guide');
    expect(shown(bar)).to.equal('链接：办事指南');
    await pointAt('emblem');
    expect(shown(bar)).to.equal('图片：国徽');
  });

  it('shows where keyboard focus moves', async () => {
    carebar.set('caption', 'on');
    const bar = await captionBar();
    document.getElementById('guide')!.focus();
    await bar.updateComplete;
    expect(shown(bar)).to.equal('链接：办事指南');
  });

  it('never takes a click: a fixed button of the page under the bar still works', async () => {
    carebar.set('caption', 'on');
    await captionBar();
    let clicked = 0;
    document.getElementById('top')!.addEventListener('click', () => clicked++);
    await pointAt('top');
    await sendMouse({ type: 'click', position: [5, innerHeight - 5] });
    expect(clicked).to.equal(1);
  });

  it('stays out of the page zoom', async () => {
    carebar.set('caption', 'on');
    const bar = await captionBar();
    const before = bar.getBoundingClientRect().height;
    document.body.style.zoom = '2';
    try {
      expect(bar.getBoundingClientRect().height).to.equal(before);
    } finally {
      document.body.style.zoom = '';
    }
  });

  it('grows to 56 px with "large"', async () => {
    carebar.set('caption', 'large');
    const bar = await captionBar();
    expect(parseFloat(getComputedStyle(bar).fontSize)).to.equal(56);
  });

  it('adds a pinyin line above the characters with "pinyin", loading pinyin-pro only then', async () => {
    carebar.set('caption', 'pinyin');
    const bar = await captionBar();
    await pointAt('intro');
    await waitUntil(() => bar.shadowRoot!.querySelector('rt'), 'no pinyin line');
    const syllables = [...bar.shadowRoot!.querySelectorAll('rt')].map((rt) => rt.textContent);
    expect(syllables.slice(0, 4)).to.deep.equal(['huān', 'yíng', 'fǎng', 'wèn']);
  });

  it('shows what the pointer and focus are on in a page view, not the hidden page under it', async () => {
    carebar.set('view', 'text');
    await partArrived(() => document.querySelector('care-view')?.shadowRoot?.querySelector('article p'), 'the view opens');
    carebar.set('caption', 'on');
    const bar = await captionBar();
    const article = document.querySelector('care-view')!.shadowRoot!.querySelector('article')!;
    const box = article.querySelector('p')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => shown(bar) === '欢迎访问本站。', 'the caption follows the pointer in the view');
    article.querySelector('a')!.focus();
    await waitUntil(() => shown(bar) === '链接：办事指南', 'the caption follows focus in the view');
  });

  it('leaves no trace after reset', async () => {
    carebar.set('caption', 'on');
    await captionBar();
    carebar.reset();
    expect(document.querySelector('care-caption-bar')).to.equal(null);
    expect(getComputedStyle(document.documentElement).paddingBottom).to.equal('0px');
    expect(pageTraces()).to.deep.equal({ attributes: [], adoptedSheets: 0 });
  });

  describe('with 读屏', () => {
    let synth: FakeSynth;
    let restore: () => void;

    beforeEach(() => ({ synth, restore } = stubSpeech()));
    afterEach(() => restore());

    it('shows what 连读 is saying, utterance by utterance, and not what the pointer passes', async () => {
      carebar.set('caption', 'on');
      carebar.set('read', 'continuous');
      const bar = await captionBar();
      await synth.spokenCount(1);
      await bar.updateComplete;
      expect(shown(bar)).to.equal(synth.spoken[0].text);
      await pointAt('emblem');
      expect(shown(bar)).to.equal('欢迎访问本站。');
      synth.finish();
      await synth.spokenCount(2);
      await bar.updateComplete;
      expect(shown(bar)).to.equal(synth.spoken[1].text);
    });

    it('shows what 指读 speaks, the same text', async () => {
      carebar.set('caption', 'on');
      carebar.set('read', 'point');
      const bar = await captionBar();
      await waitUntil(() => document.querySelector('care-reader-controls'));
      document.getElementById('guide')!.focus();
      const [spoken] = await synth.spokenCount(1);
      await bar.updateComplete;
      expect(shown(bar)).to.equal(spoken.text);
      expect(spoken.text).to.equal('链接：办事指南');
    });
  });
});
