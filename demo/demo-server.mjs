// The demo server: serves the demo page, its data and the built kit with the strict
// Content-Security-Policy that the kit promises to work under, so the demo doubles as a check of that
// promise. `node demo/serve.mjs` runs it; tests start it with `startDemoServer({ port: 0 })`.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "require-trusted-types-for 'script'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Only these folders are served: the page, its data and the build.
const SERVED = ['demo', 'dist'];

/**
 * Starts the server; resolves with it once listening. Port 0 picks a free port; with `fallback`, a taken
 * port falls back to a free one instead of failing.
 */
export function startDemoServer({ port = 8080, host = '127.0.0.1', fallback = false } = {}) {
  return new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', `http://${host}`);
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Bad request\n');
        return;
      }
      if (path === '/') path = '/demo/index.html';
      const file = normalize(join(root, path));
      const inServedFolder = SERVED.some((folder) => file.startsWith(join(root, folder) + sep));
      let size = -1;
      try {
        if (inServedFolder) size = statSync(file).isFile() ? statSync(file).size : -1;
      } catch {
        size = -1;
      }
      if (size < 0) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`Not found: ${path}\n`);
        return;
      }
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': size,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-cache',
      });
      createReadStream(file).pipe(response);
    });

    server.on('error', (error) => {
      if (error.code === 'EADDRINUSE' && fallback) server.listen(0, host);
      else reject(error);
    });
    server.on('listening', () => resolve(server));
    server.listen(port, host);
  });
}
