import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';
import { HAND_RECORDS } from './hand-records.js';

function tileTexts(el: DynUsageSummary): string[] {
  return [...el.shadowRoot!.querySelectorAll('.tile .value')].map((node) => node.textContent!.trim());
}

async function ready(el: DynUsageSummary) {
  await waitUntil(
    () => el.status === 'ready' || el.status === 'error' || el.status === 'empty',
    'never settled',
    {
      timeout: 5000,
    },
  );
  await el.updateComplete;
}

describe('<dyn-usage-summary> from records', () => {
  it('shows the last month of the window and its change, worked out by hand', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    expect(el.status).to.equal('ready');
    // Mar: 37 available, 29 assigned, 25 active, 25/37 = 67.57 %
    expect(tileTexts(el)).to.deep.equal(['37', '29', '25', '67.6%']);
    const changes = [...el.shadowRoot!.querySelectorAll('.change [aria-hidden]')].map((n) =>
      n.textContent!.trim(),
    );
    // vs Feb: 37 − 15 = +22, 29 − 14 = +15, 25 − 12 = +13, 67.57 − 80 = −12.43 pp
    expect(changes).to.deep.equal(['▲ +22 vs Feb', '▲ +15 vs Feb', '▲ +13 vs Feb', '▼ -12.4 pp vs Feb']);
    const words = [...el.shadowRoot!.querySelectorAll('.change .visually-hidden')].map((n) =>
      n.textContent!.trim(),
    );
    expect(words[0]).to.equal('up 22 seats from February 2026');
  });

  it('exposes the summary section in the report shape', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary from="2026-01" to="2026-03" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    expect(el.section).to.deep.equal({
      available: [10, 15, 37],
      assigned: [8, 14, 29],
      active: [6, 12, 25],
      activePercent: [60, 80, 67.57],
    });
  });

  it('recomputes when the window changes, without reloading', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" to="2026-02" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    expect(tileTexts(el)).to.deep.equal(['15', '14', '12', '80.0%']);
    el.to = '2026-03';
    await el.updateComplete;
    await el.updateComplete;
    expect(tileTexts(el)).to.deep.equal(['37', '29', '25', '67.6%']);
  });

  it('is accessible, with a data table as the text alternative', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
    const rows = el.shadowRoot!.querySelectorAll('table tbody tr');
    expect(rows.length).to.equal(12);
    expect(rows[11]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Mar 2026 37 29 25 67.6%');
  });
});

describe('<dyn-usage-summary> from src', () => {
  it('loads a CSV export with BOM and CRLF from the test server', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" src="/test/fixtures/hand-export.csv"></dyn-usage-summary>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-load');
    expect(detail.input.rows).to.equal(7);
    await el.updateComplete;
    expect(tileTexts(el)).to.deep.equal(['37', '29', '25', '67.6%']);
  });

  it('shows the HTTP status of a failed fetch and fires dyn-usage-error', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary src="/test/fixtures/no-such-file.csv"></dyn-usage-summary>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    expect(detail.status).to.equal(404);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(el.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
  });
});

describe('<dyn-usage-summary> in the reader’s language', () => {
  const texts = (el: DynUsageSummary, selector: string) =>
    [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
  const month = (locale: string, date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

  it('speaks Dutch with locale="nl": title, metrics, changes, chart labels and table', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        locale="nl"
        from="2026-01"
        to="2026-03"
        .records=${HAND_RECORDS}
      ></dyn-usage-summary>`,
    );
    await ready(el);
    expect(texts(el, '.title')).to.deep.equal(['Samenvatting']);
    expect(texts(el, '.term')).to.deep.equal([
      'Beschikbare seats',
      'Toegewezen seats',
      'Actieve seats',
      'Actief gebruik %',
    ]);
    expect(texts(el, '.definition')[2]).to.equal(
      'Actieve seats: licenties die in de afgelopen 28 dagen zijn gebruikt.',
    );
    const feb = month('nl', '2026-02-01', { month: 'short' });
    const febLong = month('nl', '2026-02-01', { month: 'long', year: 'numeric' });
    // vs Feb: +22 available seats; active usage 67.57 − 80 = −12.43 → 12.4 percentage points lower.
    const changes = texts(el, '.change [aria-hidden]');
    expect(changes[0]).to.equal(`▲ +22 t.o.v. ${feb}`);
    expect(changes[3]).to.match(new RegExp(`^▼ [-−]12,4 %-punt t\\.o\\.v\\. ${feb}$`));
    const words = texts(el, '.change .visually-hidden');
    expect(words[0]).to.equal(`22 seats meer dan in ${febLong}`);
    expect(words[3]).to.equal(`12,4 procentpunten lager dan in ${febLong}`);
    // Jan 10 → Mar 37 available seats.
    const jan = month('nl', '2026-01-01', { month: 'short', year: 'numeric' });
    const mar = month('nl', '2026-03-01', { month: 'short', year: 'numeric' });
    expect(el.shadowRoot!.querySelector('.spark')!.getAttribute('aria-label')).to.equal(
      `Beschikbare seats, ${jan} tot ${mar}: van 10 naar 37. Gebruik de pijltoetsen om elke maand te lezen.`,
    );
    expect(texts(el, 'caption')).to.deep.equal(['Samenvatting per maand']);
    expect(texts(el, 'thead th')).to.deep.equal([
      'Maand',
      'Beschikbare seats',
      'Toegewezen seats',
      'Actieve seats',
      'Actief gebruik %',
    ]);
    const table = (
      el as unknown as { figuresTable(s: unknown, r: unknown): { header: string[] } }
    ).figuresTable(el.section, { months: [] });
    expect(table.header[0]).to.equal('Maand');
  });

  it('says "1 seat" in the singular, and "unchanged" for no change', async () => {
    // One subscription, Feb → Mar: 4 → 5 available (+1), 4 → 4 assigned, 2 → 2 active.
    const records = [
      { ...HAND_RECORDS[3]!, Month: '2026-02-01', AvailableSeats: '4', AssignedSeats: '4', ActiveSeats: '2' },
      { ...HAND_RECORDS[3]!, Month: '2026-03-01', AvailableSeats: '5', AssignedSeats: '4', ActiveSeats: '2' },
    ];
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        locale="en-US"
        from="2026-02"
        to="2026-03"
        .records=${records}
      ></dyn-usage-summary>`,
    );
    await ready(el);
    const words = texts(el, '.change .visually-hidden');
    expect(words[0]).to.equal('up 1 seat from February 2026');
    expect(words[1]).to.equal('unchanged from February 2026');
    // 2 / 4 = 50 % → 2 / 5 = 40 %: 10 points down.
    expect(words[3]).to.equal('down 10 percentage points from February 2026');
  });

  it('runs right to left in Arabic: frame dir="rtl", sparklines from the right, ArrowRight goes back', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        locale="ar"
        from="2026-01"
        to="2026-03"
        .records=${HAND_RECORDS}
      ></dyn-usage-summary>`,
    );
    await ready(el);
    const frame = el.shadowRoot!.querySelector('[part="frame"]')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(texts(el, '.title')).to.deep.equal(['الملخص']);
    expect(texts(el, '.term')[0]).to.equal('المقاعد المتاحة');
    const spark = el.shadowRoot!.querySelector<SVGSVGElement>('.spark')!;
    const width = Number(spark.getAttribute('width'));
    // Three months: Jan at the right edge (width − 3), Feb in the middle, Mar at the left edge (3).
    const xs = [
      ...spark
        .querySelector('path')!
        .getAttribute('d')!
        .matchAll(/[ML]([\d.]+),/g),
    ].map((m) => Number(m[1]));
    expect(xs).to.deep.equal([width - 3, width / 2, 3]);
    const readout = () => el.shadowRoot!.querySelector('.readout')!.textContent!.trim();
    const key = async (name: string) => {
      spark.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
      await el.updateComplete;
    };
    const f = (date: string) => month('ar', date, { month: 'short', year: 'numeric' });
    await key('End');
    expect(readout().startsWith(f('2026-03-01'))).to.equal(true, readout());
    await key('ArrowRight'); // towards the right: the month before
    expect(readout().startsWith(f('2026-02-01'))).to.equal(true, readout());
    await key('ArrowLeft'); // towards the left: the month after
    expect(readout().startsWith(f('2026-03-01'))).to.equal(true, readout());
  });
});

describe('<dyn-usage-summary> at every width', () => {
  // Columns by the host's width: 4 from 860 px, 2 × 2 from 420 px, else 1 (never 3 + 1).
  const cases: [number, number][] = [
    [360, 1],
    [700, 2],
    [900, 4],
    [1280, 4],
  ];
  for (const [width, columns] of cases) {
    it(`draws each sparkline within its own tile, and fills it, at ${width} px (${columns} columns)`, async () => {
      const el = await fixture<DynUsageSummary>(
        html`<dyn-usage-summary locale="en-US" from="2026-01" .records=${HAND_RECORDS}></dyn-usage-summary>`,
      );
      // From January: every month has a value, so each line runs from its first month to its last.
      el.style.setProperty('display', 'block');
      el.style.setProperty('width', `${width}px`);
      await ready(el);
      const tiles = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tile')];
      // Drawn for the measured box: the SVG's own width is its box's.
      await waitUntil(
        () =>
          tiles().every((tile) => {
            const box = tile.querySelector<HTMLElement>('.spark-box')!;
            return (
              tile.querySelector('svg')!.getAttribute('width') ===
              String(Math.floor(box.getBoundingClientRect().width))
            );
          }),
        'sparklines not drawn for their boxes',
      );
      const rows = new Set(tiles().map((tile) => Math.round(tile.getBoundingClientRect().top)));
      expect(tiles().length / rows.size).to.equal(columns);
      for (const tile of tiles()) {
        const box = tile.getBoundingClientRect();
        const inner = tile.querySelector('.spark-box')!.getBoundingClientRect();
        const line = tile.querySelector('path.line')!.getBoundingClientRect();
        expect(line.left, 'line starts before its tile').to.be.at.least(box.left);
        expect(line.right, 'line runs past its tile').to.be.at.most(box.right);
        // The line spans its box but the 3 px padding each side (not 60 % of it, nor past it).
        expect(line.left).to.be.closeTo(inner.left + 3, 1);
        expect(line.right).to.be.closeTo(inner.right - 3, 1);
      }
    });
  }

  it('redraws the sparklines for their tiles when the host is resized from 1280 to 700 px', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        style="display: block; width: 1280px"
        .records=${HAND_RECORDS}
      ></dyn-usage-summary>`,
    );
    await ready(el);
    const svg = () => el.shadowRoot!.querySelector('svg.spark')!;
    const box = () => el.shadowRoot!.querySelector<HTMLElement>('.spark-box')!;
    await waitUntil(
      () => svg().getAttribute('width') === String(Math.floor(box().getBoundingClientRect().width)),
    );
    const wide = Number(svg().getAttribute('width'));
    el.style.setProperty('width', '700px');
    await waitUntil(
      () => svg().getAttribute('width') === String(Math.floor(box().getBoundingClientRect().width)),
    );
    const narrow = Number(svg().getAttribute('width'));
    // 1280 px: (1280 − 34 − 3 × 12) / 4 − 28 = 274.5; 700 px: (700 − 34 − 12) / 2 − 28 = 299 (2 × 2).
    expect([wide, narrow]).to.deep.equal([274, 299]);
  });
});
