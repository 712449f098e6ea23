import { expect } from '@open-wc/testing';
import { $, expectExactUndo, onHostilePage, toolbarButtonHeight, toolbarOutsideBody } from './page.js';

describe('ui (大界面)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'ui', true);
  });

  it('gives links, buttons and fields hit areas of at least 44 × 44 px, over the site’s !important sizes', () => {
    const targets = ['nav-link', 'search', 'name', 'agree', 'choice', 'notes'];
    expect(targets.some((id) => $(id).getBoundingClientRect().height < 44), 'small before').to.equal(true);
    page.carebar.set('ui', true);
    for (const id of targets) {
      const box = $(id).getBoundingClientRect();
      expect(box.width, `#${id} width`).to.be.at.least(44);
      expect(box.height, `#${id} height`).to.be.at.least(44);
    }
  });

  it('leaves a link inside a sentence in its line', () => {
    const before = $('inline-link').getBoundingClientRect().height;
    const paragraph = $('para').getBoundingClientRect().height;
    page.carebar.set('ui', true);
    expect($('inline-link').getBoundingClientRect().height).to.equal(before);
    expect($('para').getBoundingClientRect().height).to.equal(paragraph);
  });

  it('makes the toolbar larger too', async () => {
    const toolbar = await toolbarOutsideBody(page.carebar);
    const before = await toolbarButtonHeight(toolbar);
    page.carebar.set('ui', true);
    expect(await toolbarButtonHeight(toolbar)).to.be.above(before);
  });
});
