// Figures worked out by hand: positions count bytes from 0, and `|` in a comment marks a boundary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countLineEnds,
  countQuotes,
  firstRowBoundary,
  lastRowBoundary,
} from '../../src/data/bytes/quote-parity.js';
import { blockRows, strayQuotes } from '../../src/data/bytes/block-rows.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const COMMA = 44;

describe('countQuotes', () => {
  it('countQuotes(bytes) counts every " byte, escaped ones too', () => {
    assert.equal(countQuotes(bytes('a,"b ""c""",d\n')), 6);
    assert.equal(countQuotes(bytes('plain\n')), 0);
  });

  it('countQuotes(bytes, from, to) counts within the range', () => {
    // positions: " at 0, 2, 4
    assert.equal(countQuotes(bytes('"a"b"'), 1, 4), 1);
  });
});

describe('firstRowBoundary', () => {
  // 'a,"x\ny"\nb\n': LF at 4 (1 quote before: odd), 7 (2 quotes: even), 9
  const block = bytes('a,"x\ny"\nb\n');

  it('skips a line feed inside quotes when the block starts outside them', () => {
    assert.equal(firstRowBoundary(block, true), 8);
  });

  it('takes the first line feed whose quotes before are odd when the block starts inside quotes', () => {
    assert.equal(firstRowBoundary(block, false), 5);
  });

  it('is -1 without a row-ending line feed', () => {
    assert.equal(firstRowBoundary(bytes('"a\nb\nc'), true), -1);
    assert.equal(firstRowBoundary(bytes('no line end'), true), -1);
  });

  it('keeps parity through RFC 4180 escapes', () => {
    // 'x,"say ""hi""\n"\nz': quotes at 2, 7, 8, 11, 12 before the LF at 13 (five: odd), one more at 14
    assert.equal(firstRowBoundary(bytes('x,"say ""hi""\n"\nz'), true), 16);
  });
});

describe('lastRowBoundary', () => {
  it('finds the last line feed outside quotes', () => {
    // 'a\nb,"c\nd' : LF at 1 (0 quotes before, even), LF at 6 (1 quote before: odd)
    assert.equal(lastRowBoundary(bytes('a\nb,"c\nd'), true), 2);
    // Starting inside quotes the parities swap: LF at 6 has 1 + 1 quotes before: even
    assert.equal(lastRowBoundary(bytes('a\nb,"c\nd'), false), 7);
  });

  it('is -1 when no line feed ends a row', () => {
    assert.equal(lastRowBoundary(bytes('"a\nb'), true), -1);
  });
});

describe('countLineEnds', () => {
  it('counts LF, CR and CRLF once each', () => {
    // a LF | b CRLF | c CR | d
    assert.equal(countLineEnds(bytes('a\nb\r\nc\rd')), 3);
  });

  it('a CR that ends the range is a line end unless the next byte is a LF', () => {
    assert.equal(countLineEnds(bytes('a\r'), 0, 2, 10), 0);
    assert.equal(countLineEnds(bytes('a\r'), 0, 2, -1), 1);
    // Within a longer array the byte after the range decides: 'a\r|\nb'
    assert.equal(countLineEnds(bytes('a\r\nb'), 0, 2), 0);
  });
});

describe('blockRows', () => {
  it('gives each start parity its stray quote', () => {
    // 'x\r\n"a\r\nb",1\r\nz': CRLF at 1-2, CRLF at 5-6 (the quote at 3 before it), quote at 8, CRLF at 11-12
    const rows = blockRows(bytes('x\r\n"a\r\nb",1\r\nz'), { prev: -1, next: -1, delimiter: COMMA });
    assert.equal(rows.quotes, 2);
    // Started inside quotes, the quote at 3 would close a cell and be followed by 'a'
    assert.deepEqual(rows.stray, [-1, 3]);
  });

  it('counts quotes in runs, a stray one too', () => {
    // '"a""b"\n5" x': runs of 1 (at 0), 2 (at 2) and 1 (at 5), then a stray one at 8, after the 5
    const rows = blockRows(bytes('"a""b"\n5" x'), { prev: -1, next: -1, delimiter: COMMA });
    assert.equal(rows.quotes, 5);
    assert.equal(rows.stray[0], 8);
  });
});

describe('strayQuotes', () => {
  const options = { prev: 10, next: 10, delimiter: COMMA };

  it('finds none in RFC 4180 cells', () => {
    assert.deepEqual(strayQuotes(bytes('a,"b,c","""",""\n"x\ny",1'), options)[0], -1);
  });

  it('finds a quote inside an unquoted cell', () => {
    // '1,5" screen': the quote at 3 follows '5'
    assert.equal(strayQuotes(bytes('1,5" screen'), options)[0], 3);
  });

  it('finds text after a closing quote', () => {
    // '"a"b,1': the closing quote at 2 is followed by 'b'
    assert.equal(strayQuotes(bytes('"a"b,1'), options)[0], 2);
  });

  it('judges by the delimiter: a comma does not start a cell of a semicolon file', () => {
    assert.equal(strayQuotes(bytes('a;b,"c"'), { ...options, delimiter: 59 })[0], 4);
  });

  it('flags a quoted cell over three lines with no quote between two breaks', () => {
    // '"a\nb\nc",1': the text from 1 holds LF at 2 and 4
    assert.equal(strayQuotes(bytes('"a\nb\nc",1'), options)[0], 1);
    // CRLF is one break: '"a\r\nb",1' is fine
    assert.equal(strayQuotes(bytes('"a\r\nb",1'), options)[0], -1);
  });

  it('gives the other answer for a block that starts inside quotes', () => {
    // 'b",1\n2': inside from the start, the quote at 1 closes before a comma: fine; outside, it follows 'b'
    assert.deepEqual(strayQuotes(bytes('b",1\n2'), options), [1, -1]);
  });

  it('skips a byte order mark at the file start', () => {
    assert.equal(strayQuotes(bytes('\ufeff"Id",x'), { ...options, prev: -1 })[0], -1);
    assert.equal(strayQuotes(bytes('\ufeff"Id",x'), { ...options, prev: 65 })[0], 3);
  });
});

describe('strayQuotes across block ends', () => {
  it('leaves a run of quotes cut by the block end to the block beside it', () => {
    // '"F ""Q"' + '" 5"\n' is the cell "F ""Q"" 5": the first block's run at 6 is the first half of the
    // `""` after Q, the second block's run at 0 the second half. Started outside quotes, neither is stray.
    const options = { prev: 10, next: 34, delimiter: COMMA };
    assert.deepEqual(strayQuotes(bytes('"F ""Q"'), options), [-1, 0]);
    // The first block's four quotes leave the second outside too; started inside, its run at 0 would
    // close a cell before ' '.
    assert.deepEqual(strayQuotes(bytes('" 5"\n'), { prev: 34, next: -1, delimiter: COMMA }), [-1, 0]);
  });
});

describe('strayQuotes(bytes, { evenAtStart })', () => {
  it('looks for the stray quote of the parity given only', () => {
    // As above: 'b",1\n2' gives [1, -1] for both parities.
    const options = { prev: 10, next: 10, delimiter: COMMA };
    assert.deepEqual(strayQuotes(bytes('b",1\n2'), { ...options, evenAtStart: true }), [1, -1]);
    assert.deepEqual(strayQuotes(bytes('b",1\n2'), { ...options, evenAtStart: false }), [-1, -1]);
    // '"a\nb\nc",1' gives [1, 0]: started inside quotes, the quote at 0 would close a cell before 'a'.
    assert.deepEqual(strayQuotes(bytes('"a\nb\nc",1'), { ...options, evenAtStart: false }), [-1, 0]);
    assert.deepEqual(strayQuotes(bytes('"a\nb\nc",1'), { ...options, evenAtStart: true }), [1, -1]);
  });
});
