/**
 * The text fields of a usage row that a table keeps by dictionary id, in the order readers fill a row of
 * ids: the byte reader (`Utf8DelimitedReader`) and the core's `UsageTable` share it.
 */
export const TEXT_COLUMNS = [
  'subscriptionId',
  'month',
  // Read per row like the month, not remembered with a subscription's attributes: in Partner Center's
  // column order it sits before Month, which a remembered span must not hold (see the byte reader).
  'subscriptionEndDate',
  'sku',
  'customerName',
  'customerKey',
  'customerTenantId',
  'market',
  'segment',
  'salesModel',
  'partnerLocation',
  'partnerAttachType',
] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];
