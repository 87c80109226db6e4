// A section's body under its header: the state its data is in, or its figures.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { UsageReport } from '../../core/report.js';
import { UsageStatus } from '../../controllers/usage-data-controller.js';
import type { UsageDataController } from '../../controllers/usage-data-controller.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { renderEmpty, renderError, renderLoading } from './section-states.js';

/** What a section's body needs to know to show its state. */
export interface SectionBodyInputs {
  status: UsageStatus;
  report: UsageReport | null;
  /** The section's data: progress while loading, the error and whether it can be retried. */
  data: Pick<UsageDataController, 'progress' | 'error' | 'canRetry'>;
  /** "Try again" after a failed load. */
  retry: () => void;
  quietLoading: boolean;
  hideNotice: boolean;
  /** The window's months, named by an empty state. */
  rangeText: (report: UsageReport) => string;
  /** The figures, once ready. */
  renderSection: (report: UsageReport) => TemplateResult;
}

/** The body under a section's header: loading, error, idle, empty, or the figures. */
export function renderSectionBody(
  { status, report, data, retry, quietLoading, hideNotice, rangeText, renderSection }: SectionBodyInputs,
  formatters: UsageFormatters,
  localizer: Localizer,
): TemplateResult | typeof nothing {
  if (status === UsageStatus.loading)
    return quietLoading
      ? html`<div class="state quiet" part="state"></div>`
      : renderLoading(data.progress, formatters, localizer, !hideNotice);
  if (status === UsageStatus.error)
    return renderError(data.error, localizer, undefined, data.canRetry ? retry : undefined);
  if (status === UsageStatus.idle) return renderEmpty(localizer.t('state.idle'));
  if (!report) return nothing;
  if (status === UsageStatus.empty) {
    return renderEmpty(
      report.months.length
        ? localizer.t('state.emptyMonthsRange', { range: rangeText(report) })
        : localizer.t('state.emptyMonths'),
    );
  }
  return renderSection(report);
}
