// The measurement tables of RESULTS.md, one function per section.
import { count, mb, ms, rate, ratio, task } from './results-format.mjs';

const METHOD_LABELS = {
  'kit-bytes': 'kit: readUsageTable (byte reader) → cube',
  'kit-text': "kit's text path: readUsage → table → cube",
  udsv: 'udsv stream → same table → cube',
  'd3-dsv': 'd3-dsv csvParse → same table → cube',
  bytescan: 'byte scan',
};
/** The whole report in one tag, footnoted in the first-render table. */
const REPORT_TAG = 'dyn-usage-report';
/** Parse-only runs, no aggregation: not contenders, they show how much of the time is the aggregation. */
const DIAGNOSIS = { 'kit-tokenize': 'kit tokenizer alone', 'udsv-parse': 'udsv alone' };

export function throughput(results) {
  const methods = Object.keys(METHOD_LABELS);
  const rows = [
    '## 1. Parse + aggregate throughput (MB/s, headless Chromium)',
    '',
    'The file is fetched into an ArrayBuffer first, then fed in 1 MB chunks; every contender fills the same usage',
    "table (the kit's row reader and `createUsageTableBuilder()` for udsv's and d3-dsv's rows) and ends in the same",
    'cube (`cubeFromTable`, what the elements compute from). Ratios are of the kit as the elements use it: the byte',
    'reader of `readUsageTable`, which needs no string per cell and no record per row (the text path, for JSON and',
    'UTF-16 input, is shown beside it).',
    '',
    `| file | rows | ${methods.map((m) => METHOD_LABELS[m]).join(' | ')} | kit / udsv | kit / d3-dsv | kit / byte scan | same rows and seats |`,
    `|---|---:|${methods.map(() => '---:').join('|')}|---:|---:|---:|---|`,
  ];
  for (const t of results) {
    const kit = t.rows['kit-bytes'];
    const cells = methods.map((m) => (t.rows[m] ? rate(t.rows[m].mbps) : 'not run¹'));
    const parsed = ['kit-bytes', 'kit-text', 'udsv', 'd3-dsv'].filter((m) => t.rows[m]).map((m) => t.rows[m]);
    const same = parsed.every((p) => p.rows === kit.rows && Math.abs(p.seats - kit.seats) < 1e-6);
    rows.push(
      `| ${t.label} (${mb(t.bytes)}) | ${count(kit.rows)} | ${cells.join(' | ')} | ${ratio(kit.mbps, t.rows.udsv?.mbps)} | ${ratio(kit.mbps, t.rows['d3-dsv']?.mbps)} | ${ratio(kit.mbps, t.rows.bytescan?.mbps)} | ${same ? 'yes' : '**no**'} (${parsed.length} parsers) |`,
    );
  }
  rows.push(
    '',
    'Where the time goes: the same bytes through the parsers alone (decode and split into fields, rows counted, no row',
    'reader, no cube), MB/s:',
    '',
    `| file | ${Object.values(DIAGNOSIS).join(' | ')} | kit: byte reader → cube (from above) |`,
    `|---|${Object.keys(DIAGNOSIS)
      .map(() => '---:')
      .join('|')}|---:|`,
    ...results.map(
      (t) =>
        `| ${t.label} | ${Object.keys(DIAGNOSIS)
          .map((m) => (t.rows[m] ? rate(t.rows[m].mbps) : '—'))
          .join(' | ')} | ${rate(t.rows['kit-bytes'].mbps)} |`,
    ),
  );
  rows.push(
    '',
    '¹ d3-dsv is not run at 400 MB: it parses one whole string (≈800 MB once a two-byte name is in it) into an object per row,',
    "which overruns a tab's heap and the 10-minute budget. The kit, udsv and the byte scan stream and run at every size.",
    '',
    'Median milliseconds per run: ' +
      results
        .map((t) => `${t.label}: ${t.methods.map((m) => `${m} ${ms(t.rows[m].ms)}`).join(', ')}`)
        .join('; ') +
      '.',
  );
  return rows;
}

export function renders(render) {
  const tiers = [...new Map(render.renders.map((x) => [x.tier.name, x.tier])).values()];
  const rows = [
    '## 2. First render once data is ready',
    '',
    'A report document is built once per size through the core (`readUsage` → table → cube → `computeReport`, the first N rows',
    'of a generated export); then, per run, a fresh element in a 1200 px wide container gets it as its `report`.',
    'Each cell: time until the frame after `updateComplete` has been **painted** (layout and paint included), and in',
    "brackets until that frame's `requestAnimationFrame` callback.",
    '',
    `| element | ${tiers.map((t) => `${t.label} (${count(t.subscriptions)} subs, ${count(t.customers)} customers)`).join(' | ')} |`,
    `|---|${tiers.map(() => '---:').join('|')}|`,
  ];
  for (const tag of [...new Set(render.renders.map((x) => x.tag))]) {
    const cells = tiers.map((t) => {
      const x = render.renders.find((y) => y.tag === tag && y.tier.name === t.name);
      return `${ms(x.toPaintedMs)} (${ms(x.toFrameMs)})${x.drawn ? '' : ' **not drawn**'}`;
    });
    rows.push(`| \`<${tag}>\`${tag === REPORT_TAG ? '¹' : ''} | ${cells.join(' | ')} |`);
  }
  rows.push(
    '',
    `Building the report documents (read + aggregate + computeReport, per file read): ${tiers.map((t) => `${t.label}: ${ms(t.ms)}`).join(', ')}.`,
  );
  if (render.renders.some((x) => x.tag === REPORT_TAG)) {
    rows.push(
      '',
      '¹ The whole report in one tag. It gets the same report document as its `report` property (the input it takes that',
      'is already computed; `records` and `src` would parse and aggregate), which its inner `<dyn-usage-source>` hands to',
      'the five sections. Timed from setting it until every section has fired `dyn-usage-load` and finished its update,',
      "and the report has rendered its filter bar; then to that frame's paint, as above. A report document cannot be",
      'cross-filtered, so no filter is computed here; a load of an export through the report is in section 4. "not',
      'drawn" would mean some section lacked what it draws.',
    );
  }
  return rows;
}

export function searches(render) {
  const rows = [
    '## 3. `<dyn-subscription-table>` search and `<dyn-usage-geo>`',
    '',
    "Search: a query is put into the table's search box with an `input` event (what typing does), timed until the match",
    "count and rows are in the DOM, and until the frame showing them is painted. A table's first search also folds every",
    `customer's text once (reported apart); later searches are other queries on the same table. ${render.searches[0]?.first.count ?? ''} first and ${render.searches[0]?.later.count ?? ''} later searches per size.`,
    '',
    '| data | customers | first search: rows / painted | later searches: rows / painted | longest task | e.g. |',
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const s of render.searches) {
    rows.push(
      `| ${s.tier.label} (${count(s.tier.rows)} rows) | ${count(s.tier.customers)} | ${ms(s.first.toRowsMs)} / ${ms(s.first.toPaintedMs)} | ${ms(s.later.toRowsMs)} / ${ms(s.later.toPaintedMs)} | ${task(Math.max(s.first.longestTaskMs, s.later.longestTaskMs))} | “${s.example.query}”: ${s.example.matches} |`,
    );
  }
  return rows;
}

export function geo(g) {
  const z = g.zoom;
  return [
    '`<dyn-usage-geo>` on the committed sample (`demo/data/dynamics-usage-sample.csv`):',
    '',
    '| measurement | value |',
    '|---|---:|',
    `| first render once data is ready (painted / frame) | ${ms(g.warm.toPaintedMs)} / ${ms(g.warm.toFrameMs)} |`,
    `| the same for the first map of a fresh page (one run) | ${ms(g.cold.toPaintedMs)} / ${ms(g.cold.toFrameMs)} |`,
    `| zoom: median frame interval (${z.steps} animated button steps, ${z.runs} runs) | ${ms(z.medianFrameMs)} |`,
    `| zoom: 95th percentile frame interval | ${ms(z.p95FrameMs)} |`,
    `| zoom: longest frame interval | ${ms(z.longestFrameMs)} |`,
    `| zoom: frames over 25 ms (a dropped 60 Hz frame) | ${z.slowFrames} of ${z.totalFrames} |`,
  ];
}

/** Section 6: per file (the 400 MB export as generated, then its rows shuffled), each case against the fetch. */
export function network(files) {
  return [
    `## 6. The ${files[0].file.label} export: a load against the fetch alone`,
    '',
    'A fresh page per run and case (the shipped bundle, its workers included), the cases interleaved: the file fetched into',
    "an ArrayBuffer and nothing else, then loaded through an element's `src` until painted (as in section 4). The",
    "generated export keeps a subscription's months about 270 rows apart; the shuffled one has the same rows in a",
    'random order (seed 20), as a real export may. A file this size is read by one worker per core but one (up to 4):',
    "on this machine's two cores, one worker.",
    '',
    '| file | case | median | / fetch | longest task (median / worst) |',
    '|---|---|---:|---:|---:|',
    ...files.flatMap((n) => {
      const fetch = n.cases.find((c) => c.key === 'fetch');
      return n.cases.map(
        (c) =>
          `| ${n.file.label} (${mb(n.file.bytes)}) | ${c.label} | ${ms(c.ms)} | ${(c.ms / fetch.ms).toFixed(2)}× | ${c.key === 'fetch' ? '—' : `${task(c.longestTaskMs)} / ${task(c.worstTaskMs)}`} |`,
      );
    }),
  ];
}

export function loads(results) {
  const rows = [
    '## 4. A load of the 100 MB export: long tasks and heap',
    '',
    "A fresh page per run; the element's (or the source's) `src` is set to the export on the local server and the load is",
    'timed until the section is painted (for `<dyn-usage-report>`: until its five sections and its filter bar have rendered',
    "the data, and that frame is painted). Long tasks from a `PerformanceObserver('longtask')`. Heap: read with CDP",
    '`Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`, with the elements (and their data) still on the page, as',
    'the **JS heap** (`usedSize`) **plus ArrayBuffer backing stores** (`backingStorageSize`: the bytes of typed arrays and',
    'kept byte blocks, which live outside the JS heap and `usedSize` leaves out). The target is read against that sum.',
    "Blink's own heap (`embedderHeapUsedSize`: DOM nodes, styles) is shown for reference and not counted.",
    '',
    '| loaded through | file | load | longest task (median / worst) | long tasks | blocking time | heap before → after | JS heap + buffers after | after / file | growth / file | DOM heap after (not counted) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const l of results) {
    const { before, after } = l;
    rows.push(
      `| ${l.label} | ${mb(l.file.bytes)} | ${ms(l.loadMs)} | ${task(l.longestTaskMs)} / ${task(l.worstTaskMs)} | ${l.longTasks} | ${ms(l.blockingMs)} | ${mb(before.total)} → **${mb(after.total)}** | ${mb(after.js)} + ${mb(after.buffers)} | ${(after.total / l.file.bytes).toFixed(2)}× | ${((after.total - before.total) / l.file.bytes).toFixed(2)}× | ${mb(after.dom)} |`,
    );
  }
  rows.push(
    '',
    "The page loads the elements from the shipped `dist/dyn-usage-kit.js`, so a load takes the path a user's page takes.",
    "An element's own `src` and a `<dyn-usage-source>` (also the one inside `<dyn-usage-report>`) are fetched by the page",
    "and read in a module worker where the page allows one (the worker's heap is not the page's and is not counted; what",
    'it hands back is: the rows in columns). Every case keeps those columns and the cube and report computed from them;',
    "the table, the source and the report also keep each row's cells that the columns do not hold, as bytes, for the",
    'raw-data download; the summary on its own keeps no cells.',
    'Each part is the median over the runs, so the two parts need not add up to the median sum exactly.',
    `Raw \`Runtime.getHeapUsage\` after the first load: \`${JSON.stringify(results[0]?.heapUsageRaw ?? {})}\`.`,
    "What `dyn-usage-load` said besides the figures (for a source, the report included: the source's event):",
    '',
    ...results.map(
      (l) =>
        `- ${l.label}: \`${l.loadDetail.length > 300 ? `${l.loadDetail.slice(0, 300)}…` : l.loadDetail}\``,
    ),
  );
  return rows;
}

export function cli(results) {
  const methods = Object.keys(results[0].rows);
  const rows = [
    '## 7. The CLI against a uDSV peer: CPU time (Node)',
    '',
    'A fresh `node` process per run, as a user runs `dyn-usage report FILE` (the command bundled from src/ by esbuild), its',
    'report written to a pipe: on one thread (`--threads 1`, the single-thread target) and in two worker threads',
    '(`--threads 2`; CPU time then counts every thread). The peer is the same command with udsv reading: its incremental parser to string arrays,',
    "each handed to the kit's row reader, then the same table, cube, report and JSON (bench/cli/udsv-report.ts). CPU time",
    'is user + system of every thread, read at exit; runs interleaved across both files. "shuffled" is the same rows with',
    "the header first and the rest in a seeded random order: the generator writes a subscription's months about 270 rows",
    'apart, which flatters every reader against a real export, where they lie anywhere. "Same report": the same JSON',
    "but for skipped rows' line numbers (the peer counts rows, not lines).",
    '',
    `| file | ${methods.map((m) => `${results[0].rows[m].label}: CPU / wall / peak memory`).join(' | ')} | CPU kit / uDSV | wall: threads / one thread | same report |`,
    `|---|${methods.map(() => '---:').join('|')}|---:|---:|---|`,
  ];
  for (const f of results) {
    const cells = methods.map((m) => {
      const x = f.rows[m];
      return `${ms(x.cpuMs)} / ${ms(x.wallMs)} / ${mb(x.maxRssKb * 1024)}`;
    });
    const same = methods.every((m) => f.rows[m].digest === f.rows.kit.digest);
    rows.push(
      `| ${f.label} (${mb(f.bytes)}, ${count(f.rows.kit.rows)} rows) | ${cells.join(' | ')} | ${ratio(f.rows.kit.cpuMs, f.rows.udsv.cpuMs)} | ${ratio(f.rows['kit-threads']?.wallMs, f.rows.kit.wallMs)} | ${same ? 'yes' : '**no**'} |`,
    );
  }
  return rows;
}
