import { html } from 'lit';
import type { TemplateResult } from 'lit';

export const SAMPLE = '/data/dynamics-usage-sample.csv';
export const SLOW_SAMPLE = `slow://250${SAMPLE}`;
/**
 * An export as en-GB Excel re-saves it: day-first dates, CRLF, one row mistyped as 2062 and one with a
 * negative seat count, so the notice shows its warnings and a skipped row.
 */
export const EXCEL_EN_GB = `data:text/csv,${encodeURIComponent(
  [
    'SubscriptionId,Month,CustomerTenantId,CustomerName,SKU,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
    'S1,01/01/2026 00:00,tA,Alpha,Dynamics 365 Sales,United Kingdom,10,8,5',
    'S1,01/02/2026 00:00,tA,Alpha,Dynamics 365 Sales,United Kingdom,10,9,7',
    'S1,01/03/2026 00:00,tA,Alpha,Dynamics 365 Sales,United Kingdom,12,10,13',
    'S2,01/02/2026 00:00,tA,Alpha,Dynamics 365 Finance,Netherlands,5,5,5',
    'S2,01/03/2026 00:00,tA,Alpha,Dynamics 365 Finance,Netherlands,5,4,2',
    'S3,01/01/2026 00:00,tB,Beta,Dynamics 365 Sales,Germany,-4,0,1',
    'S3,01/03/2026 00:00,tB,Beta,Dynamics 365 Sales,Germany,20,15,10',
    'S4,01/03/2062 00:00,tC,Gamma,Dynamics 365 Sales,France,4,4,4',
  ].join('\r\n'),
)}`;
/**
 * An export downloaded early in November 2026: twelve subscriptions from June to September, and October
 * with only the four read so far (4 rows against 12), so the summary says the month looks partial.
 */
export const PARTIAL_OCTOBER = `data:text/csv,${encodeURIComponent(
  [
    'SubscriptionId,Month,CustomerTenantId,CustomerName,SKU,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
    ...['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].flatMap((month, m) =>
      Array.from({ length: month === '2026-10' ? 4 : 12 }, (_, i) => {
        const sku = ['Dynamics 365 Sales', 'Dynamics 365 Finance', 'Dynamics 365 Field Service'][i % 3];
        const market = ['Netherlands', 'Germany', 'United States', 'Saudi Arabia'][i % 4];
        const available = 20 + 5 * i + m;
        return `S${i + 1},${month}-01,t${i % 5},Customer ${i % 5},${sku},${market},${available},${available - 2},${available - 6}`;
      }),
    ),
  ].join('\r\n'),
)}`;
export const MISSING_COLUMNS = 'data:text/csv,SubscriptionId,SKU,CustomerName%0D%0Asub-1,Sales,Contoso%0D%0A';

/** A container of a given width (and background for dark stories), like a host page's column. */
export function frame(width: 'narrow' | 'wide', content: TemplateResult, dark = false): TemplateResult {
  return html`<div class="story-frame ${width} ${dark ? 'dark' : ''}">${content}</div>`;
}
