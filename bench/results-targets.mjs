// The "Targets" table of RESULTS.md: each target of issues 5–8 with what was measured and whether it is met.
import { mb, ms, task, yes } from './results-format.mjs';

export function targets(r) {
  const rows = ['## Targets', '', '| target (issue) | measured | met |', '|---|---|---|'];
  const add = (target, measured, met) => rows.push(`| ${target} | ${measured} | ${yes(met)} |`);
  if (r.throughput) {
    const vs = (m) =>
      r.throughput.filter((t) => t.rows[m]).map((t) => [t.label, t.rows['kit-bytes'].mbps / t.rows[m].mbps]);
    const udsv = vs('udsv');
    const scan = vs('bytescan');
    add(
      'kit parse + aggregate ≥ 2× udsv with the same aggregation (8)',
      udsv.map(([l, x]) => `${l}: ${x.toFixed(2)}×`).join(', '),
      udsv.every(([, x]) => x >= 2),
    );
    add(
      'kit ≥ 60 % of a plain byte scan (8)',
      scan.map(([l, x]) => `${l}: ${(x * 100).toFixed(1)} %`).join(', '),
      scan.every(([, x]) => x >= 0.6),
    );
  }
  if (r.cli) {
    const x = r.cli.map((f) => [f.label, f.rows.kit.cpuMs / f.rows.udsv.cpuMs]);
    add(
      'CLI CPU ≤ 0.5× uDSV (20), on the generated export and the same rows shuffled',
      x.map(([l, v]) => `${l}: ${v.toFixed(2)}×`).join(', '),
      x.every(([, v]) => v <= 0.5),
    );
  }
  if (r.loads) {
    for (const l of r.loads) {
      // Against the JS heap plus ArrayBuffer backing stores: the bytes a typed array keeps count too.
      const { total, js, buffers } = l.after;
      add(
        `heap after load ≤ 1.5× file size, ${l.label} (8)`,
        `${mb(total)} (JS ${mb(js)} + buffers ${mb(buffers)}) for a ${mb(l.file.bytes)} file: ${(total / l.file.bytes).toFixed(2)}×`,
        total <= 1.5 * l.file.bytes,
      );
    }
    for (const l of r.loads) {
      add(
        `no main-thread task over 50 ms during load, ${l.label} (8)`,
        `longest ${task(l.longestTaskMs)} (median), worst ${task(l.worstTaskMs)}`,
        l.worstTaskMs <= 50,
      );
    }
  }
  for (const n of [r.network ?? []].flat()) {
    const by = Object.fromEntries(n.cases.map((c) => [c.key, c]));
    for (const key of ['report', 'summary']) {
      const x = by[key].ms / by.fetch.ms;
      add(
        `load hidden behind the network: ${by[key].label} on ${n.file.label} ≤ 1.5× the fetch alone (20)`,
        `${ms(by[key].ms)} against ${ms(by.fetch.ms)}: ${x.toFixed(2)}×`,
        x <= 1.5,
      );
    }
    add(
      `no main-thread task over 50 ms during a ${n.file.label} report load (20)`,
      `longest ${task(by.report.longestTaskMs)} (median), worst ${task(by.report.worstTaskMs)}`,
      by.report.worstTaskMs <= 50,
    );
  }
  if (r.render) {
    const big = r.render.renders.filter((x) => x.tier.name === 'rows1M');
    // The report holds all five sections: its own row, so the five elements' row still names the slowest of them.
    const sections = big.filter((x) => x.tag !== 'dyn-usage-report');
    const worst = sections.reduce((a, b) => (b.toPaintedMs > a.toPaintedMs ? b : a));
    add(
      'first render of every element < 200 ms at 1M rows (8)',
      `slowest: \`<${worst.tag}>\` ${ms(worst.toPaintedMs)} to painted (${ms(worst.toFrameMs)} to its frame)`,
      sections.every((x) => x.toPaintedMs < 200 && x.drawn),
    );
    const report = big.find((x) => x.tag === 'dyn-usage-report');
    if (report)
      add(
        'first render of `<dyn-usage-report>` (filter bar and five sections) < 200 ms at 1M rows (8)',
        `${ms(report.toPaintedMs)} to painted (${ms(report.toFrameMs)} to its frame)${report.drawn ? '' : ', **not drawn**'}`,
        report.toPaintedMs < 200 && report.drawn,
      );
    for (const s of r.render.searches) {
      add(
        `table search never blocks > 50 ms, ${s.tier.label} (6)`,
        `longest task ${task(Math.max(s.first.longestTaskMs, s.later.longestTaskMs))}`,
        Math.max(s.first.longestTaskMs, s.later.longestTaskMs) <= 50,
      );
    }
  }
  if (r.geo) {
    add(
      '`<dyn-usage-geo>` first render of the sample < 100 ms (5)',
      `${ms(r.geo.warm.toPaintedMs)} (first map of a page: ${ms(r.geo.cold.toPaintedMs)})`,
      r.geo.warm.toPaintedMs < 100,
    );
    const z = r.geo.zoom;
    add(
      '`<dyn-usage-geo>` zoom at 60 fps (5); read as: p95 frame ≤ 17.5 ms and ≤ 1 % of frames over 25 ms',
      `median frame ${ms(z.medianFrameMs)}, p95 ${ms(z.p95FrameMs)}, ${z.slowFrames} of ${z.totalFrames} frames over 25 ms`,
      z.p95FrameMs <= 17.5 && z.slowFrames <= 0.01 * z.totalFrames,
    );
  }
  if (r.sizes) {
    const sections = r.sizes.filter((s) => s.section && s.brotli !== undefined);
    const largest = sections.reduce((a, b) => (b.brotli > a.brotli ? b : a), sections[0]);
    if (largest)
      add(
        'first load: one section from npm ≤ 35 kB, minified and brotli (20)',
        `largest ${largest.name.replace('dyn-usage-kit/', '/')} ${kB(largest.brotli)} kB (${sections
          .map((s) => `${s.name.replace('dyn-usage-kit/', '/')} ${kB(s.brotli)}`)
          .join(', ')})`,
        largest.brotli <= 35_000,
      );
    const five = r.sizes.find((s) => s.five && s.brotli !== undefined);
    if (five)
      add(
        'first load: the five sections ≤ 70 kB, minified and brotli (20)',
        `${kB(five.brotli)} kB (gzip ${kB(five.gzipped)} kB)`,
        five.brotli <= 70_000,
      );
  }
  return rows;
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
