// carebar-audit's entry. `npm install carebar` leaves the auditor's packages out (they are optional peers),
// so that the toolbar's users get no browser tooling: where one is missing, say which and how to add them.
import { createRequire } from 'node:module';

const { peerDependencies } = createRequire(import.meta.url)('carebar/package.json') as { peerDependencies: Record<string, string> };

try {
  const { main } = await import('./cli.js');
  await main();
} catch (error) {
  const missing = /Cannot find (?:package|module) '([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
  const name = missing && Object.keys(peerDependencies).find((peer) => missing === peer || missing.startsWith(`${peer}/`));
  if (!name) throw error;
  const all = Object.entries(peerDependencies).map(([peer, range]) => `${peer}@${range}`).join(' ');
  process.stderr.write(
    `carebar-audit: the auditor needs ${name}, which \`npm install carebar\` leaves out for the toolbar's users.\n` +
      `Install the auditor with what it needs:  npm install carebar-audit\n` +
      `or add its packages beside carebar:     npm install ${all}\n`,
  );
  process.exitCode = 2;
}
