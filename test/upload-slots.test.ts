/**
 * Upload slots: `concurrency` bounds the requests in flight, not the avatars being worked
 * on, so a create that settles (looks for a lost answer's avatar) lets others upload.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { expectExactlyOnce, manyAvatars } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

describe('upload slots', () => {
  it('a create settling after a lost answer holds no slot: the next avatar is created meanwhile', async () => {
    emu = await emulator();
    // the first create's connection drops with no answer: it settles for request-timeout (5 s)
    emu.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind: 'drop', times: 1 }] });
    const workspace = makeWorkspace(manyAvatars(2));
    const run = await runAction({ workspace, inputs: apiInputs(emu, { concurrency: '1', 'request-timeout': '5s' }) });
    expect(run.code, run.all.slice(-3000)).toBe(0);
    const names = emu.state().personas.map((p) => p.persona.creator_name);
    // with one slot held through the settle period, Person p0000 would be created first
    expect(names).toEqual(['Person p0001', 'Person p0000']);
    expectExactlyOnce(emu, workspace, 2);
  }, 60_000);
});
