// Percentages stand side by side (tiles, tables, bar labels): one decimal always, so "56%" never sits beside "50.2%".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { usageFormatters } from '../../src/view/formatters.js';

describe('usageFormatters(locale).percent', () => {
  it('percent(56) is "56.0%" and percent(50.24) is "50.2%" in en', () => {
    const f = usageFormatters('en');
    assert.equal(f.percent(56), '56.0%');
    assert.equal(f.percent(50.24), '50.2%');
    assert.equal(f.percent(110), '110.0%');
    assert.equal(f.percent(null), '–');
  });

  it('percent(56) is "56,0 %" in de (a no-break space before the sign)', () => {
    assert.equal(usageFormatters('de').percent(56), '56,0\u00a0%');
  });

  it('progress(45) stays whole: "45%"', () => {
    assert.equal(usageFormatters('en').progress(45), '45%');
  });
});
