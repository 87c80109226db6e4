/** The geo messages in English (see common.ts). */
export default {
  'geo.title': 'Dynamics usage by geography',
} as const;
