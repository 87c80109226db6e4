import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { freshnessLabel, partialMonthNote } from '../../src/view/data-freshness.js';
import { createLocalizer } from '../../src/i18n/localizer.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { usageFormatters } from '../../src/view/formatters.js';

const en = () => [usageFormatters('en-US'), createLocalizer('en-US', null)] as const;
const nl = () => [usageFormatters('nl'), createLocalizer('nl', null)] as const;
const MODIFIED = 'Wed, 02 Dec 2026 09:15:00 GMT';

describe('freshnessLabel', () => {
  before(() => loadLanguage('nl'));

  it('freshnessLabel({ asOf }) says the first data-as-of date: "Data as of Nov 28, 2026"', () => {
    const sources = { asOf: ['2026-11-28', '2026-11-01'], lastModified: MODIFIED, latestMonth: '2026-10' };
    assert.equal(freshnessLabel(sources, ...en()), 'Data as of Nov 28, 2026');
  });

  it('passes over an empty or unreadable data-as-of to the source’s, then to Last-Modified', () => {
    assert.equal(freshnessLabel({ asOf: ['', '2026-11-01'] }, ...en()), 'Data as of Nov 1, 2026');
    assert.equal(
      freshnessLabel({ asOf: ['yesterday', '28/11/2026'], lastModified: MODIFIED }, ...en()),
      'Data as of Dec 2, 2026',
    );
  });

  it('takes an ISO date-time as its UTC day: 2026-11-28T23:30:00Z is Nov 28', () => {
    assert.equal(freshnessLabel({ asOf: ['2026-11-28T23:30:00Z'] }, ...en()), 'Data as of Nov 28, 2026');
  });

  it('falls back to the latest month: "Data through October 2026"; nothing without one', () => {
    assert.equal(
      freshnessLabel({ asOf: [null, undefined], latestMonth: '2026-10' }, ...en()),
      'Data through October 2026',
    );
    assert.equal(freshnessLabel({ asOf: [] }, ...en()), '');
  });

  it('in Dutch: "Gegevens per 28 nov 2026", "Gegevens tot en met oktober 2026"', () => {
    assert.equal(freshnessLabel({ asOf: ['2026-11-28'] }, ...nl()), 'Gegevens per 28 nov 2026');
    assert.equal(
      freshnessLabel({ asOf: [], latestMonth: '2026-10' }, ...nl()),
      'Gegevens tot en met oktober 2026',
    );
  });
});

describe('partialMonthNote', () => {
  before(() => loadLanguage('nl'));
  const rows = {
    month: '2026-10',
    previous: '2026-09',
    measure: 'rows',
    value: 312,
    previousValue: 1040,
  } as const;

  it('partialMonthNote(partial) names the month, both counts and the refresh', () => {
    assert.equal(
      partialMonthNote(rows, ...en()),
      'October 2026 looks partial: 312 rows against 1,040 in September 2026. Partner Center refreshes every 3 days.',
    );
  });

  it('says available seats when those fell, and one row in the singular', () => {
    const seats = { ...rows, measure: 'available', value: 1500, previousValue: 2000 } as const;
    assert.equal(
      partialMonthNote(seats, ...en()),
      'October 2026 looks partial: 1,500 available seats against 2,000 in September 2026. Partner Center refreshes every 3 days.',
    );
    assert.match(
      partialMonthNote({ ...rows, value: 1, previousValue: 40 }, ...en()),
      /: 1 row against 40 in/,
    );
  });

  it('in Dutch: "De gegevens van oktober 2026 lijken onvolledig: 312 rijen tegenover 1.040 …"', () => {
    assert.equal(
      partialMonthNote(rows, ...nl()),
      'De gegevens van oktober 2026 lijken onvolledig: 312 rijen tegenover 1.040 in september 2026. Partner Center ververst de gegevens elke 3 dagen.',
    );
  });
});
