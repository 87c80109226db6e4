import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapHeader } from '../../src/data/header-map.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';

// The eight required columns; AvailableSeats is column 6 (1-based).
const REQUIRED = [
  'SubscriptionId',
  'Month',
  'SKU',
  'CustomerName',
  'CustomerMarket',
  'AvailableSeats',
  'AssignedSeats',
  'ActiveSeats',
];

function refusal(header: string[]): UsageInputError {
  try {
    mapHeader(header);
  } catch (error) {
    assert.ok(error instanceof UsageInputError);
    return error;
  }
  assert.fail(`mapHeader(${JSON.stringify(header)}) did not throw`);
}

describe('mapHeader(header): a known column given twice', () => {
  it('refuses AvailableSeats twice, naming both positions', () => {
    const error = refusal([...REQUIRED, 'AvailableSeats']);
    assert.equal(error.code, 'duplicate-columns');
    assert.equal(
      error.message,
      'Column AvailableSeats is given twice: "AvailableSeats" (column 6) and "AvailableSeats" (column 9)',
    );
  });

  it('refuses other spellings of one column: "Available Seats", "available_seats"', () => {
    assert.equal(
      refusal(['Available Seats', ...REQUIRED]).message,
      'Column AvailableSeats is given twice: "Available Seats" (column 1) and "AvailableSeats" (column 7)',
    );
    assert.equal(
      refusal([...REQUIRED, 'x', 'available_seats', 'AVAILABLESEATS']).message,
      'Column AvailableSeats is given 3 times: "AvailableSeats" (column 6), "available_seats" (column 10)' +
        ' and "AVAILABLESEATS" (column 11)',
    );
  });

  it('refuses an optional column given twice, and names every column given twice', () => {
    const error = refusal([...REQUIRED, 'BilledRevenueUSD', 'Billed Revenue USD', 'SKU']);
    assert.equal(error.code, 'duplicate-columns');
    assert.equal(
      error.message,
      'Column SKU is given twice: "SKU" (column 3) and "SKU" (column 11); ' +
        'column BilledRevenueUSD is given twice: "BilledRevenueUSD" (column 9) and "Billed Revenue USD" (column 10)',
    );
  });

  it('lets unknown columns repeat, and maps every known column to its one position', () => {
    const at = mapHeader(['Notes', ...REQUIRED, 'notes', 'Notes', 'SalesModel']);
    assert.equal(at.SubscriptionId, 1);
    assert.equal(at.AvailableSeats, 6);
    assert.equal(at.ActiveSeats, 8);
    assert.equal(at.SalesModel, 11);
    assert.equal(at.BilledRevenueUSD, -1);
  });

  it('names missing columns before duplicates', () => {
    const error = refusal(['SubscriptionId', 'SubscriptionId', 'Month']);
    assert.equal(error.code, 'missing-columns');
    assert.match(error.message, /^Missing required columns: SKU, CustomerName/);
  });
});
