import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-report/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';
import type {
  DynSubscriptionTable,
  UsageDownloadDetail,
} from '../../src/elements/dyn-subscription-table/dyn-subscription-table.js';
import type { ReportViewState } from '../../src/view/report-view-state.js';
import { downloadName } from '../../src/elements/shared/download-file.js';
import { HAND_RECORDS } from './hand-records.js';

/*
 * Worked out by hand from test/elements/hand-records.ts (7 rows, 2026-01..2026-03):
 *   S1 Alpha, Sales, United States: Jan, Feb, Mar · S2 Alpha, Finance, Netherlands: Feb, Mar
 *   S3 Beta, Sales, Atlantis (no country code): Jan, Mar
 */

/** The raw-data download of `table`, through its button, as a listener that saves the file itself sees it. */
async function download(table: DynSubscriptionTable) {
  table.addEventListener('dyn-usage-download', (event) => event.preventDefault(), { once: true });
  const event = oneEvent(table, 'dyn-usage-download');
  table.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
  const { detail } = (await event) as CustomEvent<UsageDownloadDetail>;
  const text = (await detail.blob.text()).replace(/^\uFEFF/, '');
  const [header = '', ...lines] = text.split('\r\n').filter((line) => line !== '');
  const columns = header.split(',');
  const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
  return { detail, rows };
}

async function reportWith(view: ReportViewState): Promise<DynSubscriptionTable> {
  const report = await fixture<DynUsageReport>(
    html`<dyn-usage-report no-hash locale="en-US" .records=${HAND_RECORDS} .view=${view}></dyn-usage-report>`,
  );
  const table = () => report.shadowRoot!.querySelector<DynSubscriptionTable>('dyn-subscription-table');
  await waitUntil(() => report.status === 'ready' && table()?.status === 'ready', 'never ready', {
    timeout: 6000,
  });
  await table()!.updateComplete;
  return table()!;
}

describe('raw-data download: exactly what is shown', () => {
  it('inside <dyn-usage-report> with a country filter: that country’s rows only, named by it', async () => {
    const table = await reportWith({ from: '2026-01', filter: { country: ['NL'] } });
    const { detail, rows } = await download(table);
    // S2's February and March: the only Netherlands rows.
    expect(detail.rows).to.equal(2);
    expect(rows.map((r) => `${r['SubscriptionId']} ${r['Month']} ${r['CustomerMarket']}`)).to.deep.equal([
      'S2 2026-02-01 Netherlands',
      'S2 2026-03-01 Netherlands',
    ]);
    expect(detail.fileName).to.equal('dynamics-usage-subscriptions-2026-01_2026-03-NL.csv');
  });

  it('a SKU filter and the window: S1 and S3 in March only', async () => {
    const table = await reportWith({ from: '2026-03', to: '2026-03', filter: { sku: ['Sales'] } });
    const { detail, rows } = await download(table);
    expect(detail.rows).to.equal(2);
    expect(rows.map((r) => r['SubscriptionId']).sort()).to.deep.equal(['S1', 'S3']);
    expect(detail.fileName).to.equal('dynamics-usage-subscriptions-2026-03_2026-03-sales.csv');
  });

  it('a SKU filter over the whole window: the five Sales rows', async () => {
    const table = await reportWith({ from: '2026-01', filter: { sku: ['Sales'] } });
    const { detail } = await download(table);
    expect(detail.rows).to.equal(5);
  });

  it('the filter and the search together, and the file name says both', async () => {
    const table = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        from="2026-01"
        .records=${HAND_RECORDS}
        .filter=${{ country: ['US'] }}
      ></dyn-subscription-table>`,
    );
    await waitUntil(() => table.status === 'ready', 'never ready', { timeout: 6000 });
    const input = table.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Alpha';
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => !table.shadowRoot!.querySelector('.count')!.textContent!.includes('Searching'));
    const { detail, rows } = await download(table);
    // Alpha has S1 (US) and S2 (NL): the country filter leaves S1's three months.
    expect(detail.rows).to.equal(3);
    expect(new Set(rows.map((r) => r['SubscriptionId']))).to.deep.equal(new Set(['S1']));
    expect(detail.fileName).to.equal('dynamics-usage-subscriptions-2026-01_2026-03-US-search-alpha.csv');
  });

  it('a section’s figures CSV inside the report is the filtered figures, named by the filter', async () => {
    const table = await reportWith({ from: '2026-01', filter: { country: ['NL'] } });
    const summary = (table.getRootNode() as ShadowRoot).querySelector('dyn-usage-summary')!;
    const menu = summary.shadowRoot!.querySelector('dyn-usage-section-menu')!;
    menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await waitUntil(() => menu.shadowRoot!.querySelector('[role="menuitem"]'));
    let link: HTMLAnchorElement | null = null;
    const catchLink = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        link = event.target;
        event.preventDefault();
      }
    };
    document.addEventListener('click', catchLink, true);
    try {
      menu.shadowRoot!.querySelector<HTMLButtonElement>('[role="menuitem"]')!.click();
      await waitUntil(() => link, 'no download');
    } finally {
      document.removeEventListener('click', catchLink, true);
    }
    const saved = link as HTMLAnchorElement | null;
    expect(saved!.download).to.equal('summary-2026-01_2026-03-NL.csv');
    const text = await (await fetch(saved!.href)).text();
    // Netherlands: S2 only, 5 available seats in February and March, none in January.
    const [, ...lines] = text.split('\r\n').filter((line) => line !== '');
    const available = lines.map((line) => line.split(',')[1]);
    expect(available).to.deep.equal(['0', '5', '5']);
  });

  it('downloadName keeps to letters, digits, _ and -, whatever the filter values', () => {
    expect(
      downloadName(
        'x',
        ['2026-01', '2026-03'],
        { sku: ['../../etc/passwd'], segment: ['日本'] },
        ' a:b\u202E ',
      ),
    ).to.equal('x-2026-01_2026-03-etc-passwd-日本-search-a-b');
    const long = downloadName('x', ['2026-01', '2026-03'], {
      sku: Array.from({ length: 9 }, (_, i) => `sku number ${i}`),
    });
    expect(long.length).to.be.at.most(124);
    expect(long.endsWith('-etc')).to.equal(true);
    expect(long).to.match(/^[A-Za-z0-9_-]+$/);
  });
});
