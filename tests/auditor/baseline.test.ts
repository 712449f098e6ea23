// What changed since an earlier run (--baseline): new, unchanged and fixed problems, and a gate on new failures.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { audit, compareWithBaseline, gateFailure, type AuditReport } from '../../auditor/index.js';
import { cli, type Server } from './helpers.js';

const ICON = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const page = (top: string, shebao: string, more: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>办事指南</title></head><body>${top}<main><h1>办事指南</h1>
<p><img src="${ICON}" class="ico shebao"${shebao}> 社会保险</p><p><img src="${ICON}" class="ico yibao"> 医疗保险</p>${more}
<p style="color:#aaa">咨询电话 12345</p></main></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'carebar-baseline-'));
let server: Server;
let earlier: AuditReport;
let later: AuditReport;
before(async () => {
  server = await serve({ '/': dir });
  const url = `${server.origin}/index.html`;
  writeFileSync(join(dir, 'index.html'), page('', '', ''));
  earlier = await audit(url);
  // Since then a notice went up above everything (every nth-child below it shifted), the 社会保险 icon was
  // marked decorative, and a search field came in with no label.
  writeFileSync(join(dir, 'index.html'), page('<header><p>系统升级公告</p></header>', ' alt=""', '<p><input type="search" name="q"></p>'));
  later = compareWithBaseline(await audit(url), earlier);
});
after(() => server.close());

const changed = (report: AuditReport, change: 'new' | 'same') => report.pages[0].findings.filter((f) => f.change === change).map((f) => f.id);

describe('against a baseline', () => {
  test('a finding on an element the earlier run did not have is new; one it had, though moved, is the same', () => {
    assert.deepEqual(changed(later, 'new'), ['label']);
    assert.ok(changed(later, 'same').includes('image-alt'), 'the 医疗保险 icon, one block further down now');
    assert.ok(changed(later, 'same').includes('color-contrast'));
    assert.ok(later.pages[0].findings.every((f) => (f.outcome === 'pass') === (f.change === undefined)));
  });

  test('what the earlier run found and this one does not is listed as fixed, on its element', () => {
    assert.deepEqual(
      later.fixed?.map((f) => [f.id, f.nodes.map((n) => n.html)]),
      [['image-alt', [`<img src="${ICON}" class="ico shebao">`]]],
    );
  });

  test('the counts are of elements: one new, one fixed, and the rest the same', () => {
    const problems = later.pages[0].findings.filter((f) => f.outcome !== 'pass').reduce((sum, f) => sum + Math.max(f.nodes.length, 1), 0);
    assert.deepEqual(later.summary.baseline, { new: 1, fixed: 1, same: problems - 1 });
  });

  test('--fail-on new gates on the new failure alone, and passes a site that only still has its old ones', () => {
    assert.match(gateFailure(later, { failOn: 'new' }) ?? '', /1 findings fail that did not in the baseline \(label\)/);
    const unchanged = compareWithBaseline(earlier, earlier);
    assert.ok(gateFailure(unchanged, { failOn: 'fail' }), 'it has failures');
    assert.equal(gateFailure(unchanged, { failOn: 'new' }), null);
    assert.throws(() => gateFailure(earlier, { failOn: 'new' }), /needs a baseline/);
  });

  test('the CLI reads the baseline, shows what changed, and exits 1 on a new failure', async () => {
    const file = join(dir, 'earlier.json');
    writeFileSync(file, JSON.stringify(earlier));
    const run = await cli([`${server.origin}/index.html`, '--baseline', file, '--fail-on', 'new']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /与上次审计相比: 新增 1 · 已修复 1 · 未变 \d+/);
    assert.match(run.stdout, /✗ \[不通过 · 新增\] label/);
    assert.match(run.stdout, /上次审计发现、本次已修复的问题:\n {2}✓ \S+ image-alt: /);
    assert.match(run.stderr, /failed the gate: --fail-on new: 1 findings/);
  });

  test('the CLI says what is wrong with a missing baseline, or none for --fail-on new, before loading any page', async () => {
    const none = await cli([`${server.origin}/index.html`, '--fail-on', 'new']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--fail-on new needs --baseline/);
    const missing = await cli([`${server.origin}/index.html`, '--baseline', join(dir, 'nothing.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nothing\.json cannot be the baseline: ENOENT/);
  });

  test('the JSON report keeps no screenshots, though the HTML report beside it shows them', async () => {
    const out = join(dir, 'reports');
    const run = await cli([`${server.origin}/index.html`, '--format', 'json,html', '--output', out]);
    assert.ok(run.code < 2, run.stderr);
    assert.doesNotMatch(readFileSync(join(out, 'report.json'), 'utf8'), /data:image\/jpeg/);
    assert.match(readFileSync(join(out, 'report.html'), 'utf8'), /data:image\/jpeg;base64,/);
  });
});
