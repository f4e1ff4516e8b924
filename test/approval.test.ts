/**
 * Whole-action waits for Creatify's review, against the emulator as a real server:
 * approval, rejection, timeout (fail and warn), faults during the wait, cancellation.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { ids, readLock } from './helpers/exactly-once.js';
import { hostileProxy, type HostileProxy } from './helpers/hostile-proxy.js';
import { addFile, cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
let proxy: HostileProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await emu?.close();
  emu = undefined;
});

const TWO = `version: 1
defaults:
  gender: f
  video_scene: office
avatars:
  - lipsync_input: "media/*.mp4"
    creator_name: "{stem}"
`;

function twoAvatars(names: [string, string] = ['ana', 'bo']): string {
  return makeWorkspace({ 'avatars.yml': TWO, [`media/${names[0]}.mp4`]: video(names[0]), [`media/${names[1]}.mp4`]: video(names[1]) });
}

const WAIT = { 'wait-for-approval': 'true', 'poll-interval': '1s' };

describe('waiting for approval', () => {
  it('waits until both avatars are approved, with one list call per poll and no single GET', async () => {
    emu = await emulator({ approveAfterMs: 2500 });
    const workspace = twoAvatars();
    const run = await runAction({ workspace, inputs: apiInputs(emu, { ...WAIT, timeout: '2m' }) });
    expect(run.code, run.all).toBe(0);
    const created = ids(run.outputs.created);
    expect(created).toHaveLength(2);
    expect(new Set(ids(run.outputs.approved))).toEqual(new Set(created));
    expect(ids(run.outputs.pending)).toEqual([]);
    expect(run.stdout).toMatch(/::group::Waiting up to 2m for Creatify to approve 2 avatar\(s\)/);
    expect(run.stdout).toMatch(/\[1\] approved 0 of 2; pending: ana, bo; elapsed \d+m?s, .* left/);
    // the verdict comes after the group, where a folded log still shows it
    const end = run.stdout.lastIndexOf('::endgroup::');
    expect(run.stdout.indexOf('All 2 avatar(s) approved')).toBeGreaterThan(end);
    const lock = readLock(workspace);
    expect(Object.values(lock.avatars).map((e) => e.status)).toEqual(['approved', 'approved']);
    const byRoute = emu.state().requests.byRoute;
    expect(byRoute['GET /api/personas_v2/']).toBeGreaterThanOrEqual(2);
    expect(byRoute['GET /api/personas/{id}/'] ?? 0).toBe(0);
  });

  it('waits for the avatars pending from an earlier run too, not only those created now', async () => {
    // long enough that the earlier avatars are still under review at the second run's first
    // check on a loaded machine (two runs' start-up and uploads come before it)
    emu = await emulator({ approveAfterMs: 10_000 });
    const workspace = twoAvatars();
    const first = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(first.code, first.all).toBe(0);
    const earlier = ids(first.outputs.created);
    addFile(workspace, 'media/cy.mp4', video('cy'));
    const run = await runAction({ workspace, inputs: apiInputs(emu, { ...WAIT, timeout: '2m' }) });
    expect(run.code, run.all).toBe(0);
    const created = ids(run.outputs.created);
    expect(created).toHaveLength(1);
    expect(run.stdout).toMatch(/\[1\] approved 0 of 3; pending: ana, bo, cy;/);
    expect(new Set(ids(run.outputs.approved))).toEqual(new Set([...earlier, ...created]));
    expect(Object.values(readLock(workspace).avatars).map((e) => e.status)).toEqual(['approved', 'approved', 'approved']);
  });

  it('fails the step on a rejected avatar, with its failed_reason', async () => {
    emu = await emulator({ approveAfterMs: 2000, rejectPattern: /^bo$/ });
    const workspace = twoAvatars();
    const run = await runAction({ workspace, inputs: apiInputs(emu, { ...WAIT, timeout: '2m' }) });
    expect(run.code, run.all).toBe(1);
    expect(run.stdout).toMatch(/::error::bo \([0-9a-f-]{36}\) was rejected by Creatify: Rejected in review: the lipsync video must show one person/);
    const failed = ids(run.outputs.failed);
    expect(failed).toHaveLength(1);
    expect(readLock(workspace).avatars.bo).toMatchObject({ id: failed[0], status: 'rejected', failed_reason: expect.stringMatching(/^Rejected in review/) });
  });

  it('stops at the timeout, changes nothing on Creatify, and fails saying how to check later', async () => {
    emu = await emulator({ approveAfterMs: 10 * 60_000 });
    const workspace = twoAvatars();
    const started = Date.now();
    const run = await runAction({ workspace, inputs: apiInputs(emu, { ...WAIT, timeout: '3s' }) });
    const elapsed = Date.now() - started;
    expect(run.code, run.all).toBe(1);
    // timeout + one poll interval + start-up, uploads and a loaded machine
    expect(elapsed).toBeLessThan(3_000 + 1_000 + 15_000);
    expect(run.stdout).toMatch(/::error::timed out after 3s with 2 of 2 avatar\(s\) still under review: ana, bo.*mode: status/);
    expect(ids(run.outputs.pending)).toHaveLength(2);
    expect(ids(run.outputs.approved)).toEqual([]);
    expect(Object.values(readLock(workspace).avatars).map((e) => e.status)).toEqual(['pending', 'pending']);
    const state = emu.state();
    expect(state.personas).toHaveLength(2);
    expect(Object.keys(state.requests.byRoute).filter((r) => r.startsWith('POST'))).toEqual(['POST /api/personas_v2/']);
  });

  it('with on-timeout: warn, exits 0 with the ids pending and a warning', async () => {
    emu = await emulator({ approveAfterMs: 10 * 60_000 });
    const workspace = twoAvatars();
    const run = await runAction({ workspace, inputs: apiInputs(emu, { ...WAIT, timeout: '2s', 'on-timeout': 'warn' }) });
    expect(run.code, run.all).toBe(0);
    const created = ids(run.outputs.created);
    expect(new Set(ids(run.outputs.pending))).toEqual(new Set(created));
    expect(run.stdout).toMatch(/::warning::timed out after 2s with 2 of 2 avatar\(s\) still under review.*check again later with mode: status/);
    expect(readLock(workspace).avatars.ana!.status).toBe('pending');
  });

  it('rides out 5xx, 429 and unreadable answers on the list without ending early or missing the approval', async () => {
    emu = await emulator({ approveAfterMs: 4000 });
    const list = { method: 'GET', route: '/api/personas_v2/' };
    emu.setFaults({
      queue: [
        { ...list, kind: '503', times: 2 },
        { ...list, kind: '429', retryAfterSeconds: 1 },
        { ...list, kind: '500' },
        { ...list, kind: '502' },
      ],
    });
    // an HTML page with status 200 (a captive portal) is no answer of Creatify's: a proxy sends it
    proxy = await hostileProxy(emu.url);
    proxy.setFaults({ queue: [{ method: 'GET', path: '/api/personas_v2/', kind: 'html-200', times: 2 }] });
    const workspace = twoAvatars();
    const run = await runAction({ workspace, inputs: apiInputs(proxy, { ...WAIT, timeout: '2m' }) });
    expect(run.code, run.all).toBe(0);
    expect(ids(run.outputs.approved)).toHaveLength(2);
    const state = emu.state();
    expect(state.faults.injected.filter((f) => f.route === '/api/personas_v2/')).toHaveLength(5);
    expect(proxy.injected.map((f) => f.kind)).toEqual(['html-200', 'html-200']);
    // the client re-reads a failed or unreadable list answer (a read changes nothing), and
    // every one of the seven faults was met and ridden out
    expect(run.stdout.match(/retrying GET \/api\/personas_v2\/: /g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    // the backoff between seven faults alone takes half a minute
  }, 120_000);

  // on Windows a signal sent to a child kills it outright
  it.skipIf(process.platform === 'win32')('writes the outputs and a valid lockfile when cancelled with SIGTERM during the wait', async () => {
    emu = await emulator({ approveAfterMs: 10 * 60_000 });
    const workspace = twoAvatars();
    const started = Date.now();
    const run = await runAction({
      workspace,
      inputs: apiInputs(emu, { ...WAIT, timeout: '10m' }),
      killWhen: { pattern: /\[1\] approved 0 of 2/, signal: 'SIGTERM' },
    });
    const elapsed = Date.now() - started;
    expect(run.signal).toBeNull();
    expect(run.code, run.all).toBe(1);
    expect(elapsed).toBeLessThan(30_000);
    expect(run.stdout).toMatch(/SIGTERM received/);
    expect(run.stdout).toMatch(/::error::cancelled while waiting for approval, with 2 avatar\(s\) still under review: ana, bo; every id is in the lockfile; check again later with mode: status/);
    const pending = ids(run.outputs.pending);
    expect(pending).toHaveLength(2);
    const lock = readLock(workspace);
    expect(Object.values(lock.avatars).map((e) => e.id).sort()).toEqual([...pending].sort());
    expect(Object.values(lock.avatars).every((e) => e.status === 'pending')).toBe(true);
  });
});
