// A fleet of shards on one machine: what a CI matrix or a Kubernetes indexed Job does across machines.
// Serves the demo on 127.0.0.1, starts one carebar-audit process per shard on the same list of pages,
// then merges their JSON results into one report. Run it after `npm run build`:
//
//   node examples/shards/fleet.mjs [shards]      (default 3; results in reports/shards/)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/auditor/cli.js`;
const out = `${root}reports/shards`;
const count = Number(process.argv[2] ?? 3);

/** Runs carebar-audit, passing its messages through with a prefix; resolves to its exit code. */
const carebarAudit = (label, args) =>
  new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'inherit', 'pipe'] });
    child.stderr.on('data', (chunk) => process.stderr.write(`${label}: ${chunk}`));
    child.on('exit', done);
  });

const site = await serve({ '/': `${root}demo`, '/dist': `${root}dist` });
try {
  mkdirSync(out, { recursive: true });
  // Every shard gets the whole list; --shard picks its own pages from it, the same way on every machine.
  const pages = ['/', '/poor.html', '/article.html', '/elder.html'].map((path) => `${site.origin}${path}`);
  const shards = Array.from({ length: count }, (_, i) => `${i + 1}/${count}`);
  const codes = await Promise.all(
    shards.map((shard, i) => carebarAudit(`shard ${shard}`, [...pages, '--shard', shard, '--format', 'json', '--output', `${out}/shard-${i + 1}.json`])),
  );
  // 0 and 1 are results (passed or not the gate); 2 means a shard could not run, and its pages are missing.
  if (codes.some((code) => code === 2)) throw new Error(`a shard could not run (exit codes ${codes.join(', ')})`);
  const merged = await carebarAudit('merge', ['merge', ...shards.map((_, i) => `${out}/shard-${i + 1}.json`), '--format', 'text,json', '--output', `${out}/merged`]);
  console.log(`The merged report is in ${out}/merged/ (report.txt, report.json).`);
  process.exitCode = merged;
} finally {
  await site.close();
}
