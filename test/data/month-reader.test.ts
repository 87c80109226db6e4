import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMonthReader } from '../../src/data/month-reader.js';
import { dateOrderEvidence } from '../../src/data/parse-month.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';

describe('dateOrderEvidence', () => {
  it('dateOrderEvidence(text) names the part that is 1 as the day', () => {
    assert.equal(dateOrderEvidence('01/06/2026'), 'day-first');
    assert.equal(dateOrderEvidence('1.6.2026 00:00'), 'day-first');
    assert.equal(dateOrderEvidence('6/1/2026 12:00:00 AM'), 'month-first');
    assert.equal(dateOrderEvidence('1/1/2026'), 'either');
    assert.equal(dateOrderEvidence('2026-06-01'), 'either');
  });

  it('dateOrderEvidence(text) takes a part over 12 as the day, and knows when it cannot tell', () => {
    assert.equal(dateOrderEvidence('15/06/2026'), 'day-first');
    assert.equal(dateOrderEvidence('6/15/2026'), 'month-first');
    assert.equal(dateOrderEvidence('3/5/2026'), 'unknown');
    assert.equal(dateOrderEvidence('June 2026'), null);
  });
});

describe('createMonthReader', () => {
  it('reads an en-GB file day first, dates before the deciding one included, and says so with the line', () => {
    const months = createMonthReader();
    assert.equal(months.read('01/01/2026', 2), '2026-01');
    assert.equal(months.read('01/06/2026', 3), '2026-06');
    assert.equal(months.read('01/12/2025', 4), '2025-12');
    assert.equal(months.read('2026-03-01', 5), '2026-03');
    const [warning, ...rest] = months.warnings();
    assert.equal(rest.length, 0);
    assert.equal(warning?.code, 'date-day-first');
    assert.deepEqual(warning?.lines, [3]);
    assert.match(warning?.message ?? '', /"01\/06\/2026" on line 3 is 2026-06/);
  });

  it('reads nl (1-6-2026) and de (01.06.2026) dates day first, and a US file month first without a warning', () => {
    const nl = createMonthReader();
    assert.equal(nl.read('1-6-2026', 2), '2026-06');
    assert.equal(nl.read('1-11-2025', 3), '2025-11');
    const de = createMonthReader();
    assert.equal(de.read('01.06.2026 00:00', 2), '2026-06');
    const us = createMonthReader();
    assert.equal(us.read('6/1/2026', 2), '2026-06');
    assert.equal(us.read('11/1/2025 12:00:00 AM', 3), '2025-11');
    assert.deepEqual(us.warnings(), []);
  });

  it('refuses a file that mixes day-first and month-first dates, naming both values and lines', () => {
    const months = createMonthReader();
    months.read('01/06/2026', 2);
    assert.throws(
      () => months.read('06/01/2026', 9),
      (error: unknown) =>
        error instanceof UsageInputError &&
        error.code === 'date-order-mixed' &&
        /"01\/06\/2026" on line 2 reads day first, "06\/01\/2026" on line 9 month first/.test(error.message),
    );
  });

  it('refuses day-first evidence after a date it had to read month first', () => {
    const months = createMonthReader();
    assert.equal(months.read('3/5/2026', 2), '2026-03');
    assert.throws(() => months.read('15/05/2026', 7), /"3\/5\/2026" on line 2 reads month first/);
  });

  it('warns when no date tells the order (read month first, as Partner Center writes them)', () => {
    const months = createMonthReader();
    assert.equal(months.read('3/5/2026', 4), '2026-03');
    assert.deepEqual(
      months.warnings().map((w) => [w.code, w.lines]),
      [['date-order-ambiguous', [4]]],
    );
  });
});
