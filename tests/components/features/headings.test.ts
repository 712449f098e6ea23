import { expect } from '@open-wc/testing';
import { $, expectExactUndo, onHostilePage } from './page.js';

describe('headings (标题高亮)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'headings', true);
  });

  it('outlines every heading and badges its level, leaving other text alone', () => {
    const width = $('title').getBoundingClientRect().width;
    page.carebar.set('headings', true);
    for (const [id, level] of [['title', 1], ['subtitle', 2]] as const) {
      expect(getComputedStyle($(id)).outlineStyle, `#${id}`).to.equal('solid');
      expect(getComputedStyle($(id), '::before').content, `#${id}`).to.equal(`"H${level}" / ""`);
    }
    expect($('title').getBoundingClientRect().width).to.equal(width);
    expect(getComputedStyle($('para')).outlineStyle).to.equal('none');
    expect(getComputedStyle($('para'), '::before').content).to.equal('none');
  });
});
