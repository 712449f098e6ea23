import { expect } from '@open-wc/testing';
import { $, expectExactUndo, onHostilePage, px, toolbarOutsideBody } from './page.js';

describe('spacing (大字间距)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'spacing', 3);
  });

  it('reaches WCAG 1.4.12 at its top level, over the site’s !important spacing', () => {
    page.carebar.set('spacing', 3);
    for (const id of ['para', 'bold', 'title']) {
      const size = px($(id), 'font-size');
      expect(px($(id), 'letter-spacing'), `#${id} letters`).to.be.closeTo(0.12 * size, 0.01);
      expect(px($(id), 'word-spacing'), `#${id} words`).to.be.at.least(0.16 * size);
      expect(px($(id), 'line-height'), `#${id} lines`).to.be.at.least(1.5 * size);
    }
    expect(px($('para'), 'margin-bottom'), 'after paragraphs').to.be.at.least(2 * px($('para'), 'font-size'));
  });

  it('grows step by step', () => {
    const letters: number[] = [];
    for (const level of [1, 2, 3]) {
      page.carebar.set('spacing', level);
      letters.push(px($('para'), 'letter-spacing'));
    }
    expect(letters[0]).to.be.above(0);
    expect(letters[1]).to.be.above(letters[0]);
    expect(letters[2]).to.be.above(letters[1]);
  });

  it('sets the line height of enlarged text too', () => {
    page.carebar.set('text', 2);
    page.carebar.set('spacing', 3);
    expect(px($('para'), 'font-size')).to.equal(30);
    expect(px($('para'), 'line-height')).to.equal(60);
  });

  it('shows its value as a level in the toolbar', async () => {
    const toolbar = await toolbarOutsideBody(page.carebar);
    page.carebar.set('spacing', 2);
    await toolbar.updateComplete;
    const group = toolbar.shadowRoot!.querySelector('[role=group][aria-label="大字间距"]')!;
    expect(group.textContent.replace(/\s+/g, ' ')).to.contain('2/3');
  });
});
