import { expect, waitUntil } from '@open-wc/testing';
import { $, expectExactUndo, nextFrame, onHostilePage } from './page.js';

/** A GIF of one pixel that blinks red and blue, forever: two frames, looping. */
const BLINKING_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP8AAAAA/yH/C05FVFNDQVBFMi4wAwEAAAAh+QQACgAAACwAAAAAAQABAAACAkQBACH5BAAKAAAALAAAAAABAAEAAAICTAEAOw==';

/** Counts `stop()` and `start()` calls on marquees, by id, while the test runs. */
function watchMarquees(): { calls: string[]; restore(): void } {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the originals, put back by restore() and called with .call(this)
  const { stop, start } = HTMLMarqueeElement.prototype;
  const calls: string[] = [];
  HTMLMarqueeElement.prototype.stop = function (this: HTMLMarqueeElement) {
    calls.push(`stop #${this.id}`);
    stop.call(this);
  };
  HTMLMarqueeElement.prototype.start = function (this: HTMLMarqueeElement) {
    calls.push(`start #${this.id}`);
    start.call(this);
  };
  return {
    calls,
    restore() {
      Object.assign(HTMLMarqueeElement.prototype, { stop, start });
    },
  };
}

describe('motion (停止动画)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'motion', true);
  });

  it('makes animations end at once and transitions instant, over the site’s own', () => {
    page.carebar.set('motion', true);
    const spin = getComputedStyle($('spin'));
    expect([spin.animationName, spin.animationDuration, spin.animationIterationCount]).to.deep.equal(['spin', '0.001s', '1']);
    expect(getComputedStyle($('fade')).transitionDuration).to.equal('0s');
    expect(getComputedStyle($('para'), '::before').animationDuration).to.equal('0.001s');
    expect(getComputedStyle(document.documentElement).scrollBehavior).to.equal('auto');
  });

  it('ends an infinite animation, leaving the element as it was without it', async () => {
    const spin = $('spin');
    spin.style.animationPlayState = 'running';
    page.carebar.set('motion', true);
    // The 1 ms run ends a frame or two later, as the machine allows; an infinite one would never finish.
    await Promise.all(spin.getAnimations().map((animation) => animation.finished));
    expect(spin.getAnimations().length).to.equal(0);
    expect(getComputedStyle(spin).transform).to.equal('none');
  });

  it('stops marquees, those added later too, and starts them again when turned off', async () => {
    const marquees = watchMarquees();
    try {
      page.carebar.set('motion', true);
      const later = document.createElement('marquee');
      later.id = 'later';
      $('site').append(later);
      await nextFrame();
      page.carebar.set('motion', false);
      expect(marquees.calls).to.deep.equal(['stop #notice', 'stop #later', 'start #later', 'start #notice']);
    } finally {
      marquees.restore();
    }
  });

  it('shows an animated GIF, one added later too, as a still of its frame, and lets it move again when turned off', async () => {
    const gif = Object.assign(document.createElement('img'), { id: 'blink', src: BLINKING_GIF, alt: '新', width: 40, height: 40 });
    $('site').append(gif);
    await gif.decode();
    page.carebar.set('motion', true);
    await waitUntil(() => gif.hasAttribute('data-care-still'), 'the GIF gets its still');
    expect(getComputedStyle(gif).content).to.match(/^url\("data:image\/png;base64,/);
    expect(gif.getAttribute('src'), "the page's own image stays").to.equal(BLINKING_GIF);
    const later = Object.assign(document.createElement('img'), { src: BLINKING_GIF, alt: '' });
    $('site').append(later);
    await waitUntil(() => later.hasAttribute('data-care-still'), 'a GIF added later gets its still');
    const photo = $('site').querySelector<HTMLImageElement>('img:not([src^="data:image/gif"])');
    if (photo) expect(photo.hasAttribute('data-care-still'), 'an image that does not move stays as it is').to.equal(false);
    page.carebar.set('motion', false);
    expect(getComputedStyle(gif).content).to.equal('normal');
    expect(gif.hasAttribute('data-care-still')).to.equal(false);
  });

  it('leaves a page with an animated GIF exactly as it was after reset', async () => {
    const gif = Object.assign(document.createElement('img'), { src: BLINKING_GIF, alt: '' });
    $('site').append(gif);
    await gif.decode();
    await expectExactUndo(page.carebar, 'motion', true, () => waitUntil(() => gif.hasAttribute('data-care-still')));
  });
});
