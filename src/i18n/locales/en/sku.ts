/** The sku messages in English (see common.ts). */
export default {
  'sku.title': 'Dynamics usage by SKU',
} as const;
