/** The report messages in English (see common.ts). */
export default {} as const;
