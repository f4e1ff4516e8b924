/**
 * A pull request's quota line counts as freed only the slots the merge's sync would free
 * before its creates: a sync deletes only ids the account's list shows, so an orphan still
 * under review on an account whose list hides such avatars frees nothing, and the line
 * must not promise its slot.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import type { RunResult } from '../src/engine/result.js';
import { lookUpQuota } from '../src/github/quota.js';
import { quotaLine } from '../src/report/quota.js';
import { runAction } from './helpers/action.js';
import { API_ID, API_KEY, apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace, addFile } from './helpers/workspace.js';
import { startFakeGitHub, type FakeGitHub } from './fakes/github-api.js';
import { GITHUB_TOKEN, pullRequestEnv, pushEnv } from './fakes/github-env.js';

afterAll(cleanupWorkspaces);
let api: FakeGitHub | undefined;
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await Promise.all([api?.close(), emu?.close()]);
  api = undefined;
  emu = undefined;
});

const HEAD = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';

function manifest(names: string[]): string {
  const lines = names.map((name) => `  - creator_name: ${name}\n    lipsync_input: https://cdn.example.com/${name}.mp4\n`);
  return `version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n${lines.join('')}`;
}

/** A push to main, the repository's default branch: where a sync deletes. */
function mergeEnv(github: FakeGitHub): Record<string, string> {
  const event = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: HEAD, repository: { default_branch: 'main' } }));
  return { ...pushEnv(github, { sha: HEAD }), GITHUB_EVENT_PATH: event };
}

/** An account with room for 3, full with Ann, Bob and Cy, all still under review; then Ann leaves the manifest for Dee. */
async function orphanUnderReview(e: RunningEmulator): Promise<string> {
  const workspace = makeWorkspace({ 'avatars.yml': manifest(['Ann', 'Bob', 'Cy']) });
  const first = await runAction({ workspace, inputs: apiInputs(e) });
  expect(first.code, first.all).toBe(0);
  expect(e.state().personas.every(({ persona }) => persona.is_active === false)).toBe(true);
  addFile(workspace, 'avatars.yml', manifest(['Bob', 'Cy', 'Dee']));
  return workspace;
}

describe("a pull request's quota line and an orphan still under review", () => {
  it('on an account whose list hides it: not counted as freed, and the merge would indeed fail on quota', async () => {
    api = await startFakeGitHub();
    emu = await emulator({ quota: 3, listPending: 'hide' });
    const workspace = await orphanUnderReview(emu);
    const inputs = { 'github-token': GITHUB_TOKEN, ...apiInputs(emu), mode: 'auto', prune: 'orphaned' };

    const plan = await runAction({ workspace, inputs, env: pullRequestEnv(api, { number: 7, headSha: HEAD }) });
    expect(plan.code, plan.all).toBe(0);
    const body = api.comments.get(7)![0]!.body;
    expect(body).toContain('Quota: 1 to create but the Creatify account has room for 0 (3 of 3 used');
    expect(body).toContain('**a sync would fail**');
    expect(body).toContain("Not counted as freed: 1 that prune would delete: a sync deletes only the avatars the account's list shows");
    expect(api.statuses[0]!.description).toBe('1 to create, 0 to replace; the Creatify quota has room for 0 only');

    // what the line foretold: the merge's sync keeps Ann (not listed) and fails on quota
    const merged = await runAction({ workspace, inputs: { ...inputs, mode: 'sync' }, env: mergeEnv(api) });
    expect(merged.code, merged.all).toBe(1);
    expect(merged.all).toContain('QUOTA_EXCEEDED');
    expect(emu.state().requests.byRoute['DELETE /api/personas/{id}/'] ?? 0).toBe(0);
  }, 60_000);

  it('on an account whose list shows it: counted as freed, and the merge fits', async () => {
    api = await startFakeGitHub();
    emu = await emulator({ quota: 3, listPending: 'show' });
    const workspace = await orphanUnderReview(emu);
    const inputs = { 'github-token': GITHUB_TOKEN, ...apiInputs(emu), mode: 'auto', prune: 'orphaned' };

    const plan = await runAction({ workspace, inputs, env: pullRequestEnv(api, { number: 7, headSha: HEAD }) });
    expect(plan.code, plan.all).toBe(0);
    expect(api.comments.get(7)![0]!.body).toContain('Quota: 3 of 3 custom avatars used, 1 of them deleted by prune first; the 1 to create fit.');

    const merged = await runAction({ workspace, inputs: { ...inputs, mode: 'sync' }, env: mergeEnv(api) });
    expect(merged.code, merged.all).toBe(0);
    expect(emu.state().requests.byRoute['DELETE /api/personas/{id}/']).toBe(1);
  }, 60_000);
});

describe('the quota lookup of a plan', () => {
  /** A plan that would create one avatar and delete an orphaned key K: its older id `old` first, then its own id `own`. */
  function plan(old: string, own: string): RunResult {
    return {
      mode: 'plan',
      manifest: 'avatars.yml',
      lockfile: 'avatars.lock.json',
      lockfileChanged: false,
      avatars: [{ key: 'Dee', creator_name: 'Dee', id: null, status: 'planned', action: 'create', source: 'x', sha256: null }],
      created: [],
      orphaned: [{ key: 'K', id: own }],
      superseded: [],
      deleted: [],
      wouldDelete: [
        { key: 'K', id: old, reason: 'orphaned' },
        { key: 'K', id: own, reason: 'orphaned' },
      ],
    };
  }

  it("counts no orphan's own id while an older id of its key stays, and nothing when the list cannot be read", async () => {
    emu = await emulator({ quota: 2, listPending: 'hide' });
    const workspace = makeWorkspace({ 'avatars.yml': manifest(['Ann', 'Bob']) });
    expect((await runAction({ workspace, inputs: apiInputs(emu) })).code).toBe(0);
    const [old, own] = emu.state().personas.map(({ persona }) => persona.id);
    // the key's own avatar reviewed and listed; its older one still under review, left out
    expect((await fetch(`${emu.url}/_emulator/personas/${own!}/approve`, { method: 'POST' })).status).toBe(200);
    const settings = { url: emu.url, apiId: API_ID, apiKey: API_KEY, requestTimeoutMs: 5_000 };

    const kept = await lookUpQuota(settings, plan(old!, own!));
    expect('quota' in kept && quotaLine(kept.quota)).toBe(
      "Quota: 1 to create but the Creatify account has room for 0 (2 of 2 used): **a sync would fail**. Not counted as freed: 2 that prune would delete: a sync deletes only the avatars the account's list shows, which may leave out those under review.",
    );

    emu.setFaults({ queue: [{ method: 'GET', route: '/api/personas_v2/', kind: '500', times: 5 }] });
    const unread = await lookUpQuota(settings, plan(old!, own!));
    expect('quota' in unread && unread.quota).toMatchObject({ max: 2, current: 2, planned: 1 });
    expect('quota' in unread && quotaLine(unread.quota)).toContain("Not counted as freed: the 2 that prune would delete, as the account's list could not be read.");
  }, 60_000);
});
