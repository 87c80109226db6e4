// The rows of an export in another order (header first, a fixed seed), for a bench whose data has no
// locality: the generator writes a subscription's months about 270 rows apart, which real exports do not.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { DATA_DIR } from './data.mjs';

const LF = 10;
const QUOTE = 34;

/** Where each row starts (a line feed ends a row when the quotes before it are even) and the end. */
function rowStarts(bytes) {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (b === LF && !quoted && i + 1 < bytes.length) starts.push(i + 1);
  }
  starts.push(bytes.length);
  return starts;
}

/** mulberry32: a small seeded generator, so every machine shuffles the same way. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `from`'s rows to `to`, the header first and the others shuffled (Fisher–Yates, seed `seed`). */
export function shuffleRows(from, to, seed = 20) {
  const bytes = readFileSync(from);
  const starts = rowStarts(bytes);
  const rows = starts.length - 1;
  const order = Int32Array.from({ length: rows - 1 }, (_, i) => i + 1);
  const next = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const out = Buffer.allocUnsafe(bytes.length + 1);
  let at = 0;
  const copy = (row) => {
    at += bytes.copy(out, at, starts[row], starts[row + 1]);
    // The last row may lack its line feed: every row ends with one here.
    if (out[at - 1] !== LF) out[at++] = LF;
  };
  copy(0);
  for (const row of order) copy(row);
  const partial = `${to}.partial`;
  writeFileSync(partial, out.subarray(0, at));
  renameSync(partial, to);
}

/**
 * A generated export's rows shuffled (`size` '100mb' or '400mb', generated first): an export where a
 * subscription's months lie anywhere (issue 20). Made unless present; with its path and size.
 */
export function ensureShuffledExport(log, size = '100mb') {
  const shuffled = {
    key: `${size}-shuffled`,
    label: `${size.replace('mb', ' MB')} shuffled`,
    file: `usage-${size}-shuffled.csv`,
  };
  const path = `${DATA_DIR}${shuffled.file}`;
  if (!existsSync(path)) {
    log(`shuffling the rows of usage-${size}.csv into ${shuffled.file}…`);
    shuffleRows(`${DATA_DIR}usage-${size}.csv`, path);
  }
  return { ...shuffled, path, bytes: statSync(path).size };
}
