/** The distribution messages in English (see common.ts). */
export default {
  'distribution.title': 'Dynamics usage distribution',
} as const;
