/** Table-driven unit cases for the pure parts: placeholders, sources, parsers, plan, lockfile. */
import { describe, expect, it } from 'vitest';
import { defaultLockfile } from '../src/input-schema.js';
import { hasCode } from '../src/errors.js';
import { parseLockfile, serializeLockfile } from '../src/lock/lockfile.js';
import type { LockEntry, Lockfile } from '../src/lock/schema.js';
import { mergeLockfiles } from '../src/lock/merge.js';
import { classifySource } from '../src/manifest/resolve.js';
import { fillPlaceholders, valuesForPath } from '../src/manifest/template.js';
import type { ResolvedAvatar } from '../src/model.js';
import { computePlan } from '../src/plan/plan.js';
import { fieldsDigest } from '../src/plan/digest.js';
import { selectShard, shardOf } from '../src/engine/shard.js';
import { cell } from '../src/report/markdown.js';
import { parseBoolean, parseCredential, parseDuration, parseHttpUrl, parseShard } from '../src/util/parse.js';
import { resolveMode } from '../src/action/mode.js';
import { closest } from '../src/util/suggest.js';

describe('placeholders', () => {
  const values = valuesForPath('media/team/ana.smith.mp4', 3);
  it.each([
    ['{stem}', 'ana.smith'],
    ['{name}', 'ana.smith.mp4'],
    ['{dir}', 'team'],
    ['{index}', '3'],
    ['Team {stem} #{index}', 'Team ana.smith #3'],
    ['{{stem}}', '{stem}'],
    ['plain', 'plain'],
  ])('%s → %s', (template, expected) => {
    expect(fillPlaceholders(template, values)).toEqual({ value: expected });
  });
  it('names an unknown placeholder', () => {
    expect(fillPlaceholders('{stme}', values)).toEqual({ unknown: '{stme}' });
  });
});

describe('sources', () => {
  it.each([
    ['media/a.mp4', { kind: 'path', path: 'media/a.mp4' }],
    ['./media//a.mp4', { kind: 'path', path: 'media/a.mp4' }],
    ['media\\team\\a.mp4', { kind: 'path', path: 'media/team/a.mp4' }],
  ])('%s is a path', (raw, expected) => {
    expect(classifySource(raw)).toEqual(expected);
  });
  it.each([
    ['../a.mp4', /outside the repository/],
    ['media/../../a.mp4', /outside the repository/],
    ['/etc/passwd', /absolute path/],
    ['C:\\videos\\a.mp4', /absolute path/],
    ['http://cdn.example.com/a.mp4', /only https/],
    ['ftp://cdn.example.com/a.mp4', /only https/],
    ['media/a\u0000.mp4', /control character/],
  ])('%s is refused', (raw, message) => {
    const result = classifySource(raw);
    expect('problem' in result && result.problem).toMatch(message);
  });
  it('an https URL is a URL', () => {
    const result = classifySource('https://cdn.example.com/a.mp4');
    expect('kind' in result && result.kind).toBe('url');
  });
});

describe('input parsers throw on bad values', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['45', 45_000],
    ['500ms', 500],
  ])('duration %s', (text, ms) => expect(parseDuration('timeout', text)).toBe(ms));
  it.each(['', 'soon', '30 minutes', '-5s', '5d'])('duration %j is refused', (text) => {
    expect(() => parseDuration('timeout', text)).toThrow(/timeout/);
  });
  it('durations under a minimum are refused, saying the minimum', () => {
    expect(parseDuration('poll-interval', '1s', 1000)).toBe(1000);
    expect(parseDuration('poll-interval', '1', 1000)).toBe(1000);
    for (const text of ['0', '0s', '500ms', '0.5']) {
      expect(() => parseDuration('poll-interval', text, 1000)).toThrow(/poll-interval: .* expected a duration of at least 1s/);
    }
  });
  it('an API URL with credentials in it is refused, without repeating them', () => {
    expect(parseHttpUrl('api-url', 'http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    for (const url of ['https://user:s3cret@api.example.com', 'https://user@api.example.com']) {
      let message = '';
      try {
        parseHttpUrl('api-url', url);
      } catch (error) {
        message = String(error);
      }
      expect(message).toMatch(/api-url: the URL holds a user name or password/);
      expect(message).not.toMatch(/s3cret|user@/);
    }
  });
  it('a credential an HTTP header cannot carry is refused at once, without repeating it', () => {
    expect(parseCredential('api-key', '  sk-abc123  ')).toBe('sk-abc123');
    expect(parseCredential('api-key', '')).toBeUndefined();
    for (const bad of ['sk-abc\n123', 'sk abc', 'sk-ébc']) {
      expect(() => parseCredential('api-key', bad)).toThrow(/api-key holds characters an HTTP header cannot carry/);
      expect(() => parseCredential('api-key', bad)).not.toThrow(/abc/);
    }
  });
  it('auto plans on pull requests and merge queues, syncs otherwise', () => {
    for (const event of ['pull_request', 'pull_request_target', 'merge_group']) expect(resolveMode('auto', event)).toBe('plan');
    for (const event of ['push', 'workflow_dispatch', 'schedule', undefined]) expect(resolveMode('auto', event)).toBe('sync');
    expect(resolveMode('sync', 'pull_request')).toBe('sync');
  });
  it('booleans are exactly true or false', () => {
    expect(parseBoolean('x', 'true')).toBe(true);
    expect(parseBoolean('x', 'False')).toBe(false);
    expect(() => parseBoolean('x', 'yes')).toThrow(/true or false/);
  });
  it('shards', () => {
    expect(parseShard('shard', '2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('shard', '')).toBeUndefined();
    for (const bad of ['0/4', '5/4', '2', 'a/b']) expect(() => parseShard('shard', bad)).toThrow(/shard/);
  });
});

describe('misc', () => {
  it('did you mean', () => {
    expect(closest('gendr', ['gender', 'keywords'])).toBe('gender');
    expect(closest('lipsync_inptu', ['lipsync_input', 'consent_video'])).toBe('lipsync_input');
    expect(closest('zzzzzz', ['gender'])).toBeUndefined();
  });
  it('default lockfile', () => {
    expect(defaultLockfile('avatars.yml')).toBe('avatars.lock.json');
    expect(defaultLockfile('config/team.yaml')).toBe('config/team.lock.json');
  });
  it('markdown cells render user text as text', () => {
    expect(cell('a|b <script> `x`')).toBe('a&#124;b &lt;script&gt; &#96;x&#96;');
  });
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

function avatar(key: string, sha: string, extra: Partial<ResolvedAvatar['fields']> = {}): ResolvedAvatar {
  return {
    key,
    fields: { creator_name: key, gender: 'f', ...extra },
    lipsync: { kind: 'file', path: `media/${key}.mp4`, absolutePath: `/ws/media/${key}.mp4`, size: 10, sha256: sha, contentType: 'video/mp4' },
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
