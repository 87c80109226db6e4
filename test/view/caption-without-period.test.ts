import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { captionWithoutPeriod } from '../../src/view/caption-without-period.js';

const PERIOD = 'Nov 2025 – Oct 2026';

describe('captionWithoutPeriod', () => {
  it('captionWithoutPeriod(caption, period) drops the period and the comma before it', () => {
    assert.equal(
      captionWithoutPeriod(`Top 100 of 415 customers, ranked by billed revenue, ${PERIOD}`, PERIOD),
      'Top 100 of 415 customers, ranked by billed revenue',
    );
  });

  it('drops the Arabic and Chinese commas, and keeps a Japanese closing bracket', () => {
    assert.equal(
      captionWithoutPeriod(`العميل الوحيد، حسب الإيرادات المفوترة، ${PERIOD}`, PERIOD),
      'العميل الوحيد، حسب الإيرادات المفوترة',
    );
    assert.equal(
      captionWithoutPeriod(`全部 5 个客户，按已计费收入排名，${PERIOD}`, PERIOD),
      '全部 5 个客户，按已计费收入排名',
    );
    assert.equal(
      captionWithoutPeriod(`すべての顧客 5 社 (請求済み収益順、${PERIOD})`, PERIOD),
      'すべての顧客 5 社 (請求済み収益順)',
    );
  });

  it('keeps a note after the period, and a caption that names another month (ranked by seats)', () => {
    assert.equal(
      captionWithoutPeriod(
        `Top 2 of 9 customers, ranked by billed revenue, ${PERIOD}. 1 customer is outside the top.`,
        PERIOD,
      ),
      'Top 2 of 9 customers, ranked by billed revenue. 1 customer is outside the top.',
    );
    const seats = 'Top 100 of 415 customers, ranked by available seats in Oct 2026';
    assert.equal(captionWithoutPeriod(seats, PERIOD), seats);
    assert.equal(captionWithoutPeriod(seats, ''), seats);
  });
});
