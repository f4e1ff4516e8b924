/** The Creatify account's avatar quota as a run reports it: does the plan fit, and how much room is left. */
import type { RunResult } from '../engine/result.js';

export type Quota = NonNullable<RunResult['quota']> & {
  /** a plan's deletes its sync would not make before the creates, and why: not counted in `freed` */
  uncounted?: string;
};

/** Whether the avatars to create fit in the account's quota. */
export function quotaFits(quota: Quota): boolean {
  return quota.planned <= quotaRoom(quota);
}

/** How many more custom avatars the account has room for, once the deletes that come first are made. */
export function quotaRoom(quota: Quota): number {
  return Math.max(0, quota.max - quota.current + (quota.freed ?? 0));
}

/** The quota in one line of Markdown (its only mark-up the bold of a sync that would fail). */
export function quotaLine(quota: Quota): string {
  const freed = quota.freed ? `, ${quota.freed} of them deleted by prune first` : '';
  const uncounted = quota.uncounted ? ` Not counted as freed: ${quota.uncounted}.` : '';
  return quotaFits(quota)
    ? `Quota: ${quota.current} of ${quota.max} custom avatars used${freed}; the ${quota.planned} to create fit.${uncounted}`
    : `Quota: ${quota.planned} to create but the Creatify account has room for ${quotaRoom(quota)} (${quota.current} of ${quota.max} used${freed}): **a sync would fail**.${uncounted}`;
}
