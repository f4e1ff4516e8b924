/**
 * The quota check a sync sends before the rest of the action loads: which runs send it,
 * that the engine uses its answer instead of asking twice, that a stale answer is asked
 * for again, and that a run which does not need it neither fails on it nor waits for it.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EARLY_ANSWER_MAX_AGE_MS, startEarlyCheck, type EarlyCheck } from '../src/action/early-check.js';
import type { RunningEmulator } from '../src/emulator/server.js';
import { inputEnv, runAction } from './helpers/action.js';
import { API_ID, API_KEY, apiInputs, emulator } from './helpers/emulator.js';
import { waitFor } from './helpers/wait.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
let early: EarlyCheck | undefined;
afterEach(async () => {
  early?.dispose();
  early = undefined;
  await emu?.close();
  emu = undefined;
});

const COUNT = 'GET /api/personas_v2/count/';

/** The environment of an action on a push (or `extra`'s event) with `inputs`. */
function actionEnv(inputs: Record<string, string>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { GITHUB_EVENT_NAME: 'push', ...extra, ...inputEnv(inputs) };
}

function settings(emu: RunningEmulator, apiKey = API_KEY) {
  return { url: emu.url, apiId: API_ID, apiKey, requestTimeoutMs: 60_000 };
}

const ONE_AVATAR = { 'avatars.yml': 'version: 1\navatars:\n  - lipsync_input: media/a.mp4\n    creator_name: A\n    gender: f\n', 'media/a.mp4': video('a') };

describe('which runs send it', () => {
  it('a sync with credentials, asked for or by `auto` outside pull requests', async () => {
    emu = await emulator();
    expect(startEarlyCheck(actionEnv(apiInputs(emu, { mode: 'plan' })))).toBeUndefined();
    expect(startEarlyCheck(actionEnv(apiInputs(emu, { mode: 'status' })))).toBeUndefined();
    expect(startEarlyCheck(actionEnv({ 'api-id': API_ID, 'api-key': API_KEY, 'api-url': emu.url }, { GITHUB_EVENT_NAME: 'pull_request' }))).toBeUndefined();
    expect(startEarlyCheck(actionEnv({ mode: 'sync', 'api-id': API_ID, 'api-url': emu.url }))).toBeUndefined();
    // inputs that do not parse are left to the full reading, which reports them
    expect(startEarlyCheck(actionEnv(apiInputs(emu, { 'api-url': 'ftp://x' })))).toBeUndefined();
    expect(startEarlyCheck(actionEnv(apiInputs(emu, { mode: 'sideways' })))).toBeUndefined();
    expect(emu.state().requests.total).toBe(0);

    early = startEarlyCheck(actionEnv({ 'api-id': ` ${API_ID} `, 'api-key': API_KEY, 'api-url': emu.url }));
    expect(early).toBeDefined();
    await waitFor(() => emu!.state().requests.byRoute[COUNT] === 1);
  });
});

describe('the answer', () => {
  it('is the engine’s first count; a second count asks again', async () => {
    emu = await emulator({ quota: 7 });
    early = startEarlyCheck(actionEnv(apiInputs(emu)));
    await waitFor(() => emu!.state().requests.byRoute[COUNT] === 1);
    expect(early!.adopt({ ...settings(emu), apiKey: 'another-key' })).toBeUndefined();
    const api = early!.adopt(settings(emu))!;
    expect(api).toBeDefined();
    expect(early!.adopt(settings(emu))).toBeUndefined();
    expect((await api.count()).max_count).toBe(7);
    expect(emu.state().requests.byRoute[COUNT]).toBe(1);
    await api.count();
    expect(emu.state().requests.byRoute[COUNT]).toBe(2);
  });

  it('is asked for again when it is over a minute old', async () => {
    emu = await emulator();
    let now = 1_000_000;
    early = startEarlyCheck(actionEnv(apiInputs(emu)), () => now);
    await waitFor(() => emu!.state().requests.byRoute[COUNT] === 1);
    const api = early!.adopt(settings(emu))!;
    now += EARLY_ANSWER_MAX_AGE_MS + 1;
    await api.count();
    expect(emu.state().requests.byRoute[COUNT]).toBe(2);
  });

  it('keeps its retry lines until the run can print them', async () => {
    emu = await emulator();
    emu.setFaults({ queue: [{ kind: '503', route: '/api/personas_v2/count/' }] });
    early = startEarlyCheck(actionEnv(apiInputs(emu)));
    await waitFor(() => emu!.state().requests.byRoute[COUNT] === 2);
    const lines: string[] = [];
    const api = early!.adopt(settings(emu), (line) => lines.push(line))!;
    await api.count();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/personas_v2\/count\/: .*503.*; try 2 in \d+ ms$/);
    expect(lines[0]).not.toContain(API_KEY);
  });
});

describe('in the action', () => {
  it('a sync with work asks for the count once', async () => {
    emu = await emulator();
    const workspace = makeWorkspace(ONE_AVATAR);
    const run = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(run.code, run.all).toBe(0);
    expect(run.stdout).toMatch(/Creatify quota: 0 of \d+ custom avatars used; 1 to create/);
    expect(emu.state().requests.byRoute[COUNT]).toBe(1);
    expect(emu.state().creates).toHaveLength(1);
  });

  it('a sync with nothing to create neither fails on its answer nor waits for it', async () => {
    emu = await emulator();
    const workspace = makeWorkspace(ONE_AVATAR);
    expect((await runAction({ workspace, inputs: apiInputs(emu) })).code).toBe(0);
    // a wrong key: the answer is a 401, which a run with nothing to create does not need
    const wrongKey = await runAction({ workspace, inputs: { ...apiInputs(emu), 'api-key': 'sk-wrong-key-5551234' } });
    expect(wrongKey.code, wrongKey.all).toBe(0);
    expect(wrongKey.stdout).toMatch(/Nothing to create/);
    expect(wrongKey.all).not.toContain('sk-wrong-key-5551234');
    // an answer that never comes: the run ends at once, not at the two-minute request timeout
    emu.setFaults({ queue: [{ kind: 'never-ending', route: '/api/personas_v2/count/', times: 5 }] });
    const hanging = await runAction({ workspace, inputs: { ...apiInputs(emu), 'request-timeout': '2m' }, timeoutMs: 30_000 });
    expect(hanging.code, hanging.all).toBe(0);
    expect(emu.state().creates).toHaveLength(1);
  });
});
