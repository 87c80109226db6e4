import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { rowsMiddleware } from './test/support/rows-middleware.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';

const json = fromRollup(rollupJson);

// Debian's Chromium, never a downloaded one (see scripts/ensure-chromium.mjs).
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The kit starts its parser worker as `./dyn-usage-worker.js` beside src/start-parser-worker.ts, the name
 * it has in dist/; from the sources that file is TypeScript.
 */
function workerSource(context, next) {
  if (context.path === '/src/dyn-usage-worker.js') context.path = '/src/dyn-usage-worker.ts';
  return next();
}

/**
 * Test-only routes on the test server:
 *   /__slow/<ms>/<path>  streams <path> in 8 pieces, <ms> apart, with its Content-Length (loading states)
 *   /__nolength/<path>    the same file without Content-Length (indeterminate progress)
 *   /__count/<key>        how many requests /__counted/<key>/<path> received so far
 *   /__cli-report/<path>  the report JSON the dyn-usage CLI prints for <path>
 *   /__stall/<key>/<path> sends the first half of <path> (with its full Content-Length), then nothing until
 *                         the client closes the connection
 *   /__stalled/<key>      `{ "requests": n, "open": n }`: stalled requests made, and those still open
 *   /__fail-first/<key>/<path>  503 to the first request for <key>, then <path> (a "Try again" that works);
 *                         counted in /__count/<key>
 *   /__modified/<seconds>/<path>  <path> with `Last-Modified` at <seconds> since 1970 (UTC): "Data as of"
 * and, in test/support/rows-middleware.mjs, a data provider's routes under /__rows/ (test/support/rows-server.ts).
 */
const requestCounts = new Map();
const stalls = new Map();
function testRoutes(context, next) {
  const slow = context.path.match(/^\/__slow\/(\d+)\/(.+)$/);
  const noLength = context.path.match(/^\/__nolength\/(.+)$/);
  const counted = context.path.match(/^\/__counted\/([^/]+)\/(.+)$/);
  const count = context.path.match(/^\/__count\/([^/]+)$/);
  const stall = context.path.match(/^\/__stall\/([^/]+)\/(.+)$/);
  const stalled = context.path.match(/^\/__stalled\/([^/]+)$/);
  const failFirst = context.path.match(/^\/__fail-first\/([^/]+)\/(.+)$/);
  const modified = context.path.match(/^\/__modified\/(\d+)\/(.+)$/);
  // What the dyn-usage CLI prints for a repo file: browser tests compare their reports with it.
  const cliReport = context.path.match(/^\/__cli-report\/(.+)$/);
  if (cliReport) {
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/dyn-usage.ts', 'report', cliReport[1]],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    context.status = cli.status === 0 ? 200 : 500;
    context.body = cli.status === 0 ? cli.stdout : cli.stderr;
    context.type = 'application/json';
    context.path = '/__test-route';
    return undefined;
  }
  // Stories fetch the sample at /data/… (Storybook's staticDirs); the story test serves it the same way.
  const storyData = context.path.match(/^\/data\/([\w.-]+)$/);
  if (storyData && existsSync(`demo/data/${storyData[1]}`)) {
    context.body = readFileSync(`demo/data/${storyData[1]}`);
    context.type = 'text/csv';
    return undefined;
  }
  // Never from the browser's cache: a cached slow response would arrive at once and hide the loading state.
  // web-test-runner's cache middleware marks every path with a file extension cacheable for a year once
  // the response is done; renaming the path to one without an extension keeps it from doing so.
  if (slow || noLength || counted || count || stall || stalled || failFirst || modified) {
    context.set('Cache-Control', 'no-store');
    context.path = '/__test-route';
  }
  if (count) {
    context.body = String(requestCounts.get(count[1]) ?? 0);
    return undefined;
  }
  if (stalled) {
    context.body = JSON.stringify(stalls.get(stalled[1]) ?? { requests: 0, open: 0 });
    context.type = 'application/json';
    return undefined;
  }
  if (stall) {
    // Seen from the server: the element's fetch is aborted when its socket closes.
    const counts = stalls.get(stall[1]) ?? { requests: 0, open: 0 };
    stalls.set(stall[1], counts);
    counts.requests += 1;
    counts.open += 1;
    const file = readFileSync(stall[2]);
    const closed = new Promise((resolve) =>
      context.res.once('close', () => {
        counts.open -= 1;
        resolve();
      }),
    );
    context.type = 'text/csv';
    context.length = file.length;
    context.body = Readable.from(
      (async function* () {
        yield file.subarray(0, file.length >> 1);
        await closed;
      })(),
    );
    return undefined;
  }
  if (failFirst) {
    const made = (requestCounts.get(failFirst[1]) ?? 0) + 1;
    requestCounts.set(failFirst[1], made);
    context.status = made === 1 ? 503 : 200;
    context.body = made === 1 ? 'Service Unavailable' : readFileSync(failFirst[2]);
    context.type = made === 1 ? 'text/plain' : 'text/csv';
    return undefined;
  }
  if (modified) {
    context.body = readFileSync(modified[2]);
    context.type = 'text/csv';
    context.set('Last-Modified', new Date(Number(modified[1]) * 1000).toUTCString());
    return undefined;
  }
  if (counted) {
    requestCounts.set(counted[1], (requestCounts.get(counted[1]) ?? 0) + 1);
    context.body = readFileSync(counted[2]);
    context.type = 'text/csv';
    return undefined;
  }
  if (slow || noLength) {
    const file = readFileSync(slow ? slow[2] : noLength[1]);
    const delay = slow ? Number(slow[1]) : 0;
    const pieces = 8;
    const size = Math.ceil(file.length / pieces);
    context.type = 'text/csv';
    if (slow) context.length = file.length;
    context.body = Readable.from(
      (async function* () {
        for (let i = 0; i < pieces; i++) {
          if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
          yield file.subarray(i * size, (i + 1) * size);
        }
      })(),
    );
    if (!slow) context.remove('Content-Length');
    return undefined;
  }
  return next();
}

export default {
  middleware: [workerSource, testRoutes, rowsMiddleware],
  files: ['test/elements/**/*.test.ts', 'test/stories/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  mimeTypes: { '**/*.json': 'js' },
  plugins: [
    json({ include: ['node_modules/world-atlas/**/*.json'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  concurrency: 1,
  // A test's limit is a hang detector, not a speed target (those live in `npm run bench`): axe over a
  // section took over 10 s on a 2-core machine with a load average of 27.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 900000,
};
