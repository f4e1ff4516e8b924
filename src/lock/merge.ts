/**
 * Merging the lockfiles of shards back into one. Each shard starts from the same base
 * lockfile and changes only its own keys; a key changed differently by two inputs is a
 * conflict, refused with both ids named, never resolved by guessing.
 */
import { AppError } from '../errors.js';
import { orderEntry } from './lockfile.js';
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
    for (const [key, entry] of Object.entries(lock.avatars)) {
      const original = start.avatars[key];
      if (same(entry, original)) continue;
      const current = merged.avatars[key];
      const by = changedBy.get(key);
      if (by !== undefined && !same(entry, current)) {
        conflicts.push(`${key}: ${by} has ${current?.id ?? 'nothing'}, ${name} has ${entry.id}`);
        continue;
      }
      merged.avatars[key] = entry;
      changedBy.set(key, name);
    }
    for (const [key, mark] of Object.entries(lock.in_flight ?? {})) {
      (merged.in_flight ??= {})[key] = mark;
    }
  }
  if (conflicts.length > 0) {
    throw new AppError('LOCKFILE_INVALID', `the lockfiles disagree on ${conflicts.length} avatar(s): ${conflicts.join('; ')}`, {
      hint: 'each key belongs to one shard; were the shards run with different manifests or shard counts?',
    });
  }
  return merged;
}
