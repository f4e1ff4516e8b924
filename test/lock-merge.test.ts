/** Merging the lockfiles of shards back into one. */
import { describe, expect, it } from 'vitest';
import type { LockEntry, Lockfile } from '../src/lock/schema.js';
import { mergeLockfiles } from '../src/lock/merge.js';

describe('merging shard lockfiles', () => {
  const entry = (id: string, name: string): LockEntry => ({
    id,
    creator_name: name,
    source: `media/${name}.mp4`,
    sha256: 'a'.repeat(64),
    size: 10,
    fields_digest: 'd',
    status: 'pending',
    created_at: '2026-12-01T00:00:00.000Z',
    updated_at: '2026-12-01T00:00:00.000Z',
  });
  const mark = { creator_name: 'Ana', fields_digest: 'd', sha256: null, started_at: '2026-12-01T00:00:00.000Z', upload: true };

  it('refuses one avatar id recorded under two keys', () => {
    const base: Lockfile = { version: 1, avatars: {} };
    const one: Lockfile = { version: 1, avatars: { 'james-1': entry('same-id', 'James') } };
    const two: Lockfile = { version: 1, avatars: { 'james-2': entry('same-id', 'James') } };
    expect(() => mergeLockfiles(base, [{ name: 'a', lock: one }, { name: 'b', lock: two }])).toThrow(
      /same-id is recorded for both james-1 and james-2/,
    );
  });

  it('keeps the in-flight marks as the shard that owns each left them', () => {
    const base: Lockfile = { version: 1, avatars: {}, in_flight: { ana: mark } };
    // shard a owns ana: it adopted the avatar and removed the mark; shard b left the base's mark alone
    const a: Lockfile = { version: 1, avatars: { ana: entry('ana-id', 'Ana') } };
    const b: Lockfile = { version: 1, avatars: { bo: entry('bo-id', 'Bo') }, in_flight: { ana: mark, bo2: { ...mark, creator_name: 'Bo' } } };
    const merged = mergeLockfiles(base, [{ name: 'a', lock: a }, { name: 'b', lock: b }]);
    expect(Object.keys(merged.avatars).sort()).toEqual(['ana', 'bo']);
    expect(merged.in_flight).toEqual({ bo2: { ...mark, creator_name: 'Bo' } });
  });

  it('joins one avatar seen twice (the later sight wins) and a replacement over what it replaced', () => {
    const base: Lockfile = { version: 1, avatars: { a: { ...entry('old', 'A'), status: 'pending' } } };
    const refreshed = { ...entry('old', 'A'), status: 'approved' as const, updated_at: '2026-12-01T02:00:00.000Z' };
    const seenEarlier = { ...entry('old', 'A'), status: 'approved' as const, updated_at: '2026-12-01T01:00:00.000Z' };
    for (const order of [
      [refreshed, seenEarlier],
      [seenEarlier, refreshed],
    ]) {
      const merged = mergeLockfiles(base, order.map((e, i) => ({ name: String(i), lock: { version: 1, avatars: { a: e } } })));
      expect(merged.avatars.a).toEqual(refreshed);
    }
    // a status run refreshed the old avatar while a sync replaced it
    const replaced = { ...entry('new', 'A'), superseded: [{ id: 'old', replaced_at: '2026-12-01T03:00:00.000Z' }] };
    const both = mergeLockfiles(base, [
      { name: 'status', lock: { version: 1, avatars: { a: refreshed } } },
      { name: 'sync', lock: { version: 1, avatars: { a: replaced } } },
    ]);
    expect(both.avatars.a).toEqual(replaced);
    // two different avatars for one key do not join
    expect(() =>
      mergeLockfiles(base, [
        { name: 'one', lock: { version: 1, avatars: { a: entry('x', 'A') } } },
        { name: 'two', lock: { version: 1, avatars: { a: entry('y', 'A') } } },
      ]),
    ).toThrow(/a: one has x, two has y/);
  });

  it('keeps a mark one shard removed and another rewrote, in either order', () => {
    const base: Lockfile = { version: 1, avatars: {}, in_flight: { k: mark } };
    // the avatar moved shards: the old owner dropped the mark, the new one left a fresh one
    const dropped: Lockfile = { version: 1, avatars: {} };
    const fresh = { ...mark, creator_name: 'New', sent_at: '2026-12-01T01:00:00.000Z' };
    const rewrote: Lockfile = { version: 1, avatars: {}, in_flight: { k: fresh } };
    for (const order of [
      [dropped, rewrote],
      [rewrote, dropped],
    ]) {
      const merged = mergeLockfiles(base, order.map((lock, i) => ({ name: String(i), lock })));
      expect(merged.in_flight).toEqual({ k: fresh });
    }
  });
});
