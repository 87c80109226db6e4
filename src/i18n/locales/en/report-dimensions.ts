/**
 * The report's filter names, part of the report part: its own module so that every section's exported
 * image can name the filter it shows without carrying the report's other messages.
 */
export default {
  // Filter names as Partner Center's page filters call them.
  'report.dimension.sku': 'SKU',
  'report.dimension.country': 'Country/region',
  'report.dimension.segment': 'Customer segment',
  'report.dimension.salesModel': 'Sales model',
  'report.dimension.partnerLocation': 'Partner location',
  'report.dimension.partnerAttachType': 'Partner attach type',
} as const;
