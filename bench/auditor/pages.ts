// The benchmark's site: government-style pages generated from a fixed seed, served on 127.0.0.1.
// Page i is the same in every run and for every page count, so figures from different runs compare.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const IMAGES = 8;
const FRAMES = 4;

/** mulberry32: a small PRNG, so that "random" pages are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  '为方便群众办事，本市推出一批便民服务事项', '各区人民政府，市政府各部门：现将有关事项通知如下', '请认真贯彻执行',
  '办理时限为五个工作日', '申请人可通过网上大厅提交材料', '咨询电话：12345', '养老金资格认证可在手机上完成',
  '医保异地就医备案流程进一步简化', 'The service is also available in English', '政策解读与常见问题',
];

/** One page of the site: its sections are drawn from a PRNG seeded with the page's number. */
function page(i: number, count: number): string {
  const random = seeded(20240 + i);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const text = (sentences: number) => Array.from({ length: sentences }, () => pick(PHRASES)).join('，') + '。';
  const link = () => (random() < 0.05 ? `/missing/${between(1, 9)}.html` : `/pages/${between(0, count - 1)}.html`);
  let frames = 0;
  const sections: Record<string, () => string> = {
    text: () => {
      const level = between(2, 4); // levels are skipped at times, as real pages do
      return `<h${level}>${pick(PHRASES)}</h${level}>` + Array.from({ length: between(1, 4) }, () => `<p>${text(between(1, 6))}</p>`).join('');
    },
    links: () => `<ul>${Array.from({ length: between(3, 12) }, () => `<li><a href="${link()}">${pick(PHRASES)}</a></li>`).join('')}</ul>`,
    form: () =>
      `<form action="/pages/0.html"><label>姓名 <input name="name"></label> <input name="phone" placeholder="电话">` +
      `<select name="area"><option>市本级</option><option>区县</option></select><textarea name="note"></textarea>` +
      `<button>${random() < 0.7 ? '提交' : ''}</button></form>`,
    table: () => {
      const cols = between(3, 5);
      const head = random() < 0.6 ? `<tr>${Array.from({ length: cols }, (_, c) => `<th>列${c + 1}</th>`).join('')}</tr>` : '';
      const rows = Array.from({ length: between(3, 10) }, (_, r) => `<tr>${Array.from({ length: cols }, (_, c) => `<td>${r}-${c}</td>`).join('')}</tr>`);
      return `<table>${head}${rows.join('')}</table>`;
    },
    images: () =>
      Array.from({ length: between(1, 4) }, () => {
        const alt = pick([' alt="办事流程图"', ' alt=""', '']); // a real alt, a decorative one, none
        return `<img src="/img/${between(0, IMAGES - 1)}.svg" width="120" height="80"${alt}>`;
      }).join(' '),
    faint: () => `<p style="color:#${pick(['999', 'aaa', 'bbb', '777'])};font-size:${pick([12, 13, 14])}px">${text(2)}</p>`,
    frame: () => (frames++ < 2 ? `<iframe src="/frame/${between(0, FRAMES - 1)}.html" width="400" height="200"${random() < 0.5 ? ' title="在线办理"' : ''}></iframe>` : ''),
  };
  const kinds = Object.keys(sections);
  // One page in ten is long (a policy document or a news list); the others have a handful of sections.
  const body = Array.from({ length: i % 10 === 7 ? 150 : between(3, 25) }, () => `<section>${sections[pick(kinds)]()}</section>`).join('\n');
  const elder = i % 8 === 3; // elder versions, where carebar's elder checks apply
  const floating = i % 6 === 2 ? `<aside style="position:fixed;right:20px;bottom:20px;width:300px;height:200px;background:#fee">${text(1)}${i % 12 === 2 ? '' : '<button>关闭</button>'}</aside>` : '';
  const footer = random() < 0.5 ? '<p>主办单位：某某市人民政府办公室 联系电话：0771-1234567 网站标识码：4501000001 桂ICP备12345678号</p><a href="/pages/0.html">我为政府网站找错</a>' : '<p>版权所有</p>';
  return `<!doctype html><html${random() < 0.8 ? ' lang="zh-CN"' : ''}><head><meta charset="utf-8"><title>第${i}页${elder ? ' 关怀版' : ''}</title>
<style>body{font-family:sans-serif;${elder ? 'font-size:20px;line-height:1.6' : 'font-size:15px'};max-width:70rem;margin:auto}</style></head>
<body><header><h1>某某市人民政府 第${i}页</h1><nav>${Array.from({ length: 6 }, () => `<a href="${link()}">${pick(PHRASES)}</a>`).join(' ')}</nav></header>
<main>${body}</main>${floating}<footer>${footer}</footer></body></html>`;
}

const frame = (i: number) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>在线办理${i}</title></head><body><form><input name="q"><button>查询</button><img src="/img/${i}.svg"></form></body></html>`;

const image = (i: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="hsl(${i * 45},60%,60%)"/></svg>`;

export interface Site {
  origin: string;
  /** The pages to audit, in order. */
  urls: string[];
  close(): Promise<void>;
}

/** Serves `count` generated pages, with their images and frames, on a free port of 127.0.0.1. */
export async function serveSite(count: number): Promise<Site> {
  const files = new Map<string, [type: string, body: string]>();
  for (let i = 0; i < count; i++) files.set(`/pages/${i}.html`, ['text/html; charset=utf-8', page(i, count)]);
  for (let i = 0; i < FRAMES; i++) files.set(`/frame/${i}.html`, ['text/html; charset=utf-8', frame(i)]);
  for (let i = 0; i < IMAGES; i++) files.set(`/img/${i}.svg`, ['image/svg+xml', image(i)]);
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((listening, failed) => server.once('error', failed).listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urls: Array.from({ length: count }, (_, i) => `${origin}/pages/${i}.html`),
    close: () => {
      server.closeAllConnections(); // browsers keep connections alive; they must not hold the close up
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}
