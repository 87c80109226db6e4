import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { periodLabel, periodMonths } from '../../src/view/section-period.js';
import { createLocalizer } from '../../src/i18n/localizer.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { usageFormatters } from '../../src/view/formatters.js';

const window12 = { months: monthsFrom(2025, 11, 12), month: '2026-10' };

/** `count` month keys from year-month on, written out without the code's month arithmetic. */
function monthsFrom(year: number, month: number, count: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const m = ((month - 1 + i) % 12) + 1;
    const y = year + Math.floor((month - 1 + i) / 12);
    keys.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return keys;
}

describe('periodLabel', () => {
  before(() => loadLanguage('nl'));
  const en = () => [usageFormatters('en-US'), createLocalizer('en-US', null)] as const;
  const nl = () => [usageFormatters('nl'), createLocalizer('nl', null)] as const;

  it('periodLabel(report, "window") names the window: "Nov 2025 – Oct 2026"', () => {
    assert.equal(periodLabel(window12, 'window', ...en()), 'Nov 2025 – Oct 2026');
  });

  it('periodLabel(report, "snapshot") names the snapshot month in full: "October 2026"', () => {
    assert.equal(periodLabel(window12, 'snapshot', ...en()), 'October 2026');
  });

  it('names a snapshot month chosen inside the window, not the window’s last', () => {
    assert.equal(periodLabel({ ...window12, month: '2026-03' }, 'snapshot', ...en()), 'March 2026');
  });

  it('says a one-month window once: "Oct 2026"', () => {
    assert.equal(periodLabel({ months: ['2026-10'], month: '2026-10' }, 'window', ...en()), 'Oct 2026');
  });

  it('in Dutch: "nov 2025 – okt 2026" and "oktober 2026"', () => {
    assert.equal(periodLabel(window12, 'window', ...nl()), 'nov 2025 – okt 2026');
    assert.equal(periodLabel(window12, 'snapshot', ...nl()), 'oktober 2026');
  });

  it('is empty without months', () => {
    assert.equal(periodLabel({ months: [], month: null }, 'window', ...en()), '');
    assert.equal(periodLabel({ months: [], month: null }, 'snapshot', ...en()), '');
  });
});

describe('periodMonths', () => {
  it('periodMonths(report, kind) is the window’s months, or the snapshot month alone (file names)', () => {
    assert.equal(periodMonths(window12, 'window').length, 12);
    assert.deepEqual(periodMonths(window12, 'snapshot'), ['2026-10']);
    assert.deepEqual(periodMonths({ months: [], month: null }, 'snapshot'), []);
  });
});
