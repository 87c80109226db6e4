import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reportProblem } from '../../src/load/is-usage-report.js';
import { computeReportInSlices } from '../../src/core/compute-report.js';
import { reportFromText } from '../../src/core/report-from.js';
import { REPORT_VERSION } from '../../src/core/report.js';
import { createUsageCube } from '../../src/core/usage-cube.js';
import { readUsageText } from '../../src/data/read-usage.js';
import { plantedDropCsv } from '../fixtures/insights-exports.js';

describe('the report document with insights', () => {
  it('stays version 1, and the element check accepts it with insights, with null and without', () => {
    const report = reportFromText(plantedDropCsv());
    assert.equal(report.version, REPORT_VERSION);
    assert.equal(REPORT_VERSION, 1);
    assert.ok(report.insights);
    assert.equal(reportProblem(JSON.parse(JSON.stringify(report))), null);
    assert.equal(reportProblem({ ...report, insights: null }), null);
    const { insights, ...older } = report;
    assert.ok(insights);
    assert.equal(reportProblem(older), null);
  });

  it('computeReportInSlices gives the same insights as computeReport', async () => {
    const cube = createUsageCube();
    const read = readUsageText(plantedDropCsv(), cube);
    assert.equal(read.kind, 'rows');
    const sliced = await computeReportInSlices(cube, { emptyAvailable: 0 }, {}, () => Promise.resolve(), 0);
    assert.deepEqual(sliced.insights, reportFromText(plantedDropCsv()).insights);
  });
});
