import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRawRowsBuilder, rawRowCells, splitDelimitedLine } from '../../src/data/raw-rows.js';

describe('splitDelimitedLine(text, delimiter)', () => {
  it('undoes RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', () => {
    assert.deepEqual(splitDelimitedLine('a,"b,c","say ""hi""","x\r\ny",', ','), [
      'a',
      'b,c',
      'say "hi"',
      'x\r\ny',
      '',
    ]);
  });

  it('keeps a quote inside an unquoted cell, and text after a closing quote, literally', () => {
    assert.deepEqual(splitDelimitedLine('5" disk,"quoted"after,"open', ','), [
      '5" disk',
      'quotedafter',
      'open',
    ]);
  });

  it('splits on tabs for TSV, where commas are text', () => {
    assert.deepEqual(splitDelimitedLine('a,b\tc\t', '\t'), ['a,b', 'c', '']);
  });
});

describe('createRawRowsBuilder(delimiter)', () => {
  it('gives back each row, from bytes and from cells, across 4 MB blocks', () => {
    const builder = createRawRowsBuilder(',', []);
    const line = new TextEncoder().encode('xx,s1,"Contoso, Ltd.",日本,yy');
    builder.appendBytes(line, 3, line.length - 3);
    builder.appendCells(['=cmd', 'a"b', 'c,d', 'e\nf']);
    // Rows past the first block's 4 MB start a new block; no row is split between two.
    const filler = 'z'.repeat(1000);
    for (let i = 0; i < 5000; i++) builder.appendCells([String(i), filler]);
    const rows = builder.finish();
    assert.equal(rows.length, 5002);
    assert.ok(rows.blocks.length >= 2);
    assert.deepEqual(rawRowCells(rows, 0), ['s1', 'Contoso, Ltd.', '日本']);
    assert.deepEqual(rawRowCells(rows, 1), ['=cmd', 'a"b', 'c,d', 'e\nf']);
    assert.deepEqual(rawRowCells(rows, 5001), ['4999', filler]);
  });
});
