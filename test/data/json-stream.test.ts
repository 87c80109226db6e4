// JSON read a row at a time: the stream gives what JSON.parse of the whole text gives however the text is
// split, holds one row's text at most, names the line and column of broken JSON, and the reader built on
// it gives the figures the whole-text path gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readJsonRows } from '../../src/data/json-rows.js';
import { createJsonStream } from '../../src/data/json-stream.js';
import type { JsonEnd } from '../../src/data/json-stream.js';
import { readUsage } from '../../src/data/read-usage.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import { collectSink, seededRandom } from './collect-sink.js';

async function* chunked(pieces: readonly string[]): AsyncGenerator<string> {
  yield* pieces;
}

/** `text` cut into pieces of the given sizes (repeating). */
function split(text: string, sizes: readonly number[]): string[] {
  const pieces: string[] = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = sizes[k % sizes.length] as number;
    pieces.push(text.slice(i, i + size));
    i += size;
  }
  return pieces;
}

function stream(pieces: readonly string[]): { end: JsonEnd; items: unknown[] } {
  const items: unknown[] = [];
  const json = createJsonStream((item) => items.push(item));
  for (const piece of pieces) json.push(piece);
  return { end: json.end(), items };
}

/** The message of the error the stream throws for `text`, the same for whole text and one-character pieces. */
function failure(text: string): string {
  const messages = [[text], split(text, [1]), split(text, [3, 5])].map((pieces) => {
    try {
      stream(pieces);
    } catch (error) {
      assert.ok(error instanceof UsageInputError);
      assert.equal(error.code, 'unreadable');
      return error.message;
    }
    return assert.fail(`no error for ${JSON.stringify(text)}`);
  });
  assert.equal(new Set(messages).size, 1, messages.join('\n'));
  return messages[0] as string;
}

// Strings that end where a scanner could lose count: escaped quotes and backslashes, brackets in strings.
const TRICKY = String.raw`[
  {"a": "say \"hi\"", "b": "C:\\", "c": "]}[{", "d": "\\\"", "e": "\u0041\/"},
  {"nested": {"value": [1, {"x": []}]}, "n": -1.5e3, "t": true, "f": false, "z": null},
  "a string", 42, [1, [2]], {}, "", "\\"
]`;

describe('createJsonStream: elements', () => {
  it('gives each element of an array as JSON.parse does, split at every place', () => {
    const whole = JSON.parse(TRICKY) as unknown[];
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      const { end, items } = stream([TRICKY.slice(0, cut), TRICKY.slice(cut)]);
      assert.deepEqual(end, { kind: 'rows' });
      assert.deepEqual(items, whole, `cut at ${cut}`);
    }
    assert.deepEqual(stream(split(TRICKY, [1])).items, whole);
    const random = seededRandom(14);
    for (let run = 0; run < 20; run++) {
      const sizes = Array.from({ length: 50 }, () => 1 + Math.floor(random() * 9));
      assert.deepEqual(stream(split(TRICKY, sizes)).items, whole);
    }
  });

  it('gives the elements of a top-level object’s own "value" array (OData), after a BOM', () => {
    const text =
      '\uFEFF {"@odata.context": "x#\\"value\\"", "inner": {"value": [9]},\n' +
      ' "valu\\u0065" : [ {"a": "]"}, 2 ], "@odata.nextLink": "y"}\n';
    for (const sizes of [[text.length], [1], [2, 7]]) {
      assert.deepEqual(stream(split(text, sizes)), { end: { kind: 'rows' }, items: [{ a: ']' }, 2] });
    }
  });

  it('keeps any other object whole and gives it parsed: a report document', () => {
    const report = { version: 1, months: ['2026-06'], summary: { available: [1] }, value: { rows: [1] } };
    const text = JSON.stringify(report, null, 2);
    for (const sizes of [[text.length], [1], [4, 3]]) {
      assert.deepEqual(stream(split(text, sizes)), { end: { kind: 'document', value: report }, items: [] });
    }
  });

  it('reads an empty array, and an OData object with an empty array', () => {
    assert.deepEqual(stream([' [ \n ] ']), { end: { kind: 'rows' }, items: [] });
    assert.deepEqual(stream(['{"value":[]}']), { end: { kind: 'rows' }, items: [] });
  });
});

describe('createJsonStream: invalid JSON names the line and column', () => {
  it('inside an element: JSON.parse’s message, at its position in the file', () => {
    // Line 2 is ` {"a": 1,}`: the element starts in column 2, and its `}` (position 8) is column 10.
    assert.equal(
      failure('[\n {"a": 1,}\n]'),
      'The file is not valid JSON: Expected double-quoted property name (line 2, column 10)',
    );
    // V8 gives no position for an unexpected token: the element's start (line 3, column 3) is named.
    assert.match(
      failure('[\n  {"a": 1},\n  {"a": 2,\n   "b": bad}\n]'),
      /^The file is not valid JSON: Unexpected token 'b', .* is not valid JSON \(line 3, column 3\)$/s,
    );
  });

  it('between elements, after the array, and at an early end', () => {
    assert.equal(
      failure('[1 2]'),
      `The file is not valid JSON: Expected ',' or ']' after an array element, found "2" (line 1, column 4)`,
    );
    assert.equal(
      failure('[{"a":1},]'),
      'The file is not valid JSON: Expected an element after a comma, found "]" (line 1, column 10)',
    );
    assert.equal(
      failure('[{"a":1}]\n\nx'),
      'The file is not valid JSON: Unexpected text after the array, found "x" (line 3, column 1)',
    );
    assert.equal(
      failure('[{"a":1},\n{"a":'),
      'The file is not valid JSON: the file ends inside the array of rows (line 2, column 6)',
    );
  });

  it('around an OData array, and in a document', () => {
    // `{"value":[] "next": 1}` is what is parsed; the `"` of "next" is column 20 of the file.
    assert.equal(
      failure('{"value":[{"a":1}] "next": 1}'),
      `The file is not valid JSON: Expected ',' or '}' after property value (line 1, column 20)`,
    );
    assert.match(
      failure('{"version": 1,\n  "months": [1,]}'),
      /^The file is not valid JSON: Unexpected token '\]', .* is not valid JSON \(line 1, column 1\)$/s,
    );
    assert.equal(
      failure('{"value": [1], "value": 2}'),
      'The JSON gives "value" again after its array of rows (line 1, column 14)',
    );
  });
});

/** A generated export: `rows` row objects, each about 200 characters, one name longer than the rest. */
function exportJson(rows: number, extra: (i: number) => Record<string, unknown> = () => ({})): string {
  const items = Array.from({ length: rows }, (_, i) => ({
    SubscriptionId: `s${i}`,
    Month: `2026-0${1 + (i % 6)}-01`,
    SKU: i % 3 === 0 ? 'Dynamics 365 Sales' : 'Dynamics 365 Finance',
    CustomerName: i === 77 ? `Long "name" ${'x'.repeat(500)}` : `Customer ${i % 40}`,
    CustomerMarket: i % 2 ? 'Germany' : 'Japan',
    AvailableSeats: 10 + (i % 7),
    AssignedSeats: 5,
    ActiveSeats: i % 5,
    ...extra(i),
  }));
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

describe('createJsonStream: memory', () => {
  it('never holds more than the text of the element being read', () => {
    const text = exportJson(2000);
    const longest = Math.max(...text.split('\n').map((line) => line.length));
    const json = createJsonStream(() => {});
    let most = 0;
    for (const piece of split(text, [97])) {
      json.push(piece);
      most = Math.max(most, json.heldChars);
    }
    json.end();
    assert.ok(most <= longest, `held ${most} characters; the longest element has ${longest}`);
    assert.ok(most > 500, 'the long element was held across pieces');
  });
});

describe('readUsage over a JSON array', () => {
  it('hands each row on as its text arrives (after the first 100, read for the header)', async () => {
    const text = exportJson(1000);
    const pieces = split(text, [64]);
    const sink = collectSink();
    // Rows whose closing brace has arrived, and rows the sink had, before each piece.
    const seen: [complete: number, delivered: number][] = [];
    async function* source() {
      let read = '';
      for (const piece of pieces) {
        seen.push([(read.match(/}/g) ?? []).length, sink.records.length]);
        read += piece;
        yield piece;
      }
    }
    await readUsage(source(), sink);
    assert.equal(sink.records.length, 1000);
    for (const [complete, delivered] of seen) assert.equal(delivered, complete < 100 ? 0 : complete);
  });

  it('gives the records and counts of the whole-text path, also for a known column first seen late', async () => {
    // Rows 0–149 leave BilledRevenueUSD out, as a serializer that drops null keys does.
    const text = exportJson(300, (i) => (i < 150 ? {} : { BilledRevenueUSD: i / 4 }));
    const whole = collectSink();
    const wholeCounts = readJsonRows(JSON.parse(text) as unknown[], whole);
    const streamed = collectSink();
    const result = await readUsage(chunked(split(text, [1000, 13])), streamed);
    assert.deepEqual(result, { kind: 'rows', stats: { format: 'json', ...wholeCounts } });
    assert.equal(wholeCounts.hasRevenue, true);
    assert.deepEqual(streamed.records, whole.records);
    assert.equal(streamed.records[200]?.billedRevenue, 50);
    assert.equal(streamed.records[100]?.billedRevenue, null);
  });

  it('reads a required column first seen after the first 100 rows, and refuses one never seen', async () => {
    const late = exportJson(150, (i) => (i < 120 ? { ActiveSeats: undefined } : {}));
    const sink = collectSink();
    await readUsage(chunked(split(late, [500])), sink);
    assert.equal(sink.records.length, 150);
    assert.equal(sink.records[1]?.active, 0);
    assert.equal(sink.records[121]?.active, 1);
    const never = exportJson(150, () => ({ ActiveSeats: undefined }));
    await assert.rejects(readUsage(chunked(split(never, [500])), collectSink()), {
      code: 'missing-columns',
      message: 'Missing required column: ActiveSeats',
    });
  });

  it('refuses a known column given twice in one object, naming both keys', async () => {
    const text = exportJson(3, (i) => (i === 2 ? { availableSeats: 9 } : { note: 1, Note: 2 }));
    await assert.rejects(readUsage(chunked([text]), collectSink()), {
      code: 'duplicate-columns',
      message: 'Column AvailableSeats is given twice: keys "AvailableSeats" and "availableSeats" (line 4)',
    });
  });
});
