import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { freshCarebar, pageTraces, partArrived, resetAll } from './helpers.js';

const PARAGRAPH = '社区长者食堂按照就近、便利、可负担的思路建设，菜单少盐少油，价格和营养说明用大字公示，老年人凭社保卡即可用餐并享受补贴。';

/** A page with navigation, an article and a footer, as a government site has. */
function sitePage(): HTMLElement {
  return fixtureSync<HTMLElement>(html`<div>
    <nav><a href="/news">新闻中心</a> <a href="/policy">政策文件</a></nav>
    <main>
      <article>
        <h1>全市新增社区长者食堂</h1>
        <p>${PARAGRAPH}<a href="/meal">查看食堂名单</a>。</p>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="食堂外景" />
        <h2>如何申请送餐</h2>
        ${[1, 2, 3, 4].map((n) => html`<p>第${n}段：${PARAGRAPH}</p>`)}
      </article>
    </main>
    <footer><p>主办单位：某市人民政府办公室</p></footer>
  </div>`);
}

const viewRoot = () => document.querySelector('care-view')?.shadowRoot;
const shown = () => partArrived(() => viewRoot()?.querySelector('article p'), 'the view opens');
const articleText = () => viewRoot()!.querySelector('article')!.textContent.replace(/\s+/g, '');

describe('view (页面视图)', () => {
  const pageCarebar = window.carebar;
  beforeEach(() => {
    window.carebar = freshCarebar();
  });
  afterEach(() => {
    window.carebar = pageCarebar;
    resetAll();
  });

  it('passes axe, with its one control back focused', async () => {
    sitePage();
    window.carebar.set('view', 'reading');
    await shown();
    await expect(document.querySelector('care-view')).to.be.accessible();
    expect(viewRoot()!.activeElement?.textContent).to.equal('返回原页面');
    expect(viewRoot()!.querySelector('main')!.getAttribute('aria-label')).to.equal('阅读视图');
  });

  it('reading view: the article alone, with its heading, links and images, and the page hidden under it', async () => {
    const page = sitePage();
    window.carebar.set('view', 'reading');
    await shown();
    const text = articleText();
    expect(text).to.include('如何申请送餐');
    expect(text).to.include('第4段');
    expect(text).not.to.include('政策文件');
    expect(text).not.to.include('主办单位');
    expect(viewRoot()!.querySelector<HTMLAnchorElement>('a')!.href).to.equal(new URL('/meal', location.href).href);
    expect(viewRoot()!.querySelector('img')!.getAttribute('alt')).to.equal('食堂外景');
    expect(getComputedStyle(page.querySelector('article p')!).visibility).to.equal('hidden');
  });

  it('纯文本: every text in document order, headings and links kept, no images', async () => {
    sitePage();
    window.carebar.set('view', 'text');
    await shown();
    const root = viewRoot()!;
    expect([...root.querySelectorAll('article h1, article h2')].map((h) => h.textContent)).to.deep.equal(['全市新增社区长者食堂', '如何申请送餐']);
    const text = articleText();
    expect(text.indexOf('新闻中心')).to.be.below(text.indexOf('全市新增'));
    expect(text.indexOf('第4段')).to.be.below(text.indexOf('主办单位'));
    expect([...root.querySelectorAll('article a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`)).to.include(
      `查看食堂名单 ${new URL('/meal', location.href).href}`,
    );
    expect(root.querySelectorAll('img').length).to.equal(0);
  });

  it('takes the chosen colour scheme', async () => {
    sitePage();
    window.carebar.set('color', 'black-yellow');
    window.carebar.set('view', 'text');
    await shown();
    const style = getComputedStyle(viewRoot()!.querySelector('.view')!);
    expect(`${style.color} on ${style.backgroundColor}`).to.equal('rgb(255, 255, 0) on rgb(0, 0, 0)');
  });

  it('goes back to the page with Escape, leaving no trace', async () => {
    const page = sitePage();
    const markup = page.innerHTML;
    window.carebar.set('view', 'reading');
    await shown();
    await sendKeys({ press: 'Escape' });
    expect(window.carebar.get('view')).to.equal('page');
    expect(document.querySelector('care-view')).to.equal(null);
    expect(getComputedStyle(page.querySelector('article p')!).visibility).to.equal('visible');
    expect(page.innerHTML).to.equal(markup);
    expect(pageTraces()).to.deep.equal({ attributes: [], adoptedSheets: 0 });
  });

  it('opens nothing when the view is closed before its part has loaded', async () => {
    sitePage();
    window.carebar.set('view', 'reading');
    window.carebar.set('view', 'page');
    await import('../../src/view/view.js'); // the part has now arrived
    await Promise.resolve();
    expect(document.querySelector('care-view')).to.equal(null);
  });
});
