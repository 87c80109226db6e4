import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isUsageReport, reportProblem } from '../../src/load/is-usage-report.js';

type Path = readonly (string | number)[];
type Node = Record<string | number, unknown>;

/** A fresh copy of the hand-made report (three months, two SKUs, three subscriptions) to break. */
const handReport = (): Node =>
  JSON.parse(readFileSync(new URL('../fixtures/hand-report.json', import.meta.url), 'utf8')) as Node;

/** The object holding the field at `path`, and the field's key. */
function holder(report: Node, path: Path): [Node, string | number] {
  let node = report;
  for (const key of path.slice(0, -1)) node = node[key] as Node;
  return [node, path.at(-1)!];
}
/** The hand report with the field at `path` set to `value`. */
function withField(path: Path, value: unknown, report = handReport()): Node {
  const [node, key] = holder(report, path);
  node[key] = value;
  return report;
}
/** The hand report without the field at `path` (an array loses its last item). */
function without(path: Path, report = handReport()): Node {
  const [node, key] = holder(report, path);
  if (Array.isArray(node[key])) (node[key] as unknown[]).pop();
  else delete node[key];
  return report;
}

describe('reportProblem(value) names the field that keeps a value from being a report', () => {
  it('gives null for a whole document', () => {
    assert.equal(reportProblem(handReport()), null);
    assert.equal(isUsageReport(handReport()), true);
  });

  const cases: [string, () => unknown, string][] = [
    ['not an object', () => [1], 'expected a report document object, got an array'],
    ['no version', () => without(['version']), 'no version (expected 1)'],
    [
      'a month that is no month',
      () => withField(['months', 1], '2026-13'),
      'months[1] is not a YYYY-MM month',
    ],
    [
      'a summary series one short',
      () => without(['summary', 'active']),
      'summary.active has 2 values, expected 3 (one per month)',
    ],
    [
      'a subscription’s figure that is text',
      () => withField(['subscriptions', 'rows', 2, 'available', 1], '5'),
      'subscriptions.rows[2].available[1] is not a number',
    ],
    [
      'a subscription without a customer name',
      () => without(['subscriptions', 'rows', 1, 'customerName']),
      'subscriptions.rows[1].customerName is not a string',
    ],
    ['a SKU row that is null', () => withField(['sku', 1], null), 'sku[1] is missing or not an object'],
    [
      'a country’s seats that are Infinity',
      () => withField(['geo', 'countries', 0, 'active'], Infinity),
      'geo.countries[0].active is not a number',
    ],
    [
      'a top customer whose revenue is text',
      () => withField(['topCustomers', 'customers', 0, 'billedRevenue'], '12'),
      'topCustomers.customers[0].billedRevenue is not a number',
    ],
    [
      'a total that is missing',
      () => without(['subscriptions', 'total']),
      'subscriptions.total is not a number',
    ],
  ];
  for (const [what, broken, message] of cases)
    it(`names ${what}: “${message}”`, () => assert.equal(reportProblem(broken()), message));

  it('allows null active % where a month has no available seats, and nowhere else', () => {
    assert.equal(reportProblem(withField(['subscriptions', 'rows', 0, 'activePercent', 0], null)), null);
    assert.equal(
      reportProblem(withField(['subscriptions', 'rows', 0, 'active', 0], null)),
      'subscriptions.rows[0].active[0] is not a number',
    );
  });

  it('checks a document once: the same object again is trusted, a broken one is checked every time', () => {
    const report = handReport();
    assert.equal(reportProblem(report), null);
    // The kit never changes a report it was given; one changed behind its back is taken by identity.
    without(['summary', 'active'], report);
    assert.equal(reportProblem(report), null);
    assert.notEqual(reportProblem(structuredClone(report)), null, 'a copy is a new document: checked');
    const broken = withField(['months'], 'soon');
    assert.equal(reportProblem(broken), 'months is missing or not an array');
    withField(['months'], ['2026-01', '2026-02', '2026-03'], broken);
    assert.equal(reportProblem(broken), null, 'fixed in place: checked again, now whole');
  });
});
