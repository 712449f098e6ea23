// The benchmarks' page: government-style content of 10,000 elements or so, for measuring carebar at scale.

/** Sections of 20 elements each. */
export const SECTIONS = 500;

/** Headings, paragraphs with inline markup and links, lists, images and a form field, `SECTIONS` times. */
export function generatedPage({ withCarebar = true } = {}): string {
  const section = (i: number) => `<section><h2>第${i}节 政务服务</h2>
<p>为方便群众办事，<b>本市</b>推出第${i}项便民服务，提供<a href="#s${i}">在线办理</a>和<span>政策解读</span>。咨询电话：12345。</p>
<ul><li><a href="#a${i}">办事指南</a></li><li><a href="#b${i}">常见问题</a></li><li><span>办理时限：<em>5</em>个工作日</span></li></ul>
<p><img alt="图示${i}" width="24" height="24" src="data:,"> <button type="button">申报</button> <small>更新于2024年</small></p>
<div><label>姓名 <input></label></div></section>`;
  const body = Array.from({ length: SECTIONS }, (_, i) => section(i + 1)).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准页</title>
${withCarebar ? '<script src="/dist/carebar.js"></script>' : ''}</head><body>${body}</body></html>`;
}
