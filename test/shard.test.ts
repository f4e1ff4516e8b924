/**
 * Sharding over a job matrix: four shards run at once against one emulator, each in its
 * own checkout as separate runners would, then their lockfiles are merged.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { BIN, runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { LIST_MODES, readLock } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
const emus: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(emus.splice(0).map((e) => e.close()));
});

const N = 200;

function files(): Record<string, string | Buffer> {
  const out: Record<string, string | Buffer> = {
    'avatars.yml': 'version: 1\ndefaults:\n  gender: m\n  video_scene: office\navatars:\n  - lipsync_input: "media/**/*.mp4"\n    creator_name: "Actor {stem}"\n',
  };
  for (let i = 0; i < N; i++) out[`media/g${i % 7}/a${i}.mp4`] = video(`shard-${i}`, 256);
  return out;
}

type Lock = { avatars: Record<string, Record<string, unknown>> };

/** The lockfile with what differs between two honest runs (ids, times) taken out. */
function normalised(lock: Lock): Lock {
  const avatars: Lock['avatars'] = {};
  for (const [key, entry] of Object.entries(lock.avatars)) {
    const { id: _id, created_at: _c, updated_at: _u, ...rest } = entry;
    avatars[key] = rest;
  }
  return { avatars };
}

describe.each(LIST_MODES)('shards, with a list that %ss avatars under review', (listPending) => {
  it('4 shards in parallel create exactly 200 avatars; the merged lockfile equals an unsharded one', async () => {
    const emu = await emulator({ quota: 10_000, listPending });
    emus.push(emu);
    const base = makeWorkspace(files());
    const checkouts = [1, 2, 3, 4].map(() => {
      const ws = makeWorkspace();
      cpSync(base, ws, { recursive: true });
      return ws;
    });
    const runs = await Promise.all(
      checkouts.map((workspace, i) => runAction({ workspace, inputs: apiInputs(emu, { shard: `${i + 1}/4`, concurrency: '4' }) })),
    );
    for (const run of runs) expect(run.code, run.all.slice(-2000)).toBe(0);
    const perShard = runs.map((r) => (JSON.parse(r.outputs.created!) as string[]).length);
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(N);
    expect(perShard.every((n) => n > 20)).toBe(true); // a real split, not one shard doing all

    const merge = spawnSync(
      process.execPath,
      [BIN, 'merge', '--lockfile', 'avatars.lock.json', ...checkouts.map((c) => join(c, 'avatars.lock.json'))],
      { cwd: base, encoding: 'utf8' },
    );
    expect(merge.status, merge.stderr).toBe(0);
    const merged = readLock<Lock>(base);
    const personas = emu.state().personas.map((p) => p.persona);
    expect(personas).toHaveLength(N);
    expect(new Set(personas.map((p) => p.creator_name)).size).toBe(N);
    expect(new Set(Object.values(merged.avatars).map((e) => e.id))).toEqual(new Set(personas.map((p) => p.id)));

    // the same manifest, unsharded, against a fresh account
    const solo = await emulator({ quota: 10_000, listPending });
    emus.push(solo);
    const single = makeWorkspace(files());
    const run = await runAction({ workspace: single, inputs: apiInputs(solo, { concurrency: '8' }) });
    expect(run.code, run.all.slice(-2000)).toBe(0);
    const unsharded = readLock<Lock>(single);
    expect(normalised(merged)).toEqual(normalised(unsharded));

    // a shard that disagrees is refused
    const again = spawnSync(
      process.execPath,
      [BIN, 'merge', '--lockfile', join(base, 'fresh.lock.json'), join(single, 'avatars.lock.json'), join(checkouts[0]!, 'avatars.lock.json')],
      { cwd: base, encoding: 'utf8' },
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/the lockfiles disagree on \d+ avatar/);
  }, 240_000);
});
