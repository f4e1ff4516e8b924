/** Manifests of many avatars, the lockfile and id outputs as read back, and the check that each exists exactly once, recorded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { Lockfile } from '../../src/lock/schema.js';
import { runAction } from './action.js';
import { cli } from './cli.js';
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

/**
 * Creatify does not say whether its list shows avatars under review: every exactly-once
 * test runs against an emulator that shows them, and one that hides them.
 */
export const LIST_MODES = ['show', 'hide'] as const;

/**
 * No avatar twice, none lost: every avatar on the account has its own name and is in the
 * lockfile, or its create is still marked in flight there (an unconfirmed one).
 */
export function expectNoneLostOrTwice(emu: RunningEmulator, workspace: string): void {
  const personas = emu.state().personas.map((p) => p.persona);
  expect(new Set(personas.map((p) => p.creator_name)).size, 'a name twice on the account').toBe(personas.length);
  const lock = readLock(workspace);
  const recorded = new Set(Object.values(lock.avatars).flatMap((e) => [e.id, ...(e.superseded ?? []).map((s) => s.id)]));
  const marked = new Set(Object.values(lock.in_flight ?? {}).map((m) => m.creator_name));
  const lost = personas.filter((p) => !recorded.has(p.id) && !marked.has(p.creator_name));
  expect(lost.map((p) => `${p.creator_name} ${p.id}`), 'on the account, neither recorded nor marked').toEqual([]);
}

/** Ends every review now, as Creatify would in a day: approved avatars are listed in either mode. */
export async function approveAll(emu: RunningEmulator): Promise<void> {
  for (const { persona } of emu.state().personas) {
    if (persona.is_active) continue;
    const answer = await fetch(`${emu.url}/_emulator/personas/${persona.id}/approve`, { method: 'POST' });
    expect(answer.status).toBe(200);
  }
}

/**
 * What a user does about unconfirmed creates that the account shows never became avatars
 * (once every review has ended): `creatify-avatars import <key> --not-created` for each.
 * Returns their keys.
 */
export async function clearMarksOfNothing(emu: RunningEmulator, workspace: string): Promise<string[]> {
  const names = new Set(emu.state().personas.map((p) => p.persona.creator_name));
  const lock = readLock(workspace);
  const cleared = Object.entries(lock.in_flight ?? {}).filter(([, mark]) => !names.has(mark.creator_name)).map(([key]) => key);
  for (const key of cleared) {
    const run = await cli(['import', key, '--not-created'], workspace);
    expect(run.code, run.stderr).toBe(0);
  }
  return cleared;
}

/**
 * Where the list hides avatars under review, a create whose answer was lost stays
 * unconfirmed until its review ends: approve every avatar, as Creatify would in a day,
 * run again (the lost ones are found and adopted), clear the marks of creates that made
 * nothing (as `import <key> --not-created` does), and end with exactly `n` avatars.
 */
export async function settleOnceReviewed(em: RunningEmulator, workspace: string, inputs: Record<string, string>, n: number): Promise<void> {
  expectNoneLostOrTwice(em, workspace);
  await approveAll(em);
  const found = await runAction({ workspace, inputs });
  expect(found.code, found.all.slice(-3000)).toBe(0);
  expectNoneLostOrTwice(em, workspace);
  if ((await clearMarksOfNothing(em, workspace)).length > 0) {
    const again = await runAction({ workspace, inputs });
    expect(again.code, again.all.slice(-3000)).toBe(0);
  }
  expectExactlyOnce(em, workspace, n);
}
