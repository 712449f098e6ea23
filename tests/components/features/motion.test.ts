import { expect } from '@open-wc/testing';
import { $, expectExactUndo, nextFrame, onHostilePage } from './page.js';

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
});
