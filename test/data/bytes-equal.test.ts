import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { bytesEqual } from '../../src/data/bytes/bytes-equal.js';

const view = (bytes: number[]) => new DataView(new Uint8Array(bytes).buffer);

describe('bytesEqual', () => {
  it('bytesEqual(a, b) is true for the same bytes at other offsets, every length up to 20', () => {
    const text = [...'abcdefghijklmnopqrstuvwxyz'].map((c) => c.charCodeAt(0));
    for (let length = 0; length <= 20; length++) {
      assert.equal(bytesEqual(view(text), 3, view([0, ...text]), 4, length), true, `length ${length}`);
    }
  });

  it('bytesEqual(a, b) is false when any one byte differs, every position of 19 bytes', () => {
    const same = Array.from({ length: 19 }, (_, i) => 65 + i);
    for (let at = 0; at < 19; at++) {
      const other = [...same];
      other[at] = 97;
      assert.equal(bytesEqual(view(same), 0, view(other), 0, 19), false, `byte ${at}`);
    }
  });

  it('bytesEqual tells 0 from -0 and equal NaNs apart as bytes, read eight at a time as doubles', () => {
    const zero = [0, 0, 0, 0, 0, 0, 0, 0];
    const minusZero = [0, 0, 0, 0, 0, 0, 0, 0x80];
    const nan = [1, 0, 0, 0, 0, 0, 0xf8, 0x7f];
    const otherNan = [2, 0, 0, 0, 0, 0, 0xf8, 0x7f];
    assert.equal(bytesEqual(view(zero), 0, view(minusZero), 0, 8), false);
    assert.equal(bytesEqual(view(zero), 0, view(zero), 0, 8), true);
    assert.equal(bytesEqual(view(nan), 0, view(nan), 0, 8), true);
    assert.equal(bytesEqual(view(nan), 0, view(otherNan), 0, 8), false);
    assert.equal(bytesEqual(view([...nan, 5]), 0, view([...nan, 6]), 0, 9), false);
  });
});
