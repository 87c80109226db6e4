// Preloaded into each CLI run (`node --import`): at exit, the process's CPU time (every thread, user +
// system) and peak memory go to file descriptor 3, which the bench reads; stdout stays the report.
import { writeSync } from 'node:fs';

const started = performance.now();
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const { maxRSS } = process.resourceUsage();
  const wallMs = performance.now() - started;
  writeSync(
    3,
    JSON.stringify({ cpuMs: (user + system) / 1000, userMs: user / 1000, wallMs, maxRssKb: maxRSS }),
  );
});
