/** Manifests of many avatars, and the check that each exists exactly once, recorded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { video } from './workspace.js';

/** A manifest with one glob over `n` small videos named `<prefix>0000.mp4`… */
export function manyAvatars(n: number, prefix = 'p'): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    'avatars.yml': 'version: 1\ndefaults:\n  gender: nb\navatars:\n  - lipsync_input: "media/*.mp4"\n    creator_name: "Person {stem}"\n',
  };
  for (let i = 0; i < n; i++) files[`media/${prefix}${String(i).padStart(4, '0')}.mp4`] = video(`${prefix}${i}`, 512);
  return files;
}

export function readLock(workspace: string): { avatars: Record<string, { id: string }>; in_flight?: object } {
  return JSON.parse(readFileSync(join(workspace, 'avatars.lock.json'), 'utf8')) as { avatars: Record<string, { id: string }>; in_flight?: object };
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
