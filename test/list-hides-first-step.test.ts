/**
 * A list that leaves out only the first step of the review (`pending`, the state a create
 * answers with) and shows the later ones: the emulator's `--list-pending hide-first`. An
 * avatar listed at a later step proves nothing about a fresh one, so after a lost create
 * answer the create is never sent again: the avatar is left unconfirmed, then adopted once
 * the list shows it. The emulator's clock stands still unless the test moves it, so the
 * fresh avatar stays at its first step for the whole run.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseFlags } from '../src/cli/args.js';
import { emulatorOptions } from '../src/cli/emulator-command.js';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { API_ID, API_KEY, apiInputs, emulator } from './helpers/emulator.js';
import { expectExactlyOnce, expectNoneLostOrTwice, readLock } from './helpers/exactly-once.js';
import { addFile, cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

/** A tenth of the emulator's review time (60 s in tests, six steps): moves an avatar two steps on. */
const TWO_STEPS_MS = 20_000;

function manifest(names: string[]): string {
  const lines = names.map((name) => `  - creator_name: ${name}\n    lipsync_input: media/${name}.mp4\n`);
  return `version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n${lines.join('')}`;
}

async function listed(e: RunningEmulator): Promise<Array<{ creator_name: string; process_status: string }>> {
  const answer = await fetch(`${e.url}/api/personas_v2/`, { headers: { 'x-api-id': API_ID, 'x-api-key': API_KEY } });
  return (await answer.json()) as Array<{ creator_name: string; process_status: string }>;
}

describe('a list that hides only the first step of the review', () => {
  it('is a value of --list-pending', () => {
    expect(emulatorOptions(parseFlags(['emulator', '--list-pending', 'hide-first']).values, {})).toMatchObject({ listPending: 'hide-first' });
  });

  it.each(['500-after-create', 'drop-after-create'] as const)('%s: the lost create is never sent again, and is adopted once listed', async (kind) => {
    let now = Date.now();
    emu = await emulator({ listPending: 'hide-first', now: () => now });
    const workspace = makeWorkspace({ 'avatars.yml': manifest(['Bo']), 'media/Bo.mp4': video('bo'), 'media/Al.mp4': video('al') });
    const inputs = apiInputs(emu, { concurrency: '1', 'request-timeout': '2s' });
    const first = await runAction({ workspace, inputs });
    expect(first.code, first.all).toBe(0);
    expect(await listed(emu)).toEqual([]);
    // Bo's review moves on: listed, though not approved
    now += TWO_STEPS_MS;
    expect(await listed(emu)).toMatchObject([{ creator_name: 'Bo', process_status: 'voice_creating' }]);

    addFile(workspace, 'avatars.yml', manifest(['Bo', 'Al']));
    emu.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind }] });
    const lost = await runAction({ workspace, inputs });
    expect(emu.state().creates, 'Al created twice').toHaveLength(2);
    expectNoneLostOrTwice(emu, workspace);
    expect(lost.code, lost.all).toBe(1);
    expect(JSON.parse(lost.outputs.avatars!)).toContainEqual(expect.objectContaining({ key: 'Al', id: null, status: 'unconfirmed' }));
    expect(readLock(workspace).in_flight?.Al).toBeDefined();

    // Al's review moves on too: the next sync finds it in the list and adopts it
    now += TWO_STEPS_MS;
    const later = await runAction({ workspace, inputs });
    expect(later.code, later.all).toBe(0);
    expect(later.stdout).toMatch(/Adopted Al: .*created by an earlier run/);
    expect(emu.state().creates).toHaveLength(2);
    expectExactlyOnce(emu, workspace, 2);
  }, 60_000);
});
