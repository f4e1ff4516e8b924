/**
 * After a sync on a push, through the built action against a fake GitHub API, a fake
 * results service and the emulator: the commit status that says how it resolves, the
 * lockfile committed back (retried when the branch moved, refused on a protected branch),
 * and the results artifact whose bytes are the results JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import type { RunOptions } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';
import { startFakeGitHub } from './fakes/github-api.js';
import type { FakeGitHub } from './fakes/github-api.js';
import { GITHUB_TOKEN, pullRequestEnv, pushEnv } from './fakes/github-env.js';
import { startFakeResultsService } from './fakes/results-service.js';
import type { FakeResultsService } from './fakes/results-service.js';
import { readZip } from './fakes/zip.js';

afterAll(cleanupWorkspaces);
let api: FakeGitHub | undefined;
let results: FakeResultsService | undefined;
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await Promise.all([api?.close(), results?.close(), emu?.close()]);
  api = results = emu = undefined;
});

const MANIFEST = 'version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n  - creator_name: Ana\n    lipsync_input: media/ana.mp4\n  - creator_name: Bo\n    lipsync_input: media/bo.mp4\n';
const LOCK = 'avatars.lock.json';
const MESSAGE = 'chore(avatars): update avatars.lock.json [skip ci]';

interface Setup {
  workspace: string;
  sha: string;
  run(extra?: { inputs?: Record<string, string>; env?: Record<string, string> }): ReturnType<typeof runAction>;
}

async function setup(options: { approveAfterMs?: number; rejectPattern?: RegExp } = {}): Promise<Setup> {
  api = await startFakeGitHub();
  results = await startFakeResultsService();
  emu = await emulator(options);
  const files = { 'avatars.yml': MANIFEST, 'media/ana.mp4': video('ana'), 'media/bo.mp4': video('bo') };
  const workspace = makeWorkspace(files);
  const sha = api.commit({ 'avatars.yml': MANIFEST, README: 'hello' }, 'main');
  const server = results;
  const emulatorServer = emu;
  const github = api;
  return {
    workspace,
    sha,
    run: (extra = {}) => {
      const run: RunOptions = {
        workspace,
        inputs: { ...apiInputs(emulatorServer), 'github-token': GITHUB_TOKEN, 'artifact-name': 'creatify-avatars', 'commit-lockfile': 'true', ...extra.inputs },
        env: { ...pushEnv(github, { sha }), ACTIONS_RESULTS_URL: `${server.url}/`, ACTIONS_RUNTIME_TOKEN: server.token, ...extra.env },
      };
      return runAction(run);
    },
  };
}

/** An earlier run, from an older commit, that created Ana: the lockfile it wrote. */
async function earlierRunLockfile(): Promise<string> {
  const earlier = makeWorkspace({
    'avatars.yml': 'version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n  - creator_name: Ana\n    lipsync_input: media/ana.mp4\n',
    'media/ana.mp4': video('ana'),
  });
  const first = await runAction({ workspace: earlier, inputs: apiInputs(emu!) });
  expect(first.code, first.all).toBe(0);
  return readFileSync(join(earlier, LOCK), 'utf8');
}

function puts(github: FakeGitHub) {
  return github.calls.filter((c) => c.method === 'PUT' && c.path.endsWith(`/contents/${LOCK}`));
}

describe('after a sync on a push', () => {
  it('commits the lockfile once, sets a pending status that says how it resolves, and uploads the results', async () => {
    const s = await setup();
    const run = await s.run();
    expect(run.code, run.all).toBe(0);
    const created = JSON.parse(run.outputs.created!) as string[];
    expect(created).toHaveLength(2);

    // one commit, with exactly the lockfile the run wrote
    expect(api!.commits).toHaveLength(1);
    const commit = api!.commits[0]!;
    expect(commit).toMatchObject({ branch: 'main', path: LOCK, message: MESSAGE });
    expect(commit.content.equals(readFileSync(join(s.workspace, LOCK)))).toBe(true);
    expect(api!.fileAt('main', 'README')?.toString()).toBe('hello');
    expect(puts(api!)[0]!.body).not.toHaveProperty('sha'); // a new file
    expect(run.stdout).not.toMatch(/Commit the lockfile/);

    expect(api!.statuses).toEqual([
      expect.objectContaining({ sha: s.sha, context: 'Creatify avatars', state: 'pending', description: '2 awaiting Creatify review; a scheduled run with mode: status updates this' }),
    ]);
    expect(api!.checkRuns).toHaveLength(0);

    // the artifact: a zip holding the results JSON, byte for byte
    expect(results!.artifacts).toHaveLength(1);
    const artifact = results!.artifacts[0]!;
    expect(artifact).toMatchObject({ name: 'creatify-avatars', finalized: true });
    expect(run.outputs['artifact-id']).toBe(String(artifact.id));
    const entries = readZip(artifact.blob!);
    expect([...entries.keys()]).toEqual(['creatify-avatars.json']);
    expect(entries.get('creatify-avatars.json')!.equals(readFileSync(run.outputs.results!))).toBe(true);
    expect(JSON.parse(entries.get('creatify-avatars.json')!.toString()).created).toEqual(created);
    // the upload URL's signature is masked before anything prints it
    const lines = run.stdout.split('\n');
    const firstUse = lines.findIndex((l) => l.includes('fake-signature') && !l.startsWith('::add-mask::'));
    expect(lines.indexOf('::add-mask::fake-signature')).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('::add-mask::fake-signature')).toBeLessThan(firstUse < 0 ? Infinity : firstUse);

    // a re-run of the same run: a new name, never a conflict
    const again = await s.run({ env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(again.code, again.all).toBe(0);
    expect(results!.artifacts.map((a) => a.name)).toEqual(['creatify-avatars', 'creatify-avatars-attempt-2']);
    expect(api!.commits).toHaveLength(1); // nothing changed, nothing committed
  });

  it('retries the commit when the branch moved under it', async () => {
    const s = await setup();
    api!.fault({ method: 'PUT', path: /\/contents\//, status: 409, message: 'main is at 0123abc but expected 4567def' });
    const run = await s.run();
    expect(run.code, run.all).toBe(0);
    expect(puts(api!)).toHaveLength(2);
    expect(api!.commits).toHaveLength(1);
    expect(run.stdout).toMatch(/Committed avatars\.lock\.json to main \([0-9a-f]{7}, after 2 tries/);
  });

  it('fails clearly on a protected branch, with the ids still in the outputs and the artifact', async () => {
    const s = await setup();
    api!.fault({ method: 'PUT', path: /\/contents\//, status: 409, message: 'Repository rule violations found\n\nChanges must be made through a pull request.', times: 10 });
    const run = await s.run();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::commit-lockfile: main is protected: GitHub refused the lockfile commit .*Changes must be made through a pull request.*The avatar ids are in the outputs and the results artifact \(commit avatars\.lock\.json through a pull request/);
    expect(puts(api!)).toHaveLength(1); // a refusal is not retried
    expect(api!.commits).toHaveLength(0);
    const created = JSON.parse(run.outputs.created!) as string[];
    expect(created).toHaveLength(2);
    const zip = readZip(results!.artifacts[0]!.blob!);
    expect(JSON.parse(zip.get('creatify-avatars.json')!.toString()).created).toEqual(created);
    expect(run.outputs['artifact-id']).toBe(String(results!.artifacts[0]!.id));
  });

  it('joins a lockfile someone else committed while it ran, key by key, and refuses one key with two ids', async () => {
    const during = async (lock: string): Promise<Awaited<ReturnType<Setup['run']>>> => {
      const s = await setup({ approveAfterMs: 2500 });
      const running = s.run({ inputs: { 'wait-for-approval': 'true', 'poll-interval': '1s', timeout: '30s' } });
      // while the run waits for approval, another run commits the lockfile
      for (let i = 0; i < 200 && emu!.state().personas.length < 2; i += 1) await new Promise((r) => setTimeout(r, 50));
      api!.commit({ [LOCK]: lock }, 'main');
      return running;
    };
    const entry = (id: string, name: string) => ({
      id,
      creator_name: name,
      source: `media/${name}.mp4`,
      sha256: null,
      size: null,
      fields_digest: 'x',
      status: 'approved',
      created_at: '2026-12-01T00:00:00.000Z',
      updated_at: '2026-12-01T00:00:00.000Z',
    });
    // another key: joined, one commit holding all three
    const joined = await during(JSON.stringify({ version: 1, avatars: { Cy: entry('cy-id', 'Cy') } }));
    expect(joined.code, joined.all).toBe(0);
    expect(api!.commits).toHaveLength(1);
    const onMain = JSON.parse(api!.fileAt('main', LOCK)!.toString()) as { avatars: Record<string, { id: string }> };
    expect(Object.keys(onMain.avatars).sort()).toEqual(['Ana', 'Bo', 'Cy']);
    await Promise.all([api?.close(), results?.close(), emu?.close()]);

    // the same key with another id: refused, never overwritten
    const clash = await during(JSON.stringify({ version: 1, avatars: { Ana: entry('someone-elses', 'Ana') } }));
    expect(clash.code).toBe(1);
    expect(clash.stdout).toMatch(/avatars\.lock\.json changed on main since [0-9a-f]{7}, the commit this run started from; it was not overwritten/);
    expect(api!.commits).toHaveLength(0);
  });

  it('a run queued behind another starts from the lockfile that run committed, and creates only what it lacks', async () => {
    const s = await setup();
    // an earlier run, started from an older commit, created Ana and committed the lockfile
    const committed = await earlierRunLockfile();
    api!.commit({ [LOCK]: committed }, 'main');

    // this run checked out the commit before that one: its lockfile does not know Ana
    const run = await s.run();
    expect(run.code, run.all).toBe(0);
    expect(run.stdout).toMatch(/avatars\.lock\.json on main is newer than this run's commit [0-9a-f]{7} \(another run committed it\): starting from it/);
    expect(emu!.state().personas.map((p) => p.persona.creator_name).sort()).toEqual(['Ana', 'Bo']);
    expect(JSON.parse(run.outputs.created!)).toHaveLength(1);
    const onMain = JSON.parse(api!.fileAt('main', LOCK)!.toString()) as { avatars: Record<string, { id: string }> };
    expect(Object.keys(onMain.avatars).sort()).toEqual(['Ana', 'Bo']);
    expect(onMain.avatars.Ana!.id).toBe((JSON.parse(committed) as { avatars: Record<string, { id: string }> }).avatars.Ana!.id);
  });

  it('status mode turns the pending status into success once approved, and commits the statuses', async () => {
    const s = await setup({ approveAfterMs: 300 });
    const sync = await s.run();
    expect(sync.code, sync.all).toBe(0);
    expect(api!.statuses.at(-1)!.state).toBe('pending');
    await new Promise((r) => setTimeout(r, 500));
    const status = await s.run({ inputs: { mode: 'status' }, env: { ...pushEnv(api!, { sha: api!.branchHead('main')! }), GITHUB_EVENT_NAME: 'schedule' } });
    expect(status.code, status.all).toBe(0);
    expect(api!.statuses.at(-1)).toMatchObject({ sha: api!.commits[0]!.sha, state: 'success', description: 'all 2 avatars approved' });
    expect(api!.commits).toHaveLength(2);
    expect(api!.commits[1]!.content.equals(readFileSync(join(s.workspace, LOCK)))).toBe(true);
  });

  it('creates nothing when the branch moved past its commit with more than a lockfile', async () => {
    const s = await setup();
    const committed = await earlierRunLockfile();
    // a newer commit changed a video, and its run committed the lockfile
    api!.commit({ 'media/ana.mp4': video('ana-2'), [LOCK]: committed }, 'main');
    const run = await s.run();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/main has moved past this run's commit [0-9a-f]{7}: avatars\.lock\.json was committed there along with other changes.*nothing was created/);
    expect(emu!.state().personas).toHaveLength(1);
    expect(api!.commits).toHaveLength(0);
  });

  it('starts from the lockfile on the branch head without commit-lockfile too (the user commits it)', async () => {
    const s = await setup();
    api!.commit({ [LOCK]: await earlierRunLockfile() }, 'main');
    const run = await s.run({ inputs: { 'commit-lockfile': 'false' } });
    expect(run.code, run.all).toBe(0);
    expect(run.stdout).toMatch(/starting from it/);
    expect(JSON.parse(run.outputs.created!)).toHaveLength(1);
    expect(emu!.state().personas).toHaveLength(2);
    expect(api!.commits).toHaveLength(0);
  });

  it('sets a failure status naming the rejected avatar', async () => {
    const s = await setup({ approveAfterMs: 100, rejectPattern: /^Bo$/ });
    const run = await s.run({ inputs: { 'wait-for-approval': 'true', 'poll-interval': '1s', timeout: '30s', 'commit-lockfile': 'false' } });
    expect(run.code).toBe(1);
    expect(api!.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(api!.statuses.at(-1)!.description).toMatch(/^Bo: rejected — Rejected in review/);
  });

  it('never commits on a pull request', async () => {
    const s = await setup();
    const run = await s.run({ env: pullRequestEnv(api!, { number: 3, headSha: s.sha }), inputs: { mode: 'sync' } });
    expect(run.code, run.all).toBe(0);
    expect(puts(api!)).toHaveLength(0);
    // a sync there created avatars: their ids would be lost after the merge, so it warns
    expect(run.stdout).toMatch(/::warning::commit-lockfile is ignored on pull requests, and this sync created 2 avatar\(s\).*or the run after the merge creates them again/);
  });

  it('warns, and still succeeds, when the run already has an artifact of that name', async () => {
    const s = await setup();
    const first = await s.run({ inputs: { 'commit-lockfile': 'false' } });
    expect(first.code, first.all).toBe(0);
    const second = await s.run({ inputs: { 'commit-lockfile': 'false' } }); // a second step with the same artifact-name
    expect(second.code, second.all).toBe(0);
    expect(second.stdout).toMatch(/::warning::The results artifact creatify-avatars was not uploaded: this run already has an artifact named creatify-avatars: give each step of the workflow its own artifact-name/);
    expect(second.outputs['artifact-id']).toBeUndefined();
    expect(results!.artifacts).toHaveLength(1);
  });
});
