import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDelimitedTokenizer } from '../../src/data/delimited-tokenizer.js';
import { seededRandom } from './collect-sink.js';

type Row = [fields: string[], line: number];

function tokenize(chunks: readonly string[]): { rows: Row[]; delimiter: ',' | '\t' | ';' | null } {
  const rows: Row[] = [];
  const tokenizer = createDelimitedTokenizer((fields, line) => rows.push([fields, line]));
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return { rows, delimiter: tokenizer.delimiter };
}

const rowsOf = (text: string): Row[] => tokenize([text]).rows;

// Quotes, doubled quotes, every kind of line end inside and outside quotes, empty lines, a BOM.
const TRICKY =
  '\uFEFFid,name,note\r\n' +
  '1,"Contoso, Ltd.","say ""hi"""\r\n' +
  '\r\n' +
  '2,"two\r\nlines","cr\ronly"\n' +
  '3,plain,"lf\nonly"\r' +
  '4,"""",""\r\n' +
  '5,a"b,"x"y\r\n' +
  '6,last,';
const TRICKY_ROWS: Row[] = [
  [['id', 'name', 'note'], 1],
  [['1', 'Contoso, Ltd.', 'say "hi"'], 2],
  [['2', 'two\r\nlines', 'cr\ronly'], 4],
  [['3', 'plain', 'lf\nonly'], 7],
  [['4', '"', ''], 9],
  [['5', 'a"b', 'xy'], 10],
  [['6', 'last', ''], 11],
];

describe('createDelimitedTokenizer', () => {
  it('splits rows and fields and numbers physical lines', () => {
    assert.deepEqual(rowsOf('a,b\n1,2\n'), [
      [['a', 'b'], 1],
      [['1', '2'], 2],
    ]);
  });

  it('reads quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    assert.deepEqual(rowsOf(TRICKY), TRICKY_ROWS);
  });

  it('counts CR, LF and CRLF inside quotes once each for the next row’s line', () => {
    assert.deepEqual(rowsOf('a,b\n"x\r\ny",z\n"p\nq\rr",s\nlast,1'), [
      [['a', 'b'], 1],
      [['x\r\ny', 'z'], 2],
      [['p\nq\rr', 's'], 4],
      [['last', '1'], 7],
    ]);
  });

  it('ends rows on a lone CR', () => {
    assert.deepEqual(rowsOf('a,b\rc,d\r\re,f'), [
      [['a', 'b'], 1],
      [['c', 'd'], 2],
      [['e', 'f'], 4],
    ]);
  });

  it('skips empty lines but counts them, also before the header', () => {
    assert.deepEqual(rowsOf('\n\r\na,b\n\n\n1,2\n\n'), [
      [['a', 'b'], 3],
      [['1', '2'], 6],
    ]);
  });

  it('drops a leading BOM', () => {
    assert.deepEqual(rowsOf('\uFEFFa,b\n1,2')[0], [['a', 'b'], 1]);
  });

  it('keeps empty fields, quoted empty fields and a trailing empty field', () => {
    assert.deepEqual(rowsOf('a,,b\n"",""\nx,'), [
      [['a', '', 'b'], 1],
      [['', ''], 2],
      [['x', ''], 3],
    ]);
  });

  it('takes a quote inside an unquoted field literally and keeps text after a closing quote', () => {
    assert.deepEqual(rowsOf('ab"c,"d"e,f"\n'), [[['ab"c', 'de', 'f"'], 1]]);
  });

  it('ends an unterminated quoted field at the end of input', () => {
    assert.deepEqual(rowsOf('a\n"open\nstill'), [
      [['a'], 1],
      [['open\nstill'], 2],
    ]);
  });

  it('detects tab when the first line has more tabs than commas', () => {
    const tsv = tokenize(['a\tb,c\td\n1\t2,3\t4\n']);
    assert.equal(tsv.delimiter, '\t');
    assert.deepEqual(tsv.rows[1], [['1', '2,3', '4'], 2]);
    assert.equal(tokenize(['a,b\tc,d\n']).delimiter, ',');
    assert.equal(tokenize(['just-one-column\n']).delimiter, ',');
  });

  it('detects the delimiter from the first non-empty line, once that line is complete', () => {
    const rows: string[][] = [];
    const tokenizer = createDelimitedTokenizer((fields) => rows.push(fields));
    tokenizer.push('\r\n\na\tb');
    assert.equal(tokenizer.delimiter, null);
    tokenizer.push(',c\td\n1\t2');
    assert.equal(tokenizer.delimiter, '\t');
    tokenizer.end();
    assert.deepEqual(rows, [
      ['a', 'b,c', 'd'],
      ['1', '2'],
    ]);
  });

  it('gives the same rows for the input split at every position', () => {
    for (let i = 0; i <= TRICKY.length; i++) {
      assert.deepEqual(tokenize([TRICKY.slice(0, i), TRICKY.slice(i)]).rows, TRICKY_ROWS, `split at ${i}`);
    }
  });

  it('gives the same rows for one-character chunks and for random chunkings', () => {
    assert.deepEqual(tokenize([...TRICKY]).rows, TRICKY_ROWS);
    const random = seededRandom(42);
    for (let trial = 0; trial < 200; trial++) {
      const chunks: string[] = [];
      for (let i = 0; i < TRICKY.length;) {
        const size = Math.floor(random() * 8);
        chunks.push(TRICKY.slice(i, i + size));
        i += size;
      }
      assert.deepEqual(tokenize(chunks).rows, TRICKY_ROWS, JSON.stringify(chunks));
    }
  });

  it('reads nothing from empty or line-break-only input', () => {
    assert.deepEqual(tokenize([]), { rows: [], delimiter: null });
    assert.deepEqual(tokenize(['\r\n', '\n']).rows, []);
  });
});

describe('createDelimitedTokenizer: semicolons and stray quotes', () => {
  function tokenizeBroken(chunks: readonly string[]) {
    const rows: Row[] = [];
    const broken: number[] = [];
    const tokenizer = createDelimitedTokenizer(
      (fields, line) => rows.push([fields, line]),
      (line) => broken.push(line),
    );
    for (const chunk of chunks) tokenizer.push(chunk);
    tokenizer.end();
    return { rows, broken, warnings: tokenizer.warnings().map((w) => [w.code, w.lines]) };
  }

  it('detects ";" when the first line has more semicolons than commas and tabs, and warns of decimal commas', () => {
    const { rows, warnings } = tokenizeBroken(['a;b;c\n1;2,5;"x;y"\n']);
    assert.deepEqual(rows, [
      [['a', 'b', 'c'], 1],
      [['1', '2,5', 'x;y'], 2],
    ]);
    assert.deepEqual(warnings, [['decimal-comma', undefined]]);
    assert.equal(tokenize(['a,b;c,d\n']).delimiter, ',');
  });

  // Line 2 opens a quote it never closes. Line 3 is a whole line inside it with width − 1 delimiters and
  // no quote: a swallowed row. Line 2 is skipped and reading goes on at line 3.
  const SWALLOWED = 'a,b,c\n1,"x,2\n3,4,5\n6,7,8';
  const SWALLOWED_ROWS: Row[] = [
    [['a', 'b', 'c'], 1],
    [['3', '4', '5'], 3],
    [['6', '7', '8'], 4],
  ];

  // Line 3 has too few delimiters to be a row; line 4's quote closes the cell, and the row ends with four
  // fields: line 2 is skipped and lines 3 and 4 are read again as rows.
  const CLOSED_LATER = 'a,b,c\r\n1,"x\r\ny,2\r\n"q",5,6\r\n';
  const CLOSED_LATER_ROWS: Row[] = [
    [['a', 'b', 'c'], 1],
    [['y', '2'], 3],
    [['q', '5', '6'], 4],
  ];

  for (const [name, text, rows] of [
    ['a line that looks like a row', SWALLOWED, SWALLOWED_ROWS],
    ['a row that ends with the wrong field count', CLOSED_LATER, CLOSED_LATER_ROWS],
  ] as const) {
    it(`skips the stray quote's line and reads the lines after it again: ${name}, split anywhere`, () => {
      for (let i = 0; i <= text.length; i++) {
        const result = tokenizeBroken([text.slice(0, i), text.slice(i)]);
        assert.deepEqual(result.rows, rows, `split at ${i}`);
        assert.deepEqual(result.broken, [2]);
        assert.deepEqual(result.warnings, [['rows-recovered', [2]]]);
      }
      assert.deepEqual(tokenizeBroken([...text]).rows, rows);
    });
  }

  it('leaves a quoted cell over several lines alone when the row has the header’s width', () => {
    const { rows, broken } = tokenizeBroken(['a,b,c\n1,"x\ny,z",2\n"p\nq",r,s']);
    assert.deepEqual(rows, [
      [['a', 'b', 'c'], 1],
      [['1', 'x\ny,z', '2'], 2],
      [['p\nq', 'r', 's'], 4],
    ]);
    assert.deepEqual(broken, []);
  });
});
