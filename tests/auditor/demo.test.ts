// The demo site, as `npm start` serves it: its good pages pass, its poor page fails for the right reasons,
// and the toolbar's own elder mode brings the homepage up to the elder numbers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AuditReport, Finding, PageReport } from '../../auditor/index.js';
import { serve } from '../../scripts/serve.mjs';
import { cli, type Server } from './helpers.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const failed = (page: PageReport) => page.findings.filter((f: Finding) => f.outcome === 'fail').map((f) => f.id);

let site: Server;
before(async () => {
  site = await serve({ '/': root('demo'), '/dist': root('dist') });
});
after(() => site.close());

describe('the demo site', () => {
  test('the homepage passes and the poor page fails, vetoed by its unclosable ad', async () => {
    // --include-passes: with every TB-* feature present, elder-toolbar is a pass.
    const run = await cli([`${site.origin}/`, `${site.origin}/poor.html`, '--format', 'json', '--include-passes']);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as AuditReport;
    const [home, poor] = report.pages;

    assert.equal(home.verdict, '合格');
    assert.deepEqual(failed(home), []);
    const toolbar = home.findings.find((f) => f.id === 'elder-toolbar');
    assert.ok(['TB-COLOR', 'TB-ZOOM', 'TB-READ', 'TB-CAPTION', 'TB-ELDER'].every((id) => toolbar?.requirements.includes(id)), 'carebar is recognised with its features');

    assert.equal(poor.verdict, '不合格');
    assert.deepEqual(poor.vetoes, ['ELDER-NOADS']);
    for (const id of ['image-alt', 'html-has-lang', 'elder-noads', 'elder-toolbar', 'elder-zone', 'gov-identity', 'gov-finderror', 'elder-keys']) {
      assert.ok(failed(poor).includes(id), `the poor page fails ${id}`);
    }
    assert.equal(report.summary.verdict, '不合格');
    assert.match(run.stderr, /veto items failed: ELDER-NOADS/);
  });

  test('with the toolbar’s elder mode on, the homepage meets every elder number', async () => {
    const run = await cli([`${site.origin}/`, '--with-toolbar-elder', '--format', 'json', '--include-passes']);
    assert.equal(run.code, 0, run.stderr);
    const [home] = (JSON.parse(run.stdout) as AuditReport).pages;
    assert.equal(home.elder, true);
    for (const id of ['elder-text', 'elder-spacing', 'elder-contrast', 'elder-target', 'elder-noads']) {
      assert.equal(home.findings.find((f) => f.id === id)?.outcome, 'pass', id);
    }
  });
});
