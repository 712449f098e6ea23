// A static file server on 127.0.0.1 for the demo, the tests and the benchmarks.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves folders under URL prefixes, e.g. `{ '/': 'demo', '/dist': 'dist' }`.
 * Port 0 picks a free port. Resolves to `{ server, origin, close() }`.
 */
export async function serve(mounts, { port = 0, host = '127.0.0.1' } = {}) {
  const handlers = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length) // longest prefix first
    .map(([prefix, dir]) => [prefix.replace(/\/$/, ''), sirv(dir, { dev: true, dotfiles: false })]);
  const server = createServer((req, res) => {
    const match = handlers.find(([prefix]) => prefix === '' || req.url === prefix || req.url.startsWith(`${prefix}/`));
    if (!match) return notFound(res);
    const [prefix, handler] = match;
    req.url = req.url.slice(prefix.length) || '/';
    handler(req, res, () => notFound(res));
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const origin = `http://${host}:${server.address().port}`;
  return { server, origin, close: () => new Promise((ok) => server.close(ok)) };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}
