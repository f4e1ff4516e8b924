/**
 * An upload whose connection drops before its last bytes went out: the server can have
 * made nothing from an unfinished body, so the create is sent again at once, with no
 * search for an avatar that cannot exist. Where the list hides avatars under review, such
 * a create would otherwise end `unconfirmed` and fail the step.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { LIST_MODES, readLock } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const MANIFEST = 'version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n  - creator_name: Ana\n    lipsync_input: media/ana.mp4\n';
/** far more than the socket buffers hold, so the drop comes while the body is still streaming */
const VIDEO_BYTES = 24 * 1024 * 1024;

describe.each(LIST_MODES)('an upload cut short, with a list that %ss avatars under review', (listPending) => {
  it('is sent again at once and makes exactly one avatar', async () => {
    emu = await emulator({ listPending });
    // the first create's connection is destroyed as soon as it arrives, before its body is read
    emu.setFaults({ queue: [{ kind: 'drop', method: 'POST', route: '/api/personas_v2/' }] });
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/ana.mp4': video('ana', VIDEO_BYTES) });
    const run = await runAction({ workspace, inputs: apiInputs(emu, { 'request-timeout': '5s' }) });
    expect(run.code, run.all.slice(-3000)).toBe(0);
    expect(run.stdout).toMatch(/Ana: sending the create again/);
    expect(run.stdout).not.toMatch(/outcome is unknown/);
    const state = emu.state();
    expect(state.faults.injected.map((f) => f.kind)).toEqual(['drop']);
    expect(state.requests.byRoute['POST /api/personas_v2/']).toBe(2);
    // no list was needed to decide
    expect(state.requests.byRoute['GET /api/personas/'] ?? 0).toBe(0);
    expect(state.personas).toHaveLength(1);
    const lock = readLock(workspace);
    expect(lock.avatars.Ana?.id).toBe(state.personas[0]!.persona.id);
    expect(lock.in_flight ?? {}).toEqual({});
  });
});
