import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Carebar } from '../../src/core/carebar.js';
import { STORAGE_KEY } from '../../src/core/settings.js';
import { normaliseLang, voicesFor } from '../../src/speech/engine.js';
import { READER_STORAGE_KEY } from '../../src/speech/settings.js';
import { utterances } from '../../src/speech/utterances.js';
import type { CareReaderControls } from '../../src/reader/reader-controls.component.js';
import { freshCarebar, pageTraces, partArrived, resetAll } from './helpers.js';
import { type FakeSynth, stubSpeech } from './speech-stub.js';

const page = (carebar: Carebar) => html`<care-toolbar .carebar=${carebar} locale="zh-CN"></care-toolbar>
<a id="skip" href="#intro" style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%)">跳到主要内容</a>
<main>
  <h1>市民服务</h1>
  <p id="intro">欢迎访问本站。这里提供<b>办事指南</b>和政策解读。</p>
  <p hidden>隐藏的文字</p>
  <nav><a id="home" href="#home-target">首页</a> <a id="icon" href="#x" aria-label="搜索"><img src="" alt="放大镜"></a></nav>
  <img id="emblem" alt="国徽" src="">
  <button id="apply" type="button">在线申报</button>
</main>`;

async function controls(): Promise<CareReaderControls> {
  await partArrived(() => document.querySelector('care-reader-controls'), 'no reading controls');
  const element = document.querySelector('care-reader-controls')!;
  await element.updateComplete;
  return element;
}

function controlButton(element: CareReaderControls, name: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + 2), Math.round(box.y + box.height / 2)] });
}

/** The text of a highlight's one range, as a sighted user sees it marked. */
const highlighted = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()).join('|');

const statusText = (element: CareReaderControls) => element.shadowRoot!.querySelector('[role=status]')!.textContent.trim();

describe('read (读屏)', () => {
  let synth: FakeSynth;
  let restore: () => void;
  let carebar: Carebar;

  beforeEach(async () => {
    ({ synth, restore } = stubSpeech());
    carebar = freshCarebar();
    await fixture(page(carebar));
    // A browser speaks only once the user has clicked or typed on the page: a user would have.
    if (!navigator.userActivation.hasBeenActive) await clickOn(document.querySelector('h1')!);
  });

  afterEach(() => {
    resetAll();
    restore();
  });

  describe('the reading controls', () => {
    it('are accessible, in the top layer, and outside the page', async () => {
      carebar.set('read', 'point');
      const element = await controls();
      await expect(element).to.be.accessible();
      expect(element.matches(':popover-open')).to.equal(true);
      expect(document.body.contains(element)).to.equal(false);
      expect(element.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal('朗读控制');
    });

    it('offer speed from 0.75× to 1.5×, volume and the voices for the language, local ones first', async () => {
      carebar.set('read', 'point');
      const element = await controls();
      await waitUntil(() => element.shadowRoot!.querySelectorAll('select').length === 3);
      const [rate, volume, voice] = [...element.shadowRoot!.querySelectorAll('select')].map((select) => [...select.options].map((o) => o.text));
      expect(rate).to.deep.equal(['0.75 倍', '1 倍', '1.25 倍', '1.5 倍']);
      expect(volume).to.deep.equal(['25%', '50%', '75%', '100%']);
      expect(voice).to.deep.equal(['Local Mandarin', 'Network Mandarin']);
    });

    it('say in words that there is no voice for the language, and keep the caption working', async () => {
      restore();
      ({ synth, restore } = stubSpeech([{ voiceURI: 'en', name: 'English', lang: 'en-US', localService: true }]));
      carebar.set('read', 'point');
      carebar.set('caption', 'on');
      const element = await controls();
      await waitUntil(() => statusText(element) !== '正在查找语音…');
      expect(statusText(element)).to.equal('本浏览器没有中文语音，无法朗读。大字幕仍可使用。');
      await expect(element).to.be.accessible();
      await waitUntil(() => document.querySelector('care-caption-bar'));
      document.getElementById('apply')!.focus();
      await waitUntil(() => document.querySelector('care-caption-bar')!.text === '按钮：在线申报');
      expect(synth.spoken).to.deep.equal([]);
    });
  });

  it('without a voice, 连读 still steps through the blocks in the caption, and says why it is silent', async () => {
    restore();
    ({ synth, restore } = stubSpeech([]));
    carebar.set('caption', 'on');
    carebar.set('read', 'continuous');
    const element = await controls();
    synth.loadVoices([]); // the browser's list comes late, and empty
    await waitUntil(() => document.querySelector('care-caption-bar')?.text === '市民服务');
    await element.updateComplete;
    expect(statusText(element)).to.equal('本浏览器没有中文语音，无法朗读。大字幕仍可使用。');
    controlButton(element, '下一段').click();
    await waitUntil(() => document.querySelector('care-caption-bar')!.text === '欢迎访问本站。');
    await element.updateComplete;
    expect(statusText(element)).to.equal('本浏览器没有中文语音，无法朗读。大字幕仍可使用。');
    expect(synth.spoken).to.deep.equal([]);
  });

  describe('指读 (point)', () => {
    it('speaks where focus moves, as name and role, with the best voice and the chosen rate', async () => {
      localStorage.setItem(READER_STORAGE_KEY, JSON.stringify({ rate: 1.25 }));
      carebar.set('read', 'point');
      await controls();
      document.querySelector('care-toolbar')!.shadowRoot!.querySelector('button')!.focus();
      document.getElementById('home')!.focus();
      const [first] = await synth.spokenCount(1);
      expect(first).to.deep.equal({ text: '链接：首页', lang: 'cmn_Hans_CN', voice: 'Local Mandarin', rate: 1.25, volume: 1 });
      document.getElementById('icon')!.focus();
      await synth.spokenCount(2);
      document.getElementById('apply')!.focus();
      const spoken = await synth.spokenCount(3);
      expect(spoken.map((s) => s.text)).to.deep.equal(['链接：首页', '链接：搜索', '按钮：在线申报']);
    });

    it('speaks what the pointer rests on, sentence by sentence, and never its own controls', async () => {
      carebar.set('read', 'point');
      const element = await controls();
      const box = element.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
      const intro = document.getElementById('intro')!.querySelector('b')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(intro.x + 2), Math.round(intro.y + intro.height / 2)] });
      expect((await synth.spokenCount(1))[0].text).to.equal('欢迎访问本站。');
      synth.finish();
      expect((await synth.spokenCount(2))[1].text).to.equal('这里提供办事指南和政策解读。');
    });

    it('reads an image by its alt text, and a picked voice and volume', async () => {
      localStorage.setItem(READER_STORAGE_KEY, JSON.stringify({ voice: 'net-zh', volume: 0.5 }));
      carebar.set('read', 'point');
      await controls();
      const emblem = document.getElementById('emblem')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(emblem.x + 1), Math.round(emblem.y + 1)] });
      const [first] = await synth.spokenCount(1);
      expect([first.text, first.voice, first.volume]).to.deep.equal(['图片：国徽', 'Network Mandarin', 0.5]);
    });
  });

  describe('连读 (continuous)', () => {
    it('reads the blocks in order (an image by its alt text), skipping hidden text, a hidden skip link and the toolbar, highlighting the block read', async () => {
      carebar.set('read', 'continuous');
      await controls();
      await synth.spokenCount(1);
      expect((CSS.highlights.get('care-reading')!.values().next().value as Range).toString()).to.equal('市民服务');
      for (let i = 2; i <= 5; i++) {
        synth.finish();
        await synth.spokenCount(i);
      }
      expect(synth.spoken.map((s) => s.text)).to.deep.equal(['市民服务', '欢迎访问本站。', '这里提供办事指南和政策解读。', '首页 搜索', '国徽 在线申报']);
    });

    it('pauses, resumes, stops, and goes to the next and previous block from the keyboard', async () => {
      carebar.set('read', 'continuous');
      const element = await controls();
      await synth.spokenCount(1);
      await element.updateComplete;
      controlButton(element, '暂停').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect([synth.paused, statusText(element)]).to.deep.equal([true, '已暂停']);
      controlButton(element, '继续').focus();
      await sendKeys({ press: 'Enter' });
      expect(synth.paused).to.equal(false);
      controlButton(element, '下一段').focus();
      await sendKeys({ press: 'Enter' });
      expect((await synth.spokenCount(2))[1].text).to.equal('欢迎访问本站。');
      controlButton(element, '上一段').focus();
      await sendKeys({ press: ' ' });
      expect((await synth.spokenCount(3))[2].text).to.equal('市民服务');
      await element.updateComplete;
      controlButton(element, '停止').click();
      await element.updateComplete;
      expect(statusText(element)).to.equal('');
      synth.finish();
      expect(synth.spoken.length).to.equal(3);
    });

    it('never swallows clicks: a link still works, and reading moves to where the user clicked', async () => {
      carebar.set('read', 'continuous');
      await controls();
      await synth.spokenCount(1);
      let clicked = 0;
      document.getElementById('apply')!.addEventListener('click', () => clicked++);
      document.getElementById('apply')!.click();
      expect(clicked).to.equal(1);
      expect((await synth.spokenCount(2))[1].text).to.equal('国徽 在线申报');
      const link = document.getElementById('home') as HTMLAnchorElement;
      link.click();
      expect(location.hash).to.equal('#home-target');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('连读 (continuous), more', () => {
    it('highlights the sentence being spoken inside the block, and moves it sentence by sentence', async () => {
      carebar.set('read', 'continuous');
      await controls();
      await synth.spokenCount(1);
      expect(highlighted('care-sentence')).to.equal('市民服务');
      synth.finish();
      await synth.spokenCount(2);
      expect([highlighted('care-reading'), highlighted('care-sentence')]).to.deep.equal([
        '欢迎访问本站。这里提供办事指南和政策解读。',
        '欢迎访问本站。',
      ]);
      synth.finish();
      await synth.spokenCount(3);
      expect(highlighted('care-sentence')).to.equal('这里提供办事指南和政策解读。'); // across the <b>
      (await controls()).shadowRoot!.querySelectorAll('button')[3].click(); // 停止
      expect(highlighted('care-sentence')).to.equal('');
    });

    it('restored from a saved setting on page load, waits ready to play: no speech before a user gesture', async () => {
      Object.defineProperty(navigator, 'userActivation', { value: { hasBeenActive: false, isActive: false }, configurable: true });
      try {
        const restored = freshCarebar();
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { read: 'continuous' }, open: false }));
        restored.start();
        const element = await controls();
        await waitUntil(() => statusText(element) === '连读已就绪，按“朗读”开始', 'ready to play');
        expect(synth.spoken).to.deep.equal([]);
        expect(highlighted('care-reading')).to.equal('市民服务');
        controlButton(element, '朗读').click();
        expect((await synth.spokenCount(1))[0].text).to.equal('市民服务');
      } finally {
        delete (navigator as { userActivation?: unknown }).userActivation;
      }
    });
  });

  describe('with a page view on', () => {
    const viewArticle = () => document.querySelector('care-view')?.shadowRoot?.querySelector('article');

    async function openView(kind: 'reading' | 'text'): Promise<Element> {
      carebar.set('view', kind);
      await partArrived(() => viewArticle()?.querySelector('p'), 'the view opens');
      return viewArticle()!;
    }

    it('连读 reads the view, not the hidden page, highlighting inside it, and follows the view as it opens and closes', async () => {
      carebar.set('read', 'continuous');
      await controls();
      await synth.spokenCount(1);
      const article = await openView('text');
      // What was read has gone from sight: reading goes on at the top of the view.
      expect((await synth.spokenCount(2))[1].text).to.equal('市民服务');
      const [range] = CSS.highlights.get('care-sentence')!;
      expect(article.contains((range as Range).startContainer)).to.equal(true);
      synth.finish();
      expect((await synth.spokenCount(3))[2].text).to.equal('欢迎访问本站。');
      carebar.set('view', 'page');
      expect((await synth.spokenCount(4))[3].text).to.equal('市民服务');
      expect(document.body.contains((CSS.highlights.get('care-reading')!.values().next().value as Range).startContainer)).to.equal(true);
    });

    it('连读 starts where the user clicks in the view', async () => {
      const article = await openView('text');
      carebar.set('read', 'continuous');
      await controls();
      await synth.spokenCount(1);
      const paragraph = [...article.querySelectorAll('p')].find((p) => p.textContent.startsWith('欢迎'))!;
      await clickOn(paragraph);
      expect((await synth.spokenCount(2))[1].text).to.equal('欢迎访问本站。');
    });

    it('指读 speaks what focus and the pointer are on in the view', async () => {
      const article = await openView('text');
      carebar.set('read', 'point');
      await controls();
      article.querySelector('a')!.focus();
      expect((await synth.spokenCount(1))[0].text).to.equal('链接：首页');
      for (const block of [article.querySelector('h1')!, [...article.querySelectorAll('p')].find((p) => p.textContent.startsWith('欢迎'))!]) {
        const box = block.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.x + 4), Math.round(box.y + box.height / 2)] });
      }
      await waitUntil(() => synth.spoken.some((spoken) => spoken.text === '欢迎访问本站。'), 'the paragraph under the pointer is read');
    });
  });

  describe('speed, volume and voice', () => {
    it('are remembered for the site, and used on the next visit', async () => {
      carebar.set('read', 'point');
      const element = await controls();
      await waitUntil(() => element.shadowRoot!.querySelectorAll('select').length === 3);
      const [rate, volume] = element.shadowRoot!.querySelectorAll('select');
      rate.value = '1.25';
      rate.dispatchEvent(new Event('change'));
      volume.value = '0.5';
      volume.dispatchEvent(new Event('change'));
      expect(JSON.parse(localStorage.getItem(READER_STORAGE_KEY)!)).to.deep.equal({ rate: 1.25, volume: 0.5 });
      // The next visit: the settings start at their defaults, and the saved ones come back.
      carebar.set('read', 'off');
      carebar.set('read', 'point');
      const next = await controls();
      await waitUntil(() => next.shadowRoot!.querySelectorAll('select').length === 3);
      expect([...next.shadowRoot!.querySelectorAll('select')].slice(0, 2).map((select) => select.value)).to.deep.equal(['1.25', '0.5']);
      document.getElementById('apply')!.focus();
      const [spoken] = await synth.spokenCount(1);
      expect([spoken.rate, spoken.volume]).to.deep.equal([1.25, 0.5]);
    });

    it('brings saved values that are out of range into it, and discards a corrupt value', async () => {
      localStorage.setItem(READER_STORAGE_KEY, JSON.stringify({ rate: 9, volume: -1, voice: 42 }));
      carebar.set('read', 'point');
      const { rate, volume, voice } = (await controls()).reader.settings;
      expect({ rate, volume, voice }).to.deep.equal({ rate: 1.5, volume: 0.25, voice: undefined });
      carebar.set('read', 'off');
      localStorage.setItem(READER_STORAGE_KEY, '{not json');
      carebar.set('read', 'point');
      await controls();
      expect(localStorage.getItem(READER_STORAGE_KEY)).to.equal(null);
    });
  });

  describe('the reading controls, keyboard and size', () => {
    it('Escape stops reading and takes focus back to where it was', async () => {
      carebar.set('read', 'continuous');
      const element = await controls();
      await synth.spokenCount(1);
      await element.updateComplete;
      document.getElementById('apply')!.focus();
      controlButton(element, '暂停').focus();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect([statusText(element), document.activeElement?.id]).to.deep.equal(['', 'apply']);
      synth.finish();
      expect(synth.spoken.length).to.equal(1);
    });

    it('grow to 60 px targets and 20 px text in elder mode and with the large interface', async () => {
      carebar.set('read', 'continuous');
      const element = await controls();
      const play = () => element.shadowRoot!.querySelector('button')!;
      expect(play().getBoundingClientRect().height).to.be.below(60);
      carebar.set('ui', true);
      expect([play().getBoundingClientRect().height, parseFloat(getComputedStyle(play()).fontSize)]).to.deep.equal([60, 20]);
    });
  });

  it('leaves no trace after reset: no controls, no highlight, no attributes, silence', async () => {
    carebar.set('read', 'continuous');
    await controls();
    await synth.spokenCount(1);
    carebar.reset();
    expect(document.querySelector('care-reader-controls')).to.equal(null);
    expect(CSS.highlights.has('care-reading')).to.equal(false);
    expect(pageTraces()).to.deep.equal({ attributes: [], adoptedSheets: 0 });
    synth.finish();
    expect(synth.spoken.length).to.equal(1);
  });
});

describe('speech helpers', () => {
  it('normalises language tags and prefers the same region, then local voices', () => {
    expect(['zh_CN', 'cmn-Hans-CN', 'zh-Hant', 'en-GB', 'zh'].map(normaliseLang)).to.deep.equal(['zh-cn', 'zh-cn', 'zh-tw', 'en-gb', 'zh']);
    const voices = [
      { id: 'tw', name: 'tw', lang: 'zh-TW', local: true },
      { id: 'cn-net', name: 'cn-net', lang: 'zh-CN', local: false },
      { id: 'en', name: 'en', lang: 'en-US', local: true },
      { id: 'cn', name: 'cn', lang: 'zh_CN', local: true },
    ];
    expect(voicesFor(voices, 'zh-CN').map((v) => v.id)).to.deep.equal(['cn', 'cn-net', 'tw']);
  });

  it('splits Chinese and English at sentences, and long sentences at clauses', () => {
    expect(utterances('第一句。第二句！Third one. Fourth?', 'zh-CN')).to.deep.equal(['第一句。', '第二句！', 'Third one.', 'Fourth?']);
    const long = `${'一'.repeat(40)}，${'二'.repeat(40)}，${'三'.repeat(10)}。`;
    expect(utterances(long, 'zh-CN')).to.deep.equal([`${'一'.repeat(40)}，`, `${'二'.repeat(40)}，${'三'.repeat(10)}。`]);
  });
});
