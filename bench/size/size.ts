// carebar's drop-in beside the peers' one-file widgets, raw and gzip -9 (issues 9 and 17), and its budgets.
// Run from the repository: `npm run build`, then `npm ci --prefix bench/size && npm start --prefix bench/size`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EAGER_BUDGET, fetchedToOpen, gzipSize, litCopies, OPEN_BUDGET, scripts, totalSize } from './dropin-size.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dist = here('../../dist');
const peers = [
  ['accessibility (npm), one-file widget', here('node_modules/accessibility/dist/main.bundle.js')],
  ['sienna-accessibility (npm), one-file widget', here('node_modules/sienna-accessibility/dist/sienna.min.js')],
];

const missing = [`${dist}/carebar.js`, ...peers.map(([, file]) => file)].filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`Missing: ${missing.join(', ')}. Run \`npm run build\` at the root and \`npm ci\` here first.`);
  process.exit(1);
}

const ours = readdirSync(dist).filter((file) => /^carebar.*\.js$/.test(file)).sort((a, b) => (a === 'carebar.js' ? -1 : b === 'carebar.js' ? 1 : a.localeCompare(b)));
const rows = [...ours.map((file) => [file, `${dist}/${file}`]), ...peers].map(([what, file]) => ({ what, raw: statSync(file).size, gzip: gzipSize(file) }));
const width = Math.max(...rows.map((row) => row.what.length), 44);
const number = (n: number) => n.toLocaleString('en').padStart(9);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}`);
for (const { what, raw, gzip } of rows) console.log(`${what.padEnd(width)}  ${number(raw)}  ${number(gzip)}`);

const open = fetchedToOpen(dist);
const lit = litCopies(scripts(dist));
const goals = [
  ['the eager part (carebar.js)', gzipSize(`${dist}/carebar.js`), EAGER_BUDGET],
  [`until the toolbar is open (${open.length} files)`, totalSize(dist, open), OPEN_BUDGET],
] as const;
console.log(`\n${'goal'.padEnd(width)}  ${'gzip -9'.padStart(9)}  ${'budget'.padStart(9)}`);
for (const [what, size, budget] of goals) console.log(`${what.padEnd(width)}  ${number(size)}  ${number(budget)}  ${size <= budget ? 'met' : 'OVER'}`);
console.log(`${'copies of Lit in dist/'.padEnd(width)}  ${number(lit.length)}  ${number(1)}  ${lit.length === 1 ? 'met' : 'NOT MET'}`);
if (goals.some(([, size, budget]) => size > budget) || lit.length !== 1) process.exitCode = 1;
