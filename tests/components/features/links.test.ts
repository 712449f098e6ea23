import { expect } from '@open-wc/testing';
import { $, expectExactUndo, onHostilePage } from './page.js';

describe('links (链接高亮)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'links', true);
  });

  it('underlines and outlines every link in its own colour, over the site’s `text-decoration: none !important`', () => {
    expect(getComputedStyle($('inline-link')).textDecorationLine).to.equal('none');
    page.carebar.set('links', true);
    for (const id of ['inline-link', 'nav-link']) {
      const style = getComputedStyle($(id));
      expect(style.textDecorationLine, `#${id}`).to.equal('underline');
      expect(style.textDecorationThickness, `#${id}`).to.equal('2px');
      expect([style.outlineStyle, style.outlineWidth, style.outlineColor], `#${id}`).to.deep.equal(['dashed', '2px', style.color]);
    }
    expect(getComputedStyle($('para')).outlineStyle, 'text that is no link').to.equal('none');
  });

  it('keeps link colours readable in a colour scheme', () => {
    page.carebar.set('color', 'black-yellow');
    page.carebar.set('links', true);
    const style = getComputedStyle($('inline-link'));
    expect([style.color, style.outlineColor]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
  });
});
