import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { changeLines } from '../../src/view/insight-changes.js';
import { createLocalizer } from '../../src/i18n/localizer.js';
import { usageFormatters } from '../../src/view/formatters.js';
import type { ChangeDrivers, ChangesInsight } from '../../src/core/report.js';

const none = { top: [], other: 0, otherCount: 0 };
const noDrivers: ChangeDrivers = { sku: none, country: none, customer: none };
const driver = (key: string, name: string, contribution: number) => ({
  key,
  name,
  from: 0,
  to: 0,
  contribution,
});

// Available 1,000 → 1,240 (+240): Sales +200, Finance +50, Commerce −30, Field Service +15, and 2 more SKUs +5.
const changes: ChangesInsight = {
  from: '2026-09',
  to: '2026-10',
  available: {
    from: 1000,
    to: 1240,
    change: 240,
    drivers: {
      sku: {
        top: [
          driver('Sales', 'Dynamics 365 Sales', 200),
          driver('Finance', 'Dynamics 365 Finance', 50),
          driver('Commerce', 'Dynamics 365 Commerce', -30),
          driver('FS', 'Dynamics 365 Field Service', 15),
        ],
        other: 5,
        otherCount: 2,
      },
      country: {
        top: [driver('NL', 'Netherlands', 240), driver('?Atlantis', 'Atlantis', 0)],
        other: 0,
        otherCount: 0,
      },
      customer: { top: [driver('c1', 'Contoso', 240)], other: 0, otherCount: 0 },
    },
  },
  assigned: { from: 800, to: 790, change: -10, drivers: noDrivers },
  active: { from: 600, to: 600, change: 0, drivers: noDrivers },
  activePercent: { from: 60, to: 48.39, change: -11.61, seats: -2.5, mix: -9.11, drivers: noDrivers },
};

describe('changeLines', () => {
  const lines = changeLines(changes, createLocalizer('en-US', null), usageFormatters('en-US'));

  it('says rose, fell or stayed with the change and the new figure', () => {
    assert.deepEqual(
      lines.map((line) => line.sentence),
      [
        'Available seats rose by 240 to 1,240.',
        'Assigned seats fell by 10 to 790.',
        'Active seats stayed at 600.',
        'Active usage % fell by 11.6 points to 48.4%: -2.5 from active seats gained or lost, -9.1 from seats moving between SKUs.',
      ],
    );
  });

  it('shows the three biggest drivers per dimension, and the rest in one sum that closes the change', () => {
    const [sku, country, customer] = lines[0]!.drivers;
    assert.deepEqual(sku!.items, [
      { name: 'Dynamics 365 Sales', change: '+200' },
      { name: 'Dynamics 365 Finance', change: '+50' },
      { name: 'Dynamics 365 Commerce', change: '-30' },
    ]);
    // Field Service +15 and the two others +5: 3 others, +20 (200 + 50 − 30 + 20 = 240).
    assert.equal(sku!.other, '3 others: +20');
    // A zero contribution is no driver; a market code shows as the reader's country name.
    assert.deepEqual(country!.items, [{ name: 'Netherlands', change: '+240' }]);
    assert.equal(country!.other, null);
    assert.deepEqual(customer!.items, [{ name: 'Contoso', change: '+240' }]);
  });

  it('has no drivers for a metric that did not change', () => {
    assert.deepEqual(lines[2]!.drivers, []);
  });

  it("speaks the reader's language: country names and numbers in German", () => {
    const de = changeLines(changes, createLocalizer('de', null), usageFormatters('de'));
    assert.equal(de[0]!.drivers[1]!.items[0]!.name, 'Niederlande');
    assert.match(de[0]!.sentence, /1\.240/);
  });
});
