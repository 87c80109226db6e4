/**
 * The text fields of a usage row that a table keeps by dictionary id, in the order readers fill a row of
 * ids: the byte reader (`Utf8DelimitedReader`) and the core's `UsageTable` share it.
 */
export const TEXT_COLUMNS = [
  'subscriptionId',
  'month',
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
