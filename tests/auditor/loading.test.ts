// How pages are found and loaded: sitemaps, headers and cookies, --mobile and --wait-for.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { audit } from '../../auditor/index.js';

const PAGE = '<!doctype html><html lang="zh-CN"><head><title>页面</title></head><body><main><h1>页面</h1><p>正文</p></main></body></html>';
const LATE_IMAGE = `<!doctype html><html lang="zh-CN"><head><title>迟到</title></head><body><main><h1>迟到</h1></main>
<script>setTimeout(() => { const img = document.createElement('img'); img.id = 'late'; img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('main').append(img); }, 300);</script></body></html>`;

/** A site whose server remembers what each request asked for. */
let server: Server;
let origin: string;
const requests = new Map<string, IncomingHttpHeaders>();
/** How often a stylesheet that browsers may keep for an hour was asked for. */
let keptCssLoads = 0;
/** Slow pages being served right now, and the most there were at once. */
let slowNow = 0;
let slowMost = 0;
/** A hub page that links to twelve slow pages, as a portal's homepage links to its columns. */
const HUB = PAGE.replace('</main>', `${Array.from({ length: 12 }, (_, i) => `<a href="/slow/${i + 1}.html">栏目 ${i + 1}</a>`).join('')}</main>`);
const pageWith = (head: string) => PAGE.replace('</head>', `${head}</head>`);

/** A page with a web font, a video and a script from another site (localhost, beside 127.0.0.1), under `/heavy/<run>/`. */
const heavyPage = (run: string) => `<!doctype html><html lang="zh-CN"><head><title>重</title>
<style>@font-face { font-family: Site; src: url(/heavy/${run}/font.woff2); } body { font-family: Site; }</style>
<script src="${origin.replace('127.0.0.1', 'localhost')}/heavy/${run}/widget.js"></script></head>
<body><main><h1>重</h1><p>正文</p><video src="/heavy/${run}/clip.mp4" autoplay muted></video></main></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    requests.set(req.url ?? '', req.headers);
    const urlset = (paths: string[]) => paths.map((path) => `<url><loc>${origin}${path}</loc></url>`).join('');
    const routes: Record<string, [string, string]> = {
      '/sitemap-index.xml': ['application/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemap.xml</loc></sitemap></sitemapindex>`],
      '/sitemap.xml': ['application/xml', `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urlset(['/', '/news.html', '/about.html'])}</urlset>`],
      '/late.html': ['text/html; charset=utf-8', LATE_IMAGE],
      '/kept.css': ['text/css', 'p { margin: 1em; }'],
      '/keeps.html': ['text/html; charset=utf-8', pageWith(`<link rel="stylesheet" href="${origin}/kept.css">`)],
      '/keeps-too.html': ['text/html; charset=utf-8', pageWith(`<link rel="stylesheet" href="${origin}/kept.css">`)],
    };
    // A sitemap as some CMSs write it: gzipped as a file, with a namespace prefix, a URL in CDATA, a file and pages robots.txt keeps out.
    const prefixed = (paths: string[]) => paths.map((path) => `<sm:url><sm:loc><![CDATA[${origin}${path}]]></sm:loc></sm:url>`).join('');
    if (req.url === '/cms-sitemap.xml.gz') {
      const xml = `<?xml version="1.0"?><sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">${prefixed(['/a.html?x=1&y=2', '/drafts/b.html', '/news/c.html', '/news/d.html', '/report.pdf'])}</sm:urlset>`;
      res.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(xml));
      return;
    }
    routes['/robots.txt'] = ['text/plain', 'User-agent: *\nDisallow: /drafts/\n'];
    routes['/hub.html'] = ['text/html; charset=utf-8', HUB];
    if (req.url?.startsWith('/slow/')) {
      slowMost = Math.max(slowMost, ++slowNow);
      setTimeout(() => {
        slowNow--;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      }, 400);
      return;
    }
    const heavy = /^\/heavy\/(\w+)\.html$/.exec(req.url ?? '');
    if (heavy) routes[req.url!] = ['text/html; charset=utf-8', heavyPage(heavy[1])];
    const [type, body] = routes[req.url ?? ''] ?? ['text/html; charset=utf-8', PAGE];
    if (req.url === '/kept.css') {
      keptCssLoads++;
      res.setHeader('cache-control', 'max-age=3600');
    }
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

describe('finding and loading pages', () => {
  test('audits the pages of a sitemap index; only the site root is an entry page', async () => {
    const report = await audit([], { sitemap: `${origin}/sitemap-index.xml` });
    assert.deepEqual(
      report.pages.map((page) => [page.url.replace(origin, ''), page.entry]),
      [['/', true], ['/news.html', false], ['/about.html', false]],
    );
    assert.ok(report.pages.every((page) => page.error === null));
  });

  test('reads a gzipped sitemap with namespace prefixes and CDATA, in scope and as robots.txt allows', async () => {
    const paths = (report: Awaited<ReturnType<typeof audit>>) => report.pages.map((page) => page.url.replace(origin, ''));
    const sitemap = `${origin}/cms-sitemap.xml.gz`;
    assert.deepEqual(paths(await audit([], { sitemap })), ['/a.html?x=1&y=2', '/news/c.html', '/news/d.html']);
    assert.deepEqual(paths(await audit([], { sitemap, scope: { include: ['/news/'], maxPages: 1 } })), ['/news/c.html']);
    assert.deepEqual(paths(await audit([], { sitemap, scope: { exclude: ['\\?'], robots: false } })), ['/drafts/b.html', '/news/c.html', '/news/d.html']);
  });

  test('keeps every tab busy while a crawl finds pages', async () => {
    slowMost = 0;
    const report = await audit(`${origin}/hub.html`, { crawl: { depth: 1, maxPages: 13 }, concurrency: 4 });
    assert.equal(report.pages.length, 13);
    assert.ok(slowMost >= 3, `at most ${slowMost} of the hub's pages were loading at once, with 4 tabs`);
  });

  test('says clearly when the sitemap cannot be read', async () => {
    await assert.rejects(audit([], { sitemap: 'http://127.0.0.1:9/sitemap.xml' }), /sitemap .*could not be read/);
  });

  test('sends extra headers and cookies with the page request', async () => {
    await audit(`${origin}/private.html`, { headers: { 'x-audit-token': 'abc' }, cookies: { session: 'xyz' } });
    const sent = requests.get('/private.html');
    assert.equal(sent?.['x-audit-token'], 'abc');
    assert.match(String(sent?.cookie), /session=xyz/);
  });

  test('--mobile loads the page as a phone', async () => {
    await audit(`${origin}/phone.html`, { mobile: true });
    assert.match(String(requests.get('/phone.html')?.['user-agent']), /iPhone|Mobile/);
  });

  test('--block refuses web fonts, media and other sites, and the page is still audited', async () => {
    const assets = (run: string) => ['font.woff2', 'clip.mp4', 'widget.js'].filter((file) => requests.has(`/heavy/${run}/${file}`));
    const [open, blocked] = await Promise.all([
      audit(`${origin}/heavy/open.html`),
      audit(`${origin}/heavy/blocked.html`, { block: ['fonts', 'media', 'third-party'] }),
    ]);
    assert.deepEqual(assets('open'), ['font.woff2', 'clip.mp4', 'widget.js'], 'without --block the page loads all three');
    assert.deepEqual(assets('blocked'), []);
    for (const report of [open, blocked]) assert.equal(report.pages[0].error, null);
    assert.deepEqual(blocked.pages[0].findings.map((f) => f.id).sort(), open.pages[0].findings.map((f) => f.id).sort(), 'the same checks ran');
  });

  test('--wait-for audits what appears late, and says so when it never does', async () => {
    const waited = await audit(`${origin}/late.html`, { waitFor: '#late' });
    assert.ok(waited.pages[0].findings.some((finding) => finding.id === 'image-alt' && finding.outcome === 'fail'));
    const missing = await audit(`${origin}/late.html`, { waitFor: '#never', timeout: 2000, lang: 'en' });
    assert.match(missing.pages[0].error?.message ?? '', /"#never" did not appear/);
  });

  test('each site starts as a new visitor: nothing one site left in the browser reaches another', async () => {
    // Another site on this machine (another port) that uses the first one's stylesheet. Sharing a
    // browser context, it would find the stylesheet in the cache the first site filled.
    const otherSite = createServer((_request, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageWith(`<link rel="stylesheet" href="${origin}/kept.css">`)));
    await new Promise<void>((ok) => otherSite.listen(0, '127.0.0.1', ok));
    try {
      const { port } = otherSite.address() as { port: number };
      keptCssLoads = 0;
      const report = await audit([`${origin}/keeps.html`, `${origin}/keeps-too.html`, `http://127.0.0.1:${port}/`], { concurrency: 1 });
      assert.ok(report.pages.every((page) => page.error === null));
      assert.equal(keptCssLoads, 2, 'once for each site: the first site kept it for its next page, the other asked again');
    } finally {
      await new Promise<void>((ok) => otherSite.close(() => ok()));
    }
  });
});
