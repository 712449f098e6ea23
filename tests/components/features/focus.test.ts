import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, expectExactUndo, onHostilePage } from './page.js';

describe('focus (焦点强化)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    $('name').focus();
    await expectExactUndo(page.carebar, 'focus', true);
    $('name').blur();
  });

  it('draws a thick two-tone ring on the keyboard focus, over the site’s `outline: none !important`', async () => {
    page.carebar.set('focus', true);
    $('nav-link').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('search');
    const style = getComputedStyle($('search'));
    expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).to.deep.equal(['solid', '4px', 'rgb(255, 191, 0)']);
    expect(style.boxShadow).to.equal('rgb(0, 0, 0) 0px 0px 0px 8px');
    expect(getComputedStyle($('nav-link')).outlineStyle, 'after focus leaves').to.equal('none');
  });
});
