// Group labels are cut after a whole word. In Node text is 0.56 × font size per character: at 10 px,
// 5.6 px a character, so 30 px hold 5 characters, ellipsis included.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { truncateAtWord } from '../../src/charts/grouped-bars-text.js';

describe('truncateAtWord', () => {
  it('truncateAtWord keeps a label that fits', () => {
    assert.equal(truncateAtWord('ab cd', 30, 10), 'ab cd');
  });

  it('truncateAtWord("ab cd efgh", 30, 10) drops the cut word: "ab…", not "ab c…"', () => {
    // "ab c…" is the longest prefix that fits (5 × 5.6 = 28 ≤ 30); "c" is part of "cd", so back to "ab".
    assert.equal(truncateAtWord('ab cd efgh', 30, 10), 'ab…');
  });

  it('truncateAtWord("abc defgh", 30, 10) keeps "abc…": the cut falls on the space', () => {
    assert.equal(truncateAtWord('abc defgh', 30, 10), 'abc…');
  });

  it('truncateAtWord("abcdefgh", 30, 10) cuts inside a first word that does not fit', () => {
    assert.equal(truncateAtWord('abcdefgh', 30, 10), 'abcd…');
  });
});
