// The machine a result was measured on, as RESULTS.md states it.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
  } catch {
    return '(unavailable)';
  }
}

export function describeMachine(browserVersion) {
  return {
    nproc: run('nproc', []),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: run('free', ['-h']),
    chromium: `${run(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'])} (CDP reports ${browserVersion})`,
    node: process.version,
    date: new Date().toISOString(),
    load: loadAverage(),
  };
}

/** Other work on the machine skews every figure: RESULTS.md states the load before and after the run. */
export function loadAverage() {
  return loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
}
