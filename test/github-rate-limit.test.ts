/**
 * GitHub's rate limits through the built action against the fake GitHub API: a secondary
 * rate limit (a 403 that says so, with retry-after) is waited out and the request sent
 * again; one that outlasts the waits is reported as a rate limit, never as a token that
 * may not write.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';
import { startFakeGitHub } from './fakes/github-api.js';
import type { FakeGitHub } from './fakes/github-api.js';
import { GITHUB_TOKEN, pullRequestEnv } from './fakes/github-env.js';

afterAll(cleanupWorkspaces);
let api: FakeGitHub | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const MANIFEST = 'version: 1\navatars:\n  - creator_name: Ana\n    gender: f\n    lipsync_input: media/ana.mp4\ndefaults:\n  video_scene: office\n';
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

async function runOnPullRequest(fake: FakeGitHub) {
  const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/ana.mp4': video('ana') });
  const env = pullRequestEnv(fake, { number: 7, headSha: HEAD });
  return runAction({ workspace, inputs: { 'github-token': GITHUB_TOKEN }, env });
}

describe('GitHub rate limits', () => {
  it('waits out a secondary rate limit and posts the status and the comment', async () => {
    api = await startFakeGitHub();
    api.fault({ method: 'POST', path: /\/statuses\//, status: 403, message: SECONDARY, headers: { 'retry-after': '2' } });
    api.fault({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, message: SECONDARY, headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' } });

    const run = await runOnPullRequest(api);
    expect(run.code, run.all).toBe(0);
    expect(api.calls.filter((c) => c.method === 'POST' && c.path.includes('/statuses/'))).toHaveLength(2);
    expect(api.statuses).toEqual([expect.objectContaining({ sha: HEAD, state: 'success', description: '1 to create, 0 to replace' })]);
    expect(api.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/7/comments'))).toHaveLength(2);
    expect(api.comments.get(7)).toHaveLength(1);
    expect(run.all).toMatch(/secondary rate limit on POST .*statuses.*: trying again in 2 s/);
    expect(run.all).not.toMatch(/may not write|::warning/);
    expect(run.summary).not.toContain('may not write');
  });

  it('reports a rate limit that outlasts the waits as a rate limit, not as a token that may not write', async () => {
    api = await startFakeGitHub();
    api.fault({ method: 'POST', path: /\/statuses\//, status: 403, message: SECONDARY, headers: { 'retry-after': '1' }, times: 10 });

    const run = await runOnPullRequest(api);
    expect(run.code, run.all).toBe(0);
    // the first try and two more
    expect(api.calls.filter((c) => c.method === 'POST' && c.path.includes('/statuses/'))).toHaveLength(3);
    expect(api.statuses).toHaveLength(0);
    expect(run.stdout).toMatch(/::warning::GitHub's rate limit kept the commit status from being posted, even after waiting \(You have exceeded a secondary rate limit/);
    expect(run.all).not.toContain('may not write');
    // the rest of the report still goes out
    expect(api.comments.get(7)).toHaveLength(1);
    expect(api.checkRuns).toHaveLength(1);
  });
});
