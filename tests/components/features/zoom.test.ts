import { expect } from '@open-wc/testing';
import { $, expectExactUndo, nextFrame, onHostilePage, toolbarButtonHeight, toolbarOutsideBody } from './page.js';

describe('zoom (页面缩放)', () => {
  const page = onHostilePage();

  // First, on a page that no other test has touched.
  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'zoom', 2.5);
  });

  it('zooms the page content by the factor, reflowing it instead of scrolling sideways', async () => {
    const title = $('title').getBoundingClientRect();
    page.carebar.set('zoom', 2);
    await nextFrame();
    expect(getComputedStyle(document.body).zoom).to.equal('2');
    const zoomed = $('title').getBoundingClientRect();
    expect(zoomed.height).to.be.at.least(title.height * 2);
    expect(zoomed.right).to.be.at.most(innerWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('keeps fixed and sticky bars across the viewport and usable', async () => {
    page.carebar.set('zoom', 2);
    await nextFrame();
    const bar = document.querySelector('.bar')!.getBoundingClientRect();
    expect([bar.left, bar.top, bar.width]).to.deep.equal([0, 0, document.documentElement.clientWidth]);
    expect(bar.height).to.equal(60);
    const link = document.querySelector('.bar a')!.getBoundingClientRect();
    expect(document.elementFromPoint(link.x + link.width / 2, link.y + link.height / 2)?.textContent).to.equal('首页');
  });

  it('goes up to at least 200% in steps, as factors', () => {
    const info = page.carebar.features.find((feature) => feature.id === 'zoom')!;
    expect(info).to.include({ kind: 'stepper', default: 1, min: 1 });
    expect(info.max).to.be.at.least(2);
  });

  it('never zooms the toolbar, which lives outside <body>', async () => {
    const toolbar = await toolbarOutsideBody(page.carebar);
    const before = await toolbarButtonHeight(toolbar);
    page.carebar.set('zoom', 2);
    expect(await toolbarButtonHeight(toolbar)).to.equal(before);
  });
});
