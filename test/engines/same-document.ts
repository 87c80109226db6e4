// What "the same document" means between the kit and an engine, for the engine tests and bench/engines.mjs.
import assert from 'node:assert/strict';
import type { UsageReport } from '../../src/core/report.js';

/** The kit's document without what SQL does not make: skipped rows' details and lines. */
export function comparable(report: UsageReport): UsageReport {
  const warnings = report.input.warnings.map(({ lines: _lines, ...rest }) => ({
    ...rest,
    message: rest.message.replace(/ on line \d+/, ''),
    ...(rest.values
      ? { values: Object.fromEntries(Object.entries(rest.values).filter(([key]) => key !== 'line')) }
      : {}),
  }));
  return { ...report, input: { ...report.input, skipped: [], warnings } };
}

/** Field by field, so a failure names the section; then the whole document, byte for byte. */
export function assertSameDocument(actual: UsageReport, expected: UsageReport): void {
  for (const key of Object.keys(expected) as (keyof UsageReport)[]) {
    assert.deepEqual(actual[key], expected[key], `${key} differs`);
  }
  assert.equal(JSON.stringify(actual), JSON.stringify(expected));
}
