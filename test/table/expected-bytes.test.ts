import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('readUsageTable(chunks, { expectedBytes })', () => {
  it('gives the table it gives without, for a right, a small and a huge estimate', async () => {
    const generated = spawnSync(
      process.execPath,
      ['demo/data/generate-sample.mjs', '--subs', '400', '--out', '-'],
      { maxBuffer: 1 << 28 },
    );
    assert.equal(generated.status, 0, String(generated.stderr));
    const bytes = new Uint8Array(generated.stdout);
    const plain = await readUsageTable(chunks(bytes, 1 << 16));
    if (plain.kind !== 'table') throw new Error('not an export');
    // More rows than are read before the estimate, so that it is made.
    assert.ok(plain.table.length > 3000, `${plain.table.length} rows`);
    for (const expectedBytes of [bytes.length, 1000, bytes.length * 50]) {
      const sized = await readUsageTable(chunks(bytes, 1 << 16), { expectedBytes });
      assert.deepEqual(sized, plain, `expectedBytes ${expectedBytes}`);
    }
  });

  it('builder.reserve(rows) keeps the rows added before it and takes more after', () => {
    const builder = createUsageTableBuilder();
    const ids = new Uint32Array(12);
    builder.addIds(ids, 1, 2, 3, 4);
    builder.reserve(5000);
    for (let row = 2; row <= 3000; row++) builder.addIds(ids, row, 0, 0, Number.NaN);
    builder.reserve(10);
    const table = builder.finish();
    assert.equal(table.length, 3000);
    assert.deepEqual([...table.available.subarray(0, 3)], [1, 2, 3]);
    assert.equal(table.available[2999], 3000);
    assert.equal(table.revenue[0], 4);
  });
});
