/** Manifests of many avatars, the lockfile and id outputs as read back, and the check that each exists exactly once, recorded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { Lockfile } from '../../src/lock/schema.js';
import { video } from './workspace.js';

/** A manifest with one glob over `n` small videos named `<prefix>0000.mp4`… */
export function manyAvatars(n: number, prefix = 'p'): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    'avatars.yml': 'version: 1\ndefaults:\n  gender: nb\n  video_scene: office\navatars:\n  - lipsync_input: "media/*.mp4"\n    creator_name: "Person {stem}"\n',
  };
  for (let i = 0; i < n; i++) files[`media/${prefix}${String(i).padStart(4, '0')}.mp4`] = video(`${prefix}${i}`, 512);
  return files;
}

/**
 * The lockfile `file` (relative to `workspace`) as written, parsed but not validated:
 * it must always be valid JSON. `T` narrows or widens the shape a test reads.
 */
export function readLock<T = Lockfile>(workspace: string, file = 'avatars.lock.json'): T {
  return JSON.parse(readFileSync(join(workspace, file), 'utf8')) as T;
}

/** A list-of-ids output (`created`, `approved`, `pending`, `failed`), parsed. */
export function ids(value: string | undefined): string[] {
  return JSON.parse(value ?? 'null') as string[];
}

/** The lockfile's ids, with no create left marked in flight. */
export function lockIds(workspace: string): string[] {
  const lock = readLock(workspace);
  expect(lock.in_flight ?? {}).toEqual({});
  return Object.values(lock.avatars).map((e) => e.id);
}

/** `n` avatars on the emulator, all with distinct names, each recorded in the lockfile. */
export function expectExactlyOnce(emu: RunningEmulator, workspace: string, n: number): void {
  const personas = emu.state().personas.map((p) => p.persona);
  expect(personas).toHaveLength(n);
  expect(new Set(personas.map((p) => p.creator_name)).size).toBe(n);
  expect(new Set(lockIds(workspace))).toEqual(new Set(personas.map((p) => p.id)));
}
