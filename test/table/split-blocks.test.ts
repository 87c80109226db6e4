// BlockSplitter by hand: which bytes go to which worker, for blocks of 4 bytes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BlockSplitter } from '../../src/table/split-blocks.js';
import type { SplitStep } from '../../src/table/split-blocks.js';

const COMMA = 44;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** Steps as `w0:part0`, `w0:"h\nab"`: where each part starts and which bytes each worker gets. */
const shown = (steps: SplitStep[]) =>
  steps.map((s) =>
    s.type === 'part' ? `w${s.worker}:part${s.part}` : `w${s.worker}:${JSON.stringify(text(s.bytes))}`,
  );

function split(input: string, workers: number, decideAfter = 0) {
  const splitter = new BlockSplitter({ blockBytes: 4, partBytes: 4, workers: () => workers });
  const steps: SplitStep[] = [];
  const bytes = new TextEncoder().encode(input);
  bytes.forEach((_, at) => {
    if (at === decideAfter) splitter.decide(COMMA);
    steps.push(...splitter.push(bytes.slice(at, at + 1)));
  });
  steps.push(...splitter.end());
  return shown(steps);
}

describe('BlockSplitter', () => {
  it('starts a part on the next worker at the first row boundary of a block, once a part is big enough', () => {
    // Blocks 'h\nab' 'c\nde' 'f\ngh' 'i\n'. Part 0 has its 4 bytes when block 1 comes: block 1 is cut after
    // its line feed, 'c\n' ends part 0 and 'de' starts part 1 on worker 1; part 1 has 2 bytes when block 2
    // comes (it goes on whole), 6 when block 3 comes, whose only boundary is its end (no empty part).
    assert.deepEqual(split('h\nabc\ndef\nghi\n', 2), [
      'w0:part0',
      'w0:"h\\nab"',
      'w0:"c\\n"',
      'w1:part1',
      'w1:"de"',
      'w1:"f\\ngh"',
      'w1:"i\\n"',
    ]);
  });

  it('never cuts at a line feed inside quotes', () => {
    // Blocks 'h\n"a' '\nb"\n' 'c\nd\n': block 1 starts inside quotes (one quote before it), so its first
    // line feed is quoted and its boundary is its end: on whole. Block 2 is cut after 'c\n'.
    assert.deepEqual(split('h\n"a\nb"\nc\nd\n', 2), [
      'w0:part0',
      'w0:"h\\n\\"a"',
      'w0:"\\nb\\"\\n"',
      'w0:"c\\n"',
      'w1:part1',
      'w1:"d\\n"',
    ]);
  });

  it('keeps one part after a quote that RFC 4180 does not allow', () => {
    // '5"' in block 1 breaks the parity: every later block stays on worker 0.
    assert.deepEqual(split('h\nab5"\ncd\nef\n', 2), [
      'w0:part0',
      'w0:"h\\nab"',
      'w0:"5\\"\\nc"',
      'w0:"d\\nef"',
      'w0:"\\n"',
    ]);
  });

  it('keeps one part after a quoted cell whose line breaks fall on either side of a block end', () => {
    // Blocks 'h\n"\n' 'a\nb"' ',1\nc' '\nd\n': the cell "\na\nb" holds two line breaks with no quote
    // between (as a stray quote's run would), one in each of the first two blocks: block 2 is not cut.
    assert.deepEqual(split('h\n"\na\nb",1\nc\nd\n', 2), [
      'w0:part0',
      'w0:"h\\n\\"\\n"',
      'w0:"a\\nb\\""',
      'w0:",1\\nc"',
      'w0:"\\nd\\n"',
    ]);
  });

  it('takes a CRLF cut by a block end for one line break', () => {
    // Blocks 'h\n"\r' '\nx",' '1\nc\n' 'd\n': the cell "\r\nx" has one line break; block 2 is cut.
    assert.deepEqual(split('h\n"\r\nx",1\nc\nd\n', 2), [
      'w0:part0',
      'w0:"h\\n\\"\\r"',
      'w0:"\\nx\\","',
      'w0:"1\\n"',
      'w1:part1',
      'w1:"c\\n"',
      'w1:"d\\n"',
    ]);
  });

  it('sends blocks to the first part until the delimiter is known, then looks at them', () => {
    // Decided after 9 bytes: blocks 0 and 1 went on unlooked; block 2 is the first that may start a part.
    assert.deepEqual(split('h\nabc\ndef\ngh\n', 2, 9), [
      'w0:part0',
      'w0:"h\\nab"',
      'w0:"c\\nde"',
      'w0:"f\\n"',
      'w1:part1',
      'w1:"gh"',
      'w1:"\\n"',
    ]);
  });
});
