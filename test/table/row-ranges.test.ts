import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rowRanges } from '../../src/table/row-ranges.js';

// Bytes by hand: the header ends at 8; row 1 `1,"x⏎y"` holds a line feed at 12 inside quotes and ends at
// 16; row 2 `2,"p⏎q"` one at 20 and ends at 24; row 3 ends at 28, the file's size.
const FILE = new TextEncoder().encode('id,name\n1,"x\ny"\n2,"p\nq"\n3,z\n');
const readAt = (at: number, length: number) => FILE.subarray(at, Math.min(at + length, FILE.length));

describe('rowRanges(size, parts, readAt)', () => {
  it('cuts only past line feeds outside quotes: 2 parts aimed at byte 14 cut at 16, not at 13', () => {
    assert.deepEqual(rowRanges(FILE.length, 2, readAt), [
      { start: 0, end: 16 },
      { start: 16, end: 28 },
    ]);
  });

  it('3 parts aimed at bytes 9 and 18 cut at 16 and 24, whatever the window read at a time', () => {
    for (const window of [1, 2, 3, 5, 64]) {
      assert.deepEqual(
        rowRanges(FILE.length, 3, readAt, 0, window),
        [
          { start: 0, end: 16 },
          { start: 16, end: 24 },
          { start: 24, end: 28 },
        ],
        `window ${window}`,
      );
    }
  });

  it('gives fewer ranges when the rows run out: 10 parts of 28 bytes are the 4 rows', () => {
    assert.deepEqual(rowRanges(FILE.length, 10, readAt, 0, 3), [
      { start: 0, end: 8 },
      { start: 8, end: 16 },
      { start: 16, end: 24 },
      { start: 24, end: 28 },
    ]);
  });

  it('keeps the first `from` bytes in the first range: from 9 moves the first cut from 8 to 16', () => {
    assert.deepEqual(rowRanges(FILE.length, 4, readAt, 9), [
      { start: 0, end: 16 },
      { start: 16, end: 24 },
      { start: 24, end: 28 },
    ]);
  });

  it('one part, or a file with no row end outside quotes, is one range', () => {
    assert.deepEqual(rowRanges(FILE.length, 1, readAt), [{ start: 0, end: 28 }]);
    const open = new TextEncoder().encode('a,"b\nc\nd\n');
    const at = (from: number, length: number) => open.subarray(from, from + length);
    assert.deepEqual(rowRanges(open.length, 3, at), [{ start: 0, end: open.length }]);
  });
});
