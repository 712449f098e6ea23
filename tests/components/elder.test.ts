import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { Carebar } from '../../src/core/carebar.js';
import { HostPage } from '../../src/core/host-page.js';
import { moduleParts } from '../../src/core/part-modules.js';
import { SettingsStore } from '../../src/core/settings.js';
import { elder, elderMode } from '../../src/features/elder.js';
import { features } from '../../src/features/registry.js';
import { freshCarebar, pageTraces, partArrived, resetAll } from './helpers.js';

/**
 * A page the way government sites build them: px text, tight lines, a floating ad and the windows
 * a user needs. Synchronous: `fixture()` waits for a frame, which never comes in a background tab.
 */
function sitePage(): HTMLElement {
  return fixtureSync<HTMLElement>(html`<div>
    <style>
      .site { font: 14px/1.2 sans-serif; }
      .site p { margin: 0 0 4px; }
      .fixed { position: fixed; width: 200px; height: 150px; }
      .nav a { display: inline-block; padding: 2px 4px; }
    </style>
    <div class="site">
      <header class="fixed" style="top:0;left:0;width:100vw;height:40px">网站标题</header>
      <nav class="nav"><a href="#a">首页</a><a href="#b">政务公开</a></nav>
      <p id="first">第一段正文，其中有一个<a id="inline" href="#c">文内链接</a>。</p>
      <p id="second">第二段正文。</p>
      <button id="small">查询</button>
      <div id="ad" class="fixed" style="right:0;bottom:0">悬浮窗广告<button>关闭</button></div>
      <div id="marked" data-care-hide>站点标记的弹窗</div>
      <div id="promo" class="promo">站点配置的广告</div>
      <div id="cookie" class="fixed" style="left:0;bottom:0">本站使用 Cookie，请选择是否同意。</div>
      <div id="login" class="fixed" style="left:300px;top:100px">用户名 <input aria-label="用户名"></div>
      <div id="back" class="fixed" style="right:0;top:50%;width:48px;height:48px">顶部</div>
      <div id="rail" class="fixed" title="导航区" style="left:0;top:200px;width:90px;height:300px"><a href="./">首页</a><a href="./bs">办事</a><a href="./hd">互动</a></div>
    </div>
  </div>`);
}

/** Where the layout relief saves the site's rules that fix a size or pin a box, for the next page. */
const SAVED_RULES = 'carebar:v1:relief';
const px = (el: Element, property: 'fontSize' | 'lineHeight') => parseFloat(getComputedStyle(el)[property]);

/** Text size reads the page's sizes in slices of a frame each when that takes long (a busy machine): until `el` is no longer `fromPx`. */
const textResized = (el: Element, fromPx: number) => waitUntil(() => px(el, 'fontSize') !== fromPx, `${el.id}'s text stays ${fromPx}px`);
/** Whether the registry has these features: the preset's numbers come from them. */
const registered = (...ids: string[]) => ids.every((id) => features.some((f) => f.id === id));
const shown = (id: string) => getComputedStyle(document.getElementById(id)!).display !== 'none';
/** Elder mode finds ads and small targets once the browser has laid the page out (`sitePage()` has small targets). */
const laidOutAndMarked = () => partArrived(() => document.querySelector('[data-care-elder-target]'), 'elder mode marks no small target');

describe('elder (老年人模式)', () => {
  afterEach(resetAll);

  describe('the preset', () => {
    it('sets the registered features of its preset and returns them to default when it turns off', () => {
      const carebar = freshCarebar();
      carebar.set('elder', true);
      expect(carebar.get('text')).to.equal(1.25);
      // Features not registered yet (or values they do not take) are skipped, never half-applied.
      const registered = Object.keys(elder.preset!).filter((id) => carebar.features.some((f) => f.id === id));
      expect(Object.keys(carebar.state).sort()).to.deep.equal(['elder', ...registered].sort());
      carebar.set('elder', false);
      expect(carebar.state).to.deep.equal({});
    });

    it('leaves alone what the user changed since, and what the user had set before', () => {
      const carebar = freshCarebar();
      carebar.set('elder', true);
      carebar.set('text', 1.5);
      carebar.set('elder', false);
      expect(carebar.get('text')).to.equal(1.5);

      carebar.set('text', 1.75);
      carebar.set('elder', true);
      expect(carebar.get('text')).to.equal(1.75);
      carebar.set('elder', false);
      expect(carebar.get('text')).to.equal(1.75);
    });

    it('lets one feature of the preset be turned off while elder mode stays on', () => {
      const carebar = freshCarebar();
      carebar.set('elder', true);
      carebar.set('text', 1);
      expect(carebar.state).to.include({ elder: true });
      expect(carebar.get('text')).to.equal(1);
    });

    it('still returns its features after a reload, where nothing says who set them', () => {
      freshCarebar().set('elder', true);
      const reloaded = new Carebar(features, { parts: moduleParts(), page: new HostPage(), store: new SettingsStore(localStorage) });
      reloaded.start();
      expect(reloaded.get('text')).to.equal(1.25);
      reloaded.set('elder', false);
      expect(reloaded.state).to.deep.equal({});
      reloaded.page.clear();
    });
  });

  describe('on the page', () => {
    it('raises main text to at least 18 px, lines to 1.3 × and the paragraph pitch to 1.3 × the line pitch', async function () {
      if (!registered('text', 'spacing')) this.skip();
      const page = sitePage();
      const [first, second] = [page.querySelector('#first')!, page.querySelector('#second')!];
      expect(px(first, 'fontSize')).to.equal(14);
      freshCarebar().set('elder', true);
      await textResized(second, 14);
      for (const el of [first, second]) {
        expect(px(el, 'fontSize'), el.id).to.be.at.least(18);
        expect(px(el, 'lineHeight') / px(el, 'fontSize'), el.id).to.be.at.least(1.3);
      }
      // The auditor's ELDER-SPACING measure: from one paragraph's last line to the next one's first.
      const gap = second.getBoundingClientRect().top - first.getBoundingClientRect().bottom;
      expect((gap + px(first, 'lineHeight')) / px(first, 'lineHeight')).to.be.at.least(1.3);
    });

    it('keeps the 18 px floor under the text feature, which still enlarges above it', async function () {
      if (!registered('text')) this.skip();
      const first = sitePage().querySelector('#first')!;
      const carebar = freshCarebar();
      carebar.set('elder', true);
      await textResized(first, 14);
      expect(px(first, 'fontSize')).to.equal(18); // 14 px × 125% is 17.5
      carebar.set('text', 2);
      await textResized(first, 18);
      expect(px(first, 'fontSize')).to.equal(28);
    });

    it('makes standalone targets at least 60 × 60 px, but not a link inside a sentence', async () => {
      const page = sitePage();
      freshCarebar().set('elder', true); // with the preset's 44 px large controls (ui), where registered
      await laidOutAndMarked();
      for (const target of [...page.querySelectorAll('.nav a'), page.querySelector('#small')!]) {
        const box = target.getBoundingClientRect();
        expect(box.width, target.textContent).to.be.at.least(60);
        expect(box.height, target.textContent).to.be.at.least(60);
      }
      expect(page.querySelector('#inline')!.getBoundingClientRect().height).to.be.below(60);
    });

    it('makes the links of a menu that CSS shows later (as on hover) large too, with no change the page could be watched for', async () => {
      const page = fixtureSync<HTMLElement>(html`<div>
        <style>
          .menu ul { display: none; }
        </style>
        <ul class="menu"><li><a href="#m">政务公开</a><ul><li><a id="sub" href="#s">通知公告</a></li></ul></li></ul>
      </div>`);
      freshCarebar([elder]).set('elder', true);
      await laidOutAndMarked();
      page.querySelector('style')!.sheet!.insertRule('.menu ul { display: block; }', 1);
      const box = page.querySelector('#sub')!.getBoundingClientRect();
      expect([box.width, box.height].map((side) => side >= 60)).to.deep.equal([true, true]);
    });

    it("hides floating ads, marked windows and the configured selectors, and keeps the header, consent, login and the site's quick-link rail", async () => {
      sitePage();
      const ids = ['ad', 'marked', 'promo', 'cookie', 'login', 'back', 'rail'];
      expect(ids.map(shown)).to.deep.equal([true, true, true, true, true, true, true]);
      freshCarebar([elderMode({ hide: '.promo, .other-ad' })]).set('elder', true);
      await laidOutAndMarked();
      expect(ids.map(shown)).to.deep.equal([false, false, false, true, true, true, true]);
      expect(getComputedStyle(document.querySelector('header')!).display).to.equal('block');
    });

    it('reads the layout once the browser has laid the page out, not before: that would force a layout', async () => {
      sitePage();
      // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, put back after the test and called with .call(this)
      const original = Element.prototype.getBoundingClientRect;
      let reads = 0;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        reads++;
        return original.call(this);
      };
      try {
        // Observers are told of a layout in the order they were made: this one hears of the next one first.
        const readsBeforeLayout = new Promise<number>((done) => {
          const observer = new ResizeObserver(() => {
            observer.disconnect();
            done(reads);
          });
          observer.observe(document.documentElement);
        });
        freshCarebar([elder]).set('elder', true);
        expect(reads, 'layout reads at once').to.equal(0);
        expect(await readsBeforeLayout, 'layout reads before the browser laid the page out').to.equal(0);
        await laidOutAndMarked();
        expect(reads).to.be.above(0);
      } finally {
        Element.prototype.getBoundingClientRect = original;
      }
    });

    it('hides a floating window that a script shows later', async () => {
      const page = sitePage();
      freshCarebar([elder]).set('elder', true);
      await laidOutAndMarked();
      const late = document.createElement('div');
      late.id = 'late';
      late.className = 'fixed';
      late.style.cssText = 'left:0;top:200px';
      late.textContent = '稍后弹出的广告';
      page.querySelector('.site')!.append(late);
      await Promise.resolve(); // the observer's microtask was queued by the append, before this one
      expect(shown('late')).to.equal(false);
    });

    it('finds a window that a script shows among what the script changed, without hit-testing the viewport', async () => {
      const page = sitePage();
      page.querySelector('.site')!.insertAdjacentHTML(
        'beforeend',
        `<div id="later" class="fixed" style="display:none;left:0;top:200px">稍后显示的广告</div>
        <div id="grows" style="position:fixed;right:0;top:200px"><div style="display:none;width:200px;height:150px">内容稍后显示的广告</div></div>
        <ul id="ticker" style="height:30px;overflow:hidden"><li><a href="#n1">滚动新闻</a></li></ul>`,
      );
      freshCarebar([elder]).set('elder', true);
      await laidOutAndMarked();
      // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, put back after the test and called with .call(document)
      const original = document.elementFromPoint;
      let hitTests = 0;
      document.elementFromPoint = (x, y) => (hitTests++, original.call(document, x, y));
      try {
        page.querySelector<HTMLElement>('#ticker')!.style.marginTop = '-10px'; // as a news ticker does, every few ms
        page.querySelector<HTMLElement>('#later')!.style.display = 'block';
        page.querySelector<HTMLElement>('#grows > div')!.style.display = 'block';
        await Promise.resolve(); // the observer's microtask was queued by the first change, before this one
        expect(['later', 'grows'].map(shown)).to.deep.equal([false, false]);
        expect(hitTests).to.equal(0);
      } finally {
        document.elementFromPoint = original;
      }
    });

    it('finds floating windows on a page too large to look at each element', async () => {
      const page = sitePage();
      page.querySelector('.site')!.insertAdjacentHTML('beforeend', '<p>正文</p>'.repeat(1_500));
      freshCarebar([elder]).set('elder', true);
      await laidOutAndMarked();
      expect(['ad', 'cookie', 'back'].map(shown)).to.deep.equal([false, true, true]);
    });

    it('finds them by the rules that the layout relief saved on an earlier page, without hit-testing the viewport', async () => {
      const page = sitePage();
      const picture = `<span id="picture-ad"><img id="picture" alt="广告" width="120" height="120" src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>"></span>`;
      page.querySelector('.site')!.insertAdjacentHTML('beforeend', `<style>#picture-ad img{position:fixed;left:250px;bottom:0}</style>${picture}${'<p>正文</p>'.repeat(1_500)}`);
      // The page before: the relief reads the site's rules and saves them, an image's too.
      freshCarebar([elder]).set('elder', true);
      await partArrived(() => localStorage.getItem(SAVED_RULES)?.includes('#picture-ad img'), 'the relief saves no rule that pins the picture');
      const saved = localStorage.getItem(SAVED_RULES)!;
      resetAll();
      const carebar = freshCarebar([elder]);
      localStorage.setItem(SAVED_RULES, saved);
      // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, put back after the test and called with .call(document)
      const original = document.elementFromPoint;
      let hitTests = 0;
      document.elementFromPoint = (x, y) => (hitTests++, original.call(document, x, y));
      try {
        carebar.set('elder', true);
        await laidOutAndMarked();
        expect(['ad', 'picture', 'cookie', 'back', 'rail'].map(shown)).to.deep.equal([false, false, true, true, true]);
        expect(hitTests).to.equal(0);
      } finally {
        document.elementFromPoint = original;
      }
    });

    it('is undone exactly: the same markup, the same sizes and no trace', async () => {
      const page = sitePage();
      const markup = page.innerHTML;
      const sizes = () => [...page.querySelectorAll('*')].map((el) => `${px(el, 'fontSize')}/${getComputedStyle(el).lineHeight}/${getComputedStyle(el).display}`).join();
      const before = sizes();
      const carebar = freshCarebar(features.map((feature) => (feature.id === 'elder' ? elderMode({ hide: '.promo' }) : feature)));
      carebar.set('elder', true);
      await laidOutAndMarked();
      expect(page.innerHTML).not.to.equal(markup);
      carebar.set('elder', false);
      expect(page.innerHTML).to.equal(markup);
      expect(sizes()).to.equal(before);
      expect(pageTraces()).to.deep.equal({ attributes: [], adoptedSheets: 0 });
    });
  });
});
