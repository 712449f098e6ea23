// `npm start`: serve the demo with the toolbar on http://127.0.0.1:8080 and audit it.
// The build ran just before (package.json); reports go to reports/demo/.
import { mkdir, writeFile } from 'node:fs/promises';
import { audit, formatReport, renderPdf } from '../dist/auditor/index.js';
import { serve } from './serve.mjs';

const port = Number(process.env.PORT ?? 8080);
const outputDir = new URL('../reports/demo/', import.meta.url);

let site;
try {
  site = await serve({ '/': 'demo', '/dist': 'dist' }, { port });
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one (PORT=8081 npm start).` : error);
  process.exit(2);
}
console.log(`The demo is served on ${site.origin}/ (the toolbar is on every page; the poor page is ${site.origin}/poor.html).`);
console.log('Auditing it…');

const report = await audit([`${site.origin}/`, `${site.origin}/poor.html`], {
  screenshots: true,
  logger: { info: (message) => console.log(`  ${message}`), warn: (message) => console.warn(`  ${message}`) },
});
await mkdir(outputDir, { recursive: true });
for (const [format, extension] of [['text', 'txt'], ['json', 'json'], ['html', 'html']]) {
  await writeFile(new URL(`report.${extension}`, outputDir), formatReport(report, format, { lang: 'zh-CN' }));
}
await writeFile(new URL('report.pdf', outputDir), await renderPdf(report, { lang: 'zh-CN' }));
console.log(formatReport(report, 'text', { lang: 'zh-CN' }));
console.log(`Reports written to reports/demo/ (report.html, report.pdf, report.json, report.txt).`);
console.log(`Still serving ${site.origin}/ — press Ctrl-C to stop.`);
