/**
 * `prune` through the whole action against the emulator with a quota of 3: what it deletes,
 * when, where it only lists, and how every delete stays on record.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import type { Lockfile } from '../src/lock/schema.js';
import { lookUpQuota } from '../src/github/quota.js';
import type { RunResult } from '../src/engine/result.js';
import { quotaLine } from '../src/report/quota.js';
import { runAction, type ActionRun } from './helpers/action.js';
import { cli } from './helpers/cli.js';
import { API_ID, API_KEY, apiInputs, emulator } from './helpers/emulator.js';
import { ids, readLock } from './helpers/exactly-once.js';
import { addFile, cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

/** A manifest of URL avatars, `name: version` (the version is in the URL: a new one is a replace). */
function manifest(avatars: Record<string, number>): string {
  const lines = Object.entries(avatars).map(([name, v]) => `  - creator_name: ${name}\n    lipsync_input: https://cdn.example.com/${name}-v${v}.mp4\n`);
  return `version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n${lines.join('')}`;
}

const deletes = (e: RunningEmulator): number => e.state().requests.byRoute['DELETE /api/personas/{id}/'] ?? 0;
const onAccount = (e: RunningEmulator): string[] => e.state().personas.map((p) => p.persona.id);

async function sync(workspace: string, e: RunningEmulator, extra: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace, inputs: apiInputs(e, { 'poll-interval': '1s', timeout: '60s', ...extra }), env });
}

/** Three avatars made by a first sync, on an account with room for 3. */
async function threeMade(): Promise<{ workspace: string; e: RunningEmulator; lock: Lockfile }> {
  const e = (emu = await emulator({ quota: 3 }));
  const workspace = makeWorkspace({ 'avatars.yml': manifest({ Ann: 1, Bob: 1, Cy: 1 }) });
  const first = await sync(workspace, e);
  expect(first.code, first.all).toBe(0);
  return { workspace, e, lock: readLock(workspace) };
}

/** The GitHub environment of a run: the event, its branch and the default branch in its payload. */
function github(workspace: string, event: string, branch: string, defaultBranch = 'main'): Record<string, string> {
  const payload = join(workspace, '..', `event-${Math.random().toString(36).slice(2)}.json`);
  const pr = event === 'pull_request' ? { pull_request: { number: 7, head: { sha: 'b'.repeat(40) } } } : {};
  writeFileSync(payload, JSON.stringify({ repository: { default_branch: defaultBranch }, ...pr }));
  return {
    GITHUB_REPOSITORY: 'acme/avatars',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: payload,
    GITHUB_REF: event === 'pull_request' ? 'refs/pull/7/merge' : `refs/heads/${branch}`,
  };
}

describe('prune: orphaned', () => {
  it('deletes a removed key before the creates of the same run, making room for them', async () => {
    const { workspace, e, lock } = await threeMade();
    const ann = lock.avatars.Ann!.id;
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1, Dee: 1 }));

    const run = await sync(workspace, e, { prune: 'orphaned' });
    expect(run.code, run.all).toBe(0);
    expect(ids(run.outputs.deleted)).toEqual([ann]);
    expect(JSON.parse(run.outputs.counts!)).toMatchObject({ deleted: 1, create: 1 });
    expect(deletes(e)).toBe(1);
    expect(onAccount(e)).not.toContain(ann);
    expect(onAccount(e)).toHaveLength(3);
    // the DELETE went out before the create
    expect(run.all.indexOf(`Deleted Ann: ${ann}`)).toBeLessThan(run.all.indexOf('Creatify quota'));
    const after = readLock(workspace);
    expect(Object.keys(after.avatars)).toEqual(['Bob', 'Cy', 'Dee']);
    expect(after.deleted?.[ann]).toMatchObject({ key: 'Ann', creator_name: 'Ann', reason: 'orphaned' });
    expect(after.deleted?.[ann]?.deleted_at).toBeDefined();
    expect(run.summary).toContain('Deleted from Creatify');

    // nothing is deleted twice
    const again = await sync(workspace, e, { prune: 'all' });
    expect(again.code, again.all).toBe(0);
    expect(ids(again.outputs.deleted)).toEqual([]);
    expect(deletes(e)).toBe(1);
  });

  it('with prune none deletes nothing, and the quota error names what prune would free', async () => {
    const { workspace, e, lock } = await threeMade();
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1, Dee: 1 }));
    const run = await sync(workspace, e);
    expect(run.code).toBe(1);
    expect(deletes(e)).toBe(0);
    expect(run.all).toContain('room for 0');
    expect(run.all).toContain(`prune: all would free 1 slot(s) on the default branch, held by avatars the lockfile no longer uses: Ann ${lock.avatars.Ann!.id} (orphaned)`);
    expect(Object.keys(readLock(workspace).avatars)).toEqual(['Ann', 'Bob', 'Cy']);
  });

  it('never sends a DELETE for an id outside the lockfile, even one of the same name', async () => {
    const { workspace, e, lock } = await threeMade();
    e.configure({ quota: 5 });
    // an avatar of the same name, made by hand on the account
    const answer = await fetch(`${e.url}/api/personas/`, {
      method: 'POST',
      headers: { 'x-api-id': API_ID, 'x-api-key': API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ creator_name: 'Ann', gender: 'f', video_scene: 'office', lipsync_input: 'https://cdn.example.com/hand.mp4' }),
    });
    const byHand = ((await answer.json()) as { id: string }).id;
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const run = await sync(workspace, e, { prune: 'all' });
    expect(run.code, run.all).toBe(0);
    expect(ids(run.outputs.deleted)).toEqual([lock.avatars.Ann!.id]);
    expect(deletes(e)).toBe(1);
    expect(onAccount(e)).toContain(byHand);
  });

  it('a refused delete keeps the entry, says why, and fails the run', async () => {
    const { workspace, e, lock } = await threeMade();
    e.configure({ refuseDeletes: 403 });
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const run = await sync(workspace, e, { prune: 'orphaned' });
    expect(run.code).toBe(1);
    expect(run.all).toContain(`Creatify refused a delete: Ann (${lock.avatars.Ann!.id}): HTTP 403: You do not have permission to perform this action.; the lockfile keeps it`);
    expect(ids(run.outputs.deleted)).toEqual([]);
    const after = readLock(workspace);
    expect(after.avatars.Ann?.id).toBe(lock.avatars.Ann!.id);
    expect(after.deleted).toBeUndefined();
    expect(onAccount(e)).toHaveLength(3);
  });
});

describe('prune: superseded', () => {
  it('deletes a replaced id once the new one is approved: in the run that waits, else in a later status run', async () => {
    const e = (emu = await emulator({ quota: 3, approveAfterMs: 500 }));
    const workspace = makeWorkspace({ 'avatars.yml': manifest({ Ann: 1 }) });
    const wait = { 'wait-for-approval': 'true', prune: 'superseded' };
    expect((await sync(workspace, e, wait)).code).toBe(0);
    const v1 = readLock(workspace).avatars.Ann!.id;

    addFile(workspace, 'avatars.yml', manifest({ Ann: 2 }));
    const second = await sync(workspace, e, wait);
    expect(second.code, second.all).toBe(0);
    const v2 = readLock(workspace).avatars.Ann!.id;
    expect(ids(second.outputs.deleted)).toEqual([v1]);
    expect(onAccount(e)).toEqual([v2]);
    expect(readLock(workspace).avatars.Ann!.superseded).toBeUndefined();

    // without a wait the new one is pending at the end of the sync: the old one stays
    e.configure({ quota: 3 });
    addFile(workspace, 'avatars.yml', manifest({ Ann: 3 }));
    const third = await sync(workspace, e, { prune: 'superseded' });
    expect(third.code, third.all).toBe(0);
    expect(ids(third.outputs.deleted)).toEqual([]);
    const v3 = readLock(workspace).avatars.Ann!.id;
    expect(onAccount(e)).toEqual([v2, v3]);

    const status = await runAction({ workspace, inputs: apiInputs(e, { mode: 'status', prune: 'superseded', 'wait-for-approval': 'true', 'poll-interval': '1s' }) });
    expect(status.code, status.all).toBe(0);
    expect(ids(status.outputs.deleted)).toEqual([v2]);
    expect(onAccount(e)).toEqual([v3]);
    expect(Object.keys(readLock(workspace).deleted ?? {}).sort()).toEqual([v1, v2].sort());
    expect(deletes(e)).toBe(2);
    // three videos for one key, and never more than two of its avatars on the account at once
    expect(e.state().count.peak_count).toBe(2);
  });
});

describe('where prune only lists', () => {
  it('a plan on a pull request lists the deletes and sends no DELETE', async () => {
    const { workspace, e, lock } = await threeMade();
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const run = await runAction({ workspace, inputs: apiInputs(e, { mode: 'auto', prune: 'orphaned' }), env: github(workspace, 'pull_request', '') });
    expect(run.code, run.all).toBe(0);
    expect(run.summary).toContain('A merge would delete from Creatify');
    expect(run.summary).toContain(lock.avatars.Ann!.id);
    expect(deletes(e)).toBe(0);
  });

  it.each([
    ['a sync on a pull request', 'pull_request', '', 'on a pull request'],
    ['a sync on another branch', 'push', 'feature', 'on feature, which is not the default branch main'],
  ])('%s lists them with a warning and deletes nothing', async (_name, event, branch, why) => {
    const { workspace, e, lock } = await threeMade();
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const run = await sync(workspace, e, { prune: 'all' }, github(workspace, event, branch));
    expect(run.code, run.all).toBe(0);
    expect(run.all).toContain(`nothing is deleted ${why}`);
    expect(run.summary).toContain('Would be deleted from Creatify by a run on the default branch');
    expect(ids(run.outputs.deleted)).toEqual([]);
    expect(deletes(e)).toBe(0);
    expect(readLock(workspace).avatars.Ann?.id).toBe(lock.avatars.Ann!.id);
  });

  it('the command line inside a workflow deletes only where the action would: on the default branch', async () => {
    const { workspace, e, lock } = await threeMade();
    const ann = lock.avatars.Ann!.id;
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const credentials = { CREATIFY_API_ID: API_ID, CREATIFY_API_KEY: API_KEY, CREATIFY_API_URL: e.url };
    const held = await cli(['sync', '--prune', 'orphaned'], workspace, { ...credentials, ...github(workspace, 'push', 'feature') });
    expect(held.code, held.stderr).toBe(0);
    expect(held.stderr).toContain('nothing is deleted on feature, which is not the default branch main');
    expect(held.stdout).toContain(`would delete on the default branch: Ann ${ann} (orphaned)`);
    expect(deletes(e)).toBe(0);

    const onMain = await cli(['sync', '--prune', 'orphaned'], workspace, { ...credentials, ...github(workspace, 'push', 'main') });
    expect(onMain.code, onMain.stderr).toBe(0);
    expect(deletes(e)).toBe(1);
    expect(onAccount(e)).not.toContain(ann);
  });

  it("a plan's quota line counts the slots its deletes free, and the command line lists them; no DELETE", async () => {
    const { workspace, e, lock } = await threeMade();
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1, Dee: 1 }));
    const plan = await cli(['plan', '--prune', 'orphaned', '--json'], workspace);
    expect(plan.code, plan.stderr).toBe(0);
    const result = JSON.parse(plan.stdout) as { would_delete: unknown[]; avatars: RunResult['avatars'] };
    expect(result.would_delete).toEqual([{ key: 'Ann', id: lock.avatars.Ann!.id, reason: 'orphaned' }]);
    const text = await cli(['plan', '--prune', 'orphaned'], workspace);
    expect(text.stdout).toContain(`would delete: Ann ${lock.avatars.Ann!.id} (orphaned)`);

    const looked = await lookUpQuota(
      { url: e.url, apiId: API_ID, apiKey: API_KEY, requestTimeoutMs: 5_000 },
      {
        mode: 'plan',
        manifest: 'avatars.yml',
        lockfile: 'avatars.lock.json',
        lockfileChanged: false,
        created: [],
        orphaned: [],
        superseded: [],
        deleted: [],
        avatars: result.avatars,
        wouldDelete: [{ key: 'Ann', id: lock.avatars.Ann!.id, reason: 'orphaned' }],
      },
    );
    expect('quota' in looked && quotaLine(looked.quota)).toBe('Quota: 3 of 3 custom avatars used, 1 of them deleted by prune first; the 1 to create fit.');
    expect(deletes(e)).toBe(0);
  });

  it('a sync on the default branch deletes', async () => {
    const { workspace, e } = await threeMade();
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const run = await sync(workspace, e, { prune: 'orphaned' }, github(workspace, 'push', 'main'));
    expect(run.code, run.all).toBe(0);
    expect(deletes(e)).toBe(1);
  });
});

describe('an id the account does not have', () => {
  it('counts as gone once another id of the lockfile reads back, and gets no DELETE', async () => {
    const { workspace, e, lock } = await threeMade();
    const ann = lock.avatars.Ann!.id;
    // deleted by hand, behind the lockfile's back
    await fetch(`${e.url}/api/personas/${ann}/`, { method: 'DELETE', headers: { 'x-api-id': API_ID, 'x-api-key': API_KEY } });
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const run = await sync(workspace, e, { prune: 'orphaned' });
    expect(run.code, run.all).toBe(0);
    expect(run.all).toContain(`Ann: ${ann} (orphaned) was gone from Creatify already`);
    expect(deletes(e)).toBe(1);
    expect(readLock(workspace).deleted?.[ann]?.deleted_at).toBeDefined();
  });

  it('stops the run when no id of the lockfile is on the account: other credentials', async () => {
    const { workspace, lock } = await threeMade();
    await emu!.close();
    // another workspace: none of the lockfile's avatars
    const other = (emu = await emulator({ quota: 3 }));
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1, Dee: 1 }));
    const run = await sync(workspace, other, { prune: 'orphaned' });
    expect(run.code).toBe(1);
    expect(run.all).toContain('the credentials may belong to another workspace; nothing was deleted');
    expect(deletes(other)).toBe(0);
    expect(other.state().personas).toHaveLength(0);
    expect(readLock(workspace).avatars.Ann?.id).toBe(lock.avatars.Ann!.id);
  });
});

describe('a delete interrupted between its mark and its tombstone', () => {
  it.each([
    ['after the DELETE went out', true],
    ['before the DELETE went out', false],
  ])('is settled by the next run %s, the id never lost nor deleted twice', async (_when, sent) => {
    const { workspace, e, lock } = await threeMade();
    const ann = lock.avatars.Ann!.id;
    if (sent) await fetch(`${e.url}/api/personas/${ann}/`, { method: 'DELETE', headers: { 'x-api-id': API_ID, 'x-api-key': API_KEY } });
    // what a run killed after writing its mark leaves: the entry and a delete under way
    const marked: Lockfile = { ...lock, deleted: { [ann]: { key: 'Ann', creator_name: 'Ann', reason: 'orphaned', started_at: new Date().toISOString() } } };
    writeFileSync(join(workspace, 'avatars.lock.json'), `${JSON.stringify(marked, null, 2)}\n`);
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const run = await sync(workspace, e, { prune: 'orphaned' });
    expect(run.code, run.all).toBe(0);
    expect(ids(run.outputs.deleted)).toEqual([ann]);
    expect(deletes(e)).toBe(1);
    expect(onAccount(e)).not.toContain(ann);
    const after = readLock(workspace);
    expect(after.avatars.Ann).toBeUndefined();
    expect(after.deleted?.[ann]?.deleted_at).toBeDefined();
  });

  it('a SIGKILL right after the mark leaves the id on record, and the rerun deletes it once', async () => {
    const { workspace, e, lock } = await threeMade();
    const ann = lock.avatars.Ann!.id;
    e.setFaults({ queue: [{ kind: 'slow', method: 'DELETE' }], slowMs: 2_000 });
    addFile(workspace, 'avatars.yml', manifest({ Bob: 1, Cy: 1 }));
    const killed = await runAction({ workspace, inputs: apiInputs(e, { prune: 'orphaned' }), killWhen: { pattern: /marked as being deleted/, signal: 'SIGKILL' } });
    expect(killed.signal).toBe('SIGKILL');
    // the mark is on disk, in the journal the next run folds in; the entry is still there
    const journal = readFileSync(join(workspace, 'avatars.lock.json.journal'), 'utf8');
    expect(journal).toContain(`"deleted":{"${ann}":{"key":"Ann"`);
    expect(journal).not.toContain('deleted_at');
    expect(readLock(workspace).avatars.Ann?.id).toBe(ann);
    const rerun = await sync(workspace, e, { prune: 'orphaned' });
    expect(rerun.code, rerun.all).toBe(0);
    expect(onAccount(e)).not.toContain(ann);
    const after = readLock(workspace);
    expect(after.avatars.Ann).toBeUndefined();
    expect(after.deleted?.[ann]?.deleted_at).toBeDefined();
    expect(deletes(e)).toBeLessThanOrEqual(2);
  });
});
