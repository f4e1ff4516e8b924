/**
 * Pull-request checks through the built action against a fake GitHub API: the commit
 * status on the head, the check run, one sticky comment found again on any page, a
 * fork's 403 as a warning, and manifest errors as annotations sent 50 at a time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';
import { startFakeGitHub } from './fakes/github-api.js';
import type { FakeGitHub } from './fakes/github-api.js';
import { GITHUB_TOKEN, pullRequestEnv } from './fakes/github-env.js';

afterAll(cleanupWorkspaces);
let api: FakeGitHub | undefined;
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await Promise.all([api?.close(), emu?.close()]);
  api = undefined;
  emu = undefined;
});

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const MARKER = '<!-- creatify-avatars:avatars.yml -->';
const MANIFEST = 'version: 1\ndefaults:\n  video_scene: office\navatars:\n  - creator_name: "Ana | `lead` <b>"\n    key: ana\n    gender: f\n    lipsync_input: media/ana.mp4\n  - creator_name: Bo\n    gender: m\n    lipsync_input: media/bo.mp4\n';

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return { 'github-token': GITHUB_TOKEN, ...extra };
}

describe('on a pull request', () => {
  it('sets the status, completes a check run and keeps exactly one comment, edited in place', async () => {
    api = await startFakeGitHub();
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/ana.mp4': video('ana'), 'media/bo.mp4': video('bo') });
    const env = pullRequestEnv(api, { number: 7, headSha: HEAD });

    const first = await runAction({ workspace, inputs: inputs(), env });
    expect(first.code, first.all).toBe(0);
    expect(api.statuses).toEqual([
      { sha: HEAD, state: 'success', context: 'Creatify avatars', description: '2 to create, 0 to replace', target_url: 'https://github.com/octo/avatars-repo/actions/runs/31337' },
    ]);
    expect(api.checkRuns).toHaveLength(1);
    const check = api.checkRuns[0]!;
    expect(check).toMatchObject({ name: 'Creatify avatars', head_sha: HEAD, status: 'completed', conclusion: 'success' });
    expect(check.history).toEqual(['in_progress', 'completed']);
    expect(check.output.summary).toContain('| Key | Creator name | ID | Action | Status | Source |');
    // user text renders as text: no raw pipe, tag or backtick from the creator name
    expect(check.output.summary).toContain('Ana &#124; &#96;lead&#96; &lt;b&gt;');
    const comments = api.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('media/bo.mp4');
    expect(comments[0]!.body).toContain('A sync would create 2, replace 0, 0 unchanged');
    expect(api.calls.every((c) => c.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);
    expect(first.all).not.toContain(GITHUB_TOKEN);

    // a new push to the PR: the same comment is edited, none is added
    writeFileSync(join(workspace, 'avatars.yml'), `${MANIFEST}  - creator_name: Cy\n    gender: nb\n    lipsync_input: media/bo.mp4\n`);
    const second = await runAction({ workspace, inputs: inputs(), env });
    expect(second.code, second.all).toBe(0);
    expect(api.comments.get(7)).toHaveLength(1);
    expect(api.comments.get(7)![0]!.id).toBe(comments[0]!.id);
    expect(api.comments.get(7)![0]!.body).toContain('A sync would create 3');
    expect(api.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/7/comments'))).toHaveLength(1);
    expect(api.calls.filter((c) => c.method === 'PATCH' && c.path.includes('/issues/comments/'))).toHaveLength(1);
    expect(api.statuses.at(-1)!.description).toBe('3 to create, 0 to replace');
  });

  it('finds its comment on a later page among 120 comments', async () => {
    api = await startFakeGitHub();
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `LGTM ${i} <!-- creatify-avatars:other.yml -->`);
    api.addComments(7, [...filler(109), `${MARKER}\nold plan`, ...filler(10)]);
    const target = api.comments.get(7)![109]!;
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/ana.mp4': video('ana'), 'media/bo.mp4': video('bo') });

    const run = await runAction({ workspace, inputs: inputs(), env: pullRequestEnv(api, { number: 7, headSha: HEAD }) });
    expect(run.code, run.all).toBe(0);
    expect(api.comments.get(7)).toHaveLength(120);
    expect(target.body).toContain('A sync would create 2');
    const lists = api.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/issues/7/comments'));
    expect(lists.map((c) => c.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(lists.every((c) => c.query.get('per_page') === '100')).toBe(true);
    expect(api.calls.some((c) => c.method === 'POST' && c.path.endsWith('/comments'))).toBe(false);
  });

  it('turns a 403 from a fork into a warning and still succeeds', async () => {
    api = await startFakeGitHub();
    api.fault({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, message: 'Resource not accessible by integration' });
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/ana.mp4': video('ana'), 'media/bo.mp4': video('bo') });

    const run = await runAction({ workspace, inputs: inputs(), env: pullRequestEnv(api, { number: 7, headSha: HEAD, fork: true }) });
    expect(run.code, run.all).toBe(0);
    expect(run.stdout).toMatch(/::warning title=Creatify avatars%3A report not posted::The github-token may not write the pull-request comment \(403: a pull request from a fork gets a read-only token\)/);
    expect(run.stdout).not.toMatch(/::error/);
    expect(api.comments.get(7) ?? []).toHaveLength(0);
    expect(run.summary).toContain('A sync would create 2');
    expect(run.summary).toContain('may not write the pull-request comment');
  });

  it('puts manifest errors on the check run as annotations, 50 a request', async () => {
    api = await startFakeGitHub();
    // 60 avatars, each with a bad gender on line 5 + 4i
    const entries = Array.from({ length: 60 }, (_, i) => `  - creator_name: A${i}\n    lipsync_input: media/a.mp4\n    gender: x\n    key: a-${i}\n`);
    const workspace = makeWorkspace({ 'avatars.yml': `version: 1\navatars:\n${entries.join('')}defaults:\n  video_scene: office\n`, 'media/a.mp4': video('a') });

    const run = await runAction({ workspace, inputs: inputs(), env: pullRequestEnv(api, { number: 7, headSha: HEAD }) });
    expect(run.code).toBe(1);
    const check = api.checkRuns[0]!;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check.annotations).toHaveLength(60);
    expect(check.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 60 }, (_, i) => 5 + 4 * i));
    expect(check.annotations[0]).toMatchObject({ path: 'avatars.yml', annotation_level: 'failure', end_line: 5 });
    expect(String(check.annotations[0]!.message)).toMatch(/gender must be one of/);
    const updates = api.calls.filter((c) => c.method === 'PATCH' && c.path.includes('/check-runs/'));
    const sizes = updates.map((c) => ((c.body?.output as { annotations?: unknown[] } | undefined)?.annotations ?? []).length);
    expect(sizes).toEqual([50, 10]);
    expect(updates.at(-1)!.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.statuses[0]).toMatchObject({ sha: HEAD, state: 'failure' });
    expect(api.statuses[0]!.description).toMatch(/^avatars\.yml:5:\d+: avatars\[0\]\.gender must be one of .*\(\+59 more\)$/);
    expect(api.statuses[0]!.description.length).toBeLessThanOrEqual(140);
    expect(api.comments.get(7)).toHaveLength(1);
    expect(api.comments.get(7)![0]!.body).toMatch(/avatars\.yml:65:\d+: avatars&#91;15&#93;\.gender must be one of/);
  });

  it('says whether the creates fit the quota when credentials are present, and sends nothing else', async () => {
    api = await startFakeGitHub();
    emu = await emulator({ quota: 1 });
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/ana.mp4': video('ana'), 'media/bo.mp4': video('bo') });
    const run = await runAction({ workspace, inputs: inputs({ ...apiInputs(emu), mode: 'auto' }), env: pullRequestEnv(api, { number: 7, headSha: HEAD }) });
    expect(run.code, run.all).toBe(0);
    expect(api.comments.get(7)![0]!.body).toContain('Quota: 2 to create but the Creatify account has room for 1 (0 of 1 used): **a sync would fail**.');
    expect(api.statuses[0]!.description).toBe('2 to create, 0 to replace; the Creatify quota has room for 1 only');
    expect(emu.state().creates).toHaveLength(0);
  });
});
