import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { writePieces } from '../../src/cli/write-pieces.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { computeReport } from '../../src/core/compute-report.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

describe('dyn-usage report writes the document as a stream', () => {
  it('prints the bytes of JSON.stringify(report) and a line break, compact and --pretty, on a generated export', async () => {
    const generated = spawnSync(
      process.execPath,
      ['demo/data/generate-sample.mjs', '--subs', '300', '--out', '-'],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    assert.equal(generated.status, 0, generated.stderr);
    const result = await readUsageTable(once(generated.stdout));
    if (result.kind !== 'table') throw new Error('not an export');
    const report = computeReport(cubeFromTable(result.table), result.stats);
    for (const [flags, indent] of [
      [[], undefined],
      [['--pretty'], 2],
    ] as const) {
      const cli = spawnSync(process.execPath, [...CLI, 'report', '-', ...flags], {
        encoding: 'utf8',
        input: generated.stdout,
        maxBuffer: 1 << 28,
      });
      assert.equal(cli.status, 0, cli.stderr);
      assert.ok(
        cli.stdout === `${JSON.stringify(report, null, indent)}\n`,
        `${flags.join(' ')}: bytes differ`,
      );
    }
  });
});

describe('writePieces(stream, pieces)', () => {
  it('waits for drain when the buffer is full, and writes every piece in order', async () => {
    const received: string[] = [];
    let taken = 0;
    const slow = new Writable({
      highWaterMark: 10,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        received.push(chunk);
        setImmediate(done);
      },
    });
    const pieces = Array.from({ length: 50 }, (_, i) => `piece ${i};`);
    let drains = 0;
    slow.on('drain', () => drains++);
    function* counted() {
      for (const piece of pieces) {
        // Never more than one piece past the buffer: the next is taken only once the stream has room.
        assert.ok(slow.writableLength <= 10, `${slow.writableLength} characters waiting`);
        taken++;
        yield piece;
      }
    }
    await writePieces(slow, counted());
    assert.equal(taken, 50);
    // Pieces of 8 characters and room for 10: every second write fills the buffer and waits for drain.
    assert.equal(drains, 25);
    assert.equal(received.join(''), pieces.join(''));
  });

  it('rejects with the stream error instead of waiting for a drain that never comes', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    broken.on('error', () => {});
    await assert.rejects(writePieces(broken, ['a', 'b', 'c']), { code: 'EPIPE' });
  });
});
