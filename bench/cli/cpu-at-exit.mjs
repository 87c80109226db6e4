// Preloaded into each CLI run (`node --import`): at exit, the process's CPU time (every thread, user +
// system) and peak memory go to file descriptor 3, which the bench reads; stdout stays the report.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const started = performance.now();
// Preloaded into the CLI's worker threads too: only the main thread reports (its figures cover them all).
process.on('exit', () => {
  if (!isMainThread) return;
  const { user, system } = process.cpuUsage();
  const { maxRSS } = process.resourceUsage();
  const wallMs = performance.now() - started;
  writeSync(
    3,
    JSON.stringify({ cpuMs: (user + system) / 1000, userMs: user / 1000, wallMs, maxRssKb: maxRSS }),
  );
});
