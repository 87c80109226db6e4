// The data provider routes of test/support/rows-server.ts under /__rows/ on the test and screenshot servers
// (web-test-runner.config.mjs, web-dev-server.config.mjs). The TypeScript is loaded on the first request
// only, through tsx, so a run that never asks for rows does not load it.
let rowsRoute;

export async function rowsMiddleware(context, next) {
  const rows = context.path.match(/^\/__rows(\/.*)$/);
  if (!rows) return next();
  rowsRoute ??= import('tsx/esm/api')
    .then(({ tsImport }) => tsImport('./rows-server.ts', import.meta.url))
    .then((module) => module.rowsRoute);
  const answer = await (await rowsRoute)(rows[1], new URLSearchParams(context.querystring));
  if (!answer) return next();
  if (answer.delay) await new Promise((resolve) => setTimeout(resolve, answer.delay));
  // Never from the browser's cache, and not typed by the servers' `*.json` → JS mapping.
  context.set('Cache-Control', 'no-store');
  context.path = '/__test-route';
  context.status = answer.status;
  context.type = answer.type;
  context.body = answer.body;
  return undefined;
}
