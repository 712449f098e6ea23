// Hostile and broken pages (issue 8): each gets a stable code and a message a person understands, and
// the rest of the run goes on. One browser and one server on 127.0.0.1 serve the whole file; test host
// names are mapped by Chromium's --host-resolver-rules, so no real resolver is ever asked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_ARGS, audit, findChrome, type AuditReport, type PageReport } from '../../auditor/index.js';

const html = (title: string, body: string) => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
const UNLABELLED_IMAGE = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';

const PAGES: Record<string, string> = {
  '/ok.html': html('正常', '<p>正文</p>'),
  // The first Tab press locks the renderer up: axe and the earlier checks are done by then.
  '/hang.html': html('卡死', `${UNLABELLED_IMAGE}<a href="#a">链接</a><script>addEventListener('keydown', () => { for (;;) {} });</script>`),
  // Asks the test to crash its tab once it has loaded.
  '/crash.html': html('崩溃', `${UNLABELLED_IMAGE}<script>addEventListener('load', () => fetch('/crash-now'));</script>`),
  '/dialogs.html': html('弹框', `${UNLABELLED_IMAGE}<script>
    alert('欢迎'); confirm('继续吗？'); prompt('姓名');
    addEventListener('beforeunload', (event) => { event.preventDefault(); event.returnValue = ''; });
    setTimeout(() => alert('又一个'), 100);</script>`),
  '/scroll.html': html('无限滚动', `<div id="feed"></div><script>
    let n = 0;
    const more = () => { for (let i = 0; i < 30; i++) { const a = document.createElement('a'); a.href = '#item' + n; a.textContent = '新闻 ' + n++; feed.append(a, document.createElement('br')); } };
    more();
    addEventListener('scroll', () => { if (innerHeight + scrollY > document.body.scrollHeight - 400) more(); });</script>`),
  '/framed.html': html('框架内', UNLABELLED_IMAGE),
  // A page whose one Tab stop is a frame that Tab never enters: its site cannot be reached, as a map's or a
  // video's often cannot from an intranet.
  '/empty-frame.html': html('空框架', '<iframe title="地图" src="http://nowhere.test/map"></iframe>'),
  // A site's script that would lose the page's language if it met an `axe` of the auditor's while loading.
  '/own-script.html': html('自己的脚本', `<iframe title="同源" src="/framed.html"></iframe>
    <script>if (typeof axe !== 'undefined') document.documentElement.lang = '';</script>`),
};

let browser: Browser;
let origin: string;
let closedPort: number;
const server = createServer((req, res) => {
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/missing': (r) => r.writeHead(404).end('gone'),
    '/broken': (r) => r.writeHead(500).end('oops'),
    '/loop': (r) => r.writeHead(302, { location: '/loop' }).end(),
    '/report.pdf': (r) => r.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n%%EOF\n'),
    '/data.json': (r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    '/endless': (r) => r.writeHead(200, { 'content-type': 'text/html' }).write('<!doctype html><title>没完</title><p>'),
    '/crash-now': (r) => {
      const tab = browser.targets().find((target) => target.url().endsWith('/crash.html'));
      void tab?.page().then((tabPage) => tabPage?.createCDPSession()).then((session) => session?.send('Page.crash')).catch(() => undefined);
      r.end();
    },
    // A same-origin frame, a cross-origin frame (another host name, mapped to 127.0.0.1) and a shadow root.
    '/frames.html': (r) =>
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        html('框架', `<iframe title="同源" src="/framed.html"></iframe><iframe title="跨源" src="http://other.test:${new URL(origin).port}/framed.html"></iframe>
        <div id="host"></div><script>host.attachShadow({ mode: 'open' }).innerHTML = '<p style="font-size:10px">影子里的小字</p>';</script>`),
      ),
  };
  const route = routes[req.url ?? ''];
  if (route) return route(res);
  const page = PAGES[req.url ?? ''];
  res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
});

/** A self-signed certificate for 127.0.0.1, made by openssl when the machine has it. */
function selfSigned(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'carebar-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return null;
  }
}
const tls = selfSigned();
const httpsServer = tls ? createHttpsServer(tls, (_, res) => res.end(html('加密', '<p>正文</p>'))) : null;

const listen = async (s: { listen: (port: number, host: string, done: () => void) => unknown; address: () => unknown }) => {
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return (s.address() as { port: number }).port;
};

/** One run over every broken page, with a short time limit (long enough for axe on a busy machine): each page says what went wrong. */
let broken: AuditReport;
/** One run over hostile pages that can and must be audited. */
let hostile: AuditReport;
/** A page audited in the tab that a page with a beforeunload prompt had. */
let afterDialogs: AuditReport;
const page = (report: AuditReport, path: string): PageReport => {
  const found = report.pages.find((p) => p.url.endsWith(path));
  assert.ok(found, `${path} is in the report`);
  return found;
};

before(async () => {
  origin = `http://127.0.0.1:${await listen(server)}`;
  const closed = createServer();
  closedPort = await listen(closed);
  await new Promise((ok) => closed.close(ok));
  const httpsPort = httpsServer ? await listen(httpsServer) : 0;
  const executablePath = await findChrome();
  assert.ok(executablePath, 'Chrome or Chromium is needed');
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP nowhere.test ~NOTFOUND, MAP other.test 127.0.0.1'],
  });
  const brokenUrls = [
    'http://exa mple/',
    `${origin}/missing`,
    `${origin}/broken`,
    `${origin}/loop`,
    `${origin}/report.pdf`,
    `${origin}/data.json`,
    `${origin}/endless`,
    `${origin}/hang.html`,
    `${origin}/crash.html`,
    'http://nowhere.test/',
    `http://127.0.0.1:${closedPort}/`,
    ...(httpsServer ? [`https://127.0.0.1:${httpsPort}/`] : []),
    `${origin}/ok.html`,
  ];
  [broken, hostile, afterDialogs] = await Promise.all([
    audit(brokenUrls, { browser, lang: 'en', timeout: 6000 }),
    audit([`${origin}/dialogs.html`, `${origin}/scroll.html`, `${origin}/frames.html`, `${origin}/own-script.html`, `${origin}/empty-frame.html`, 'no-such-file.html'], { browser, includePasses: true }),
    // One tab for both: the second page is loaded where the first asked "leave this page?".
    audit([`${origin}/dialogs.html`, `${origin}/ok.html`], { browser, concurrency: 1 }),
  ]);
});

after(async () => {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
  await new Promise((ok) => (httpsServer ? httpsServer.close(ok) : ok(undefined)));
});

describe('pages that cannot be audited say why, and the run goes on', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an invalid URL', 'http://exa mple/', /^"http:\/\/exa mple\/" is neither a URL that can be audited/],
    ['HTTP 404', '/missing', /HTTP 404 Not Found/],
    ['HTTP 500', '/broken', /HTTP 500 Internal Server Error/],
    ['a redirect loop', '/loop', /redirect loop/],
    ['a PDF', '/report.pdf', /returns application\/pdf, not a web page/],
    ['JSON', '/data.json', /returns application\/json, not a web page/],
    ['a response that never ends', '/endless', /did not finish loading within 6 s/],
    ['a DNS failure', 'http://nowhere.test/', /domain name does not resolve/],
    ['a refused connection', `:${0}/`, /refused the connection/],
  ];
  const codes: Record<string, string> = {
    'an invalid URL': 'ERR_INVALID_URL',
    'HTTP 404': 'ERR_HTTP_404',
    'HTTP 500': 'ERR_HTTP_500',
    'a redirect loop': 'ERR_TOO_MANY_REDIRECTS',
    'a PDF': 'ERR_NOT_HTML',
    JSON: 'ERR_NOT_HTML',
    'a response that never ends': 'ERR_TIMEOUT',
    'a DNS failure': 'ERR_NAME_NOT_RESOLVED',
    'a refused connection': 'ERR_CONNECTION_REFUSED',
  };
  for (const [what, path, message] of cases) {
    test(`${what}: ${codes[what]}`, () => {
      const report = page(broken, path === `:${0}/` ? `:${closedPort}/` : path);
      assert.equal(report.error?.code, codes[what]);
      assert.match(report.error?.message ?? '', message);
      assert.equal(report.verdict, '不合格');
      assert.ok(report.findings.some((f) => f.id === 'gov-reach' && f.outcome === 'fail'), 'GOV-REACH says the page could not be reached');
    });
  }

  test('a self-signed certificate: a TLS error', { skip: httpsServer ? false : 'openssl is not on this machine' }, () => {
    const report = broken.pages.find((p) => p.url.startsWith('https://'));
    assert.match(report?.error?.code ?? '', /^ERR_CERT_/);
    assert.match(report?.error?.message ?? '', /certificate .* not trusted/);
  });

  test('the good page in the same run is audited in full', () => {
    const ok = page(broken, '/ok.html');
    assert.equal(ok.error, null);
    assert.equal(ok.partial, false);
    assert.equal(broken.pages.length, httpsServer ? 13 : 12, 'every page is in the report, in order');
  });

  test('messages are in the report language', () => {
    assert.match(page(hostile, 'no-such-file.html').error?.message ?? '', /^“no-such-file\.html”既不是可以审计的网址/);
  });
});

describe('pages that fight the audit are audited as far as they allow', () => {
  test('a page that locks up during the checks keeps what was found, and is partial', () => {
    const hung = page(broken, '/hang.html');
    assert.equal(hung.error, null);
    assert.equal(hung.partial, true);
    assert.ok(hung.findings.some((f) => f.id === 'image-alt' && f.outcome === 'fail'), 'axe ran before the lock-up');
    const incomplete = hung.findings.find((f) => f.id === 'audit-incomplete');
    assert.equal(incomplete?.outcome, 'review');
    assert.match(incomplete?.message ?? '', /did not finish within the per-page time limit \(6 s\): elder-keys, elder-reflow/);
    assert.ok(incomplete?.requirements.includes('ELDER-KEYS'));
  });

  test('a tab that crashes: ERR_PAGE_CRASHED, the page fails, and the run goes on', () => {
    const crashed = page(broken, '/crash.html');
    assert.equal(crashed.error?.code, 'ERR_PAGE_CRASHED');
    assert.match(crashed.error?.message ?? '', /tab crashed/);
    assert.equal(crashed.verdict, '不合格');
  });

  test('alert, confirm, prompt and beforeunload are dismissed, and the page is audited', () => {
    const dialogs = page(hostile, '/dialogs.html');
    assert.equal(dialogs.error, null);
    assert.equal(dialogs.partial, false);
    assert.ok(dialogs.findings.some((f) => f.id === 'image-alt' && f.outcome === 'fail'));
  });

  test('a "leave this page?" prompt does not keep the next page of the site from loading in its tab', () => {
    const next = page(afterDialogs, '/ok.html');
    assert.equal(next.finalUrl, `${origin}/ok.html`);
    assert.ok(!next.findings.some((f) => f.id === 'image-alt'), "the findings are ok.html's, not those of dialogs.html, which has an unlabelled image");
  });

  test('infinite scroll is not followed forever', () => {
    const scroll = page(hostile, '/scroll.html');
    assert.equal(scroll.error, null);
    assert.equal(scroll.partial, false);
    assert.equal(scroll.findings.find((f) => f.id === 'elder-keys')?.outcome, 'pass');
  });

  test('frames and shadow DOM: axe looks inside, and carebar says where its own checks did not', () => {
    const frames = page(hostile, '/frames.html');
    assert.equal(frames.partial, false);
    const imageAlt = frames.findings.find((f) => f.id === 'image-alt');
    assert.ok(imageAlt?.nodes.some((node) => node.selector.startsWith('iframe[title="同源"]')), 'axe finds the unlabelled image inside the same-origin frame');
    assert.ok(imageAlt?.nodes.some((node) => node.selector.startsWith('iframe[title="跨源"]')), 'axe finds the unlabelled image inside the cross-origin frame');
    const scope = frames.findings.find((f) => f.id === 'content-scope');
    assert.equal(scope?.outcome, 'review');
    assert.match(scope?.message ?? '', /没有进入 2 个 iframe 和 1 个 shadow DOM/);
    assert.ok(!frames.findings.some((f) => f.message.includes('检查未能完成')), 'no check broke on them');
  });

  test('a frame that Tab skips is no keyboard trap', () => {
    const keys = page(hostile, '/empty-frame.html').findings.find((f) => f.id === 'elder-keys');
    assert.equal(keys?.outcome, 'pass', keys?.message);
  });

  test("a page's own scripts meet nothing of the auditor's while the page loads, in a tab that audited pages before", () => {
    const ownScript = page(hostile, '/own-script.html');
    assert.equal(ownScript.findings.find((f) => f.id === 'html-has-lang')?.outcome, 'pass', 'the script found no axe and left the language alone');
    const imageAlt = ownScript.findings.find((f) => f.id === 'image-alt');
    assert.deepEqual(imageAlt?.nodes.map((node) => node.selector), ['iframe img'], 'axe still looks inside its frame');
  });
});
