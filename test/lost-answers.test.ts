/**
 * A create answered with a failure after Creatify made the avatar (500 or 502 after the
 * create), or answered with a failure when it made nothing, in both list modes: the product
 * sends a create again only where the list is known to show avatars under review.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { LIST_MODES, approveAll, clearMarksOfNothing, expectExactlyOnce, expectNoneLostOrTwice, readLock } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const TWO =
  'version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n  - creator_name: B\n    lipsync_input: media/b.mp4\n';
const files = { 'avatars.yml': TWO, 'media/a.mp4': video('a'), 'media/b.mp4': video('b') };
type Output = { key: string; id: string | null; status: string };

describe.each(LIST_MODES)('lost answers, with a list that %ss avatars under review', (listPending) => {
  it.each(['500-after-create', '502-after-create'] as const)('%s: the avatar is adopted, never created twice, by the run or a later sync or status run', async (kind) => {
    emu = await emulator({ listPending });
    emu.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind }] });
    const workspace = makeWorkspace(files);
    const inputs = apiInputs(emu, { concurrency: '1', 'request-timeout': '2s' });
    const run = await runAction({ workspace, inputs });
    expect(emu.state().personas).toHaveLength(2);
    expectNoneLostOrTwice(emu, workspace);
    if (listPending === 'show') {
      expect(run.code, run.all).toBe(0);
      expect(run.all).toMatch(/A: the create's outcome is unknown .*looking for the avatar/);
      expectExactlyOnce(emu, workspace, 2);
      return;
    }
    // B, created and under review but left out of the list, shows that the list hides such avatars
    expect(run.code, run.all).toBe(1);
    const outputs = JSON.parse(run.outputs.avatars!) as Output[];
    expect(outputs.find((a) => a.key === 'A')).toMatchObject({ id: null, status: 'unconfirmed' });
    expect(run.all).toMatch(/::error.*could not create A: Creating avatar "A" may have succeeded/);
    expect(readLock(workspace).in_flight?.A).toBeDefined();
    // a later run, once the review ended, finds it: a sync, or a status run
    await approveAll(emu);
    const mode = kind === '500-after-create' ? 'status' : 'sync';
    const later = await runAction({ workspace, inputs: { ...inputs, mode } });
    expect(later.code, later.all).toBe(0);
    expect(later.stdout).toMatch(/Adopted A: .*created by an earlier run/);
    expectExactlyOnce(emu, workspace, 2);
    if (mode === 'status') expect(JSON.parse(later.outputs.approved!)).toHaveLength(2);
  }, 60_000);

  it('a 500 that made nothing: sent again once the run has seen the list show an avatar under review, else left to the user', async () => {
    emu = await emulator({ listPending });
    emu.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind: '500' }] });
    const workspace = makeWorkspace(files);
    const inputs = apiInputs(emu, { concurrency: '1' });
    const run = await runAction({ workspace, inputs });
    expect(emu.state().creates.length).toBeLessThanOrEqual(2);
    expectNoneLostOrTwice(emu, workspace);
    if (listPending === 'show') {
      // B's avatar, listed under review (while A waited, or in the look after the creates), shows A's made nothing
      expect(run.code, run.all).toBe(0);
      expect(emu.state().creates).toHaveLength(2);
      expectExactlyOnce(emu, workspace, 2);
      return;
    }
    expect(run.code, run.all).toBe(1);
    expect(emu.state().personas).toHaveLength(1);
    // a status run says so too
    const status = await runAction({ workspace, inputs: { ...inputs, mode: 'status' } });
    expect(status.all).toMatch(/::warning::unconfirmed: A: a create whose answer was lost may have made an avatar/);
    // after every review ended, nothing can show that A's create made nothing: the user says so
    await approveAll(emu);
    const later = await runAction({ workspace, inputs });
    expect(later.code, later.all).toBe(0);
    expect(later.all).toMatch(/::warning::A: a create sent at .* may have made an avatar that is not listed yet/);
    expect(await clearMarksOfNothing(emu, workspace)).toEqual(['A']);
    const settled = await runAction({ workspace, inputs });
    expect(settled.code, settled.all).toBe(0);
    expectExactlyOnce(emu, workspace, 2);
  }, 60_000);
});

describe('an unconfirmed create and a sync that waits for approval', () => {
  it('is adopted after the wait, once its review has ended and the list shows it', async () => {
    emu = await emulator({ listPending: 'hide', approveAfterMs: 4000 });
    emu.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind: '500-after-create' }] });
    const workspace = makeWorkspace(files);
    const inputs = apiInputs(emu, { concurrency: '1' });
    const first = await runAction({ workspace, inputs });
    expect(first.code, first.all).toBe(1);
    expect(readLock(workspace).in_flight?.A).toBeDefined();

    // A is held (a warning), the wait covers B, and after it A is listed: adopted
    const waited = await runAction({ workspace, inputs: { ...inputs, 'wait-for-approval': 'true', 'poll-interval': '1s', timeout: '60s' } });
    expect(waited.code, waited.all).toBe(0);
    expect(waited.stdout).toMatch(/Adopted A: .*created by an earlier run/);
    expectExactlyOnce(emu, workspace, 2);
    expect(JSON.parse(waited.outputs.approved!)).toHaveLength(2);
  }, 60_000);
});
