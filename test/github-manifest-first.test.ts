/**
 * The manifest is validated before anything touches the network: a sync with a
 * github-token, on a branch whose head has a newer lockfile, and a broken manifest, fails
 * without reading that lockfile from GitHub and without a request to Creatify. The only
 * request is the failure's own report, the commit status that names the problem.
 */
import { afterAll, afterEach, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';
import { OWNER, REPO, startFakeGitHub } from './fakes/github-api.js';
import type { FakeGitHub } from './fakes/github-api.js';
import { GITHUB_TOKEN, pushEnv } from './fakes/github-env.js';

afterAll(cleanupWorkspaces);
let api: FakeGitHub | undefined;
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await Promise.all([api?.close(), emu?.close()]);
  api = emu = undefined;
});

const BROKEN = 'version: 1\navatars:\n  - creator_name: Ana\n    gender: x\n    lipsync_input: media/ana.mp4\ndefaults:\n  video_scene: office\n';
const LOCK = 'avatars.lock.json';

it('fails on a broken manifest before any request to GitHub or Creatify', async () => {
  api = await startFakeGitHub();
  const creatify: string[] = [];
  emu = await emulator({ log: (line) => creatify.push(line) });
  const workspace = makeWorkspace({ 'avatars.yml': BROKEN, 'media/ana.mp4': video('ana') });
  const sha = api.commit({ 'avatars.yml': BROKEN }, 'main');
  // a newer lockfile on the branch head: a run that got past the manifest would read it
  api.commit({ [LOCK]: '{"version":1,"avatars":{}}\n' }, 'main');

  const run = await runAction({ workspace, inputs: { ...apiInputs(emu), 'github-token': GITHUB_TOKEN }, env: pushEnv(api, { sha }) });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error .*gender must be one of/);
  expect(creatify).toEqual([]);
  expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`POST /repos/${OWNER}/${REPO}/statuses/${sha}`]);
  expect(api.statuses[0]).toMatchObject({ state: 'failure', description: expect.stringMatching(/gender must be one of/) });
});
