import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-subscription-table/define.js';
import type { DynSubscriptionTable } from '../../src/elements/dyn-subscription-table/dyn-subscription-table.js';

const SAMPLE = '/demo/data/dynamics-usage-sample.csv';

async function tableAt(width: number, theme: 'light' | 'dark' = 'light') {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <dyn-subscription-table locale="en-US" theme=${theme} src=${SAMPLE}></dyn-subscription-table>
    </div>`,
  );
  const el = box.querySelector<DynSubscriptionTable>('dyn-subscription-table')!;
  await waitUntil(() => el.status === 'ready', 'never ready', { timeout: 10000 });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

const within = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.width > 0 && inner.height > 0;

describe('<dyn-subscription-table> in a narrow host', () => {
  for (const width of [360, 700, 900, 1100]) {
    it(`shows every row’s active % and trend inside the element at ${width} px, without scrolling`, async () => {
      const el = await tableAt(width);
      const box = el.getBoundingClientRect();
      const rows = [...el.shadowRoot!.querySelectorAll('tr.customer')];
      expect(rows.length).to.equal(25);
      for (const row of rows) {
        const percent = row.querySelector('td.col-activePercentLast')!;
        expect(within(percent.getBoundingClientRect(), box), percent.textContent!).to.equal(true);
        expect(percent.textContent).to.match(/\d%/);
        expect(within(row.querySelector('td.col-trend')!.getBoundingClientRect(), box)).to.equal(true);
      }
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    });
  }

  it('puts active % and the trend on the name’s line from 700 px on, under it below', async () => {
    for (const [width, sameLine] of [
      [360, false],
      [900, true],
    ] as const) {
      const el = await tableAt(width);
      const row = el.shadowRoot!.querySelector('tr.customer')!;
      const name = row.querySelector('th.name')!.getBoundingClientRect();
      const percent = row.querySelector('td.col-activePercentLast')!.getBoundingClientRect();
      expect(percent.top < name.bottom, `${width} px`).to.equal(sameLine);
    }
  });

  it('wraps names between words: no word of "Liberty Pharmaceuticals Inc." is split', async () => {
    const el = await tableAt(360);
    const name = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.customer-name')].find((n) =>
      n.textContent!.includes('Liberty Pharmaceuticals'),
    )!;
    // One line high (the name has the row's whole width): no word was broken to fit a narrow column.
    const lineHeight = parseFloat(getComputedStyle(name).lineHeight) || 20;
    expect(name.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
  });

  it('keeps table semantics in stacked rows (roles), and passes axe in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await tableAt(360, theme);
      const table = el.shadowRoot!.querySelector('table[part="table"]')!;
      expect(table.getAttribute('role')).to.equal('table');
      const row = el.shadowRoot!.querySelector('tr.customer')!;
      expect(getComputedStyle(row).display).to.equal('flex');
      expect(row.getAttribute('role')).to.equal('row');
      expect(row.querySelector('th.name')!.getAttribute('role')).to.equal('rowheader');
      expect([...row.querySelectorAll('td')].every((td) => td.getAttribute('role') === 'cell')).to.equal(
        true,
      );
      expect(el.shadowRoot!.querySelectorAll('thead th[role="columnheader"]').length).to.equal(10);
      await expect(el).to.be.accessible();
    }
  });

  it('is a table of columns again at 1280 px, where all ten fit', async () => {
    const el = await tableAt(1280);
    const row = el.shadowRoot!.querySelector('tr.customer')!;
    expect(getComputedStyle(row).display).to.equal('table-row');
    const percent = row.querySelector('td.col-activePercentLast')!.getBoundingClientRect();
    const trend = row.querySelector('td.col-trend')!.getBoundingClientRect();
    expect(Math.abs(percent.top - trend.top)).to.be.below(1);
    expect(within(trend, el.getBoundingClientRect())).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
