import { expect } from '@open-wc/testing';
import { $, expectExactUndo, nextFrame, onHostilePage, px, toolbarOutsideBody } from './page.js';

describe('text (文字大小)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'text', 2);
  });

  it('enlarges text sized in px, even under a `* {…!important}` reset', async () => {
    expect(px($('para'), 'font-size')).to.equal(15);
    expect(px($('bold'), 'font-size')).to.equal(14);
    page.carebar.set('text', 1.5);
    expect(px($('para'), 'font-size')).to.equal(22.5);
    expect(px($('bold'), 'font-size')).to.equal(21);
    expect(px($('name'), 'font-size')).to.equal(21);
  });

  it('enlarges text sized in rem and em', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<p class="rem">rem</p><p class="em">em</p>';
    $('site').append(box);
    const [rem, em] = box.querySelectorAll('p');
    const [remBefore, emBefore] = [px(rem, 'font-size'), px(em, 'font-size')];
    page.carebar.set('text', 1.25);
    expect(px(rem, 'font-size')).to.be.closeTo(remBefore * 1.25, 0.1);
    expect(px(em, 'font-size')).to.be.closeTo(emBefore * 1.25, 0.1);
  });

  it('scales fixed line heights with the text, so lines never overlap', async () => {
    page.carebar.set('text', 2);
    expect(px($('para'), 'line-height')).to.equal(40);
    expect(px($('para'), 'line-height')).to.be.at.least(px($('para'), 'font-size'));
  });

  it('leaves other sizes alone: boxes, images and padding', async () => {
    const logo = $('logo').getBoundingClientRect();
    const padding = px($('site'), 'padding-top');
    page.carebar.set('text', 2);
    expect($('logo').getBoundingClientRect().width).to.equal(logo.width);
    expect(px($('site'), 'padding-top')).to.equal(padding);
  });

  it('caps large text, so headings stay in their boxes', async () => {
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

  it('reads a page too large for one frame over several, each element from its original size', async () => {
    const big = document.createElement('div');
    big.innerHTML = '<p>段落<span class="em">em 大小</span></p>'.repeat(10_000);
    $('site').append(big);
    const last = big.lastElementChild!.querySelector('span')!;
    const original = px(last, 'font-size');
    await nextFrame();
    page.carebar.set('text', 2);
    expect(last.hasAttribute('data-care-size'), 'done at once').to.equal(false);
    for (let frames = 0; !last.hasAttribute('data-care-size') && frames < 100; frames++) await nextFrame();
    expect(px(last, 'font-size'), 'enlarged once, not twice').to.equal(Math.min(original * 2, 40));
    expect(px(big.firstElementChild!, 'font-size')).to.equal(30);
  });

  it('enlarges a small page at once, even on a machine too slow for one slice', () => {
    const now = performance.now;
    let clock = 0;
    performance.now = () => (clock += 20); // every reading of the clock is past the slice's 8 ms
    try {
      page.carebar.set('text', 2);
    } finally {
      performance.now = now;
    }
    expect(px($('para'), 'font-size')).to.equal(30);
  });

  it('keeps the toolbar at its own size', async () => {
    const toolbar = await toolbarOutsideBody(page.carebar);
    page.carebar.set('text', 2);
    await nextFrame();
    expect(px(toolbar.shadowRoot!.querySelector('.end')!, 'font-size')).to.equal(16);
  });

  it('keeps a floor and a line height that other features set', async () => {
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

/** Counts calls to `getComputedStyle` until `stop()`, which returns the count. */
function countComputedStyleCalls(): { stop(): number } {
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
