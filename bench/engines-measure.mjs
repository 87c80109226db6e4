// One measured process for bench/engines.mjs: wall and CPU time from /usr/bin/time, peak memory of the
// whole process tree by polling /proc every 100 ms (a child such as psql counts), and for PostgreSQL the
// server's processes too (their PSS: shared buffers are mapped into every backend, so RSS would count them
// once per process), with the server's CPU from /proc (backends that ended are in the postmaster's cutime).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const PAGE = 4096;
const TICKS = 100; // CLK_TCK on Linux x86-64
const POLL_MS = 100;

/** `uptime`'s three load averages (1, 5 and 15 minutes). */
export function loadAverage() {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

/** pid → its parent and CPU ticks (utime, stime, cutime, cstime), for every process now. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), {
        ppid: Number(fields[1]),
        own: Number(fields[11]) + Number(fields[12]),
        children: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // The process ended while the folder was read.
    }
  }
  return table;
}

/** `root` and every process below it. */
function treeOf(table, root) {
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1)
    for (const [pid, entry] of table) if (entry.ppid === tree[i]) tree.push(pid);
  return tree.filter((pid) => table.has(pid));
}

function rssBytes(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

function pssBytes(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The server's CPU seconds so far: its live processes' own time and what its ended children used. */
export function serverCpuSeconds(serverPid) {
  const table = processTable();
  const tree = treeOf(table, serverPid);
  const ticks = tree.reduce((sum, pid) => sum + table.get(pid).own, table.get(serverPid).children);
  return ticks / TICKS;
}

/** The server's memory now (sum of PSS over its processes), in bytes. */
export function serverPss(serverPid) {
  const table = processTable();
  return treeOf(table, serverPid).reduce((sum, pid) => sum + pssBytes(pid), 0);
}

/**
 * Runs `command args` under /usr/bin/time with stdout to `stdoutFile`; resolves with its exit code, wall
 * and CPU seconds, the largest single process's max RSS (time's %M), the peak RSS summed over its tree,
 * and with `serverPid` the server's peak PSS, CPU seconds and the peak of the two memories added up.
 */
export async function measure(command, args, { stdoutFile, env, serverPid }) {
  const timeFile = `${stdoutFile}.time`;
  const loadBefore = loadAverage();
  const serverCpuBefore = serverPid ? serverCpuSeconds(serverPid) : 0;
  const out = openSync(stdoutFile, 'w');
  const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, command, ...args], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, ...env },
  });
  closeSync(out);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const peak = { tree: 0, server: 0, both: 0 };
  const sample = () => {
    const table = processTable();
    // The tree below /usr/bin/time: the measured command and its children.
    const tree = treeOf(table, child.pid).filter((pid) => pid !== child.pid);
    const client = tree.reduce((sum, pid) => sum + rssBytes(pid), 0);
    const server = serverPid ? treeOf(table, serverPid).reduce((sum, pid) => sum + pssBytes(pid), 0) : 0;
    peak.tree = Math.max(peak.tree, client);
    peak.server = Math.max(peak.server, server);
    peak.both = Math.max(peak.both, client + server);
  };
  const timer = setInterval(sample, POLL_MS);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const timeLine = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1);
  const [wall, user, system, maxRssKb] = timeLine.split(' ').map(Number);
  return {
    code,
    stderr: stderr.trim(),
    wallS: wall,
    cpuS: user + system,
    maxRssLargestB: maxRssKb * 1024,
    peakTreeRssB: peak.tree,
    ...(serverPid
      ? {
          serverPeakPssB: peak.server,
          serverCpuS: serverCpuSeconds(serverPid) - serverCpuBefore,
          peakBothB: peak.both,
        }
      : {}),
    loadBefore,
    loadAfter: loadAverage(),
  };
}
