/** The plan against the lockfile, and the slices of a sharded manifest. */
import { describe, expect, it } from 'vitest';
import { hasCode } from '../src/errors.js';
import { parseLockfile, serializeLockfile } from '../src/lock/lockfile.js';
import type { Lockfile } from '../src/lock/schema.js';
import type { ResolvedAvatar } from '../src/model.js';
import { computePlan } from '../src/plan/plan.js';
import { fieldsDigest } from '../src/plan/digest.js';
import { selectShard, shardOf } from '../src/engine/shard.js';

function avatar(key: string, sha: string, extra: Partial<ResolvedAvatar['fields']> = {}): ResolvedAvatar {
  return {
    key,
    fields: { creator_name: key, gender: 'f', ...extra },
    lipsync: { kind: 'file', path: `media/${key}.mp4`, absolutePath: `/ws/media/${key}.mp4`, size: 10, sha256: sha, contentType: 'video/mp4', duration: 60, resolution: { width: 1280, height: 720, rotation: 0 } },
    location: { file: 'avatars.yml', line: 1, column: 1 },
    entry: 0,
  };
}

describe('plan against the lockfile', () => {
  const a = avatar('A', 'aaa');
  const lock: Lockfile = {
    version: 1,
    avatars: {
      A: {
        id: 'id-a',
        creator_name: 'A',
        source: 'media/A.mp4',
        sha256: 'aaa',
        size: 10,
        fields_digest: fieldsDigest(a.fields, a.lipsync, undefined),
        status: 'approved',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      },
      Gone: {
        id: 'id-gone',
        creator_name: 'Gone',
        source: 'media/gone.mp4',
        sha256: 'ggg',
        size: 1,
        fields_digest: 'sha256:x',
        status: 'pending',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      },
    },
  };
  it('tells create, replace and unchanged apart, and keeps orphans', () => {
    const plan = computePlan([a, avatar('B', 'bbb')], lock);
    expect(plan.avatars.map((p) => [p.avatar.key, p.action])).toEqual([
      ['A', 'unchanged'],
      ['B', 'create'],
    ]);
    expect(plan.orphaned.map((o) => o.key)).toEqual(['Gone']);
    expect(computePlan([avatar('A', 'changed')], lock).avatars[0]).toMatchObject({ action: 'replace', reasons: ['video content changed'], lockedId: 'id-a' });
    expect(computePlan([avatar('A', 'aaa', { video_scene: 'beach' })], lock).avatars[0]).toMatchObject({ action: 'replace', reasons: ['fields changed'] });
  });
  it('a moved file with the same content and fields is unchanged', () => {
    const moved = { ...a, lipsync: { ...a.lipsync, path: 'other/A.mp4' } } as ResolvedAvatar;
    expect(computePlan([moved], lock).avatars[0]!.action).toBe('unchanged');
  });
  it('the lockfile round-trips, sorted and stable', () => {
    const text = serializeLockfile(lock);
    expect(serializeLockfile(parseLockfile(text, 'x'))).toBe(text);
    expect(text.indexOf('"A"')).toBeLessThan(text.indexOf('"Gone"'));
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('a corrupt or newer lockfile is a clear error', () => {
    for (const [text, message] of [
      ['{', /not valid JSON/],
      ['{"version": 9, "avatars": {}}', /newer than this release/],
      ['{"version": 1, "avatars": {"A": {"id": 3}}}', /malformed at avatars\.A/],
    ] as const) {
      let thrown: unknown;
      try {
        parseLockfile(text, 'avatars.lock.json');
      } catch (error) {
        thrown = error;
      }
      expect(hasCode(thrown, 'LOCKFILE_INVALID')).toBe(true);
      expect((thrown as Error).message).toMatch(message);
    }
  });
});

describe('shards', () => {
  it('shards partition by creator_name, stably, keeping one name in one shard', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, name: `Name ${i % 150}` }));
    const parts = [1, 2, 3, 4].map((index) => selectShard(items, { index, count: 4 }, (item) => item.name));
    expect(parts.flat()).toHaveLength(200);
    expect(new Set(parts.flat().map((i) => i.key)).size).toBe(200);
    for (const part of parts) expect(part.length).toBeGreaterThan(20);
    for (const name of new Set(items.map((i) => i.name))) {
      expect(parts.filter((part) => part.some((item) => item.name === name))).toHaveLength(1);
    }
    expect(shardOf('Name 7', 4)).toBe(shardOf('Name 7', 4));
    // adding an avatar moves no other
    const more = [...items, { key: 'new', name: 'Someone new' }];
    const after = [1, 2, 3, 4].map((index) => selectShard(more, { index, count: 4 }, (item) => item.name));
    parts.forEach((part, i) => expect(after[i]!.filter((item) => item.key !== 'new')).toEqual(part));
  });
});
