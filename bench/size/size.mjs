// carebar's shipped files beside the peers' one-file widgets, raw and gzip -9 (issue 9).
// Run from the repository: `npm run build`, then `npm ci --prefix bench/size && npm start --prefix bench/size`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const here = (path) => new URL(path, import.meta.url);

/** [what, file]: ours first (the drop-in's eager part, then its lazy parts), then the peers. */
const files = [
  ['carebar (eager: Lit, every feature, the launcher)', '../../dist/carebar.js'],
  ['carebar lazy: the toolbar\'s bar and panels', '../../dist/carebar-toolbar.js'],
  ['carebar lazy: the elder zone\'s content', '../../dist/carebar-elder-zone.js'],
  ['carebar lazy: reading aloud and captions', '../../dist/carebar-reading.js'],
  ['carebar lazy: page views', '../../dist/carebar-view.js'],
  ['carebar lazy: zh-TW and en launcher and zone strings', '../../dist/carebar-languages.js'],
  ['carebar lazy: pinyin data', '../../dist/carebar-pinyin.js'],
  ['carebar lazy: the crosshair and reading mask', '../../dist/carebar-guide.js'],
  ['carebar lazy: larger text where a stylesheet cannot be read', '../../dist/carebar-text.js'],
  ['carebar lazy: elder mode\'s floating ads and small targets', '../../dist/carebar-elder.js'],
  ['carebar lazy: the labels of hidden images', '../../dist/carebar-images.js'],
  ['accessibility (npm), one-file widget', 'node_modules/accessibility/dist/main.bundle.js'],
  ['sienna-accessibility (npm), one-file widget', 'node_modules/sienna-accessibility/dist/sienna.min.js'],
];

const missing = files.filter(([, file]) => !existsSync(here(file)));
if (missing.length) {
  console.error(`Missing: ${missing.map(([, file]) => file).join(', ')}. Run \`npm run build\` at the root and \`npm ci\` here first.`);
  process.exit(1);
}

const rows = files.map(([what, file]) => {
  const bytes = readFileSync(here(file));
  return { what, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const width = Math.max(...rows.map((row) => row.what.length));
const number = (n) => n.toLocaleString('en').padStart(9);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}`);
for (const { what, raw, gzip } of rows) console.log(`${what.padEnd(width)}  ${number(raw)}  ${number(gzip)}`);
