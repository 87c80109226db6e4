import type { InputWarning } from '../../data/input-warning.js';
import type { ReportOptions } from '../report.js';
import type { UsageCube } from '../usage-cube.js';
import { computeAnomalies } from './anomalies.js';
import { changeSteps } from './changes.js';
import type { InsightsSection } from './insights-report.js';
import { opportunitySteps } from './opportunities.js';
import { renewalSteps } from './renewals.js';
import { runToEnd } from '../run-steps.js';

/**
 * Every insight of the window `months`. `warnings` are the reader's: they say whether the file's dates
 * are day first, which end dates that do not tell by themselves are read by.
 */
export function computeInsights(
  cube: UsageCube,
  months: readonly string[],
  options: ReportOptions = {},
  warnings: readonly InputWarning[] = [],
): InsightsSection {
  return runToEnd(insightSteps(cube, months, options, warnings));
}

/**
 * The unusual months alone (`ReportOptions.insights: 'anomalies'`), in the shape of every insight: what a
 * trend section marks, without reading every subscription.
 */
export function anomaliesOnly(cube: UsageCube, months: readonly string[]): InsightsSection {
  return {
    changes: null,
    anomalies: computeAnomalies(cube, months),
    opportunities: { month: months.at(-1) ?? null, unassigned: [], inactive: [], falling: [] },
    renewals: {
      available: false,
      reason: "Renewals were not computed (insights: 'anomalies').",
      code: 'not-computed',
    },
  };
}

/** `computeInsights` in steps: each insight reads every subscription, so a caller may pause between them. */
export function* insightSteps(
  cube: UsageCube,
  months: readonly string[],
  options: ReportOptions,
  warnings: readonly InputWarning[],
): Generator<void, InsightsSection> {
  const renewals = yield* renewalSteps(cube, months, options, warnings);
  yield;
  const changes = yield* changeSteps(cube, months);
  yield;
  const opportunities = yield* opportunitySteps(cube, months);
  yield;
  return { changes, anomalies: computeAnomalies(cube, months), opportunities, renewals };
}
