// The printed 检测报告 (--format pdf), read back with pdftotext and pdfinfo (Debian's poppler-utils).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { audit, formatReport, renderPdf, type AuditReport } from '../../auditor/index.js';
import { cli, serveFixtures, type Server } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'carebar-pdf-'));
const ARGS: Record<string, (file: string) => string[]> = { pdftotext: (file) => ['-layout', file, '-'], pdfinfo: (file) => [file], pdfimages: (file) => ['-list', file] };
const poppler = (tool: string, file: string) => execFileSync(tool, ARGS[tool](file), { encoding: 'utf8' });

let server: Server;
let report: AuditReport;
before(async () => {
  server = await serveFixtures();
  report = await audit([`${server.origin}/checks/gov-identity.fail.html`, `${server.origin}/checks/elder-zone.fail.html`], { screenshots: true });
});
after(() => server.close());

describe('the printed report', () => {
  test('opens with a cover naming the site, date, tool, profile, score and verdict, and numbers its pages', async () => {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, await renderPdf(report));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', file))?.[1]);
    assert.ok(pages >= 3, `a cover, the summary and a page each: ${pages} pages`);
    const text = poppler('pdftotext', file);
    const [coverPage, ...rest] = text.split('\f');
    assert.match(coverPage, /无障碍与适老化检测报告/);
    assert.match(coverPage, new RegExp(`被检网站\\s+${server.origin.replace(/\./g, '\\.')}`));
    assert.match(coverPage, new RegExp(`检测日期\\s+${report.generatedAt.slice(0, 10)}`));
    assert.match(coverPage, /检测工具\s+carebar \S+/);
    assert.match(coverPage, new RegExp(`得分\\s+${report.summary.score}/100`));
    assert.match(coverPage, new RegExp(`结论\\s+${report.summary.verdict}`));
    assert.match(coverPage, /第 1 页，共 \d+ 页/);
    const body = rest.join('\n');
    assert.match(body, /覆盖范围/, 'what was checked, and what needs a person');
    assert.match(body, /检查方式[\s\S]*需要人工\s*检查/);
    assert.match(body, /页脚缺少/, 'the findings, with their messages');
    assert.match(body, /html > body/, 'and their elements, shown rather than folded away');
    assert.match(text, new RegExp(`第 ${pages} 页，共 ${pages} 页`));
  });

  test('each failing element is pictured, outlined, in the HTML and the PDF, and never in the JSON', async () => {
    const footer = report.pages[0].findings.find((f) => f.id === 'gov-identity')!.nodes[0];
    assert.match(footer.crop?.image ?? '', /^data:image\/jpeg;base64,/);
    const { box, width, height } = footer.crop!;
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 1 && box.y + box.height <= height + 1, JSON.stringify(footer.crop && { box, width, height }));
    const html = formatReport(report, 'html');
    assert.match(html, /<figure class="crop"[^>]*><div[^>]*><img src="data:image\/jpeg;base64,[^"]+" alt="问题元素截图，红框标出元素: html &gt; body &gt; main &gt; footer"><span style="left:[\d.]+%;top:[\d.]+%/);
    assert.doesNotMatch(formatReport(report, 'json'), /"crop"|data:image/);
    const file = join(dir, 'crops.pdf');
    writeFileSync(file, await renderPdf(report));
    const images = poppler('pdfimages', file).trim().split('\n').length - 2; // after a header of two lines
    assert.ok(images >= 3, `two pages' screenshots and the footer's picture: ${images} images`);
  });

  test('in English too', async () => {
    const file = join(dir, 'report-en.pdf');
    writeFileSync(file, await renderPdf(report, { lang: 'en' }));
    const text = poppler('pdftotext', file);
    assert.match(text, /Accessibility and age-friendly\s+inspection report/);
    assert.match(text, /Page 1 of \d+/);
  });

  test('the CLI writes it beside the other formats, with the screenshots that the JSON leaves out', async () => {
    const out = join(dir, 'cli');
    const run = await cli([`${server.origin}/checks/gov-identity.fail.html`, '--format', 'json,pdf', '--output', out]);
    assert.ok(run.code < 2, run.stderr);
    assert.equal(readFileSync(join(out, 'report.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.match(poppler('pdftotext', join(out, 'report.pdf')), /无障碍与适老化检测报告/);
    assert.match(poppler('pdfimages', join(out, 'report.pdf')), /\n\s+\d+\s+\d+ image/, 'the page screenshot is in it');
  });
});
