import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { insightLists, sortInsightRows } from '../../src/view/insight-lists.js';
import type { InsightsSection, OpportunityCustomer, RenewalSubscription } from '../../src/core/report.js';

const customer = (name: string, value: number, available: number, active: number): OpportunityCustomer => ({
  customerKey: name,
  customerName: name,
  available,
  assigned: available,
  active,
  value,
  subscriptionIds: [],
});
const renewal = (name: string, sku: string, days: number): RenewalSubscription => ({
  subscriptionId: `${name}-${sku}`,
  customerKey: name,
  customerName: name,
  sku,
  endDate: '2026-12-01',
  daysAfterMonth: days,
  available: 10,
  assigned: 8,
  active: 2,
  activePercent: 20,
});

const insights: InsightsSection = {
  changes: null,
  anomalies: [],
  opportunities: {
    month: '2026-10',
    unassigned: [
      customer('Zeta', 40, 100, 50),
      customer('Åbo Oy', 30, 60, 60),
      customer('Contoso', 30, 200, 20),
    ],
    inactive: [customer('Contoso', 12, 200, 20)],
    falling: [],
  },
  renewals: {
    available: true,
    month: '2026-10',
    days: 90,
    activeBelow: 50,
    subscriptions: [renewal('Zeta', 'Dynamics 365 Sales', 40), renewal('Beta', 'Dynamics 365 Finance', 10)],
    unreadableDates: 0,
  },
};

describe('insightLists', () => {
  it('keeps every list in the core order without a query or sort', () => {
    const lists = insightLists(insights, '', {});
    assert.deepEqual(
      lists.unassigned.map((row) => row.customerName),
      ['Zeta', 'Åbo Oy', 'Contoso'],
    );
    assert.equal(lists.renewals.length, 2);
  });

  it('searches customer names without case or accents, and renewals by SKU too', () => {
    const lists = insightLists(insights, 'ABO', {});
    assert.deepEqual(
      lists.unassigned.map((row) => row.customerName),
      ['Åbo Oy'],
    );
    assert.deepEqual(lists.inactive, []);
    assert.deepEqual(
      insightLists(insights, 'finance', {}).renewals.map((row) => row.customerName),
      ['Beta'],
    );
  });

  it('sorts one list by a column, leaving the others alone', () => {
    const lists = insightLists(insights, '', { unassigned: { column: 'customer', descending: false } });
    // Å sorts with A in a base-sensitivity collation.
    assert.deepEqual(
      lists.unassigned.map((row) => row.customerName),
      ['Åbo Oy', 'Contoso', 'Zeta'],
    );
    assert.deepEqual(
      lists.renewals.map((row) => row.customerName),
      ['Zeta', 'Beta'],
    );
  });
});

describe('sortInsightRows', () => {
  it('orders by value, keeping ties in their order; by active % (active / available)', () => {
    const rows = insights.opportunities.unassigned;
    assert.deepEqual(
      sortInsightRows(rows, { column: 'value', descending: false }).map((row) => row.customerName),
      ['Åbo Oy', 'Contoso', 'Zeta'],
    );
    // Active %: Zeta 50, Åbo 100, Contoso 10.
    assert.deepEqual(
      sortInsightRows(rows, { column: 'activePercent', descending: true }).map((row) => row.customerName),
      ['Åbo Oy', 'Zeta', 'Contoso'],
    );
  });

  it('sorts renewals by days left', () => {
    const rows = insights.renewals.available ? insights.renewals.subscriptions : [];
    assert.deepEqual(
      sortInsightRows(rows, { column: 'value', descending: false }).map((row) => row.daysAfterMonth),
      [10, 40],
    );
  });
});
