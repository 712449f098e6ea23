import { expect, fixture, html } from '@open-wc/testing';
import type { Carebar } from '../../../src/core/carebar.js';
import type { FeatureId, FeatureValue } from '../../../src/features/types.js';
import '../../../src/toolbar/toolbar.js';
import type { CareToolbar } from '../../../src/toolbar/toolbar.component.js';
import { freshCarebar, resetAll } from '../helpers.js';

/**
 * A host page that fights back, as real government sites do: `* {}` resets with `!important`,
 * px-only sizes, ids that outrank plain selectors, and fixed and sticky bars.
 */
const HOSTILE_CSS = `
  * { font-size: 14px !important; line-height: 20px !important; letter-spacing: 0 !important; word-spacing: 0 !important;
      color: #666 !important; background-color: #f4f4f4 !important; cursor: default !important; outline: none !important;
      min-height: 0 !important; min-width: 0 !important; text-decoration: none !important; }
  #site h1 { font-size: 30px !important; line-height: 36px !important; }
  #site p { font-size: 15px !important; margin: 0 0 4px !important; }
  #site a { color: #369 !important; }
  #site a:visited { color: #939 !important; }
  #site .bar { position: fixed !important; top: 0; left: 0; right: 0; height: 30px; z-index: 5; }
  #site .sticky { position: sticky !important; top: 30px; }
  #site .rem { font-size: 1.25rem !important; }
  #site .em { font-size: 2em !important; }
  #site .spin { animation: spin 1s linear infinite paused; }
  #site .fade { transition: opacity 2s; }
  #site .icon { width: 24px; height: 24px; }
  #site .photo { width: 120px; height: 60px; background-image: linear-gradient(red, blue); }
  @keyframes spin { to { transform: rotate(1turn); } }
`;

const IMAGE = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='60'><rect width='120' height='60' fill='#36c'/></svg>",
)}`;

/** Puts the hostile page in the document; the fixture and its stylesheet go after the test. */
export async function hostilePage(): Promise<HTMLElement> {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  const site = await fixture<HTMLElement>(html`
    <div id="site" style="padding-top: 40px">
      <header class="bar">政府网站 <a href="#home">首页</a></header>
      <nav class="sticky" style="display: flex; gap: 4px"><a href="#news" id="nav-link">新闻</a><button id="search">搜索</button></nav>
      <main>
        <h1 id="title">关于做好老年人服务工作的通知</h1>
        <h2 id="subtitle">一、总体要求</h2>
        <p id="para">各区人民政府，市政府各部门：现将<a href="#doc" id="inline-link">有关事项</a>通知如下，请认真贯彻执行。</p>
        <p id="small">办公厅 <b id="bold">2024年</b></p>
        <label for="name">姓名</label> <input id="name" type="text" placeholder="请输入" />
        <input id="agree" type="checkbox" /><label for="agree">同意</label>
        <select id="choice"><option>一</option></select>
        <textarea id="notes">备注</textarea>
        <div id="busy" aria-busy="true">加载中</div>
        <img id="logo" alt="市政府标志" src=${IMAGE} width="120" height="60" />
        <img id="decor" alt="" src=${IMAGE} width="20" height="10" />
        <div class="photo" id="photo"></div>
        <svg class="icon" id="icon" viewBox="0 0 24 24"><path fill="#c00" d="M2 2h20v20H2z" /><path fill="none" stroke="#0a0" d="M4 12h16" /></svg>
        <marquee id="notice">滚动公告：欢迎访问</marquee>
        <div class="spin" id="spin">旋转</div>
        <div class="fade" id="fade">渐变</div>
      </main>
    </div>
  `);
  cleanups.push(() => style.remove());
  return site;
}

const cleanups: Array<() => void> = [];

/**
 * An open toolbar where the drop-in puts it: outside `<body>`, in the top layer.
 * `removeHostilePage()` removes it.
 */
export async function toolbarOutsideBody(carebar: Carebar): Promise<CareToolbar> {
  const toolbar = document.createElement('care-toolbar');
  toolbar.carebar = carebar;
  toolbar.locale = 'zh-CN';
  document.documentElement.append(toolbar);
  cleanups.push(() => toolbar.remove());
  carebar.open();
  await toolbar.updateComplete;
  return toolbar;
}

/** The height of the toolbar's reset button, after the toolbar has rendered any change. */
export async function toolbarButtonHeight(toolbar: CareToolbar): Promise<number> {
  await toolbar.updateComplete;
  await nextFrame();
  return toolbar.shadowRoot!.querySelector('.end')!.getBoundingClientRect().height;
}

/** Removes the hostile stylesheet and any toolbar (the fixture itself is removed by @open-wc). */
export function removeHostilePage(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
}

/**
 * Gives each test of the suite a fresh carebar on a fresh hostile page, and removes both after it.
 * Read `carebar` inside the tests: it is replaced before each one.
 */
export function onHostilePage(): { readonly carebar: Carebar } {
  const context = {} as { carebar: Carebar };
  beforeEach(async () => {
    context.carebar = freshCarebar();
    await hostilePage();
  });
  afterEach(() => {
    resetAll();
    removeHostilePage();
  });
  return context;
}

/** By id, in the hostile page. */
export function $(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

export function px(el: Element, property: string, pseudo?: string): number {
  return parseFloat(getComputedStyle(el, pseudo).getPropertyValue(property));
}

/** Waits for the next frame to be painted, after `requestAnimationFrame` callbacks and mutation observers. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Everything a user or a script could see of the page: the DOM as markup, the adopted sheets, and
 * every computed property of every element and of its `::before` and `::after`. One line each,
 * so that a difference reads as a short list.
 */
export function snapshotPage(): string[] {
  const lines = [`adoptedStyleSheets: ${document.adoptedStyleSheets.length}`];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode, index = 0; node; node = walker.nextNode(), index++) {
    if (node instanceof Element) lines.push(`${index} <${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
    else if (node.parentElement?.localName !== 'script') lines.push(`${index} text ${JSON.stringify(node.textContent)}`);
  }
  const elements = [document.documentElement, ...document.documentElement.querySelectorAll('*')];
  elements.forEach((el, index) => {
    const name = `<${el.localName}${el.id ? `#${el.id}` : ''}> ${index}`;
    for (const pseudo of ['', '::before', '::after']) {
      const style = getComputedStyle(el, pseudo || null);
      for (let i = 0; i < style.length; i++) {
        const property = style.item(i);
        lines.push(`${name}${pseudo} ${property}: ${style.getPropertyValue(property)}`);
      }
    }
  });
  return lines;
}

/** The lines that differ between two snapshots (at most `limit` of them). */
export function differences(before: readonly string[], after: readonly string[], limit = 12): string[] {
  const removed = new Set(after);
  const added = new Set(before);
  return [
    ...before.filter((line) => !removed.has(line)).map((line) => `- ${line.slice(0, 300)}`),
    ...after.filter((line) => !added.has(line)).map((line) => `+ ${line.slice(0, 300)}`),
  ].slice(0, limit);
}

/**
 * Sets a feature, checks that the page changed (once `done`: a frame, or the arrival of what a lazy
 * part adds), resets, and checks that the page's computed styles and DOM are exactly as before.
 */
export async function expectExactUndo(carebar: Carebar, id: FeatureId, value: FeatureValue, done: () => Promise<unknown> = nextFrame): Promise<void> {
  await nextFrame();
  const before = snapshotPage();
  carebar.set(id, value);
  await done();
  expect(differences(before, snapshotPage()).length, `${id} changed nothing`).to.be.greaterThan(0);
  carebar.reset();
  await nextFrame();
  expect(differences(before, snapshotPage()), `${id} left traces`).to.deep.equal([]);
}
