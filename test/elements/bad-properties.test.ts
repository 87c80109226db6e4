import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-source/define.js';
import '../../src/elements/dyn-usage-report/define.js';
import { HAND_RECORDS } from './hand-records.js';
import { handReport, runBadPropertyTests } from './suites/bad-property-suite.js';
import type { BadCase } from './suites/bad-property-suite.js';

const SECTION_FILTER_CASES: BadCase[] = [
  {
    name: 'filter = null',
    props: { records: HAND_RECORDS, filter: null },
    message: /^filter: expected an object of value lists \(e\.g\. \{ country: \['NL'\] \}\), got null$/,
  },
  {
    name: 'filter = { sku: "Sales" }',
    props: { records: HAND_RECORDS, filter: { sku: 'Sales' } },
    message: /^filter\.sku: expected a list of strings, got the text "Sales"$/,
  },
  {
    name: 'a filter on a report document',
    props: { report: handReport(), filter: { sku: ['Sales'] } },
    message: /^filter: a report document cannot be filtered; filters need an export$/,
  },
];

const REPORT_VIEW_CASES: BadCase[] = [
  {
    name: 'view = null',
    props: { records: HAND_RECORDS, view: null },
    message: /^view: expected \{ from\?, to\?, month\?, filter \}, got null$/,
  },
  {
    name: 'view = { filter: null }',
    props: { records: HAND_RECORDS, view: { filter: null } },
    message: /^view\.filter: expected an object of value lists .*, got null$/,
  },
  {
    name: 'view with from "2026-13"',
    props: { records: HAND_RECORDS, view: { from: '2026-13', filter: {} } },
    message: /^view\.from: "2026-13" is not a YYYY-MM month$/,
  },
  {
    name: 'view with an unknown SKU',
    props: { records: HAND_RECORDS, view: { filter: { sku: ['Nope'] } } },
    message: /^view\.filter: SKU "Nope" is not in the data$/,
  },
  {
    name: 'view with a country on a report document',
    props: { report: handReport(), view: { filter: { country: ['NL'] } } },
    message:
      /^view\.filter: a report document cannot be filtered \(Country\/region "NL"\); filters need an export$/,
  },
];

for (const tag of [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-usage-distribution',
  'dyn-subscription-table',
]) {
  runBadPropertyTests(tag, { filterCases: SECTION_FILTER_CASES, renders: true });
}
runBadPropertyTests('dyn-usage-source', { filterCases: [], renders: false });
runBadPropertyTests('dyn-usage-report', {
  base: { noHash: true },
  filterCases: REPORT_VIEW_CASES,
  renders: true,
});
