/** What prune chooses from a lockfile (pure), and how its tombstones survive lockfile merges. */
import { describe, expect, it } from 'vitest';
import { pruneScope, selectDeletes } from '../src/engine/prune.js';
import { shardOf } from '../src/engine/shard.js';
import { parseLockfile, serializeLockfile } from '../src/lock/lockfile.js';
import { mergeLockfiles } from '../src/lock/merge.js';
import type { LockEntry, Lockfile } from '../src/lock/schema.js';

const AT = '2026-12-01T00:00:00.000Z';
const entry = (id: string, name: string, extra: Partial<LockEntry> = {}): LockEntry => ({
  id,
  creator_name: name,
  source: `media/${name}.mp4`,
  sha256: null,
  size: null,
  fields_digest: 'd',
  status: 'approved',
  created_at: AT,
  updated_at: AT,
  ...extra,
});
const old = (...ids: string[]) => ids.map((id) => ({ id, replaced_at: AT }));
const all = pruneScope({ shard: undefined }, new Set(['kept', 'pending']));

const lock: Lockfile = {
  version: 1,
  avatars: {
    gone: entry('g2', 'Gone', { superseded: old('g1') }),
    kept: entry('k3', 'Kept', { superseded: old('k1', 'k2') }),
    pending: entry('p2', 'Pending', { status: 'pending', superseded: old('p1') }),
  },
};

describe('selectDeletes', () => {
  it('chooses nothing with prune none', () => {
    expect(selectDeletes(lock, 'none', all)).toEqual([]);
  });

  it('orphans: every id of a key that left the manifest, its superseded ones first', () => {
    expect(selectDeletes(lock, 'orphaned', all).map((c) => [c.key, c.id, c.reason])).toEqual([
      ['gone', 'g1', 'orphaned'],
      ['gone', 'g2', 'orphaned'],
    ]);
  });

  it('superseded: only those of a key whose current avatar is approved, never its current id', () => {
    expect(selectDeletes(lock, 'superseded', all).map((c) => c.id)).toEqual(['k1', 'k2']);
    expect(selectDeletes(lock, 'all', all).map((c) => c.id)).toEqual(['g1', 'g2', 'k1', 'k2']);
  });

  it('without a manifest (a status run) nothing is an orphan', () => {
    expect(selectDeletes(lock, 'all', pruneScope({ shard: undefined }, undefined)).map((c) => c.id)).toEqual(['g1', 'k1', 'k2']);
  });

  it("a shard chooses only the keys it owns: an orphan's owner is the shard of its creator_name", () => {
    const count = 4;
    const owner = shardOf('Gone', count);
    const other = (owner % count) + 1;
    expect(selectDeletes(lock, 'orphaned', pruneScope({ shard: { index: owner, count } }, new Set(['kept', 'pending']))).map((c) => c.id)).toEqual(['g1', 'g2']);
    expect(selectDeletes(lock, 'orphaned', pruneScope({ shard: { index: other, count } }, new Set(['kept', 'pending'])))).toEqual([]);
  });

  it('resumes a delete under way and skips a tombstoned id', () => {
    const marked: Lockfile = {
      ...lock,
      deleted: {
        lost: { key: 'old-key', creator_name: 'Old', reason: 'orphaned', started_at: AT },
        k1: { key: 'kept', creator_name: 'Kept', reason: 'superseded', started_at: AT, deleted_at: AT },
      },
    };
    expect(selectDeletes(marked, 'all', all).map((c) => c.id)).toEqual(['lost', 'g1', 'g2', 'k2']);
    expect(selectDeletes(marked, 'superseded', all).map((c) => c.id)).toEqual(['k2']);
  });
});

describe('tombstones and merges', () => {
  const tomb = (key: string, name: string, reason: 'orphaned' | 'superseded') => ({ key, creator_name: name, reason, started_at: AT, deleted_at: AT });

  it('a key one shard deleted stays deleted when merged with a shard that never saw the delete', () => {
    const base: Lockfile = { version: 1, avatars: { gone: entry('g1', 'Gone'), kept: entry('k2', 'Kept', { superseded: old('k1') }) } };
    const a: Lockfile = { version: 1, avatars: { kept: base.avatars.kept! }, deleted: { g1: tomb('gone', 'Gone', 'orphaned') } };
    const b: Lockfile = { version: 1, avatars: { ...base.avatars, kept: entry('k2', 'Kept'), ana: entry('a1', 'Ana') }, deleted: { k1: tomb('kept', 'Kept', 'superseded') } };
    for (const order of [[a, b], [b, a]]) {
      const merged = mergeLockfiles(base, order.map((lock, i) => ({ name: String(i), lock })));
      expect(Object.keys(merged.avatars).sort()).toEqual(['ana', 'kept']);
      expect(merged.avatars.kept?.superseded).toBeUndefined();
      expect(Object.keys(merged.deleted ?? {}).sort()).toEqual(['g1', 'k1']);
    }
  });

  it('a tombstone wins over a mark, and an older copy with the entry does not bring it back', () => {
    const mark = { key: 'gone', creator_name: 'Gone', reason: 'orphaned' as const, started_at: AT };
    const base: Lockfile = { version: 1, avatars: { gone: entry('g1', 'Gone') }, deleted: { g1: mark } };
    const done: Lockfile = { version: 1, avatars: {}, deleted: { g1: tomb('gone', 'Gone', 'orphaned') } };
    const merged = mergeLockfiles(base, [
      { name: 'the branch', lock: base },
      { name: 'this run', lock: done },
    ]);
    expect(merged.avatars).toEqual({});
    expect(merged.deleted?.g1?.deleted_at).toBe(AT);
    // and the reverse join: the branch has the tombstone, this run the old entry
    expect(mergeLockfiles(base, [{ name: 'the branch', lock: done }, { name: 'this run', lock: base }]).avatars).toEqual({});
  });

  it('writes deletes sorted by id with a fixed field order, and reads them back', () => {
    const written = serializeLockfile({
      version: 1,
      avatars: {},
      deleted: { zz: tomb('z', 'Z', 'orphaned'), aa: { deleted_at: AT, started_at: AT, reason: 'superseded', creator_name: 'A', key: 'a' } },
    });
    expect(written.indexOf('"aa"')).toBeLessThan(written.indexOf('"zz"'));
    expect(written).toContain('"key": "a",\n      "creator_name": "A",\n      "reason": "superseded",\n      "started_at"');
    expect(parseLockfile(written, 'x').deleted?.aa?.deleted_at).toBe(AT);
  });
});
