/**
 * What `prune` may delete, from the lockfile alone: a pure choice, so that a plan can list
 * it and a sync can act on it alike. Only ids the lockfile holds are ever chosen.
 */
import type { Config, PruneMode } from '../config.js';
import type { Lockfile } from '../lock/schema.js';
import { inShard } from './shard.js';

type DeleteReason = 'orphaned' | 'superseded';

export interface DeleteCandidate {
  key: string;
  id: string;
  creator_name: string;
  reason: DeleteReason;
}

export interface PruneScope {
  /** every key of the whole manifest; undefined when the run reads no manifest (status): no orphans then */
  manifestKeys: ReadonlySet<string> | undefined;
  /** whether this run (its shard) owns an avatar of this creator_name */
  owns: (creatorName: string) => boolean;
}

interface DeleteDone {
  key: string;
  id: string;
  reason: DeleteCandidate['reason'];
  /** Creatify had it no more: deleted before (by hand, or by a run that could not record it) */
  gone?: true;
}

export interface PruneReport {
  deleted: DeleteDone[];
  /** what the run chose but only lists: a plan, a pull request, another branch */
  wouldDelete: Omit<DeleteDone, 'gone'>[];
  /** a RunFailure */
  failure?: { code: string; message: string; hint?: string };
  warnings: string[];
}

/** The run's scope: its shard's avatars, and the manifest's keys when it read one. */
export function pruneScope(config: Pick<Config, 'shard'>, manifestKeys: ReadonlySet<string> | undefined): PruneScope {
  return { manifestKeys, owns: (name) => inShard(name, config.shard) };
}

export const covers = (mode: PruneMode, reason: DeleteReason): boolean => mode === 'all' || mode === reason;

/**
 * In this order: deletes an earlier run started and left unconfirmed; each orphaned key's
 * superseded ids, then its current id; the superseded ids of each key whose current
 * avatar is approved (never before: the key would be left without a working avatar).
 */
export function selectDeletes(lock: Readonly<Lockfile>, mode: PruneMode, scope: PruneScope): DeleteCandidate[] {
  if (mode === 'none') return [];
  const chosen = new Map<string, DeleteCandidate>();
  const add = (candidate: DeleteCandidate): void => {
    if (!chosen.has(candidate.id) && lock.deleted?.[candidate.id]?.deleted_at === undefined) chosen.set(candidate.id, candidate);
  };
  for (const [id, deletion] of Object.entries(lock.deleted ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (covers(mode, deletion.reason) && scope.owns(deletion.creator_name)) add({ key: deletion.key, id, creator_name: deletion.creator_name, reason: deletion.reason });
  }
  for (const key of Object.keys(lock.avatars).sort()) {
    const entry = lock.avatars[key]!;
    if (!scope.owns(entry.creator_name)) continue;
    const old = (entry.superseded ?? []).map((s) => s.id);
    const orphaned = scope.manifestKeys !== undefined && !scope.manifestKeys.has(key);
    if (orphaned && covers(mode, 'orphaned')) {
      for (const id of [...old, entry.id]) add({ key, id, creator_name: entry.creator_name, reason: 'orphaned' });
    } else if (!orphaned && covers(mode, 'superseded') && entry.status === 'approved') {
      for (const id of old) add({ key, id, creator_name: entry.creator_name, reason: 'superseded' });
    }
  }
  return [...chosen.values()];
}
