import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMonth } from '../../src/data/parse-month.js';

describe('parseMonth', () => {
  it('reads ISO dates, with or without a time, fraction, Z or offset', () => {
    assert.equal(parseMonth('2026-06-01'), '2026-06');
    assert.equal(parseMonth('2026-06-01T00:00:00'), '2026-06');
    assert.equal(parseMonth('2026-06-01T00:00:00Z'), '2026-06');
    assert.equal(parseMonth('2026-06-01T00:00:00.000Z'), '2026-06');
    assert.equal(parseMonth('2026-06-01T00:00:00+00:00'), '2026-06');
    assert.equal(parseMonth('2026-06-01T00:00:00.1234567-08:00'), '2026-06');
    assert.equal(parseMonth('2026-06-01 00:00:00'), '2026-06');
    assert.equal(parseMonth('2026-06-01T23:59'), '2026-06');
  });

  it('reads a year-month', () => {
    assert.equal(parseMonth('2026-06'), '2026-06');
    assert.equal(parseMonth('1999-12'), '1999-12');
  });

  it('takes the year-month of any valid day, as written (an offset does not move the day)', () => {
    assert.equal(parseMonth('2026-06-30'), '2026-06');
    assert.equal(parseMonth('2026-12-31T23:00:00-05:00'), '2026-12');
    assert.equal(parseMonth('2024-02-29'), '2024-02');
  });

  it("reads Excel's US dates, with or without a time", () => {
    assert.equal(parseMonth('6/1/2026'), '2026-06');
    assert.equal(parseMonth('06/01/2026'), '2026-06');
    assert.equal(parseMonth('6/1/2026 12:00:00 AM'), '2026-06');
    assert.equal(parseMonth('6/1/2026 0:00'), '2026-06');
    assert.equal(parseMonth('12/31/2025 11:59:59 pm'), '2025-12');
    assert.equal(parseMonth('1/15/2026 13:30'), '2026-01');
  });

  it('reads year-first dates with slashes or dots, as Excel writes them in ja, zh, ko', () => {
    assert.equal(parseMonth('2026/06/01'), '2026-06');
    assert.equal(parseMonth('2026.6.1 0:00'), '2026-06');
  });

  it("parseMonth(text, 'day-first') reads en-GB, nl and de dates", () => {
    assert.equal(parseMonth('01/06/2026', 'day-first'), '2026-06');
    assert.equal(parseMonth('1-6-2026', 'day-first'), '2026-06');
    assert.equal(parseMonth('01.06.2026 00:00', 'day-first'), '2026-06');
    assert.equal(parseMonth('31/12/2025', 'day-first'), '2025-12');
    assert.equal(parseMonth('12/31/2025', 'day-first'), null);
  });

  it('trims surrounding spaces', () => {
    assert.equal(parseMonth('  2026-06-01  '), '2026-06');
  });

  it('returns null for impossible months, days and times', () => {
    for (const text of [
      '2026-13-01',
      '2026-00-01',
      '2026-06-00',
      '2026-06-32',
      '2026-02-29',
      '2025-04-31',
      '2026-06-01T24:00:00',
      '13/1/2026',
      '0/1/2026',
      '6/31/2026',
      '6/1/2026 13:00 PM',
      '6/1/2026 0:00 AM',
    ]) {
      assert.equal(parseMonth(text), null, text);
    }
  });

  it('returns null for anything else', () => {
    for (const text of [
      '',
      'not-a-month',
      'June 2026',
      '2026',
      '202606',
      '26-06-01',
      '2026-6-1',
      '1/6/26',
      '2026-06-01T00:00:00 trailing',
      '46174',
    ]) {
      assert.equal(parseMonth(text), null, text);
    }
  });
});
