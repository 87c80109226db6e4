import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';
import { reportFromRecords } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';
import { HAND_RECORDS } from './hand-records.js';

// What the reader said, in the element's language (issue 17): the data carries codes and values, the element
// looks each code up in the `input` messages, and keeps the data's English for a code it does not know.
// Through <dyn-usage-summary>, the smallest section; the texts below are the Dutch catalog's, filled by hand.

const notice = (el: DynUsageSummary) => el.shadowRoot!.querySelector('details.notice')!;
const items = (el: DynUsageSummary) =>
  [...notice(el).querySelectorAll('li')].map((li) => li.textContent!.trim());

describe('input messages: the skipped-rows notice in Dutch', () => {
  it('says why each row of bad-rows.csv was skipped in Dutch, column names and cells as they are', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="nl" src="/test/fixtures/bad-rows.csv"></dyn-usage-summary>`,
    );
    await oneEvent(el, 'dyn-usage-load');
    await el.updateComplete;
    expect(notice(el).querySelector('summary')!.textContent).to.contain('7 rijen overgeslagen');
    expect(items(el)).to.deep.equal([
      'Regel 3: Month "not-a-month" is geen maand',
      'Regel 4: AvailableSeats "-3" is geen niet-negatief geheel getal',
      'Regel 5: AssignedSeats "ten" is geen niet-negatief geheel getal',
      'Regel 6: de rij heeft 3 velden, de kopregel 8',
      'Regel 8: SubscriptionId is leeg',
      'Regel 9: de rij heeft 9 velden, de kopregel 8',
      'Regel 11: ActiveSeats "2.5" is geen niet-negatief geheel getal',
    ]);
    const codes = [...notice(el).querySelectorAll('li')].map((li) => li.dataset['code']);
    expect(codes).to.deep.equal([
      'not-a-month',
      'not-a-whole-number',
      'not-a-whole-number',
      'field-count',
      'cell-empty',
      'field-count',
      'not-a-whole-number',
    ]);
  });

  it('keeps the English of a code it does not know, or of values it lacks (a document from a newer writer)', async () => {
    const made = reportFromRecords(HAND_RECORDS, { to: '2026-02' });
    const report = {
      ...made,
      input: {
        ...made.input,
        skipped: [
          { line: 4, reason: 'a reason from the future', code: 'from-the-future', values: {} },
          { line: 5, reason: 'SKU is empty', code: 'cell-empty', values: {} },
          { line: 6, reason: 'SKU is empty', code: 'cell-empty', values: { column: 'SKU' } },
          { line: 7, reason: 'an old document without codes' },
        ],
        skippedCount: 4,
        warnings: [{ code: 'some-new-warning', message: 'A warning the kit does not know yet' }],
      },
    } as unknown as UsageReport;
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="nl" .report=${report}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('details.notice'), 'no notice');
    expect(items(el)).to.deep.equal([
      'A warning the kit does not know yet',
      'Regel 4: a reason from the future',
      'Regel 5: SKU is empty',
      'Regel 6: SKU is leeg',
      'Regel 7: an old document without codes',
    ]);
  });
});

describe('input messages: right to left', () => {
  it('says a skipped row in Arabic with the column and the cell bidi-isolated (U+2068 … U+2069)', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="ar" src="/test/fixtures/bad-rows.csv"></dyn-usage-summary>`,
    );
    await oneEvent(el, 'dyn-usage-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('rtl');
    // ar: 'السطر {line}: {reason}' and '{column} {value} ليس شهرًا', the text values isolated.
    expect(items(el)[0]).to.equal('السطر 3: \u2068Month\u2069 \u2068"not-a-month"\u2069 ليس شهرًا');
  });
});

describe('input messages: load errors in Dutch', () => {
  it('says a real HTTP 404 from the test server in Dutch, with the URL and status as they are', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="nl" src="/test/fixtures/no-such-file.csv"></dyn-usage-summary>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    const url = new URL('/test/fixtures/no-such-file.csv', document.baseURI).href;
    // The event keeps the English message for scripts, and gives the code and values beside it.
    expect(detail.message).to.match(/^Could not load .*: HTTP 404/);
    expect(detail.code).to.equal('http-status');
    expect(detail.values!['url']).to.equal(url);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('strong')!.textContent).to.equal('Deze sectie kan niet worden weergegeven.');
    expect(alert.querySelector('.detail')!.textContent).to.equal(
      `Kan ${url} niet laden: HTTP ${String(detail.values!['status'])}`,
    );
    expect(String(detail.values!['status'])).to.match(/^404\b/);
  });

  it('names the missing columns in a Dutch sentence (plural), the column names as they are', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="nl" src="/test/fixtures/missing-columns.csv"></dyn-usage-summary>`,
    );
    await oneEvent(el, 'dyn-usage-error');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(el.shadowRoot!.querySelector('[role="alert"] .detail')!.textContent).to.equal(
      'Verplichte kolommen ontbreken: Month, ActiveSeats',
    );
  });

  it('keeps English for an error the kit did not foresee', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="nl" from="2026-13" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(el.shadowRoot!.querySelector('[role="alert"] .detail')!.textContent).to.contain(
      'invalid from: "2026-13"',
    );
  });
});
