import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { reportFromText } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';
import type { DynUsageSku } from '../../src/elements/dyn-usage-sku/dyn-usage-sku.js';
import { plantedAnomalyCsv } from '../fixtures/insights-exports.js';

// The planted June drop (test/core/insights-anomalies.test.ts works it out): the totals' available,
// assigned and active % and Sales' available and assigned are unusual in June 2026; nothing else is.
const planted = (): UsageReport => reportFromText(plantedAnomalyCsv());

type Section = DynUsageSummary | DynUsageSku;
async function ready(el: Section) {
  await waitUntil(() => el.status === 'ready', 'never ready', { timeout: 5000 });
  await el.updateComplete;
}
const markers = (el: Section) => [...el.shadowRoot!.querySelectorAll('.anomaly-marker')];
const tableText = (el: Section) => el.shadowRoot!.querySelector('table')!.textContent!.replace(/\s+/g, ' ');

describe('anomaly markers in <dyn-usage-summary>', () => {
  it('marks the planted June on the available, assigned and active % sparklines, and explains it', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .report=${planted()}></dyn-usage-summary>`,
    );
    await ready(el);
    const marked = markers(el).map((m) => m.closest('svg')!.classList[1]);
    expect(marked).to.deep.equal(['spark-available', 'spark-assigned', 'spark-activePercent']);
    // June is the 10th of the window's 12 months (Sept 2025 – Aug 2026).
    expect(markers(el).map((m) => m.getAttribute('data-index'))).to.deep.equal(['9', '9', '9']);
    const available = el.shadowRoot!.querySelector('.spark-available')!;
    expect(available.getAttribute('aria-label')).to.contain(
      'Available seats in June 2026 is unusual: 81, expected 124 to 138.',
    );
    expect(tableText(el)).to.contain('81 (unusual, expected 124 to 138)');
    expect(tableText(el)).to.contain('74.1% (unusual, expected 39.1% to 51.4%)');
    await expect(el).to.be.accessible();
  });

  it('says it in the readout when the month has focus', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .report=${planted()}></dyn-usage-summary>`,
    );
    await ready(el);
    const spark = el.shadowRoot!.querySelector<SVGSVGElement>('.spark-available')!;
    spark.focus();
    // End is August (11); two steps back is June.
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const readout = spark.closest('.tile')!.querySelector('.readout')!;
    expect(readout.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '◆ Jun 2026: 81 (unusual, expected 124 to 138)',
    );
  });

  it('marks nothing when the report has no insights', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        locale="en-US"
        .report=${{ ...planted(), insights: null }}
      ></dyn-usage-summary>`,
    );
    await ready(el);
    expect(markers(el)).to.have.length(0);
    expect(tableText(el)).not.to.contain('unusual');
  });
});

/** The planted export as row objects (no quoted cells in it): what a page sets as `records`. */
function plantedRecords(): Record<string, string>[] {
  const [head, ...lines] = plantedAnomalyCsv().trim().split(/\r?\n/);
  const names = head!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell])));
}

describe('anomaly markers from records (the section computes its own report)', () => {
  it('the summary marks the same June as from a full report', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .records=${plantedRecords()}></dyn-usage-summary>`,
    );
    await ready(el);
    expect(markers(el).map((m) => m.closest('svg')!.classList[1])).to.deep.equal([
      'spark-available',
      'spark-assigned',
      'spark-activePercent',
    ]);
    expect(tableText(el)).to.contain('81 (unusual, expected 124 to 138)');
  });

  it("the SKU trend marks Sales' June", async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="en-US" sku="Sales" .records=${plantedRecords()}></dyn-usage-sku>`,
    );
    await ready(el);
    expect(markers(el)).to.have.length(2);
    expect(tableText(el)).to.contain('61 (unusual, expected 104 to 118)');
  });
});

describe('anomaly markers in <dyn-usage-sku>', () => {
  it("marks Sales' June on its available and assigned lines, in the chart's label and table", async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="en-US" sku="Sales" .report=${planted()}></dyn-usage-sku>`,
    );
    await ready(el);
    expect(markers(el).map((m) => m.getAttribute('data-index'))).to.deep.equal(['9', '9']);
    const label = el.shadowRoot!.querySelector('svg.chart')!.getAttribute('aria-label')!;
    expect(label).to.contain('Available seats in June 2026 is unusual: 61, expected 104 to 118.');
    expect(label).to.contain('Assigned seats in June 2026 is unusual: 61, expected 104 to 118.');
    expect(tableText(el)).to.contain('61 (unusual, expected 104 to 118)');
    await expect(el).to.be.accessible();
  });

  it('explains the month in the tooltip when it has focus', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="en-US" sku="Sales" .report=${planted()}></dyn-usage-sku>`,
    );
    await ready(el);
    el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const notes = [...el.shadowRoot!.querySelectorAll('.tooltip-note')].map((n) =>
      n.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(notes).to.deep.equal([
      '◆ Available seats in June 2026 is unusual: 61, expected 104 to 118.',
      '◆ Assigned seats in June 2026 is unusual: 61, expected 104 to 118.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('marks only the series shown, and nothing for a SKU without unusual months or without insights', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="en-US" sku="Sales" .report=${planted()}></dyn-usage-sku>`,
    );
    await ready(el);
    // The legend's first button hides available seats: assigned keeps its marker.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.legend-item')!.click();
    await el.updateComplete;
    expect(markers(el)).to.have.length(1);
    el.sku = 'Finance';
    await el.updateComplete;
    expect(markers(el)).to.have.length(0);
    el.sku = 'Sales';
    el.report = { ...planted(), insights: null };
    await ready(el);
    expect(markers(el)).to.have.length(0);
  });
});

describe('anomaly markers in <dyn-usage-sku> compare mode', () => {
  const cellOf = (marker: Element) => marker.closest('.cell')!.querySelector('title')!.textContent!;

  it("marks Sales' June in its mini chart, and says so in the chart's label, the cell's title and the table", async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="en-US" mode="compare" .report=${planted()}></dyn-usage-sku>`,
    );
    await ready(el);
    expect(markers(el).map((m) => m.getAttribute('data-index'))).to.deep.equal(['9']);
    expect(cellOf(markers(el)[0]!)).to.equal(
      'Sales\nAvailable seats in June 2026 is unusual: 61, expected 104 to 118.',
    );
    const label = el.shadowRoot!.querySelector('svg.multiples')!.getAttribute('aria-label')!;
    expect(label).to.contain(
      '\u2068Sales\u2069: Available seats in June 2026 is unusual: 61, expected 104 to 118.',
    );
    expect(tableText(el)).to.contain('61 (unusual, expected 104 to 118)');
    await expect(el).to.be.accessible();
  });

  it('marks the metric compared only: active seats were usual in June', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku
        locale="en-US"
        mode="compare"
        metric="assigned"
        .report=${planted()}
      ></dyn-usage-sku>`,
    );
    await ready(el);
    expect(markers(el)).to.have.length(1);
    el.metric = 'active';
    await el.updateComplete;
    expect(markers(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('svg.multiples')!.getAttribute('aria-label')).to.not.contain(
      'unusual',
    );
  });
});

describe('the SKU chart tooltip with notes stays in its card', () => {
  for (const width of [320, 360]) {
    it(`keeps the tooltip of an unusual month inside the card at ${width} px, each month in turn`, async () => {
      // A third note in June (active seats), as the sample's Business Central Essentials has in September.
      const report = planted();
      const june = report.insights!.anomalies.find((a) => a.sku === 'Sales' && a.metric === 'available')!;
      report.insights!.anomalies.push({ ...june, metric: 'active' });
      const page = await fixture<HTMLElement>(
        html`<div style="width: ${width}px">
          <dyn-usage-sku locale="en-US" sku="Sales" .report=${report}></dyn-usage-sku>
        </div>`,
      );
      const el = page.querySelector<DynUsageSku>('dyn-usage-sku')!;
      await ready(el);
      const chart = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
      chart.focus();
      await sendKeys({ press: 'Home' });
      const card = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      let noted = 0;
      for (let month = 0; month < 12; month++) {
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
        const box = tooltip.getBoundingClientRect();
        const where = `month ${month}: ${JSON.stringify(box)} in ${JSON.stringify(card)}`;
        expect(box.left, where).to.be.at.least(card.left);
        expect(box.right, where).to.be.at.most(card.right);
        expect(box.top, where).to.be.at.least(card.top);
        expect(box.bottom, where).to.be.at.most(card.bottom);
        noted += tooltip.querySelectorAll('.tooltip-note').length;
        await sendKeys({ press: 'ArrowRight' });
      }
      expect(noted, 'the June tooltip has three notes').to.equal(3);
    });
  }
});
