import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FetchProgress } from '../../load/fetch-usage-bytes.js';
import type { UsageLoadError } from '../../load/usage-load-error.js';
import type { InputStats } from '../../core/report.js';
import type { UsageFormatters } from '../../view/formatters.js';

/**
 * Loading: a bar with percent when the size is known, an indeterminate bar with bytes read otherwise.
 * The figures wait for the formatters (`f.ready`): the page's first number format may be a long task.
 * `announce` false keeps its text out of screen readers' live announcements (a page that announces one
 * load for several sections).
 */
export function renderLoading(
  progress: FetchProgress | null,
  f: UsageFormatters,
  announce = true,
): TemplateResult {
  const live = announce ? 'polite' : 'off';
  const loaded = progress?.loaded ?? 0;
  const total = progress?.total ?? null;
  if (total) {
    const percent = Math.min(100, Math.round((100 * loaded) / total));
    const figures = f.ready
      ? ` ${f.percent(percent)} (${megabytes(loaded, f)} of ${megabytes(total, f)})`
      : '';
    return html`<div class="state loading" part="state">
      <progress max="100" value=${percent} aria-label="Loading usage data"></progress>
      <span aria-live=${live}>Loading…${figures}</span>
    </div>`;
  }
  return html`<div class="state loading" part="state">
    <progress aria-label="Loading usage data"></progress>
    <span aria-live=${live}>Loading…${loaded > 0 && f.ready ? ` ${megabytes(loaded, f)} read` : ''}</span>
  </div>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<div class="state empty" part="state">${message}</div>`;
}

export function renderError(
  error: Pick<UsageLoadError, 'message'> | null,
  heading = 'Could not show this section.',
): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">
    <strong>${heading}</strong>
    <span class="detail">${error?.message ?? 'Unknown error'}</span>
  </div>`;
}

/**
 * "12 rows skipped", opening to their line numbers and reasons; how many rows had no available seats; and
 * each warning the reader gave (day-first dates, an encoding guessed, an outlier month, recovered rows).
 */
export function renderSkippedNotice(input: InputStats, f: UsageFormatters): TemplateResult | typeof nothing {
  const skippedCount = input.skippedCount ?? input.skipped.length;
  // Documents from before warnings existed have none.
  const warnings = Array.isArray(input.warnings) ? input.warnings : [];
  if (skippedCount === 0 && input.emptyAvailable === 0 && warnings.length === 0) return nothing;
  const hidden = skippedCount - input.skipped.length;
  const parts = [
    warnings.length > 0
      ? `${f.seats(warnings.length)} ${warnings.length === 1 ? 'warning' : 'warnings'}`
      : '',
    skippedCount > 0 ? `${f.seats(skippedCount)} ${skippedCount === 1 ? 'row' : 'rows'} skipped` : '',
    input.emptyAvailable > 0 ? `${f.seats(input.emptyAvailable)} without available seats (read as 0)` : '',
  ].filter((part) => part !== '');
  return html`<details class="notice" part="notice">
    <summary>${parts.join(' · ')}</summary>
    <ul>
      ${warnings.map((warning) => html`<li class="warning" data-code=${warning.code}>${warning.message}</li>`)}
      ${input.skipped.map((row) => html`<li>Line ${row.line}: ${row.reason}</li>`)}
      ${hidden > 0 ? html`<li>… and ${f.seats(hidden)} more</li>` : nothing}
    </ul>
  </details>`;
}

function megabytes(bytes: number, f: UsageFormatters): string {
  return bytes < 1e6 ? `${f.seats(Math.ceil(bytes / 1e3))} kB` : `${f.seats(Math.round(bytes / 1e6))} MB`;
}
