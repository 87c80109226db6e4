import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { jsonPieces } from '../../src/data/json-pieces.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { computeReport } from '../../src/core/compute-report.js';
import type { UsageReport } from '../../src/core/report.js';

const INDENTS = [undefined, 0, 2, 4, 12, '\t', '--', 'abcdefghijklmno'] as const;

function joined(value: unknown, indent?: number | string, pieceChars?: number): string | undefined {
  const pieces = [...jsonPieces(value, indent, pieceChars)];
  return pieces.length === 0 ? undefined : pieces.join('');
}

async function reportOf(chunks: AsyncIterable<Uint8Array | string>): Promise<UsageReport> {
  const result = await readUsageTable(chunks);
  assert.equal(result.kind, 'table');
  if (result.kind !== 'table') throw new Error('not an export');
  return computeReport(cubeFromTable(result.table), result.stats);
}

async function* textChunks(text: string): AsyncGenerator<string> {
  yield text;
}

// Every string JSON.stringify escapes: quotes, backslashes, each control character, lone surrogates of
// both halves (well-formed JSON.stringify writes them as \udxxx), and what it leaves alone (U+2028, pairs).
const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
const HOSTILE = [
  'say "hi"',
  'C:\\path\\',
  CONTROL,
  '\u007f\u2028\u2029',
  '\ud800',
  'a\udc00b',
  '\udbff\udfff',
  '😀',
  '',
  '</script>',
];

describe('jsonPieces(value, indent)', () => {
  it('joins to JSON.stringify(value, null, indent) for strings that need escaping, as keys and values', () => {
    const value = {
      strings: HOSTILE,
      keyed: Object.fromEntries(HOSTILE.map((text, i) => [text, i])),
      nested: HOSTILE.map((text) => ({ name: text, list: [text, { deeper: [text] }] })),
    };
    for (const indent of INDENTS) assert.equal(joined(value, indent, 7), JSON.stringify(value, null, indent));
  });

  it('writes -0 as 0, NaN and ±Infinity as null, keeps null percentages, and big and tiny numbers as the engine does', () => {
    const value = {
      zero: -0,
      list: [-0, 0, NaN, Infinity, -Infinity, null, 1e21, 5e-7, 0.1 + 0.2, -1.5, 2 ** 53],
      activePercent: [null, 60, null, 67.57],
      rows: [{ available: [0, -0], activePercent: [null, null] }],
    };
    for (const indent of INDENTS) assert.equal(joined(value, indent, 1), JSON.stringify(value, null, indent));
  });

  it('leaves out undefined, functions and symbols in objects and writes null for them in arrays', () => {
    const value = {
      a: undefined,
      b: () => 1,
      c: Symbol('x'),
      d: [undefined, () => 1, Symbol('y'), 1],
      e: { only: undefined },
      f: [[], {}, [[]], [{}], { g: {} }],
      h: [{ i: undefined, j: [{ k: undefined }] }],
    };
    for (const indent of INDENTS) assert.equal(joined(value, indent, 3), JSON.stringify(value, null, indent));
  });

  it('honours toJSON (dates) and unwraps boxed primitives', () => {
    const value = {
      when: new Date(Date.UTC(2026, 11, 2)),
      custom: { toJSON: (key: string) => ({ key, deep: [1, { two: 2 }] }) },
      list: [{ toJSON: () => undefined }, new Date(Number.NaN)],
      // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
      boxed: [new Number(3), new String('s'), new Boolean(false)] as (Number | String | Boolean)[],
    };
    for (const indent of INDENTS) assert.equal(joined(value, indent, 5), JSON.stringify(value, null, indent));
  });

  it('walks arrays longer than a flat one and deep nesting, handing out pieces of about pieceChars', () => {
    const value = {
      long: Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `s${i}` : i % 3 === 1 ? i / 7 : null)),
      deep: Array.from({ length: 40 }).reduce<unknown>((inner) => ({ inner: [inner, 1] }), 'end'),
    };
    for (const indent of INDENTS)
      assert.equal(joined(value, indent, 100), JSON.stringify(value, null, indent));
    const pieces = [...jsonPieces(value.long, 2, 100)];
    assert.ok(pieces.length > 100, `${pieces.length} pieces`);
    // A piece ends once it holds pieceChars: past it by at most one item and its punctuation.
    const longest = Math.max(...pieces.map((piece) => piece.length));
    assert.ok(longest < 100 + 30, `longest piece ${longest}`);
  });

  it('yields nothing where JSON.stringify gives undefined, and a primitive root as one piece', () => {
    assert.deepEqual([...jsonPieces(undefined)], []);
    assert.deepEqual([...jsonPieces(() => 1)], []);
    assert.deepEqual([...jsonPieces('a"b')], ['"a\\"b"']);
    assert.deepEqual([...jsonPieces(-0, 2)], ['0']);
  });

  it('throws TypeError for a cycle and a BigInt, as JSON.stringify does', () => {
    const cyclic: { self?: unknown; list: unknown[] } = { list: [] };
    cyclic.list.push({ back: [cyclic, [1]] });
    assert.throws(() => [...jsonPieces(cyclic)], TypeError);
    assert.throws(() => [...jsonPieces({ n: [1n] })], TypeError);
    // The same object twice, not nested in itself, is no cycle.
    const shared = { big: [[1], [2]] };
    const twice = { a: shared, b: shared };
    assert.equal(joined(twice, 2), JSON.stringify(twice, null, 2));
  });
});

describe('jsonPieces(report) gives the bytes of JSON.stringify(report)', () => {
  for (const file of [
    'hand-export.csv',
    'bad-rows.csv',
    'revenue-small.csv',
    'export.tsv',
    'excel-us-dates.csv',
  ]) {
    it(`on test/fixtures/${file}, compact and indented by 2`, async () => {
      const report = await reportOf(createReadStream(`test/fixtures/${file}`));
      for (const indent of [undefined, 2])
        assert.equal(joined(report, indent, 64), JSON.stringify(report, null, indent));
    });
  }

  it('on a generated export of 400 subscriptions, with names that need escaping planted in it', async () => {
    const generated = spawnSync(
      process.execPath,
      ['demo/data/generate-sample.mjs', '--subs', '400', '--months', '14', '--out', '-'],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    assert.equal(generated.status, 0, generated.stderr);
    const report = await reportOf(textChunks(generated.stdout));
    const { length } = report.subscriptions.rows;
    assert.ok(length > HOSTILE.length * 7, `${length} subscription rows`);
    // Names a CSV in UTF-8 cannot carry (lone surrogates) and control characters, set in the document.
    HOSTILE.forEach((name, i) => {
      const row = report.subscriptions.rows[i * 7];
      if (row) row.customerName = name;
    });
    for (const indent of [undefined, 2]) {
      assert.equal(joined(report, indent), JSON.stringify(report, null, indent));
      assert.equal(joined(report, indent, 1000), JSON.stringify(report, null, indent));
    }
  });
});
