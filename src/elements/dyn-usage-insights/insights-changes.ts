import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Anomaly, InsightsSection } from '../../core/report.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { changeLines } from '../../view/insight-changes.js';
import { dataName } from '../shared/data-text.js';
import { isolate } from '../../i18n/isolate.js';

/** Anomalies shown before "… and N more": the latest, most unusual first. */
const ANOMALIES_SHOWN = 6;

/** "What changed": a sentence per metric and its drivers by SKU, country and customer. */
export function renderChanges(
  insights: InsightsSection,
  level: number,
  localizer: Localizer,
  f: UsageFormatters,
): TemplateResult {
  const { t } = localizer;
  const changes = insights.changes;
  if (!changes) return html`<p class="muted">${t('insights.changes.none')}</p>`;
  return html`<section class="changes" part="changes">
    <div role="heading" aria-level=${level} class="subhead">
      ${t('insights.changes.heading', { from: f.month(changes.from), to: f.month(changes.to) })}
    </div>
    <ul class="change-lines">
      ${changeLines(changes, localizer, f).map(
        (line) =>
          html`<li class="change metric-${line.metric}">
            <p class="sentence">${line.sentence}</p>
            ${
              line.drivers.some((group) => group.items.length > 0)
                ? html`<dl class="drivers">
                    ${line.drivers.map((group) =>
                      group.items.length === 0
                        ? nothing
                        : html`<div>
                            <dt>${t(`insights.drivers.${group.dimension}`)}</dt>
                            <dd>
                              ${group.items.map(
                                (item) =>
                                  html`<span class="driver"
                                    >${dataName(item.name)} <span class="figure">${item.change}</span></span
                                  >`,
                              )}
                              ${group.other ? html`<span class="driver other">${group.other}</span>` : nothing}
                            </dd>
                          </div>`,
                    )}
                  </dl>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </section>`;
}

/** Unusual months, latest first, each with the range it was expected in. */
export function renderAnomalies(
  anomalies: readonly Anomaly[],
  level: number,
  { t }: Localizer,
  f: UsageFormatters,
): TemplateResult {
  const sorted = [...anomalies].sort((a, b) => b.month.localeCompare(a.month) || b.score - a.score);
  const shown = sorted.slice(0, ANOMALIES_SHOWN);
  const figure = (anomaly: Anomaly, value: number) =>
    anomaly.metric === 'activePercent' ? f.percent(value) : f.seats(value);
  return html`<section class="anomalies" part="anomalies">
    <div role="heading" aria-level=${level} class="subhead">${t('insights.anomalies.heading')}</div>
    <p class="muted help">${t('insights.anomalies.help')}</p>
    ${
      shown.length === 0
        ? html`<p>${t('insights.anomalies.none')}</p>`
        : html`<ul class="anomaly-list">
            ${shown.map((anomaly) => {
              const values = {
                month: f.month(anomaly.month),
                metric: t(`metric.${anomaly.metric}.label`),
                value: figure(anomaly, anomaly.value),
                low: figure(anomaly, anomaly.expectedLow),
                high: figure(anomaly, anomaly.expectedHigh),
              };
              const direction = anomaly.value < anomaly.expectedLow ? 'down' : 'up';
              return html`<li class="anomaly ${direction}">
                ${
                  anomaly.sku === null
                    ? t('insights.anomaly.total', values)
                    : t('insights.anomaly.sku', { ...values, sku: isolate(anomaly.sku) })
                }
              </li>`;
            })}
            ${
              sorted.length > shown.length
                ? html`<li class="more">
                    ${t('insights.anomalies.more', { count: sorted.length - shown.length })}
                  </li>`
                : nothing
            }
          </ul>`
    }
  </section>`;
}
