/**
 * Poll spacing. The interval starts at the configured one and grows gently while nothing
 * changes, but never past `intervalCap`: an approval is seen at most one poll-interval
 * plus min(poll-interval, 60 s) after it happens.
 */
const GROWTH = 1.25;
/** the most the spacing may exceed the configured interval */
const MAX_EXTRA_MS = 60_000;

/** The longest spacing between two polls for a configured interval `base`. */
export function intervalCap(base: number): number {
  return base + Math.min(base, MAX_EXTRA_MS);
}

/** The spacing after a successful poll: back to `base` on any change, else a little longer. */
export function nextInterval(base: number, current: number, changed: boolean): number {
  if (changed) return base;
  return Math.min(intervalCap(base), Math.round(current * GROWTH));
}

/**
 * The spacing after `consecutiveErrors` failed polls in a row (1 = the first): the normal
 * interval, doubling per further failure, within the same cap, so a recovered API is
 * noticed as fast as an approval would be. A server's `Retry-After` is honoured up to the
 * cap too.
 */
export function errorBackoff(base: number, consecutiveErrors: number, retryAfterMs?: number): number {
  const backoff = base * 2 ** Math.max(0, consecutiveErrors - 1);
  return Math.min(intervalCap(base), Math.max(backoff, retryAfterMs ?? 0));
}
