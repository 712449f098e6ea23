import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Carebar } from '../../src/core/carebar.js';
import '../../src/elder-zone/elder-zone.js';
import type { CareElderZone } from '../../src/elder-zone/elder-zone.component.js';
import { text } from '../../src/features/text.js';
import { freshCarebar, resetAll } from './helpers.js';

const TILES = [
  { title: '社保查询', href: '/shebao', description: '养老金与医保缴费', icon: '/icons/shebao.svg' },
  { title: '就医挂号', href: '/jiuyi' },
  { title: '助餐服务', href: '/zhucan', description: '社区长者食堂' },
];

const zoneFixture = (carebar: Carebar, locale = 'zh-CN') =>
  fixture<CareElderZone>(
    html`<care-elder-zone .carebar=${carebar} locale=${locale} hotline="0000-12345" tiles=${JSON.stringify(TILES)}></care-elder-zone>`,
  );

const shadow = (zone: CareElderZone) => zone.shadowRoot!;
const tileLinks = (zone: CareElderZone) => [...shadow(zone).querySelectorAll<HTMLAnchorElement>('[part=tile]')];
const elderControl = (zone: CareElderZone) => shadow(zone).querySelector<HTMLElement>('[part=elder]')!;
const focusedText = (zone: CareElderZone) => shadow(zone).activeElement?.textContent!.replace(/\s+/g, ' ').trim();

describe('<care-elder-zone>', () => {
  let carebar: Carebar;
  beforeEach(() => {
    carebar = freshCarebar();
  });
  afterEach(() => {
    document.documentElement.removeAttribute('style');
    resetAll();
  });

  it('passes axe', async () => {
    const zone = await zoneFixture(carebar);
    await expect(zone).to.be.accessible();
  });

  it('is a headed list of tiles, each a link with its title and description, from the tiles JSON', async () => {
    const zone = await zoneFixture(carebar);
    expect(shadow(zone).querySelector('h2')!.textContent).to.equal('长者专区');
    const list = shadow(zone).querySelector('ul')!;
    expect(list.children.length).to.equal(3);
    expect([...list.children].every((item) => item.tagName === 'LI')).to.equal(true);
    expect(tileLinks(zone).map((a) => `${a.getAttribute('href')} ${a.textContent.replace(/\s+/g, ' ').trim()}`)).to.deep.equal([
      '/shebao 社保查询 养老金与医保缴费',
      '/jiuyi 就医挂号',
      '/zhucan 助餐服务 社区长者食堂',
    ]);
    // The icon is decoration: the title names the tile.
    expect(shadow(zone).querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('takes its tiles from child links when it has no JSON', async () => {
    const zone = await fixture<CareElderZone>(html`<care-elder-zone heading="为老服务">
      <a href="/a" data-icon="/icons/a.svg" data-description="说明一">服务一</a>
      <a href="/b">服务二</a>
    </care-elder-zone>`);
    expect(shadow(zone).querySelector('h2')!.textContent).to.equal('为老服务');
    expect(tileLinks(zone).map((a) => `${a.getAttribute('href')} ${a.textContent.replace(/\s+/g, ' ').trim()}`)).to.deep.equal([
      '/a 服务一 说明一',
      '/b 服务二',
    ]);
    expect(shadow(zone).querySelectorAll('img').length).to.equal(1);
  });

  it('dials the hotline through a tel: link', async () => {
    const zone = await zoneFixture(carebar);
    const hotline = shadow(zone).querySelector('[part=hotline]')!;
    expect(hotline.getAttribute('href')).to.equal('tel:000012345');
    expect(hotline.textContent.replace(/\s+/g, ' ').trim()).to.equal('长者服务热线 0000-12345');
  });

  it('has text of at least 24 px and targets of at least 60 × 60 px, even under a tiny root font size', async () => {
    document.documentElement.style.fontSize = '10px';
    const zone = await zoneFixture(carebar);
    const texts = [...shadow(zone).querySelectorAll('h2, span, a, button, strong')];
    for (const el of texts) expect(parseFloat(getComputedStyle(el).fontSize), el.textContent).to.be.at.least(24);
    const targets = [...shadow(zone).querySelectorAll('a, button')];
    expect(targets.length).to.equal(5);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent).to.be.at.least(60);
      expect(box.height, target.textContent).to.be.at.least(60);
    }
  });

  it('is operated by keyboard: Tab goes through the tiles, the hotline and the switch, and Enter turns elder mode on and off', async () => {
    // Synchronous: `fixture()` of a plain element waits for a frame, which never comes in a background tab.
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <button id="before">之前</button>
      <care-elder-zone .carebar=${carebar} locale="zh-CN" hotline="12345" tiles=${JSON.stringify(TILES)}></care-elder-zone>
    </div>`);
    const zone = wrapper.querySelector('care-elder-zone')!;
    await zone.updateComplete;
    wrapper.querySelector<HTMLElement>('#before')!.focus();
    const visited: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      visited.push(focusedText(zone));
    }
    expect(visited).to.deep.equal(['社保查询 养老金与医保缴费', '就医挂号', '助餐服务 社区长者食堂', '长者服务热线 12345', '开启老年人模式']);
    await sendKeys({ press: 'Enter' });
    await zone.updateComplete;
    expect(carebar.get('elder')).to.equal(true);
    expect(focusedText(zone)).to.equal('关闭老年人模式');
    await sendKeys({ press: 'Enter' });
    await zone.updateComplete;
    expect(carebar.get('elder')).to.equal(false);
  });

  it('follows elder mode switched elsewhere, e.g. from the toolbar', async () => {
    const zone = await zoneFixture(carebar);
    carebar.set('elder', true);
    await zone.updateComplete;
    expect(elderControl(zone).textContent.trim()).to.equal('关闭老年人模式');
  });

  it('links to ?care=elder where it has no carebar with elder mode', async () => {
    const zone = await zoneFixture(freshCarebar([text]));
    expect(elderControl(zone).tagName).to.equal('A');
    expect(elderControl(zone).getAttribute('href')).to.equal('?care=elder');
  });

  it('speaks traditional Chinese and English', async () => {
    const tw = await zoneFixture(carebar, 'zh-TW');
    expect(shadow(tw).querySelector('h2')!.textContent).to.equal('長者專區');
    expect(shadow(tw).querySelector('section')!.getAttribute('lang')).to.equal('zh-TW');
    const en = await zoneFixture(carebar, 'en');
    expect(elderControl(en).textContent.trim()).to.equal('Turn on elder mode');
  });

  it('keeps its tiles readable when a colour scheme forces the page\'s text colour onto it', async () => {
    const zone = await zoneFixture(carebar);
    zone.style.setProperty('color', 'rgb(255, 255, 255)', 'important');
    const tile = getComputedStyle(tileLinks(zone)[0]);
    expect(`${tile.color} on ${tile.backgroundColor}`).to.equal('rgb(26, 26, 26) on rgb(255, 255, 255)');
  });

  it('is themed through --care-* custom properties and parts', async () => {
    const zone = await zoneFixture(carebar);
    zone.style.setProperty('--care-accent', 'rgb(164, 22, 26)');
    zone.style.setProperty('--care-font-size', '28px');
    expect(getComputedStyle(tileLinks(zone)[0]).borderTopColor).to.equal('rgb(164, 22, 26)');
    expect(getComputedStyle(elderControl(zone)).backgroundColor).to.equal('rgb(164, 22, 26)');
    expect(getComputedStyle(tileLinks(zone)[0].querySelector('[part=description]')!).fontSize).to.equal('28px');
  });
});
