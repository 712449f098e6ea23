// The benchmarks' page: government-style content of 10,000 elements or so, for measuring carebar at scale.

/** A desktop screen of the size most visitors of such sites have: elder mode hit-tests the viewport for floating ads. */
export const VIEWPORT = { width: 1366, height: 768 };

/** Sections of 20 elements each. */
export const SECTIONS = 500;

/**
 * A portal's stylesheet as government sites have them: a reset, px sizes for this page's parts, and
 * 1,000 rules for the site's other modules (a third of them set a font size, some a line height,
 * some under `@media`). About 1,000 rules and 70 KB, which is what the text feature's start-up
 * reads through (see bench/startup).
 */
export function siteCss(): string {
  const own = `html,body,div,section,h2,p,ul,li,label{margin:0;padding:0}ul{list-style:none}a{color:#333;text-decoration:none}a:hover{color:#c00}
body{font:14px/1.6 "Microsoft YaHei",sans-serif;color:#333;background:#fff}
section{width:1000px;margin:0 auto 10px;border:1px solid #e5e5e5}section h2{font-size:18px;line-height:40px;padding:0 15px;background:#f5f5f5}
section p{font-size:14px;line-height:26px;padding:5px 15px}section li a{font-size:14px;line-height:30px}section small{font-size:12px;color:#999}
button{font-size:14px;height:28px;line-height:28px;padding:0 12px}label{font-size:14px;line-height:32px}input{height:26px;border:1px solid #ccc}`;
  const module = (i: number) => {
    const sized = i % 3 === 0 ? `font-size:${12 + (i % 5) * 2}px;` : '';
    const lined = i % 5 === 0 ? `line-height:${24 + (i % 4) * 4}px;` : '';
    const rule = `.mod-${i} .hd ${['h3', 'a', '.more', 'li span'][i % 4]}${i % 7 === 0 ? ':hover' : ''}{${sized}${lined}color:#${(i * 2654435).toString(16).slice(-6).padStart(6, '0')};margin:0 ${i % 20}px;float:left}`;
    return i % 10 === 0 ? `@media (max-width:1200px){${rule}}` : rule;
  };
  return `${own}\n${Array.from({ length: 1000 }, (_, i) => module(i)).join('\n')}`;
}

/** Headings, paragraphs with inline markup and links, lists, images and a form field, `SECTIONS` times, with `siteCss()`. */
export function generatedPage({ withCarebar = true } = {}): string {
  const section = (i: number) => `<section><h2>第${i}节 政务服务</h2>
<p>为方便群众办事，<b>本市</b>推出第${i}项便民服务，提供<a href="#s${i}">在线办理</a>和<span>政策解读</span>。咨询电话：12345。</p>
<ul><li><a href="#a${i}">办事指南</a></li><li><a href="#b${i}">常见问题</a></li><li><span>办理时限：<em>5</em>个工作日</span></li></ul>
<p><img alt="图示${i}" width="24" height="24" src="data:,"> <button type="button">申报</button> <small>更新于2024年</small></p>
<div><label>姓名 <input></label></div></section>`;
  const body = Array.from({ length: SECTIONS }, (_, i) => section(i + 1)).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准页</title>
<style>${siteCss()}</style>
${withCarebar ? '<script src="/dist/carebar.js"></script>' : ''}</head><body>${body}</body></html>`;
}
