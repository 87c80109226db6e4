/**
 * Subscriptions read between two yields of an insight's steps: a few milliseconds of work. On a 400 MB
 * export (116k subscriptions) each insight read them all in one step, and the page had tasks of 70–105 ms.
 */
export const INSIGHT_STEP_SUBSCRIPTIONS = 8192;
