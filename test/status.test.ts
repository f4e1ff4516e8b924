/**
 * Mode `status` as a whole action (and `creatify-avatars status`): no uploads, the
 * statuses of the lockfile's avatars refreshed into the lockfile and the outputs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { BIN, runAction, runNode, type NodeRun } from './helpers/action.js';
import { API_ID, API_KEY, apiInputs, emulator } from './helpers/emulator.js';
import { ids, readLock } from './helpers/exactly-once.js';
import { addFile, cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const MANIFEST = `version: 1
defaults:
  gender: m
  video_scene: office
avatars:
  - lipsync_input: "media/*.mp4"
    creator_name: "{stem}"
`;

/** A workspace synced (without waiting) against `emu`: two avatars pending in the lockfile. */
async function synced(server: RunningEmulator): Promise<{ workspace: string; created: string[] }> {
  const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/cy.mp4': video('cy'), 'media/dee.mp4': video('dee') });
  const sync = await runAction({ workspace, inputs: apiInputs(server) });
  expect(sync.code, sync.all).toBe(0);
  const created = ids(sync.outputs.created);
  expect(created).toHaveLength(2);
  expect(Object.values(readLock(workspace).avatars).map((e) => e.status)).toEqual(['pending', 'pending']);
  return { workspace, created };
}

async function admin(server: RunningEmulator, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${server.url}/_emulator/${path}`, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) });
  expect(response.status).toBe(200);
}

/** `creatify-avatars` in `cwd`, credentials from the environment; `interruptOn` sends SIGINT once stderr matches it. */
function runCli(args: string[], cwd: string, interruptOn?: RegExp): Promise<NodeRun> {
  return runNode(BIN, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', CREATIFY_API_ID: API_ID, CREATIFY_API_KEY: API_KEY },
    ...(interruptOn ? { killWhen: { pattern: interruptOn, signal: 'SIGINT', stderrOnly: true } } : {}),
    timeoutMs: 60_000,
  });
}

describe('mode status', () => {
  it('reports the approval that arrived after the sync and writes it to the lockfile, uploading nothing', async () => {
    emu = await emulator();
    const { workspace, created } = await synced(emu);
    const before = readLock(workspace);
    for (const id of created) await admin(emu, `personas/${id}/approve`);
    const creates = emu.state().creates.length;

    const run = await runAction({ workspace, inputs: apiInputs(emu, { mode: 'status' }) });
    expect(run.code, run.all).toBe(0);
    expect(new Set(ids(run.outputs.approved))).toEqual(new Set(created));
    expect(ids(run.outputs.pending)).toEqual([]);
    expect(ids(run.outputs.created)).toEqual([]);
    const avatars = JSON.parse(run.outputs.avatars!) as { key: string; status: string }[];
    expect(avatars.map((a) => [a.key, a.status])).toEqual([['cy', 'approved'], ['dee', 'approved']]);
    const lock = readLock(workspace);
    expect(Object.values(lock.avatars).map((e) => e.status)).toEqual(['approved', 'approved']);
    expect(lock.avatars.cy!.updated_at >= before.avatars.cy!.updated_at).toBe(true);
    expect(run.stdout).toMatch(/approved 2 of 2/);
    const state = emu.state();
    expect(state.creates).toHaveLength(creates);
    expect(state.requests.byRoute['GET /api/personas/{id}/'] ?? 0).toBe(0);
  });

  it('clears the mark of an upload an earlier run never sent whole, wherever the list stands', async () => {
    emu = await emulator({ listPending: 'hide' });
    const { workspace } = await synced(emu);
    addFile(workspace, 'media/eve.mp4', video('eve'));
    const lock = readLock(workspace);
    // a run killed before the upload's last bytes: `begin` written, never `sent`
    const begun = { creator_name: 'eve', fields_digest: 'f'.repeat(64), sha256: null, started_at: new Date().toISOString(), upload: true };
    writeFileSync(join(workspace, 'avatars.lock.json'), `${JSON.stringify({ ...lock, in_flight: { eve: begun } }, null, 2)}\n`);

    const run = await runAction({ workspace, inputs: apiInputs(emu, { mode: 'status' }) });
    expect(run.code, run.all).toBe(0);
    expect(run.all).not.toContain('unconfirmed: eve');
    expect(readLock(workspace).in_flight?.eve).toBeUndefined();
  });

  it('fails with the failed_reason of a rejected avatar and records it', async () => {
    emu = await emulator();
    const { workspace, created } = await synced(emu);
    await admin(emu, `personas/${created[1]}/reject`, { reason: 'Rejected in review: two people in the frame.' });
    const run = await runAction({ workspace, inputs: apiInputs(emu, { mode: 'status' }) });
    expect(run.code, run.all).toBe(1);
    expect(run.stdout).toMatch(/::error::dee \([0-9a-f-]{36}\) was rejected by Creatify: Rejected in review: two people in the frame\./);
    expect(ids(run.outputs.failed)).toEqual([created[1]]);
    expect(ids(run.outputs.pending)).toEqual([created[0]]);
    expect(readLock(workspace).avatars.dee).toMatchObject({ status: 'rejected', failed_reason: 'Rejected in review: two people in the frame.' });
  });

  it('waits for the approval when asked to', async () => {
    emu = await emulator({ approveAfterMs: 3000 });
    const { workspace, created } = await synced(emu);
    const run = await runAction({ workspace, inputs: apiInputs(emu, { mode: 'status', 'wait-for-approval': 'true', 'poll-interval': '1s', timeout: '2m' }) });
    expect(run.code, run.all).toBe(0);
    expect(new Set(ids(run.outputs.approved))).toEqual(new Set(created));
    expect(run.stdout).toMatch(/All 2 avatar\(s\) approved/);
    expect(Object.values(readLock(workspace).avatars).map((e) => e.status)).toEqual(['approved', 'approved']);
  });

  it('says to run a sync first when the lockfile lists nothing', async () => {
    emu = await emulator();
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/cy.mp4': video('cy') });
    const run = await runAction({ workspace, inputs: apiInputs(emu, { mode: 'status' }) });
    expect(run.code, run.all).toBe(0);
    expect(run.stdout).toMatch(/lists no avatars yet; run a sync first/);
    expect(emu.state().requests.total).toBe(0);
  });

  it('creatify-avatars status refreshes the lockfile from the command line', async () => {
    emu = await emulator();
    const { workspace, created } = await synced(emu);
    await admin(emu, `personas/${created[0]}/approve`);
    const cli = await runCli(['status', '--api-url', emu.url], workspace);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/^cy\s+cy\s+unchanged\s+approved\s+/m);
    expect(cli.stdout).toMatch(/^dee\s+dee\s+unchanged\s+pending\s+/m);
    expect(readLock(workspace).avatars.cy!.status).toBe('approved');
    expect(cli.stdout + cli.stderr).not.toContain(API_KEY);
  });

  // on Windows a signal sent to a child kills it outright
  it.skipIf(process.platform === 'win32')('creatify-avatars status --wait stops on Ctrl-C with the lockfile written and exit code 130', async () => {
    emu = await emulator();
    const { workspace, created } = await synced(emu);
    const started = Date.now();
    const cli = await runCli(['status', '--api-url', emu.url, '--wait', '--poll-interval', '1s', '--timeout', '10m'], workspace, /\[1\] approved 0 of 2/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(cli.code, cli.stderr).toBe(130);
    expect(cli.stderr).toMatch(/SIGINT received: stopping/);
    expect(cli.stderr).toMatch(/error: cancelled while waiting for approval, with 2 avatar\(s\) still under review: cy, dee;.*creatify-avatars status/);
    const lock = readLock(workspace);
    expect(Object.values(lock.avatars).map((e) => e.id).sort()).toEqual([...created].sort());
  });
});
