import { expect } from '@open-wc/testing';
import { partArrived } from '../helpers.js';
import { $, expectExactUndo, nextFrame, onHostilePage } from './page.js';

const labels = () => [...document.querySelectorAll('care-alt')];
/** The labels are a lazy part, which comes a moment after the images are hidden. */
const labelled = () => partArrived(() => labels().length, 'no image labelled');

describe('images (隐藏图片)', () => {
  const page = onHostilePage();

  it('leaves the page exactly as it was after reset', async () => {
    await expectExactUndo(page.carebar, 'images', true, labelled);
  });

  it('hides images and background images, keeping their space', () => {
    const logo = $('logo').getBoundingClientRect();
    const photo = $('photo').getBoundingClientRect();
    page.carebar.set('images', true);
    expect(getComputedStyle($('logo')).visibility).to.equal('hidden');
    expect(getComputedStyle($('photo')).backgroundImage).to.equal('none');
    expect($('logo').getBoundingClientRect().toJSON()).to.deep.equal(logo.toJSON());
    expect($('photo').getBoundingClientRect().toJSON()).to.deep.equal(photo.toJSON());
  });

  it('shows the alt text where the image begins, and none for decorative images', async () => {
    page.carebar.set('images', true);
    await labelled();
    expect(labels().map((label) => label.textContent)).to.deep.equal(['市政府标志']);
    const label = labels()[0].getBoundingClientRect();
    const logo = $('logo').getBoundingClientRect();
    expect([Math.round(label.left), Math.round(label.top)]).to.deep.equal([Math.round(logo.left), Math.round(logo.top)]);
    expect(getComputedStyle(labels()[0]).visibility).to.equal('visible');
  });

  it('labels images added later', async () => {
    page.carebar.set('images', true);
    await labelled();
    const later = document.createElement('img');
    later.alt = '新增图片';
    $('site').append(later);
    await nextFrame();
    expect(labels().map((label) => label.textContent)).to.deep.equal(['市政府标志', '新增图片']);
  });
});
