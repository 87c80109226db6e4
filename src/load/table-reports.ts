// What turns a loaded export into reports: the cube, the report and its insights (a quarter of a section's
// code). load-usage.ts loads it with the export's rows, so a page given report documents never downloads it.
export { computeReport, computeReportInSlices } from '../core/compute-report.js';
export { cubeFromTable, cubeFromTableInSlices } from '../core/cube-from-table.js';
