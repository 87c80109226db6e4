// Not part of `npm run bench`: where the main thread's long tasks go during one 100 MB load. Records a
// Chromium trace (for the tasks' bounds) and a CPU profile (for what ran in them) at once, then prints each
// main-thread task over the threshold with the functions that took its time, named through dist/'s source
// maps. Needs a built dist/ (npm run build) and the bench data (made on first use).
//   node bench/profile-load.mjs [summary|table|main|source|report] [threshold ms, default 40]
//     [10mb|100mb|400mb|100mb-shuffled|400mb-shuffled]
import { readFileSync, writeFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { launchChromium, openBenchPage } from './browser.mjs';
import { buildPage } from './build-page.mjs';
import { DATA_DIR, ensureExports } from './data.mjs';
import { serve } from './serve.mjs';
import { ensureShuffledExport } from './shuffle-rows.mjs';

const CASES = {
  summary: (url) => window.dynBenchLoad.loadThroughSrc('dyn-usage-summary', url),
  table: (url) => window.dynBenchLoad.loadThroughSrc('dyn-subscription-table', url),
  main: (url) => window.dynBenchLoad.loadOnMainThread(url),
  source: (url) => window.dynBenchLoad.loadThroughSource(url),
  report: (url) => window.dynBenchLoad.loadReportThroughSrc(url),
};
const which = process.argv[2] ?? 'summary';
const thresholdMs = Number(process.argv[3] ?? 40);

const maps = new Map();
/** A bundled frame's place in src/, through dist/'s source maps (the bundle's names are minified). */
function sourceOf({ url, functionName, lineNumber, columnNumber }) {
  if (!url) return functionName;
  const file = url.split('/dist/')[1] ?? url.split('/').pop();
  if (!url.includes('/dist/')) return `${file}:${lineNumber + 1}`;
  // Chunks sit in dist/chunks/: the path under dist/ names the map.
  if (!maps.has(file))
    maps.set(file, new TraceMap(readFileSync(new URL(`../dist/${file}.map`, import.meta.url), 'utf8')));
  const at = originalPositionFor(maps.get(file), { line: lineNumber + 1, column: columnNumber });
  return at.source
    ? `${at.name ?? ''} ${at.source.replace(/^.*src\//, '')}:${at.line}`
    : `${file}:${lineNumber + 1}`;
}

const TOP_LEVEL = ['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'];

/** The renderer main thread's tasks over the threshold, in the trace's microseconds (the profiler's clock). */
function longTasks(trace) {
  const events = trace.traceEvents;
  // Every renderer's main thread (the bench page's is the busy one; an earlier blank page may have its own).
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}/${e.tid}`),
  );
  const onMain = (e) => mains.has(`${e.pid}/${e.tid}`);
  return events
    .filter((e) => onMain(e) && TOP_LEVEL.includes(e.name) && e.dur >= thresholdMs * 1000)
    .map((e) => ({
      start: e.ts,
      end: e.ts + e.dur,
      // What the browser did in it (layout, style, a message from the worker, GC…), by event name.
      events: summed(
        events.filter(
          (x) => x.pid === e.pid && x.tid === e.tid && x.ts >= e.ts && x.ts < e.ts + e.dur && x.dur > 1000,
        ),
      ),
    }));
}

/**
 * Each renderer thread's busy time per 250 ms from the profile's start (tasks and microtask checkpoints,
 * overlaps counted once): when the workers finish against when the main thread does shows what waits.
 */
function printThreads(trace, origin) {
  const names = new Map(
    trace.traceEvents.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}/${e.tid}`, e.args?.name]),
  );
  const spans = new Map();
  for (const e of trace.traceEvents) {
    if (!e.dur || !TOP_LEVEL.includes(e.name)) continue;
    const name = names.get(`${e.pid}/${e.tid}`) ?? '';
    if (!/CrRendererMain|DedicatedWorker/.test(name)) continue;
    const key = `${name} ${e.tid}`;
    if (!spans.has(key)) spans.set(key, []);
    spans.get(key).push([e.ts - origin, e.ts - origin + e.dur]);
  }
  for (const [name, list] of spans) {
    list.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const [from, to] of list) {
      const last = merged.at(-1);
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    const buckets = [];
    let total = 0;
    for (const [from, to] of merged) {
      total += to - from;
      for (let x = from; x < to;) {
        const i = Math.max(0, Math.floor(x / 250_000));
        const end = Math.min(to, (i + 1) * 250_000);
        buckets[i] = (buckets[i] ?? 0) + end - x;
        x = end;
      }
    }
    if (total > 20_000)
      console.log(
        `  ${name.padEnd(30)} busy ${(total / 1000).toFixed(0).padStart(5)} ms; per 250 ms: ${Array.from(buckets, (us) => Math.round((us ?? 0) / 1000)).join(' ')}`,
      );
  }
}

/** Milliseconds per trace event name (events nest, so the sums overlap). */
function summed(events) {
  const ms = new Map();
  for (const e of events) ms.set(e.name, (ms.get(e.name) ?? 0) + e.dur / 1000);
  return [...ms].sort((a, b) => b[1] - a[1]).slice(0, 12);
}

function printTask(task, samples, byId, parent, origin) {
  const inside = samples.filter((s) => s.t >= task.start && s.t <= task.end);
  const msPerSample = (task.end - task.start) / 1000 / Math.max(1, inside.length);
  const self = new Map();
  const total = new Map();
  for (const { id } of inside) {
    const own = sourceOf(byId.get(id).callFrame);
    self.set(own, (self.get(own) ?? 0) + 1);
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const name = sourceOf(byId.get(p).callFrame);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + 1);
      seen.add(name);
    }
  }
  const top = (counts, n) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, c]) => `    ${(c * msPerSample).toFixed(1).padStart(6)} ms  ${name}`)
      .join('\n');
  console.log(
    `\n== task ${((task.end - task.start) / 1000).toFixed(1)} ms at +${((task.start - origin) / 1000).toFixed(0)} ms\n  trace events:\n${task.events.map(([name, ms]) => `    ${ms.toFixed(1).padStart(6)} ms  ${name}`).join('\n')}\n  self:\n${top(self, 12)}\n  total:\n${top(total, 25)}`,
  );
}

const fileKey = process.argv[4] ?? '100mb';
const file = fileKey.endsWith('-shuffled')
  ? ensureShuffledExport(console.error, fileKey.replace('-shuffled', ''))
  : ensureExports(console.error).find((e) => e.key === fileKey);
const server = await serve(await buildPage(), DATA_DIR);
const browser = await launchChromium();
try {
  const page = await openBenchPage(browser, server.origin, 'load.html', 'dynBenchLoad');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8'] });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(CASES[which], `/data/${file.file}`);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const tasks = longTasks(trace);
  // For a closer look at the timeline (chrome://tracing or Perfetto): PROFILE_TRACE_OUT=/tmp/trace.json.
  if (process.env.PROFILE_TRACE_OUT)
    writeFileSync(process.env.PROFILE_TRACE_OUT, JSON.stringify({ ...trace, origin: profile.startTime }));
  console.log(
    `${which}: load ${result.loadMs.toFixed(0)} ms; the page saw a longest task of ${result.longestTaskMs} ms`,
  );
  console.log(`${tasks.length} main-thread task(s) of ${thresholdMs} ms or more`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => ({ id, t: (t += profile.timeDeltas[i]) }));
  printThreads(trace, profile.startTime);
  for (const task of tasks) printTask(task, samples, byId, parent, profile.startTime);
} finally {
  await browser.close();
  server.close();
}
