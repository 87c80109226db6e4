// Turns the bench's measurements into bench/RESULTS.md: the machine, the command, the targets of issues
// 5–8 and whether each is met, then the tables.
import { bundleSizesTable } from './bundle-sizes.mjs';
import { cli, geo, loads, network, renders, searches, throughput } from './results-tables.mjs';
import { targets } from './results-targets.mjs';

export function resultsMarkdown(r) {
  const out = [
    '# Bench results',
    '',
    'Written by `npm run bench` (`node scripts/ensure-deps.mjs && node bench/run.mjs --build`);',
    'how it measures is in [README.md](README.md). Do not edit by hand: run the bench again.',
    '',
    `- Date: ${r.machine.date}`,
    `- Command: \`npm run bench\`; every figure is the **median of ${r.runs} runs** unless it says otherwise`,
    `- Total run time: ${r.totalSeconds.toFixed(0)} s (${r.built ? 'including `npm run build:only` and' : 'without the build, with'} any data generation)`,
    `- Load average (1, 5, 15 min) before and after: ${r.load.before} → ${r.load.after}. Other work on this 2-core machine slows`,
    '  every figure; the runs of one measurement are interleaved with the others so it hits all of them alike.',
    `- Machine: \`nproc\` = ${r.machine.nproc} (${r.machine.cpu}); ${r.machine.chromium}; Node ${r.machine.node}`,
    '',
    '```text',
    '$ free -h',
    r.machine.memory,
    '```',
    '',
  ];
  out.push(...targets(r), '');
  if (r.throughput) out.push(...throughput(r.throughput), '');
  if (r.render) out.push(...renders(r.render), '', ...searches(r.render), '');
  if (r.geo) out.push(...geo(r.geo), '');
  if (r.loads) out.push(...loads(r.loads), '');
  if (r.network) out.push(...network([r.network].flat()), '');
  if (r.cli) out.push(...cli(r.cli), '');
  if (r.sizes)
    out.push('## 5. First load (minified, then brotli or gzip)', '', bundleSizesTable(r.sizes), '');
  return out.join('\n');
}
