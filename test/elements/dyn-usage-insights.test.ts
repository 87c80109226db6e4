import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-insights/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import type { DynSubscriptionTable } from '../../src/elements/dyn-subscription-table/dyn-subscription-table.js';
import type { DynUsageInsights } from '../../src/elements/dyn-usage-insights/dyn-usage-insights.js';
import { plantedDropCsv, plantedRenewalCsv } from '../fixtures/insights-exports.js';

/** The rows of a small unquoted CSV, as a portal back end would send them. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

async function ready(el: DynUsageInsights): Promise<DynUsageInsights> {
  await waitUntil(() => el.status === 'ready', `never ready (${el.status})`);
  await el.updateComplete;
  return el;
}

const text = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('dyn-usage-insights: what changed', () => {
  it('says what changed May → June and names the planted drivers', async () => {
    const el = await ready(
      await fixture<DynUsageInsights>(
        html`<dyn-usage-insights locale="en-US" .records=${records(plantedDropCsv())}></dyn-usage-insights>`,
      ),
    );
    // Worked by hand from the fixture: available 180 → 190, active 130 → 90.
    const sentences = text(el, '.sentence');
    expect(sentences[0]).to.equal('Available seats rose by 10 to 190.');
    expect(sentences[2]).to.equal('Active seats fell by 40 to 90.');
    // Active by customer: Contoso −40, Fabrikam −5 (40 → 35), Tailspin +5 (new).
    const active = el.shadowRoot!.querySelector('.metric-active')!;
    const byCustomer = [...active.querySelectorAll('.drivers div')][2]!;
    expect(byCustomer.querySelector('dt')!.textContent).to.equal('By customer');
    expect(
      [...byCustomer.querySelectorAll('.driver')].map((node) =>
        node.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    ).to.deep.equal(['Contoso -40', 'Fabrikam -5', 'Tailspin +5']);
    await expect(el).to.be.accessible();
  });

  it('says renewals need end dates when the export has none', async () => {
    const el = await ready(
      await fixture<DynUsageInsights>(
        html`<dyn-usage-insights .records=${records(plantedDropCsv())}></dyn-usage-insights>`,
      ),
    );
    expect(el.shadowRoot!.querySelector('.renewals')!.textContent).to.contain(
      'has no subscription end dates',
    );
  });
});

describe('dyn-usage-insights: renewals', () => {
  it('lists the planted renewals at risk, most seats first, and sorts and searches them', async () => {
    const el = await ready(
      await fixture<DynUsageInsights>(
        html`<dyn-usage-insights
          locale="en-US"
          .records=${records(plantedRenewalCsv())}
        ></dyn-usage-insights>`,
      ),
    );
    const customers = () => text(el, '.renewals tbody th');
    // R1 Contoso 100 seats, R2 Fabrikam 40, R5 Tailspin 20 (see the fixture's table).
    expect(customers()).to.deep.equal(['Contoso', 'Fabrikam', 'Tailspin']);
    // End dates in the reader's words (the export's 2026-08-15, 2026-09-28, 2026-07-01), not ISO text.
    const endDates = [...el.shadowRoot!.querySelectorAll('.renewals tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()).find((cell) => /2026/.test(cell)),
    );
    expect(endDates).to.deep.equal(['Aug 15, 2026', 'Sep 28, 2026', 'Jul 1, 2026']);
    const daysButton = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.renewals thead button')].find(
      (b) => b.textContent!.includes('Days after'),
    )!;
    daysButton.click();
    await el.updateComplete;
    // Days after June: Contoso 46, Fabrikam 90, Tailspin 1 → largest first, then turned round.
    expect(customers()).to.deep.equal(['Fabrikam', 'Contoso', 'Tailspin']);
    expect(daysButton.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    daysButton.click();
    await el.updateComplete;
    expect(customers()).to.deep.equal(['Tailspin', 'Contoso', 'Fabrikam']);

    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'fábrikam';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(customers()).to.deep.equal(['Fabrikam']);
    // One "not a date" end date (R9) is counted, not lost.
    expect(el.shadowRoot!.querySelector('.lists')!.textContent).to.contain('1 end date is not a date');
  });
});

describe('dyn-usage-insights: beside a subscription table', () => {
  it("a customer's name opens its row in the table, turning to its page", async () => {
    const rows = records(plantedRenewalCsv());
    const page = await fixture<HTMLElement>(
      html`<div>
        <dyn-usage-insights locale="en-US" .records=${rows}></dyn-usage-insights>
        <dyn-subscription-table locale="en-US" page-size="1" .records=${rows}></dyn-subscription-table>
      </div>`,
    );
    const insights = await ready(page.querySelector<DynUsageInsights>('dyn-usage-insights')!);
    const table = page.querySelector<DynSubscriptionTable>('dyn-subscription-table')!;
    await waitUntil(() => table.status === 'ready', 'table never ready');
    await insights.requestUpdate();
    await insights.updateComplete;
    const selected: string[] = [];
    page.addEventListener('dyn-usage-customer-select', (event) => selected.push(event.detail.customerName));
    const link = [
      ...insights.shadowRoot!.querySelectorAll<HTMLButtonElement>('.renewals .customer-link'),
    ].find((button) => button.textContent!.includes('Tailspin'))!;
    link.click();
    await waitUntil(() => table.shadowRoot!.querySelector('[aria-expanded="true"]'), 'no row expanded');
    expect(selected).to.deep.equal(['Tailspin']);
    const open = table.shadowRoot!.querySelector('tr.customer [aria-expanded="true"]')!;
    expect(open.closest('tr')!.textContent).to.contain('Tailspin');
    expect(table.shadowRoot!.activeElement).to.equal(open);
  });
});
