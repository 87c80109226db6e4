/**
 * ICU, the library behind `Intl`, loads its data once per browser process, on the first formatter any
 * thread makes: 12–45 ms on this project's machines, in one call that cannot be split into tasks. The
 * parser worker makes a formatter as it starts, so a page that is loading an export pays that in the
 * worker and its own first formatter costs nothing. Formatters made ahead of time wait for it.
 */

/** Never wait longer than this for a worker (one that starts slowly, or never says so). */
const WAIT_MS = 1000;

const pending = new Set<Promise<void>>();

/** `done` settles once a worker has made its first formatter (or has failed, or was stopped). */
export function noteIntlWarmUp(done: Promise<void>): void {
  const settled = done.catch(() => undefined);
  pending.add(settled);
  void settled.then(() => pending.delete(settled));
}

/** Resolves once the warm-ups under way have finished, at once when there are none. */
export async function afterIntlWarmUp(): Promise<void> {
  if (pending.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_MS)));
  await Promise.race([Promise.all(pending), timeout]);
  clearTimeout(timer);
}
