import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import type { UsageReport } from '../../src/core/report.js';
import { delimitedForm, gzip, windows1252 } from '../fixtures/messy-forms.js';

type Section = HTMLElement & { status: string; section: UsageReport['summary'] | null };

/** A summary of `bytes` loaded through `src` (a Blob URL: fetched and parsed as a served file is). */
async function summaryOf(bytes: Uint8Array) {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  const el = await fixture<Section>(
    html`<dyn-usage-summary locale="en-US" from="2026-01" src=${url}></dyn-usage-summary>`,
  );
  await waitUntil(() => el.status === 'ready' || el.status === 'error', 'never settled', { timeout: 20000 });
  return el;
}

const warningCodes = (el: Section) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.notice li.warning')].map((li) => li.dataset.code);

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('<dyn-usage-summary src> on files as partners send them', () => {
  it('reads a .csv.gz (DecompressionStream) to the hand-worked figures', async () => {
    const el = await summaryOf(await gzip(utf8(delimitedForm(','))));
    expect(el.status).to.equal('ready');
    // test/fixtures/messy-forms.ts: 25 and 48 available seats in 2026-01 and 2026-02.
    expect(el.section!.available).to.deep.equal([25, 48]);
    expect(warningCodes(el)).to.deep.equal([]);
  });

  it('reads what Excel saves in nl on Windows (Windows-1252, semicolons, decimal commas) and says so', async () => {
    const el = await summaryOf(windows1252(delimitedForm(';')));
    expect(el.status).to.equal('ready');
    expect(el.section!.available).to.deep.equal([25, 48]);
    expect(warningCodes(el)).to.deep.equal(['encoding-windows-1252', 'decimal-comma']);
  });

  it('an Excel workbook is an error that says so, not "Missing required columns"', async () => {
    const el = await summaryOf(Uint8Array.of(0x50, 0x4b, 3, 4, 20, 0, 8, 0, 0, 0));
    expect(el.status).to.equal('error');
    expect(el.shadowRoot!.textContent).to.contain('This is an Excel workbook (.xlsx)');
    expect(el.shadowRoot!.textContent).not.to.contain('Missing required columns');
  });

  it('a stray quote costs one row, named in the notice; the rows after it count', async () => {
    const lines = [
      'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
    ];
    for (let k = 1; k <= 100; k++)
      lines.push(`s${k},2026-01-01,Sales,${k === 5 ? '"' : ''}Customer ${k},Germany,1,1,1`);
    const el = await summaryOf(utf8(lines.join('\r\n')));
    expect(el.status).to.equal('ready');
    expect(el.section!.available).to.deep.equal([99]);
    expect(warningCodes(el)).to.deep.equal(['rows-recovered']);
    const warning = el.shadowRoot!.querySelector('.notice li.warning[data-code="rows-recovered"]');
    expect(warning?.textContent).to.contain('A quote in line 6 made a cell run over the lines after it');
  });
});
