import { expect, waitUntil } from '@open-wc/testing';
import ColorContrastChecker from 'color-contrast-checker';
import { SCHEMES } from '../../../src/features/color.js';
import { $, expectExactUndo, nextFrame, onHostilePage, toolbarOutsideBody } from './page.js';

const checker = new ColorContrastChecker();

/** `rgb(r, g, b)` as `#rrggbb`, the form the checker reads. */
function hex(rgb: string): string {
  const channels = rgb.match(/\d+/g)!.slice(0, 3).map(Number);
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

function contrast(foreground: string, background: string): number {
  return checker.getContrastRatio(checker.hexToLuminance(hex(foreground)), checker.hexToLuminance(hex(background)));
}

const style = (id: string) => getComputedStyle($(id));

describe('color (配色)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset, for an override and a filter', async () => {
    await expectExactUndo(page.carebar, 'color', 'black-yellow');
    await expectExactUndo(page.carebar, 'color', 'grayscale');
  });

  it('offers the original, the four government schemes, high contrast, grey and low saturation', () => {
    expect(page.carebar.features.find((feature) => feature.id === 'color')!.values).to.deep.equal([
      'original', 'white-black', 'black-yellow', 'blue-yellow', 'yellow-black', 'high-contrast', 'grayscale', 'low-saturation',
    ]);
  });

  for (const scheme of Object.keys(SCHEMES)) {
    it(`${scheme}: text and links reach 7:1 on the page as it is shown, over the site's !important colours`, () => {
      page.carebar.set('color', scheme);
      const background = getComputedStyle(document.body).backgroundColor;
      expect(style('para').backgroundColor, 'paragraph background').to.equal(background);
      expect(getComputedStyle(document.documentElement).backgroundColor, 'page background').to.equal(background);
      for (const id of ['para', 'title', 'bold', 'name']) {
        expect(contrast(style(id).color, background), `#${id} text`).to.be.at.least(7);
      }
      for (const id of ['inline-link', 'nav-link']) {
        expect(contrast(style(id).color, background), `#${id} link`).to.be.at.least(7);
        expect(style(id).color, `#${id} differs from text`).not.to.equal(style('para').color);
      }
    });
  }

  // Browsers hide a visited link's colour from scripts; the scheme's own colours and its rule are what can be checked.
  for (const [scheme, colours] of Object.entries(SCHEMES)) {
    it(`${scheme}: visited links have a colour of their own, at 7:1`, () => {
      const [background, text, link, visited] = colours.split(' ').map((short) => `#${short.slice(1).replace(/./g, '$&$&')}`);
      const ratio = checker.getContrastRatio(checker.hexToLuminance(visited), checker.hexToLuminance(background));
      expect(ratio, `${visited} on ${background}`).to.be.at.least(7);
      expect([text, link]).not.to.include(visited);
      page.carebar.set('color', scheme);
      const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
      const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(visited.slice(i, i + 2), 16)).join(', ')})`;
      expect(/a\[href\]:visited[^{]*\{\s*color: (rgb\([^)]*\))/.exec(rules)?.[1]).to.equal(rgb);
    });
  }

  it('recolours form fields, borders, focus rings and SVG icons, and never inverts', () => {
    page.carebar.set('color', 'black-yellow');
    const yellow = 'rgb(255, 255, 0)';
    expect([style('name').backgroundColor, style('name').color, style('name').borderTopColor]).to.deep.equal(['rgb(0, 0, 0)', yellow, yellow]);
    expect(style('name').outlineColor).to.equal('rgb(255, 255, 255)');
    const [filled, stroked] = $('icon').querySelectorAll('path');
    expect(getComputedStyle(filled).fill).to.equal(yellow);
    expect([getComputedStyle(stroked).fill, getComputedStyle(stroked).stroke]).to.deep.equal(['none', yellow]);
    expect(getComputedStyle(document.documentElement).filter).to.equal('none');
    expect(style('logo').filter).to.equal('none');
  });

  it('puts grey and low saturation as a filter on <html> only, where position:fixed still holds', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    $('site').append(spacer);
    for (const [scheme, filter] of [['grayscale', 'grayscale(1)'], ['low-saturation', 'saturate(0.4)']]) {
      page.carebar.set('color', scheme);
      expect(getComputedStyle(document.documentElement).filter).to.equal(filter);
      expect(getComputedStyle(document.body).filter).to.equal('none');
      scrollTo(0, 500);
      await nextFrame();
      expect(document.querySelector('.bar')!.getBoundingClientRect().top).to.equal(0);
      scrollTo(0, 0);
    }
  });

  it('keeps the toolbar in the top layer, outside the filter', async () => {
    const toolbar = await toolbarOutsideBody(page.carebar);
    page.carebar.set('color', 'grayscale');
    // Shown in the top layer once the page is laid out.
    await waitUntil(() => toolbar.matches(':popover-open'), 'the toolbar is not in the top layer');
    expect(getComputedStyle(toolbar).filter).to.equal('none');
  });
});
