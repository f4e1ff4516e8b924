/**
 * Merging the lockfiles of shards back into one. Each shard starts from the same base
 * lockfile and changes only its own keys; a key changed differently by two inputs is a
 * conflict, refused with both ids named, never resolved by guessing.
 */
import { AppError } from '../errors.js';
import { orderEntry, withoutSuperseded } from './lockfile.js';
import type { LockEntry, Lockfile } from './schema.js';
import { LOCKFILE_VERSION, emptyLockfile } from './schema.js';

export interface MergeInput {
  name: string;
  lock: Lockfile;
}

/** An entry as the lockfile writes it, so two entries are the same when they would be written the same. */
const canonical = (entry: LockEntry): string => JSON.stringify(orderEntry(entry));

const same = (a: LockEntry | undefined, b: LockEntry | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));

export function mergeLockfiles(base: Lockfile | undefined, inputs: readonly MergeInput[]): Lockfile {
  const start = base ?? emptyLockfile();
  const merged: Lockfile = { version: LOCKFILE_VERSION, avatars: { ...start.avatars } };
  const changedBy = new Map<string, string>();
  const conflicts: string[] = [];

  for (const { name, lock } of inputs) {
    // A key an input lacks is kept: runs never remove one, and an input that started from
    // an older lockfile than the base must not take ids away (an id lost is worse than an
    // entry removed by hand coming back).
    for (const [key, entry] of Object.entries(lock.avatars)) {
      const original = start.avatars[key];
      if (same(entry, original)) continue;
      const current = merged.avatars[key];
      const by = changedBy.get(key);
      if (by !== undefined && !same(entry, current)) {
        const joined = current ? join(current, entry) : undefined;
        if (!joined) {
          conflicts.push(`${key}: ${by} has ${current?.id ?? 'nothing'}, ${name} has ${entry.id}`);
          continue;
        }
        merged.avatars[key] = joined;
        continue;
      }
      merged.avatars[key] = entry;
      changedBy.set(key, name);
    }
  }
  const inFlight = mergeMarks(start.in_flight, inputs.map(({ lock }) => lock.in_flight));
  if (Object.keys(inFlight).length > 0) merged.in_flight = inFlight;
  const deleted = mergeDeleted(start, inputs);
  if (Object.keys(deleted).length > 0) {
    merged.deleted = deleted;
    buryDeleted(merged);
  }
  conflicts.push(...sharedIds(merged));
  if (conflicts.length > 0) {
    throw new AppError('LOCKFILE_INVALID', `the lockfiles disagree on ${conflicts.length} avatar(s): ${conflicts.join('; ')}`, {
      hint: 'each avatar belongs to one shard; were the shards run with different manifests or shard counts?',
    });
  }
  return merged;
}

/**
 * One key changed by two inputs: the same avatar seen at two times (its status refreshed)
 * is the later sight; a replacement whose `superseded` names the other's id wins over it.
 * Two avatars neither of which replaced the other do not join.
 */
function join(a: LockEntry, b: LockEntry): LockEntry | undefined {
  if (a.id === b.id) return a.updated_at >= b.updated_at ? a : b;
  if ((b.superseded ?? []).some((old) => old.id === a.id)) return b;
  if ((a.superseded ?? []).some((old) => old.id === b.id)) return a;
  return undefined;
}

/**
 * Marks (in-flight creates, deletes) as the shards left them: a mark still as in the base
 * was not touched by that shard (it belongs to another), so the shard that added, changed
 * or removed it wins.
 */
function mergeMarks<T>(start: Record<string, T> | undefined, inputs: readonly (Record<string, T> | undefined)[]): Record<string, T> {
  const before = start ?? {};
  const result: Record<string, T> = { ...before };
  const keys = new Set([...Object.keys(before), ...inputs.flatMap((marks) => Object.keys(marks ?? {}))]);
  for (const key of keys) {
    const original = JSON.stringify(before[key] ?? null);
    const changed = inputs.map((marks) => marks?.[key]).filter((mark) => JSON.stringify(mark ?? null) !== original);
    if (changed.length === 0) continue;
    // Two shards changing one mark differently (an avatar moved shards): a mark kept costs
    // the next run one list, a mark lost may cost a duplicate, so a present one wins.
    const kept = changed.filter((mark) => mark !== undefined).pop();
    if (kept) result[key] = kept;
    else delete result[key];
  }
  return result;
}

/** Deletes by id; a tombstone (the id is gone from Creatify) wins over anything else and is never dropped. */
function mergeDeleted(start: Lockfile, inputs: readonly MergeInput[]): NonNullable<Lockfile['deleted']> {
  const all = [start.deleted, ...inputs.map(({ lock }) => lock.deleted)];
  const result = mergeMarks(start.deleted, inputs.map(({ lock }) => lock.deleted));
  for (const deleted of all) {
    for (const [id, deletion] of Object.entries(deleted ?? {})) {
      if (deletion.deleted_at !== undefined && result[id]?.deleted_at === undefined) result[id] = deletion;
    }
  }
  return result;
}

/**
 * Removes every tombstoned id from the entries: from `superseded`, and a key whose current
 * id is gone with nothing else left. An input that never saw the delete keeps the entry as
 * it was; without this, the merge would bring the deleted key back.
 */
function buryDeleted(lock: Lockfile): void {
  const gone = (id: string): boolean => lock.deleted?.[id]?.deleted_at !== undefined;
  for (const [key, entry] of Object.entries(lock.avatars)) {
    const buried = withoutSuperseded(entry, gone);
    if (gone(entry.id) && buried.superseded === undefined) delete lock.avatars[key];
    else if ((buried.superseded?.length ?? 0) !== (entry.superseded?.length ?? 0)) lock.avatars[key] = buried;
  }
}

/** One Creatify avatar recorded under two keys: a merge must never produce it. */
function sharedIds(lock: Lockfile): string[] {
  const owner = new Map<string, string>();
  const found: string[] = [];
  for (const [key, entry] of Object.entries(lock.avatars)) {
    for (const id of [entry.id, ...(entry.superseded ?? []).map((old) => old.id)]) {
      const other = owner.get(id);
      if (other !== undefined && other !== key) found.push(`${id} is recorded for both ${other} and ${key}`);
      else owner.set(id, key);
    }
  }
  return found;
}
