/**
 * Poll spacing: starts at the configured interval and grows gently while nothing
 * changes, capped so an approval is seen within one interval plus a bounded delay.
 */
export const GROWTH = 1.25;
/** the most the interval may exceed the configured one */
export const MAX_EXTRA_MS = 60_000;

export function nextInterval(base: number, current: number, changed: boolean): number {
  if (changed) return base;
  const cap = base + Math.min(base, MAX_EXTRA_MS);
  return Math.min(cap, Math.round(current * GROWTH));
}

/** After a transient error: exponential, from 2 s, never more than the interval cap. */
export function errorBackoff(base: number, consecutiveErrors: number): number {
  const cap = base + Math.min(base, MAX_EXTRA_MS);
  return Math.min(cap, 2000 * 2 ** Math.max(0, consecutiveErrors - 1));
}
