// A real HTTP server for the loader's Node tests: each route answers as a real server would (a length or
// none, gzip, a status, a body sent in pieces), so fetch, progress and errors are exercised end to end.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route) return route(request, response);
    response.writeHead(404, 'Not Found').end('no such file');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `body` in pieces of `size` bytes, one per event-loop turn, so the client sees several chunks. */
export function sendInPieces(response: ServerResponse, body: Uint8Array, size: number): void {
  let at = 0;
  const next = (): void => {
    if (at >= body.length) return void response.end();
    response.write(body.subarray(at, at + size));
    at += size;
    setTimeout(next, 1);
  };
  next();
}
