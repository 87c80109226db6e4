import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRevenue, parseSeats } from '../../src/data/parse-seats.js';

describe('parseSeats', () => {
  it('reads non-negative whole numbers, also with an Excel-style .0', () => {
    assert.equal(parseSeats('0'), 0);
    assert.equal(parseSeats('42'), 42);
    assert.equal(parseSeats(' 1234 '), 1234);
    assert.equal(parseSeats('007'), 7);
    assert.equal(parseSeats('12.0'), 12);
    assert.equal(parseSeats('12.00'), 12);
  });

  it("returns 'empty' for a blank cell", () => {
    assert.equal(parseSeats(''), 'empty');
    assert.equal(parseSeats('   '), 'empty');
  });

  it('returns null for negative, fractional, separated or non-numeric text', () => {
    for (const text of [
      '-3',
      '+3',
      '2.5',
      '12.',
      '.0',
      '1,234',
      '1 234',
      'ten',
      '1e3',
      '0x10',
      'NaN',
      '99999999999999999',
    ]) {
      assert.equal(parseSeats(text), null, text);
    }
  });
});

describe('parseRevenue', () => {
  it('reads decimal numbers, negative for credits', () => {
    assert.equal(parseRevenue('1200.50'), 1200.5);
    assert.equal(parseRevenue('-15.25'), -15.25);
    assert.equal(parseRevenue(' 0 '), 0);
    assert.equal(parseRevenue('.5'), 0.5);
    assert.equal(parseRevenue('1e3'), 1000);
  });

  it('returns null for a blank cell', () => {
    assert.equal(parseRevenue(''), null);
    assert.equal(parseRevenue('  '), null);
  });

  it("returns 'invalid' for anything else", () => {
    for (const text of ['$12', '1,234.00', 'abc', '0x10', 'Infinity', 'NaN', '1e999', '12 USD']) {
      assert.equal(parseRevenue(text), 'invalid', text);
    }
  });
});
