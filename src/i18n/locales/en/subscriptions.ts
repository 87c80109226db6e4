/** The subscriptions messages in English (see common.ts). */
export default {
  'subscriptions.title': 'Subscriptions performance',
} as const;
