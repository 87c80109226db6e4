/** The summary messages in English (see common.ts). */
export default {
  'summary.title': 'Summary',
} as const;
