// What a team tells the auditor about its site (issue 22): steps that log in or open a panel, a session
// that carries a login over, rules and elements left out, and options for one URL. One server on
// 127.0.0.1 plays a site with a members' area behind a login form.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { audit, type AuditReport, type PageReport } from '../../auditor/index.js';
import { FIXTURES } from './helpers.js';

const UNLABELLED = (name: string) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" class="${name}">`;
const html = (title: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const PAGES: Record<string, string> = {
  '/login.html': html('登录', `<form method="post" action="/login">
    <label>用户名 <input id="user" name="user"></label> <label>密码 <input id="password" name="password" type="password"></label>
    <button type="submit">登录</button></form>`),
  '/member/index.html': html('会员中心', `<p>欢迎回来。</p>${UNLABELLED('member-only')}`),
  '/member/orders.html': html('我的办件', `<p>办件进度。</p>${UNLABELLED('orders-only')}`),
  // A tab panel that the page builds only when its tab is pressed.
  '/tabs.html': html('通知公告', `<button type="button" id="tab2">政策解读</button><div id="panels"></div>
    <script>document.getElementById('tab2').addEventListener('click', () => {
      setTimeout(() => { document.getElementById('panels').innerHTML = '<section id="panel2"><p>解读</p>${UNLABELLED('in-panel')}</section>'; }, 200);
    });</script>`),
  // An image shown on narrow screens only.
  '/narrow.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>窄屏</title>
    <style>@media (min-width: 600px) { .narrow-only { display: none } }</style></head><body><main><h1>窄屏</h1>${UNLABELLED('narrow-only')}</main></body></html>`,
  '/widget.html': readFileSync(`${FIXTURES}team/widget.html`, 'utf8'),
  // A search form whose results appear only after a choice, typing and Enter; and a script API of its own.
  '/search.html': html('办事搜索', `<label>地区 <select id="area"><option value="">请选择</option><option value="qx">区县</option></select></label>
    <label>关键词 <input id="q"></label><div id="results"></div>
    <script>
      const results = document.getElementById('results');
      const add = (name) => results.insertAdjacentHTML('beforeend', '${UNLABELLED('NAME')}'.replace('NAME', name));
      document.getElementById('area').addEventListener('change', (event) => event.target.value === 'qx' && add('after-select'));
      document.getElementById('q').addEventListener('keydown', (event) => event.key === 'Enter' && event.target.value === '社保' && add('after-press'));
      window.showNotice = () => add('from-script');
    </script>`),
};

const loggedIn = (req: IncomingMessage) => /(?:^|;\s*)sid=member(?:;|$)/.test(req.headers.cookie ?? '');
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (req.method === 'POST' && path === '/login') {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const ok = form.get('user') === 'laozhang' && form.get('password') === 'mima';
      res.writeHead(302, { location: ok ? '/member/index.html' : '/login.html', ...(ok ? { 'set-cookie': 'sid=member; Path=/; HttpOnly' } : {}) }).end();
    });
    return;
  }
  if (path.startsWith('/member/') && !loggedIn(req)) return void res.writeHead(302, { location: '/login.html' }).end();
  const page = PAGES[path];
  res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
});

let origin: string;
before(async () => {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
});

const pageOf = (report: AuditReport, path: string): PageReport => {
  const found = report.pages.find((page) => page.url.endsWith(path));
  assert.ok(found, `${path} is in the report`);
  return found;
};
/** The classes of the images that axe found without a text alternative. */
const unlabelled = (page: PageReport) => page.findings.find((f) => f.id === 'image-alt')?.nodes.map((node) => /class="([^"]*)"/.exec(node.html)?.[1] ?? node.html) ?? [];
const LOGIN = [{ fill: '#user', value: 'laozhang' }, { fill: '#password', value: 'mima' }, { click: 'button[type=submit]' }, { waitForUrl: '/member/' }];

describe('actions', () => {
  test("log in, and with a session the site's other pages are audited as the member sees them", async () => {
    const urls = [{ url: `${origin}/login.html`, actions: LOGIN }, `${origin}/member/orders.html`];
    const [withSession, without] = await Promise.all([audit(urls, { session: true, concurrency: 2 }), audit(urls, { concurrency: 2 })]);
    const login = pageOf(withSession, '/login.html');
    assert.equal(login.error, null);
    assert.equal(login.finalUrl, `${origin}/member/index.html`, 'reported where the steps left it');
    assert.deepEqual(unlabelled(login), ['member-only'], "the members' page was audited, not the form");
    const orders = pageOf(withSession, '/member/orders.html');
    assert.equal(orders.finalUrl, `${origin}/member/orders.html`, 'the login held for the next page');
    assert.deepEqual(unlabelled(orders), ['orders-only']);
    assert.equal(pageOf(without, '/member/orders.html').finalUrl, `${origin}/login.html`, 'without a session, the page sends a stranger to the login');
  });

  test('a click builds a panel before the checks, and a step that cannot be done fails its page alone', async () => {
    const report = await audit(
      [
        { url: `${origin}/tabs.html`, actions: [{ click: '#tab2' }, { waitFor: '#panel2 img' }] },
        { url: `${origin}/tabs.html?again`, actions: [{ click: '#tab2' }, { click: '#tab9' }], timeout: 2000 },
        `${origin}/login.html`,
      ],
      { lang: 'en', concurrency: 1 },
    );
    assert.deepEqual(unlabelled(pageOf(report, '/tabs.html')), ['in-panel']);
    const failed = pageOf(report, '/tabs.html?again');
    assert.equal(failed.error?.code, 'ERR_ACTION');
    assert.match(failed.error.message, /^Step 2 of the actions \(click "#tab9"\) could not be done, so the page was not audited: /);
    assert.equal(failed.score, 0);
    assert.equal(pageOf(report, '/login.html').error, null, 'the run goes on');
  });

  test('select, fill, press, a script module and navigate each do their part', async () => {
    const report = await audit([
      { url: `${origin}/search.html`, actions: [{ select: '#area', value: 'qx' }, { fill: '#q', value: '社保' }, { press: 'Enter' }, { script: `${FIXTURES}team/add-notice.mjs` }] },
      { url: `${origin}/login.html`, actions: [{ navigate: '/tabs.html?from-login' }, { click: '#tab2' }, { waitFor: '#panel2' }] },
    ]);
    assert.deepEqual(unlabelled(pageOf(report, '/search.html')).sort(), ['after-press', 'after-select', 'from-script']);
    const navigated = pageOf(report, '/login.html');
    assert.equal(navigated.finalUrl, `${origin}/tabs.html?from-login`);
    assert.deepEqual(unlabelled(navigated), ['in-panel']);
  });
});

describe('what a team leaves out', () => {
  let plain: AuditReport;
  let decided: AuditReport;
  before(async () => {
    const url = `${origin}/widget.html`;
    [plain, decided] = await Promise.all([
      audit(url, { includePasses: true }),
      audit(url, { includePasses: true, hideElements: ['#amap'], ignore: ['color-contrast', 'elder-keys'] }),
    ]);
  });

  test("hideElements: the widget's faults disappear from axe's findings and carebar's, the page's own stay", () => {
    assert.deepEqual(unlabelled(plain.pages[0]).sort(), ['map-tile', 'site-photo']);
    assert.deepEqual(unlabelled(decided.pages[0]), ['site-photo']);
    for (const id of ['elder-text', 'elder-target']) {
      assert.equal(plain.pages[0].findings.find((f) => f.id === id)?.outcome, 'fail', `${id} fails on the widget's small print and buttons`);
      assert.equal(decided.pages[0].findings.find((f) => f.id === id)?.outcome, 'pass', `${id} leaves the widget out`);
    }
  });

  test('ignore: the rules are not run, and the coverage says they were left out', () => {
    assert.ok(plain.pages[0].findings.some((f) => f.id === 'elder-keys'));
    assert.ok(!decided.pages[0].findings.some((f) => f.id === 'color-contrast' || f.id === 'elder-keys'));
    assert.deepEqual(decided.summary.coverage.ignored, ['color-contrast', 'elder-keys']);
    assert.deepEqual(plain.summary.coverage.ignored, []);
  });

  test('a typo stops the run before any page, saying what is allowed', async () => {
    await assert.rejects(audit(`${origin}/widget.html`, { ignore: ['colour-contrast'] }), /ignore: "colour-contrast" is neither an axe rule id .* nor a carebar check id \(gov-reach, .*elder-keys/);
    await assert.rejects(audit(`${origin}/widget.html`, { hideElements: ['#amap', 'div['] }), /hideElements: "div\[" is not a valid CSS selector/);
    await assert.rejects(audit([{ url: `${origin}/widget.html`, concurrency: 2 } as never]), /input 1 \(.*widget\.html\) has "concurrency": a URL may set only actions/);
  });
});

describe("a URL's own options", () => {
  test('apply to that page alone, in a tab that serves the site before and after it', async () => {
    const report = await audit(
      [`${origin}/narrow.html?first`, { url: `${origin}/narrow.html?phone`, viewport: { width: 375, height: 667 } }, `${origin}/narrow.html?last`],
      { concurrency: 1 },
    );
    assert.deepEqual(unlabelled(pageOf(report, '?first')), []);
    assert.deepEqual(unlabelled(pageOf(report, '?phone')), ['narrow-only'], 'seen on its narrow viewport');
    assert.deepEqual(unlabelled(pageOf(report, '?last')), [], 'the next page is back on the run’s viewport');
  });
});
