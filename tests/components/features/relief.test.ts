import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Carebar } from '../../../src/core/carebar.js';
import { freshCarebar, resetAll } from '../helpers.js';
import { differences, nextFrame, snapshotPage } from './page.js';

/** A county portal's column, as legacy sites build it: every box sized in px for the text as it was. */
const LEGACY_CSS = `
  #portal { width: 600px; font: 12px/20px SimSun, serif; }
  #portal .nav { height: 32px; overflow: hidden; background: #1f4e7a; }
  #portal .nav a { float: left; padding: 0 12px; line-height: 32px; color: #fff; font-size: 14px; }
  #portal .list { height: 100px; overflow: hidden; margin: 0; padding: 0; list-style: none; }
  #portal .list li { height: 24px; line-height: 24px; border-bottom: 1px dashed #ccc; }
  #portal .list span { float: right; color: #666; }
  #portal .title { width: 260px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  #portal .clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; width: 260px; }
  #portal .ticker { height: 40px; overflow: auto; }
  #portal .doctor { position: relative; width: 260px; height: 96px; }
  #portal .doctor h4 { margin: 0; font-size: 14px; line-height: 20px; }
  #portal .doctor .time { position: absolute; left: 0; bottom: 4px; margin: 0; color: #f07a22; }
  #portal .head { position: relative; height: 60px; background: #1f4e7a; color: #fff; }
  #portal .head h1 { position: absolute; left: 10px; top: 6px; margin: 0; font-size: 24px; line-height: 32px; }
  #portal .head p { position: absolute; left: 12px; top: 38px; margin: 0; font-size: 11px; line-height: 16px; }
  #portal .rank li { position: relative; width: 300px; height: 24px; line-height: 24px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  #portal .rank li span { position: absolute; right: 0; top: 0; color: #999; }
  #portal .cols { display: flex; width: 600px; }
  #portal .item { display: flex; flex: none; width: 400px; height: 60px; }
  #portal .item img { flex: none; width: 80px; height: 50px; margin-right: 10px; }
  #portal .item h4 { margin: 0; font-size: 14px; line-height: 22px; height: 22px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  #portal .cols p { width: 190px; margin: 0 0 0 10px; }
  #portal .docbar { position: fixed; top: 0; left: 620px; width: 120px; height: 30px; line-height: 30px; overflow: hidden; background: #fff; }
  #portal .docside { position: fixed; top: 31px; left: 620px; width: 170px; margin: 0; }
  #portal .tabs { height: 30px; overflow: hidden; margin: 0; padding: 0; list-style: none; }
  #portal .tabs li { float: left; width: 64px; line-height: 30px; text-align: center; font-size: 14px; }
  #portal .letters { table-layout: fixed; width: 300px; }
  #portal .letters td { width: 120px; height: 24px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;

let carebar: Carebar;
let portal: HTMLElement;
let style: HTMLStyleElement;

beforeEach(async () => {
  carebar = freshCarebar();
  style = Object.assign(document.createElement('style'), { textContent: LEGACY_CSS });
  document.head.append(style);
  portal = await fixture<HTMLElement>(html`
    <div id="portal">
      <div class="head"><h1>云溪县人民政府</h1><p>YUNXI COUNTY PEOPLE'S GOVERNMENT</p></div>
      <div class="docbar">云溪县办事指南</div>
      <p class="docside">社会保障 · 城乡居民养老保险参保登记</p>
      <div class="nav"><a href="#1">首页</a><a href="#2">政务公开</a><a href="#3">办事服务</a><a href="#4">互动交流</a><a href="#5">走进云溪</a></div>
      <ul class="list">
        <li><a href="#n1">县委常委会召开会议研究部署冬季安全生产工作</a><span>11-20</span></li>
        <li><a href="#n2">我县举办老年人智能手机使用培训班</a><span>11-18</span></li>
        <li><a href="#n3">县人民医院开通老年人就医绿色通道</a><span>11-15</span></li>
        <li><a href="#n4">云溪县第四季度重点项目集中开工</a><span>11-10</span></li>
      </ul>
      <p class="title">关于公布2026年度县级非物质文化遗产代表性项目名录的公告</p>
      <p class="clamp">为进一步加强非物质文化遗产保护工作，经专家评审和社会公示，县人民政府同意公布第五批县级非物质文化遗产代表性项目名录，共计十二项，现予公布。</p>
      <div class="ticker"><p>滚动通知一</p><p>滚动通知二</p><p>滚动通知三</p></div>
      <div class="doctor"><h4>杨志明</h4><p>心血管内科 · 主任医师</p><p class="time">出诊：周一上午、周四全天</p></div>
      <ul class="tabs"><li><a href="#t1">政务动态</a></li><li><a href="#t2">信息公开</a></li><li><a href="#t3">办事服务</a></li></ul>
      <ol class="rank"><li><a href="#r1">城乡居民基本医疗保险参保登记</a><span>办件 3,216</span></li></ol>
      <div class="cols">
        <div class="item"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><div><h4><a href="#i1">我院胸痛中心顺利通过国家标准版胸痛中心认证</a></h4></div></div>
        <p>清明节假期门诊安排</p>
      </div>
      <div style="height: 22px; overflow: hidden">温馨提示：本站已开通适老化服务，欢迎老年朋友使用。</div>
      <table class="letters"><tr><td>XZXX2026031402</td><td><a href="#l1">关于夜间施工噪音的投诉</a></td></tr></table>
    </div>
  `);
});

afterEach(() => {
  resetAll();
  style.remove();
});

/** Each text of the portal, by its box, and the part of it that shows: within every ancestor that hides its overflow. */
function textBoxes(): Array<{ text: string; rect: DOMRect; shown: DOMRect; node: Text }> {
  const walker = document.createTreeWalker(portal, NodeFilter.SHOW_TEXT);
  const boxes = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
    for (let el = node.parentElement; el && el !== portal.parentElement; el = el.parentElement) {
      if (!/hidden|clip|auto|scroll/.test(getComputedStyle(el).overflow)) continue;
      const box = el.getBoundingClientRect();
      [left, top, right, bottom] = [Math.max(left, box.left), Math.max(top, box.top), Math.min(right, box.right), Math.min(bottom, box.bottom)];
    }
    boxes.push({ text: node.data.trim(), rect, shown: new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top)), node });
  }
  return boxes;
}

/** The texts that an ancestor hiding its overflow cuts off (one that scrolls shows all of it). */
function cutOff(): string[] {
  return textBoxes()
    .filter(({ rect, node }) => {
      for (let el = node.parentElement; el && el !== portal.parentElement; el = el.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(el);
        if (![overflowX, overflowY].some((overflow) => /hidden|clip/.test(overflow))) continue;
        const box = el.getBoundingClientRect();
        if (rect.bottom > box.bottom + 1 || rect.right > box.right + 1) return true;
        // A clamped paragraph draws fewer lines than it has.
        if (getComputedStyle(el).webkitLineClamp !== 'none' && el.scrollHeight > el.clientHeight + 1) return true;
      }
      return false;
    })
    .map(({ text }) => text);
}

/** Pairs of texts whose boxes overlap by more than 30% of the smaller. */
function overlapping(): string[] {
  const boxes = textBoxes();
  const pairs: string[] = [];
  boxes.forEach(({ text, shown: a }, i) =>
    boxes.slice(i + 1).forEach(({ text: other, shown: b }) => {
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      const smaller = Math.min(a.width * a.height, b.width * b.height);
      if (width > 0 && height > 0 && width * height > 0.3 * smaller) pairs.push(`${text} × ${other}`);
    }),
  );
  return pairs;
}

/** Until a pass of the relief (after a frame, in a lazy part) has let the boxes grow; then, nothing may be cut off or overlap. */
async function relieved(): Promise<void> {
  await waitUntil(() => cutOff().length === 0 && overlapping().length === 0, 'relieved', { timeout: 3000 }).catch(() => undefined);
  expect(cutOff(), 'cut off').to.deep.equal([]);
  expect(overlapping(), 'overlapping').to.deep.equal([]);
}

describe('layout relief (larger text on legacy layouts)', () => {
  it('starts from a page that fits: nothing overlapping, and only the title and summary cut short on purpose', () => {
    expect(cutOff()).to.deep.equal([portal.querySelector('.title')!.textContent, portal.querySelector('.clamp')!.textContent]);
    expect(overlapping()).to.deep.equal([]);
  });

  for (const [id, value] of [['text', 2], ['text', 1.5], ['spacing', 3], ['elder', true]] as const) {
    it(`${id} ${String(value)}: lets fixed boxes, one-line titles, long numbers, clamped lines and cards grow, so that no text is cut off or laid over other text`, async () => {
      const before = portal.getBoundingClientRect().height;
      carebar.set(id, value);
      await relieved();
      expect(portal.getBoundingClientRect().height, 'the page gets longer instead').to.be.greaterThan(before);
      // The box that scrolls already shows all its text: it is left as it is.
      expect(portal.querySelector('.ticker')!.getBoundingClientRect().height).to.equal(40);
    });
  }

  it('without it, the same page at text 200% cuts text off: the test sees what the relief fixes', async () => {
    carebar.set('text', 2);
    // Before the relief's pass (after the next frame, once its part has loaded), the boxes are as the site made them.
    expect(cutOff().length).to.be.greaterThan(2);
    await relieved();
  });

  it('follows the text as a visitor steps it up and down: what a card or header needs is worked out again at each size', async () => {
    for (const value of [1.25, 1.5, 2, 1.5]) {
      carebar.set('text', value);
      await relieved();
    }
  });

  it('keeps a nav label whole rather than breaking it over lines in its fixed-width item', async () => {
    carebar.set('text', 2);
    await relieved();
    const lines = [...portal.querySelectorAll('.tabs a')].map((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return `${label.textContent} ${range.getClientRects().length}`;
    });
    expect(lines).to.deep.equal(['政务动态 1', '信息公开 1', '办事服务 1']);
  });

  it('enlarges the text of a same-origin frame, one added later too, and leaves it as it was after reset', async () => {
    carebar.set('text', 2);
    const frame = document.createElement('iframe');
    frame.srcdoc = '<style>p { font-size: 14px; line-height: 20px }</style><p>县政府信息公开目录</p><p style="font-size: 12pt">统计公报正文</p>';
    const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
    portal.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const sizes = () => [...doc.querySelectorAll('p')].map((p) => getComputedStyle(p).fontSize);
    await waitUntil(() => sizes()[0] === '28px', 'the frame’s text enlarged', { timeout: 3000 });
    // The site's rule and the style attribute in points alike.
    expect(sizes()).to.deep.equal(['28px', '32px']);
    carebar.reset();
    await nextFrame();
    expect(sizes()).to.deep.equal(['14px', '16px']);
    expect(doc.documentElement.getAttributeNames().filter((name) => name.startsWith('data-care'))).to.deep.equal([]);
    expect(doc.querySelectorAll('[data-care-font]').length).to.equal(0);
    expect(doc.adoptedStyleSheets.every((sheet) => sheet.cssRules.length === 0)).to.equal(true);
  });

  it('reaches content added later, such as a carousel slide or a list an app renders', async () => {
    carebar.set('text', 2);
    await relieved();
    const item = document.createElement('li');
    item.innerHTML = '<a href="#n5">关于开展2026年度城乡居民医保缴费工作的通知</a><span>11-08</span>';
    portal.querySelector('.list')!.append(item);
    await relieved();
  });

  it('leaves the page exactly as it was after reset', async () => {
    await nextFrame();
    const before = snapshotPage();
    carebar.set('text', 2);
    await relieved();
    // The site's rules are relieved by twins, the box sized by its style attribute by a mark.
    expect(portal.querySelector('.nav')!.clientHeight).to.be.greaterThan(32);
    expect(portal.querySelectorAll('[data-care-grow]').length).to.equal(1);
    // The rules it found are kept for the next page, and forgotten with the rest.
    expect(localStorage.getItem('carebar:v1:relief')).to.contain('#portal .list li');
    carebar.reset();
    await nextFrame();
    expect(differences(before, snapshotPage())).to.deep.equal([]);
    expect(portal.querySelector('.nav')!.clientHeight).to.equal(32);
    expect(localStorage.getItem('carebar:v1:relief')).to.equal(null);
  });
});
