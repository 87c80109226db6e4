// A tiny static server on 127.0.0.1 (a free port) for the bench pages: `/` is the built pages, `/data/`
// the generated exports, `/demo/` the committed sample, `/dist/` the kit as built for users. Files stream with a Content-Length, uncompressed,
// as a CDN or web server would send a CSV.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export async function serve(pageDir, dataDir) {
  const roots = {
    '/data/': dataDir,
    '/demo/': fileURLToPath(new URL('../demo/data/', import.meta.url)),
    '/dist/': fileURLToPath(new URL('../dist/', import.meta.url)),
    '/': pageDir,
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(roots).find((p) => path.startsWith(p)) ?? '/';
    const root = resolve(roots[prefix]);
    const file = resolve(root, path.slice(prefix.length) || 'index.html');
    let size = -1;
    try {
      if (file.startsWith(root + sep)) size = statSync(file).size;
    } catch {
      // missing: a 404 below
    }
    if (size < 0) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
