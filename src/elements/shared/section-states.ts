import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FetchProgress } from '../../load/fetch-usage-bytes.js';
import type { UsageLoadError } from '../../load/usage-load-error.js';
import type { InputStats } from '../../core/report.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { inputMessage } from './input-message.js';
import type { CodedMessage } from './input-message.js';

/**
 * Loading: a bar with percent when the size is known, an indeterminate bar with bytes read otherwise.
 * The figures wait for the formatters (`f.ready`): the page's first number format may be a long task.
 * `announce` false keeps its text out of screen readers' live announcements (a page that announces one
 * load for several sections).
 */
export function renderLoading(
  progress: FetchProgress | null,
  f: UsageFormatters,
  { t }: Localizer,
  announce = true,
): TemplateResult {
  const live = announce ? 'polite' : 'off';
  const loaded = progress?.loaded ?? 0;
  const total = progress?.total ?? null;
  if (total) {
    const percent = Math.min(100, Math.round((100 * loaded) / total));
    const text = f.ready
      ? t('state.loadingPercent', {
          percent: f.progress(percent),
          loaded: megabytes(loaded, f, t),
          total: megabytes(total, f, t),
        })
      : t('state.loading');
    return html`<div class="state loading" part="state">
      <progress max="100" value=${percent} aria-label=${t('state.loadingData')}></progress>
      <span aria-live=${live}>${text}</span>
    </div>`;
  }
  const text =
    loaded > 0 && f.ready ? t('state.loadingRead', { loaded: megabytes(loaded, f, t) }) : t('state.loading');
  return html`<div class="state loading" part="state">
    <progress aria-label=${t('state.loadingData')}></progress>
    <span aria-live=${live}>${text}</span>
  </div>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<div class="state empty" part="state">${message}</div>`;
}

/**
 * The error, with a "Try again" button when `onRetry` is given (data from a URL: a network error or a file
 * being replaced may be gone on the next fetch; a refused property would fail the same way again).
 */
export function renderError(
  error: (Pick<UsageLoadError, 'message'> & CodedMessage) | null,
  { t, dir }: Localizer,
  heading = t('state.errorHeading'),
  onRetry?: () => void,
): TemplateResult {
  // The kit's code for the error in the reader's language; English for an error it did not foresee.
  const detail = error ? inputMessage({ t, dir }, 'error', error, error.message) : t('state.errorUnknown');
  return html`<div class="state error" part="state error" role="alert">
    <strong>${heading}</strong>
    <span class="detail">${detail}</span>
    ${
      onRetry
        ? html`<button type="button" class="retry" part="retry" @click=${onRetry}>
            ${t('state.retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * "12 rows skipped", opening to their line numbers and reasons; how many rows had no available seats; and
 * each warning the reader gave (day-first dates, an encoding guessed, an outlier month, recovered rows).
 */
export function renderSkippedNotice(
  input: InputStats,
  f: UsageFormatters,
  { t, dir }: Localizer,
): TemplateResult | typeof nothing {
  const skippedCount = input.skippedCount ?? input.skipped.length;
  // Documents from before warnings existed have none.
  const warnings = Array.isArray(input.warnings) ? input.warnings : [];
  if (skippedCount === 0 && input.emptyAvailable === 0 && warnings.length === 0) return nothing;
  const hidden = skippedCount - input.skipped.length;
  const parts = [
    warnings.length > 0 ? t('notice.warnings', { count: warnings.length }) : '',
    skippedCount > 0 ? t('notice.skipped', { count: skippedCount }) : '',
    input.emptyAvailable > 0 ? t('notice.emptyAvailable', { count: input.emptyAvailable }) : '',
  ].filter((part) => part !== '');
  return html`<details class="notice" part="notice">
    <summary>${parts.join(' · ')}</summary>
    <ul>
      ${warnings.map((warning) => {
        const text = inputMessage({ t, dir }, 'warning', warning, warning.message);
        return html`<li class="warning" data-code=${warning.code}>${text}</li>`;
      })}
      ${input.skipped.map((row) => {
        const text = t('notice.line', {
          line: String(row.line),
          reason: inputMessage({ t, dir }, 'skip', row, row.reason),
        });
        return html`<li data-code=${row.code ?? nothing}>${text}</li>`;
      })}
      ${hidden > 0 ? html`<li>${t('notice.more', { count: hidden })}</li>` : nothing}
    </ul>
  </details>`;
}

function megabytes(bytes: number, f: UsageFormatters, t: Localizer['t']): string {
  return bytes < 1e6
    ? t('state.kilobytes', { value: f.seats(Math.ceil(bytes / 1e3)) })
    : t('state.megabytes', { value: f.seats(Math.round(bytes / 1e6)) });
}
