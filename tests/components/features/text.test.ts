import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { saveTwins, TWINS_KEY } from '../../../src/text-cache/text-cache.js';
import { freshCarebar, resetAll } from '../helpers.js';
import { $, expectExactUndo, nextFrame, onHostilePage, px, toolbarOutsideBody } from './page.js';

describe('text (文字大小)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'text', 2);
  });

  it('enlarges text sized in px, even under a `* {…!important}` reset', () => {
    expect(px($('para'), 'font-size')).to.equal(15);
    expect(px($('bold'), 'font-size')).to.equal(14);
    page.carebar.set('text', 1.5);
    expect(px($('para'), 'font-size')).to.equal(22.5);
    expect(px($('bold'), 'font-size')).to.equal(21);
    expect(px($('name'), 'font-size')).to.equal(21);
  });

  it('enlarges text sized in rem and em', () => {
    const box = document.createElement('div');
    box.innerHTML = '<p class="rem">rem</p><p class="em">em</p>';
    $('site').append(box);
    const [rem, em] = box.querySelectorAll('p');
    const [remBefore, emBefore] = [px(rem, 'font-size'), px(em, 'font-size')];
    page.carebar.set('text', 1.25);
    expect(px(rem, 'font-size')).to.be.closeTo(remBefore * 1.25, 0.1);
    expect(px(em, 'font-size')).to.be.closeTo(emBefore * 1.25, 0.1);
  });

  it('scales fixed line heights with the text, so lines never overlap', () => {
    page.carebar.set('text', 2);
    expect(px($('para'), 'line-height')).to.equal(40);
    expect(px($('para'), 'line-height')).to.be.at.least(px($('para'), 'font-size'));
  });

  it('leaves other sizes alone: boxes, images and padding', () => {
    const logo = $('logo').getBoundingClientRect();
    const padding = px($('site'), 'padding-top');
    page.carebar.set('text', 2);
    expect($('logo').getBoundingClientRect().width).to.equal(logo.width);
    expect(px($('site'), 'padding-top')).to.equal(padding);
  });

  it('caps large text, so headings stay in their boxes', () => {
    page.carebar.set('text', 2);
    expect(px($('title'), 'font-size')).to.equal(40); // 30px would be 60px
    expect(px($('para'), 'font-size')).to.equal(30);
  });

  it('reaches content added later, from its original size, without walking the page again', async () => {
    page.carebar.set('text', 1.5);
    const calls = countComputedStyleCalls();
    const added = document.createElement('p');
    added.textContent = '新增的段落';
    $('site').append(added);
    const inside = document.createElement('span');
    inside.style.cssText = 'font-size: inherit !important; line-height: inherit !important';
    inside.textContent = '段落里新增的文字';
    $('para').append(inside);
    await nextFrame();
    expect(px(added, 'font-size')).to.equal(22.5);
    expect(px(inside, 'font-size'), 'not enlarged twice').to.equal(22.5);
    expect(px(inside, 'line-height'), 'not enlarged twice').to.equal(30);
    expect(calls.stop(), 'getComputedStyle calls').to.be.at.most(6);
  });

  it('enlarges a large page at once, without reading or marking its elements', () => {
    const big = document.createElement('div');
    big.innerHTML = '<p>段落<span class="em">em 大小</span></p>'.repeat(10_000);
    $('site').append(big);
    const last = big.lastElementChild!.querySelector('span')!;
    const original = px(last, 'font-size');
    const calls = countComputedStyleCalls();
    page.carebar.set('text', 2);
    expect(calls.stop(), 'getComputedStyle calls').to.be.at.most(1);
    expect(px(last, 'font-size'), 'enlarged once, not twice').to.equal(Math.min(original * 2, 40));
    expect(px(big.firstElementChild!, 'font-size')).to.equal(30);
    expect(big.querySelectorAll('*')[0].getAttributeNames().filter((name) => name.startsWith('data-care'))).to.deep.equal([]);
  });

  it('keeps text enlarged in every state: hovered, or given a class by a script later', async () => {
    const style = addStyle('#site .tab:hover { font-size: 16px !important } #site .tab.on { font-size: 18px !important }');
    try {
      const tab = document.createElement('a');
      tab.className = 'tab';
      tab.href = '#tab';
      tab.textContent = '办事服务';
      $('title').after(tab);
      page.carebar.set('text', 1.5);
      expect(px(tab, 'font-size')).to.equal(21);
      await sendMouse({ type: 'move', position: center(tab) });
      expect(tab.matches(':hover'), `hovered at ${center(tab).join()}`).to.equal(true);
      expect(px(tab, 'font-size'), 'hovered').to.equal(24);
      await sendMouse({ type: 'move', position: [0, 0] });
      tab.classList.add('on');
      expect(px(tab, 'font-size'), 'with the class').to.equal(27);
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
      style.remove();
    }
  });

  it('reaches rules that a stylesheet gains later, as a single-page app adds them', async () => {
    page.carebar.set('text', 1.5);
    const style = addStyle('@media (min-width: 1px) { #site .late { font-size: 12px !important; line-height: 16px !important } }');
    try {
      const late = document.createElement('p');
      late.className = 'late';
      late.textContent = '新路由的内容';
      $('site').append(late);
      await nextFrame();
      expect(px(late, 'font-size')).to.equal(18);
      expect(px(late, 'line-height')).to.equal(24);
    } finally {
      style.remove();
    }
  });

  it('keeps the root at its size, and with it every box sized in rem', () => {
    const box = document.createElement('div');
    box.style.width = '10rem';
    $('site').append(box);
    const [root, width] = [px(document.documentElement, 'font-size'), box.getBoundingClientRect().width];
    page.carebar.set('text', 2);
    expect(px(document.documentElement, 'font-size')).to.equal(root);
    expect(box.getBoundingClientRect().width).to.equal(width);
  });

  it('leaves a style attribute outranked where the site’s !important rules outrank it', () => {
    const span = document.createElement('span');
    span.style.fontSize = '12px';
    span.textContent = '粘贴的文字';
    $('para').append(span);
    expect(px(span, 'font-size'), 'the site’s `* { font-size: 14px !important }`').to.equal(14);
    page.carebar.set('text', 1.5);
    expect(px(span, 'font-size')).to.equal(21);
    expect(span.getAttributeNames()).to.deep.equal(['style']);
  });

  it('reaches a stylesheet that loads after text is enlarged', async () => {
    const note = linkedText();
    page.carebar.set('text', 2);
    const link = await linkSheet('/tests/components/features/linked.css');
    try {
      expect(px(note, 'font-size')).to.equal(26);
    } finally {
      link.remove();
    }
  });

  it('reads each element on a page whose stylesheet another origin serves without CORS', async () => {
    // The test page is on localhost; 127.0.0.1 is another origin, so the sheet's rules cannot be read.
    const link = await linkSheet(`http://127.0.0.1:${location.port}/tests/components/features/linked.css`);
    try {
      const note = linkedText();
      expect(px(note, 'font-size')).to.equal(13);
      page.carebar.set('text', 2);
      await waitUntil(() => note.hasAttribute('data-care-size'), 'marked by the lazy part');
      expect(px(note, 'font-size')).to.equal(26);
      expect(px($('para'), 'font-size')).to.equal(30);
    } finally {
      link.remove();
    }
  });

  it('leaves nothing behind when text is turned off before the part that reads each element arrives', async () => {
    await import('../../../src/text-by-element/text-by-element.js'); // so that it arrives within a frame
    const link = await linkSheet(`http://127.0.0.1:${location.port}/tests/components/features/linked.css`);
    try {
      page.carebar.set('text', 2);
      page.carebar.set('text', 1);
      await nextFrame();
      await nextFrame();
      expect(document.querySelectorAll('[data-care-size]').length).to.equal(0);
      expect(px($('para'), 'font-size')).to.equal(15);
    } finally {
      link.remove();
    }
  });

  it('enlarges a returning visitor’s page at once from the twins saved on the last visit, without reading the site’s rules', async () => {
    page.carebar.set('text', 1.5);
    const saved = await savedTwins();
    page.carebar.set('text', 1);
    expect(localStorage.getItem(TWINS_KEY), 'saved twins are removed with the setting').to.equal(null);
    localStorage.setItem(TWINS_KEY, saved); // as the last visit left them
    const reads = countRuleReads();
    page.carebar.set('text', 1.5);
    expect(reads.stop(), 'rules read').to.equal(0);
    expect(px($('para'), 'font-size')).to.equal(22.5);
    expect(px($('bold'), 'font-size')).to.equal(21);
    expect(px($('para'), 'line-height')).to.equal(30);
  });

  it('reads the site’s rules when what is saved for it is not twins (broken, or another script’s), and saves its own over it', async () => {
    for (const stored of ['{not json', '{"twins":1}', '[[1,2,3]]', '[null,"css"]']) {
      localStorage.setItem(TWINS_KEY, stored);
      page.carebar.set('text', 1.5);
      expect(px($('para'), 'font-size'), stored).to.equal(22.5);
      await waitUntil(() => localStorage.getItem(TWINS_KEY) !== stored, `${stored} stays saved`);
      expect(typeof parseTwins(localStorage.getItem(TWINS_KEY)!)[0][1], stored).to.equal('string');
      page.carebar.set('text', 1);
    }
  });

  it('checks twins saved an hour ago against the site’s rules, and follows a size that the site changed in place', async () => {
    page.carebar.set('text', 1.5);
    const [newest, ...others] = parseTwins(await savedTwins());
    page.carebar.set('text', 1);
    newest[3] -= 3_600_000; // saved an hour earlier
    localStorage.setItem(TWINS_KEY, JSON.stringify([newest, ...others]));
    // The same stylesheet with the same rules, one of them changed: only the check can tell.
    const rule = [...(document.querySelector<HTMLStyleElement>('style:last-of-type')!.sheet!.cssRules as Iterable<CSSStyleRule>)].find((r) => r.selectorText === '#site p')!;
    rule.style.setProperty('font-size', '20px', 'important');
    page.carebar.set('text', 1.5);
    await waitUntil(() => px($('para'), 'font-size') === 30, `#site p at ${px($('para'), 'font-size')}px, not 20px × 1.5`);
    await waitUntil(() => parseTwins(localStorage.getItem(TWINS_KEY)!)[0][3] > newest[3], 'the checked twins are saved');
  });

  it('keeps at most 64 KB of twins in the site’s storage: older pages give way to the newest, and twins too large alone are not saved', () => {
    /** Twins of about `kb` KB: each rule is 16 characters. */
    const twins = (kb: number) => ({ css: 'p{font-size:2em}'.repeat(kb * 64), forced: [] });
    const stored = () => localStorage.getItem(TWINS_KEY)!;
    for (const page of ['home', 'news', 'article', 'search']) {
      saveTwins(page, twins(30));
      expect(stored().length, page).to.be.at.most(65_536);
      expect(parseTwins(stored())[0].slice(0, 2), page).to.deep.equal([page, twins(30).css]);
    }
    expect(parseTwins(stored()).map(([page]) => page)).to.deep.equal(['search', 'article']);
    const before = stored();
    saveTwins('gallery', twins(70));
    expect(stored(), 'after twins too large alone').to.equal(before);
  });

  it('keeps the toolbar at its own size', async () => {
    const toolbar = await toolbarOutsideBody(page.carebar);
    page.carebar.set('text', 2);
    await nextFrame();
    expect(px(toolbar.shadowRoot!.querySelector('.end')!, 'font-size')).to.equal(16);
  });

  it('keeps a floor and a line height that other features set', () => {
    document.documentElement.style.setProperty('--care-text-min', '24px');
    document.documentElement.style.setProperty('--care-line', '1.5');
    try {
      page.carebar.set('text', 1.25);
      expect(px($('bold'), 'font-size')).to.equal(24);
      expect(px($('bold'), 'line-height')).to.equal(36);
    } finally {
      document.documentElement.style.removeProperty('--care-text-min');
      document.documentElement.style.removeProperty('--care-line');
    }
  });
});

/** The twins that the text feature saves for the next visit, once the browser is idle. */
async function savedTwins(): Promise<string> {
  await waitUntil(() => localStorage.getItem(TWINS_KEY), 'no twins saved');
  return localStorage.getItem(TWINS_KEY)!;
}

/** Saved twins as JSON, newest first: each page's key, CSS, forced selectors and when they were last checked. */
function parseTwins(json: string): Array<[key: string, css: string, forced: string[], checkedAt: number]> {
  return JSON.parse(json) as Array<[key: string, css: string, forced: string[], checkedAt: number]>;
}

/** Counts reads of the site's rules' declarations (`CSSStyleRule.style`) until `stop()`, which returns the count. */
function countRuleReads(): { stop(): number } {
  const descriptor = Object.getOwnPropertyDescriptor(CSSStyleRule.prototype, 'style')!;
  let count = 0;
  Object.defineProperty(CSSStyleRule.prototype, 'style', {
    ...descriptor,
    get(this: CSSStyleRule) {
      count++;
      return descriptor.get!.call(this) as CSSStyleDeclaration;
    },
  });
  return {
    stop() {
      Object.defineProperty(CSSStyleRule.prototype, 'style', descriptor);
      return count;
    },
  };
}

/** A `<style>` of the page's own, in `<head>`. */
function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

/** A paragraph that linked.css sizes. */
function linkedText(): HTMLElement {
  const note = document.createElement('p');
  note.className = 'linked';
  note.textContent = '外部样式的文字';
  $('site').append(note);
  return note;
}

/** A `<link rel=stylesheet>` in `<head>`, once it has loaded. */
async function linkSheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((done) => (link.onload = done));
  document.head.append(link);
  await loaded;
  return link;
}

/** The middle of an element, in viewport pixels, for `sendMouse`. */
function center(el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** Counts calls to `getComputedStyle` until `stop()`, which returns the count. */
function countComputedStyleCalls(): { stop(): number } {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, put back by stop(); window's own functions need no this
  const original = window.getComputedStyle;
  let count = 0;
  window.getComputedStyle = (...args) => {
    count++;
    return original(...args);
  };
  return {
    stop() {
      window.getComputedStyle = original;
      return count;
    },
  };
}

describe('text (文字大小) on a page without !important', () => {
  afterEach(resetAll);

  it('enlarges sizes set in style attributes, from their own values, and unmarks them on reset', async () => {
    const carebar = freshCarebar();
    const box = await fixture<HTMLElement>(html`<p style="font-size: 14px"><span style="font-size: 12px; line-height: 16px">小字</span><span style="font-size: 1.5em">大字</span><span style="font-size: 16px !important">不可改</span></p>`);
    const [small, relative, fixed] = box.querySelectorAll('span');
    carebar.set('text', 1.5);
    expect(px(box, 'font-size')).to.equal(21);
    expect(px(small, 'font-size')).to.equal(18);
    expect(px(small, 'line-height')).to.equal(24);
    expect(px(relative, 'font-size'), 'relative to its enlarged parent, once').to.equal(31.5);
    expect(px(fixed, 'font-size'), 'an inline !important wins over any stylesheet').to.equal(16);
    carebar.set('text', 1);
    expect([...box.querySelectorAll('*')].flatMap((el) => el.getAttributeNames())).to.deep.equal(['style', 'style', 'style']);
  });

  it('enlarges a page sized relative to the root, from <body> down, and keeps the root as it is', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% } body { font-size: 1.4em } .note { font-size: 0.8em }';
    document.head.append(style);
    try {
      const carebar = freshCarebar();
      const note = await fixture<HTMLElement>(html`<p class="note">说明文字</p>`);
      expect([px(document.documentElement, 'font-size'), px(document.body, 'font-size'), px(note, 'font-size')]).to.deep.equal([10, 14, 11.2]);
      carebar.set('text', 1.5);
      expect(px(document.documentElement, 'font-size')).to.equal(10);
      expect(px(document.body, 'font-size')).to.equal(21);
      expect(px(note, 'font-size')).to.be.closeTo(16.8, 0.01);
    } finally {
      style.remove();
    }
  });
});
