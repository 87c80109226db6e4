import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { binIndexOf, quantileBins } from '../../src/core/quantile-bins.js';

describe('quantileBins', () => {
  it('quantileBins(values, 5) puts about a fifth of the values in each class', () => {
    // Ten values: classes start at ranks 0, 2, 4, 6, 8 of the sorted list.
    const values = [90000, 1, 2, 3, 5, 8, 13, 21, 34, 55];
    assert.deepEqual(quantileBins(values, 5), [
      { from: 1, to: 2 },
      { from: 3, to: 7 },
      { from: 8, to: 20 },
      { from: 21, to: 54 },
      { from: 55, to: 90000 },
    ]);
  });

  it('quantileBins keeps one huge value from flattening the rest', () => {
    // With equal-width classes 0–18000, …, 72000–90000 every value but one would be in the first.
    const bins = quantileBins([90000, 1, 2, 3, 5, 8, 13, 21, 34, 55], 5);
    assert.equal(binIndexOf(bins, 1), 0);
    assert.equal(binIndexOf(bins, 13), 2);
    assert.equal(binIndexOf(bins, 90000), 4);
  });

  it('quantileBins gives fewer classes for few distinct values, ties in one class', () => {
    // Ranks 0, 0, 0, 1, 1 of [5, 12]: starts 5 and 12.
    assert.deepEqual(quantileBins([12, 5], 5), [
      { from: 5, to: 11 },
      { from: 12, to: 12 },
    ]);
    assert.deepEqual(quantileBins([3, 3, 3], 5), [{ from: 3, to: 3 }]);
    // Ranks 0, 1, 3, 4, 6 of [0, 0, 0, 0, 7, 7, 9, 9]: starts 0, 0, 0, 7, 9.
    assert.deepEqual(quantileBins([0, 0, 0, 0, 7, 7, 9, 9], 5), [
      { from: 0, to: 6 },
      { from: 7, to: 8 },
      { from: 9, to: 9 },
    ]);
  });

  it('quantileBins([]) is no classes', () => {
    assert.deepEqual(quantileBins([], 5), []);
    assert.deepEqual(quantileBins([1, 2], 0), []);
  });
});

describe('binIndexOf', () => {
  const bins = [
    { from: 5, to: 11 },
    { from: 12, to: 12 },
  ];

  it('binIndexOf(bins, value) is the class whose range holds the value', () => {
    assert.equal(binIndexOf(bins, 5), 0);
    assert.equal(binIndexOf(bins, 11), 0);
    assert.equal(binIndexOf(bins, 12), 1);
  });

  it('binIndexOf(bins, value) is -1 below the first class and the last class above it', () => {
    assert.equal(binIndexOf(bins, 4), -1);
    assert.equal(binIndexOf(bins, 99), 1);
    assert.equal(binIndexOf([], 3), -1);
  });
});
