import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeViewState,
  encodeViewState,
  orderedRange,
  presetRange,
} from '../../src/view/report-view-state.js';
import { snapshotChoices, viewToShow, viewWindow } from '../../src/view/view-window.js';
import { tableFacets } from '../../src/view/table-facets.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';
import { handRecords } from '../core/hand-fixture.js';

describe('report view state in the URL hash', () => {
  it('encodeViewState(state) writes window and filters, encoding awkward SKU names', () => {
    const hash = encodeViewState({
      from: '2026-01',
      to: '2026-03',
      filter: { country: ['NL', 'US'], sku: ['Sales, Premium & Co'] },
    });
    assert.equal(hash, '#from=2026-01&to=2026-03&sku=Sales%2C+Premium+%26+Co&country=NL&country=US');
  });

  it('decodeViewState(encodeViewState(state)) round-trips', () => {
    const state = { from: '2025-11', to: '2026-10', filter: { sku: ['A, B', 'C&D'], segment: ['SMB'] } };
    assert.deepEqual(decodeViewState(encodeViewState(state)), state);
  });

  it('keeps the page’s own hash parameters and drops an emptied filter', () => {
    const hash = encodeViewState({ filter: {} }, '#tab=usage&country=NL');
    assert.equal(hash, '#tab=usage');
    assert.equal(encodeViewState({ filter: {} }, ''), '');
  });

  it('ignores malformed months and unknown keys', () => {
    assert.deepEqual(decodeViewState('#from=2026-13&to=soon&colour=red&country=DE'), {
      filter: { country: ['DE'] },
    });
  });

  it('presetRange(months, n) is the latest n months, or all', () => {
    const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
    assert.deepEqual(presetRange(months, 3), { from: '2026-02', to: '2026-04' });
    assert.deepEqual(presetRange(months, 13), { from: '2026-01', to: '2026-04' });
    assert.deepEqual(presetRange(months, null), { from: '2026-01', to: '2026-04' });
    assert.deepEqual(presetRange([], 3), {});
  });

  it('presetRange(months, n) leaves out a month more than a year from the rest (a mistyped year)', () => {
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2062-04'];
    assert.deepEqual(presetRange(months, 3), { from: '2026-02', to: '2026-04' });
    assert.deepEqual(presetRange(months, null), { from: '2026-01', to: '2026-04' });
  });
});

describe('tableFacets(table)', () => {
  it('lists the months, SKUs and placeable countries in the data', () => {
    const builder = createUsageTableBuilder();
    for (const record of handRecords()) builder.add(record, []);
    const facets = tableFacets(builder.finish());
    assert.deepEqual(facets.months, ['2026-01', '2026-02', '2026-03']);
    assert.deepEqual(facets.sku, ['Finance', 'Sales']);
    assert.deepEqual(facets.country, [
      { code: 'NL', market: 'Netherlands' },
      { code: 'US', market: 'United States' },
    ]);
    assert.deepEqual(facets.segment, ['SMB']);
    assert.deepEqual(facets.salesModel, []);
  });
});

describe('the window and snapshot month of a view', () => {
  const months = ['2025-10', '2025-11', '2026-01', '2026-02', '2026-03'];

  it('decodeViewState(hash) reads the snapshot month, and an inverted window the right way round', () => {
    assert.deepEqual(decodeViewState('#from=2026-03&to=2026-01&month=2026-02'), {
      from: '2026-01',
      to: '2026-03',
      month: '2026-02',
      filter: {},
    });
    assert.equal(
      encodeViewState({ to: '2026-03', month: '2026-02', filter: {} }),
      '#to=2026-03&month=2026-02',
    );
  });

  it('orderedRange(from, to) swaps From after To, and keeps a range in order as it is', () => {
    assert.deepEqual(orderedRange('2026-03', '2026-01'), { from: '2026-01', to: '2026-03' });
    assert.deepEqual(orderedRange('2026-01', '2026-03'), { from: '2026-01', to: '2026-03' });
    assert.deepEqual(orderedRange(undefined, '2026-03'), { to: '2026-03' });
  });

  it('viewWindow(months, view) defaults to the 12 months ending at the latest month', () => {
    // 2026-03 back 11 months is 2025-04.
    assert.deepEqual(viewWindow(months, { filter: {} }), { from: '2025-04', to: '2026-03' });
    assert.deepEqual(viewWindow(months, { from: '2026-02', filter: {} }), { from: '2026-02', to: '2026-03' });
    assert.deepEqual(viewWindow(months, { to: '2025-11', filter: {} }), { from: '2024-12', to: '2025-11' });
    assert.equal(viewWindow([], { filter: {} }), null);
  });

  it('snapshotChoices(months, view) lists the data’s months inside the window', () => {
    assert.deepEqual(snapshotChoices(months, { from: '2025-11', to: '2026-02', filter: {} }), [
      '2025-11',
      '2026-01',
      '2026-02',
    ]);
  });

  it('viewToShow(view, months) swaps an inverted window and drops a snapshot month outside it', () => {
    assert.deepEqual(viewToShow({ from: '2026-03', to: '2026-01', month: '2026-02', filter: {} }, months), {
      from: '2026-01',
      to: '2026-03',
      month: '2026-02',
      filter: {},
    });
    assert.deepEqual(viewToShow({ from: '2026-01', to: '2026-02', month: '2026-03', filter: {} }, months), {
      from: '2026-01',
      to: '2026-02',
      filter: {},
    });
    // Months not known yet: the month stays until they are.
    assert.deepEqual(viewToShow({ month: '2026-03', filter: {} }, []), { month: '2026-03', filter: {} });
  });
});
