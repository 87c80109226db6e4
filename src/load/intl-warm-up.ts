/**
 * ICU, the library behind `Intl`, loads its data once per browser process, on the first formatter any
 * thread makes: 12–45 ms on this project's machines, in one call that cannot be split into tasks. The
 * parser worker makes a formatter as it starts, so a page that is loading an export pays that in the
 * worker and its own first formatter costs nothing. Formatters made ahead of time wait for it.
 */

/** Never wait longer than this for a started worker's formatter (an old worker file never says so). */
const WAIT_MS = 1000;

const pending = new Set<Promise<void>>();

/**
 * `done` settles once a worker has made its first formatter (or has failed, or was stopped); `started`
 * once it runs (said `ready`). A worker that started and never says it made one is waited for `WAIT_MS`.
 */
export function noteIntlWarmUp(done: Promise<void>, started: Promise<void> = Promise.resolve()): void {
  const bound = started.then(() => new Promise<void>((resolve) => setTimeout(resolve, WAIT_MS)));
  const settled = Promise.race([done, bound]).catch(() => undefined);
  pending.add(settled);
  void settled.then(() => pending.delete(settled));
}

/**
 * Resolves once the warm-ups under way have finished, and those noted meanwhile (a load whose parser was
 * still loading notes its worker's then: load-usage.ts), at once when there are none.
 */
export async function afterIntlWarmUp(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}
