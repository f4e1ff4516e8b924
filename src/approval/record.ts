/**
 * Observed review statuses written into the run's outcomes and, at once, the lockfile, so
 * that a run stopped at any moment leaves the latest known statuses behind.
 */
import type { AvatarStatus } from '../model.js';
import type { LockStore } from '../lock/lockfile.js';
import type { LockEntry } from '../lock/schema.js';
import type { Observed } from './poll.js';

/** An avatar whose review is followed: its last known status, updated as polls see it. */
export interface Tracked {
  key: string;
  id: string;
  status: AvatarStatus;
  failed_reason?: string;
}

/** Applies `seen` to `outcomes` and their lockfile entries; true when a status changed. */
export async function recordObserved(outcomes: readonly Tracked[], seen: ReadonlyMap<string, Observed>, store: LockStore, at: Date): Promise<boolean> {
  let changed = false;
  for (const outcome of outcomes) {
    const observed = seen.get(outcome.id);
    if (!observed) continue;
    if (observed.status !== outcome.status) changed = true;
    outcome.status = observed.status;
    if (observed.failedReason) outcome.failed_reason = observed.failedReason;
    else delete outcome.failed_reason;
  }
  const stamp = at.toISOString();
  const changes: Record<string, LockEntry> = {};
  for (const outcome of outcomes) {
    const entry = store.get(outcome.key);
    const observed = seen.get(outcome.id);
    // an entry that holds another id than the one observed is not this avatar's
    if (!entry || !observed || entry.id !== outcome.id) continue;
    const next: LockEntry = { ...entry, status: observed.status, updated_at: entry.status === observed.status ? entry.updated_at : stamp };
    if (observed.failedReason) next.failed_reason = observed.failedReason;
    else delete next.failed_reason;
    if (next.status !== entry.status || next.failed_reason !== entry.failed_reason) changes[outcome.key] = next;
  }
  if (Object.keys(changes).length > 0) await store.apply({ avatars: changes });
  return changed;
}
