/**
 * Exactly once under hostile conditions: a storm of failing requests, a run killed with
 * SIGKILL midway, and the API key kept out of every log, output and file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCreatifyClient } from '../src/creatify/client.js';
import type { VideoSource } from '../src/model.js';
import { fieldsDigest } from '../src/plan/digest.js';
import { readLockfile } from '../src/lock/lockfile.js';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { API_ID, API_KEY, apiInputs, emulator } from './helpers/emulator.js';
import { hostileProxy, type HostileProxy } from './helpers/hostile-proxy.js';
import { LIST_MODES, approveAll, expectExactlyOnce, lockIds, manyAvatars, readLock, settleOnceReviewed } from './helpers/exactly-once.js';
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

type AvatarOutput = { key: string; id: string | null; status: string };

describe.each(LIST_MODES)('exactly once, with a list that %ss avatars under review', (listPending) => {
  it('a third of requests failing (5xx, 429, dropped after create) still ends with 40 avatars, no duplicates', async () => {
    emu = await emulator({ listPending });
    emu.setFaults({
      rate: 1 / 3,
      seed: 11,
      kinds: ['500', '502', '503', '429', 'drop-after-create', 'drop'],
      retryAfterSeconds: 1,
      // which requests the rate hits depends on timing; these make sure the worst case,
      // a create that happened but was never answered, is among them
      queue: [{ method: 'POST', route: '/api/personas_v2/', kind: 'drop-after-create', times: 2 }],
    });
    const workspace = makeWorkspace(manyAvatars(40));
    // request-timeout sets how long an unknown outcome is looked for before a create is sent again
    const inputs = apiInputs(emu, { concurrency: '4', 'request-timeout': '5s' });
    const run = await runAction({ workspace, inputs });
    const injected = emu.state().faults.injected;
    expect(injected.filter((f) => f.kind === 'drop-after-create').length).toBeGreaterThan(0);
    expect(injected.length).toBeGreaterThan(10);
    const outputs = JSON.parse(run.outputs.avatars!) as AvatarOutput[];
    if (listPending === 'show') {
      expect(run.code, run.all.slice(-3000)).toBe(0);
      expectExactlyOnce(emu, workspace, 40);
      expect(outputs.every((a) => a.id !== null)).toBe(true);
      expect(new Set(outputs.map((a) => a.id))).toEqual(new Set(lockIds(workspace)));
      expect(JSON.parse(run.outputs.created!)).toHaveLength(40);
      return;
    }
    // the two lost answers at the start made avatars the list does not show while under review
    const unconfirmed = outputs.filter((a) => a.status === 'unconfirmed');
    expect(unconfirmed.length, run.all.slice(-3000)).toBeGreaterThanOrEqual(2);
    expect(run.code).toBe(1);
    expect(unconfirmed.every((a) => a.id === null)).toBe(true);
    expect(run.all).toMatch(/may have succeeded .*: the list of the account's avatars does not show it/);
    const counts = JSON.parse(run.outputs.counts!) as Record<string, number>;
    expect(counts.unconfirmed).toBe(unconfirmed.length);
    emu.setFaults({});
    await settleOnceReviewed(emu, workspace, inputs, 40);
  }, 240_000);

  it('a run killed with SIGKILL midway, then run again, loses no id and duplicates nothing', async () => {
    emu = await emulator({ latencyMs: 150, listPending });
    const workspace = makeWorkspace(manyAvatars(16));
    const killed = await runAction({
      workspace,
      inputs: apiInputs(emu, { concurrency: '4' }),
      killWhen: { pattern: /(Created [^\n]*\n[^]*){5}/, signal: 'SIGKILL' },
    });
    expect(killed.signal).toBe('SIGKILL');
    const afterKill = emu.state().personas.length;
    expect(afterKill).toBeGreaterThanOrEqual(5);
    expect(afterKill).toBeLessThan(16);
    // the killed run left its journal behind; read as every run reads it (folded into the
    // lockfile, every line checked), it holds every change the run made
    expect(existsSync(join(workspace, 'avatars.lock.json.journal'))).toBe(true);
    const { lock } = await readLockfile(join(workspace, 'avatars.lock.json'), 'avatars.lock.json');
    expect(existsSync(join(workspace, 'avatars.lock.json.journal'))).toBe(false);
    const recorded = Object.keys(lock.avatars).length;
    const marked = Object.keys(lock.in_flight ?? {}).length;
    // creates in flight at the kill were marked before they were sent
    expect(marked).toBeGreaterThan(0);

    const again = await runAction({ workspace, inputs: apiInputs(emu, { concurrency: '4' }) });
    expect(again.code, again.all.slice(-3000)).toBe(0);
    expect(again.all).toMatch(/of an earlier run may have reached Creatify|an interrupted run's upload never finished/);
    if (listPending === 'show') {
      if (afterKill > recorded) expect(again.all).toMatch(/Adopted .*created by an earlier run/);
      expectExactlyOnce(emu, workspace, 16);
    } else {
      await settleOnceReviewed(emu, workspace, apiInputs(emu, { concurrency: '4' }), 16);
    }
    // every recorded hash is right: a third run finds nothing changed
    const third = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(JSON.parse(third.outputs.created!)).toEqual([]);
    expect((JSON.parse(third.outputs.avatars!) as { action: string }[]).every((a) => a.action === 'unchanged')).toBe(true);
    console.log(`SIGKILL (list ${listPending}s): ${afterKill} on Creatify, ${recorded} recorded, ${marked} in flight at the kill`);
  }, 120_000);

  it('a replace interrupted after its create reached Creatify is adopted, and the old id reported superseded', async () => {
    emu = await emulator({ listPending });
    const manifest = 'version: 1\navatars:\n  - lipsync_input: media/a.mp4\n    creator_name: A\n    gender: f\ndefaults:\n  video_scene: office\n';
    const workspace = makeWorkspace({ 'avatars.yml': manifest, 'media/a.mp4': video('a1') });
    expect((await runAction({ workspace, inputs: apiInputs(emu) })).code).toBe(0);
    const before = readLock(workspace);
    const old = before.avatars.A!;
    // the video changes; a run sends the replacement, which Creatify creates, and dies before recording it
    addFile(workspace, 'media/a.mp4', video('a2'));
    const startedAt = new Date(Date.now() - 1000).toISOString();
    const client = createCreatifyClient({ baseUrl: emu.url, apiId: API_ID, apiKey: API_KEY, userAgent: 'test' });
    const created = await client.createFromUrls({ creator_name: 'A', gender: 'f', video_scene: 'office' }, 'https://cdn.example.com/a2.mp4', undefined);
    await client.close();
    const a2 = video('a2');
    const sent = { sha256: createHash('sha256').update(a2).digest('hex'), size: a2.length, upload: true, sent_at: startedAt };
    const marked = { ...before, in_flight: { A: { creator_name: 'A', fields_digest: old.fields_digest, started_at: startedAt, ...sent } } };
    writeFileSync(join(workspace, 'avatars.lock.json'), JSON.stringify(marked, null, 2));

    let run = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(run.code, run.all).toBe(0);
    if (listPending === 'hide') {
      // the old avatar, under review and left out of the list, shows that the list hides such avatars
      const [a] = JSON.parse(run.outputs.avatars!) as AvatarOutput[];
      expect(a).toMatchObject({ key: 'A', id: old.id, status: 'unconfirmed' });
      expect(run.all).toMatch(/A: a create sent at .* may have made an avatar that is not listed yet \(Creatify's list leaves out avatars under review\)/);
      expect(readLock(workspace).in_flight?.A).toBeDefined();
      expect(emu.state().creates).toHaveLength(2);
      await approveAll(emu);
      run = await runAction({ workspace, inputs: apiInputs(emu) });
      expect(run.code, run.all).toBe(0);
    }
    expect(run.stdout).toContain(`Adopted A: ${created.id}, created by an earlier run.`);
    expect(emu.state().creates).toHaveLength(2);
    const results = JSON.parse(readFileSync(run.outputs.results!, 'utf8')) as { superseded: unknown[] };
    expect(results.superseded).toEqual([{ key: 'A', id: old.id, replacedBy: created.id }]);
    expect(readLock(workspace).avatars.A!.id).toBe(created.id);
  });
});

/**
 * The first create happens but its answer is lost, and the list that would find it is
 * redirected elsewhere: returns the proxy in front of the emulator to run against.
 */
async function loseAnswerAndList(em: RunningEmulator): Promise<HostileProxy> {
  em.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind: 'drop-after-create' }] });
  proxy = await hostileProxy(em.url);
  proxy.setFaults({ queue: [{ method: 'GET', path: '/api/personas_v2/', kind: 'redirect' }] });
  return proxy;
}

describe.each(LIST_MODES)('creates whose outcome is unknown, with a list that %ss avatars under review', (listPending) => {
  const ONE = 'version: 1\navatars:\n  - lipsync_input: media/a.mp4\n    creator_name: A\n    gender: f\ndefaults:\n  video_scene: office\n';
  const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

  it('a create that could not be checked keeps its mark, and the next run adopts it instead of creating again', async () => {
    emu = await emulator({ listPending });
    const hostile = await loseAnswerAndList(emu);
    const workspace = makeWorkspace({ 'avatars.yml': ONE, 'media/a.mp4': video('a1') });
    const first = await runAction({ workspace, inputs: apiInputs(hostile) });
    expect(first.code, first.all).toBe(1);
    expect(first.all).toMatch(/may or may not have succeeded/);
    expect(emu.state().personas).toHaveLength(1);
    const mark = readLock(workspace).in_flight?.A;
    expect(mark).toMatchObject({ creator_name: 'A', upload: true, sha256: sha(video('a1')) });
    expect(mark?.sent_at).toBeDefined();

    let again = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(again.code, again.all).toBe(0);
    if (listPending === 'hide') {
      // nothing proves the list would show it: not created again, a warning, the mark kept
      expect(again.all).toMatch(/::warning::A: a create sent at .* may have made an avatar that is not listed yet/);
      expect(JSON.parse(again.outputs.avatars!)).toMatchObject([{ key: 'A', id: null, status: 'unconfirmed' }]);
      expect(emu.state().creates).toHaveLength(1);
      expect(readLock(workspace).in_flight?.A).toBeDefined();
      // settled once the list shows it
      await approveAll(emu);
      again = await runAction({ workspace, inputs: apiInputs(emu) });
      expect(again.code, again.all).toBe(0);
    }
    expect(again.stdout).toMatch(/Adopted A: .*created by an earlier run/);
    expectExactlyOnce(emu, workspace, 1);
  });

  it('after an uncertain create, the other avatars of that name wait for the next run instead of adopting its avatar', async () => {
    emu = await emulator({ listPending });
    const hostile = await loseAnswerAndList(emu);
    const twins =
      'version: 1\navatars:\n  - key: one\n    creator_name: Twin\n    gender: f\n    lipsync_input: media/a.mp4\n  - key: two\n    creator_name: Twin\n    gender: f\n    lipsync_input: media/b.mp4\ndefaults:\n  video_scene: office\n';
    const workspace = makeWorkspace({ 'avatars.yml': twins, 'media/a.mp4': video('a1'), 'media/b.mp4': video('b1') });
    const first = await runAction({ workspace, inputs: apiInputs(hostile) });
    expect(first.code, first.all).toBe(1);
    expect(first.all).toMatch(/two: not created in this run: an earlier create named "Twin" may have succeeded unseen/);
    expect(emu.state().personas, first.all).toHaveLength(1);

    let again = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(again.code, again.all).toBe(0);
    if (listPending === 'hide') {
      // both wait: one is unconfirmed, two shares its name
      expect(emu.state().personas).toHaveLength(1);
      expect(again.all).toMatch(/::warning::two: not created in this run: an earlier create named "Twin"/);
      await approveAll(emu);
      again = await runAction({ workspace, inputs: apiInputs(emu) });
      expect(again.code, again.all).toBe(0);
    }
    const lock = readLock(workspace);
    const onCreatify = emu.state().personas.map((p) => p.persona.id);
    expect(onCreatify).toHaveLength(2);
    expect(new Set([lock.avatars.one!.id, lock.avatars.two!.id])).toEqual(new Set(onCreatify));
    // each key has the avatar made from its own video: the first create is the one adopted
    expect(lock.avatars.one!.id).toBe(onCreatify[0]);
  });

  it('an avatar adopted after the video changed is recorded with the hash of what was sent, so the change is still made', async () => {
    emu = await emulator({ listPending });
    const workspace = makeWorkspace({ 'avatars.yml': ONE, 'media/a.mp4': video('a1') });
    // a run uploaded a1 in full, Creatify created the avatar, and the run died before recording it
    const client = createCreatifyClient({ baseUrl: emu.url, apiId: API_ID, apiKey: API_KEY, userAgent: 'test' });
    const startedAt = new Date(Date.now() - 1000).toISOString();
    const created = await client.createFromUrls({ creator_name: 'A', gender: 'f', video_scene: 'office' }, 'https://cdn.example.com/a1.mp4', undefined);
    await client.close();
    const digest = digestOfA();
    const a1 = video('a1');
    writeFileSync(
      join(workspace, 'avatars.lock.json'),
      JSON.stringify({
        version: 1,
        avatars: {},
        in_flight: { A: { creator_name: 'A', fields_digest: digest, sha256: sha(a1), size: a1.length, started_at: startedAt, upload: true, sent_at: startedAt } },
      }),
    );
    // then the video was changed
    addFile(workspace, 'media/a.mp4', video('a2', 4096));

    let adopt = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(adopt.code, adopt.all).toBe(0);
    if (listPending === 'hide') {
      expect(adopt.all).toMatch(/this run could not tell whether Creatify's list shows avatars under review/);
      expect(emu.state().personas).toHaveLength(1);
      await approveAll(emu);
      adopt = await runAction({ workspace, inputs: apiInputs(emu) });
      expect(adopt.code, adopt.all).toBe(0);
    }
    expect(adopt.stdout).toContain(`Adopted A: ${created.id}, created by an earlier run.`);
    expect(readLock(workspace).avatars.A).toMatchObject({ id: created.id, sha256: sha(a1), size: a1.length });

    const replace = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(replace.code, replace.all).toBe(0);
    expect(emu.state().personas).toHaveLength(2);
    expect(readLock(workspace).avatars.A).toMatchObject({ sha256: sha(video('a2', 4096)), superseded: [{ id: created.id }] });
  });

  it('an upload that never went out whole adopts nothing, even an avatar of the same name created since', async () => {
    emu = await emulator({ listPending });
    const workspace = makeWorkspace({ 'avatars.yml': ONE, 'media/a.mp4': video('a1') });
    const startedAt = new Date(Date.now() - 1000).toISOString();
    const client = createCreatifyClient({ baseUrl: emu.url, apiId: API_ID, apiKey: API_KEY, userAgent: 'test' });
    const someoneElses = await client.createFromUrls({ creator_name: 'A', gender: 'm', video_scene: 'office' }, 'https://cdn.example.com/other.mp4', undefined);
    await client.close();
    const mark = { creator_name: 'A', fields_digest: digestOfA(), sha256: null, started_at: startedAt, upload: true };
    writeFileSync(join(workspace, 'avatars.lock.json'), JSON.stringify({ version: 1, avatars: {}, in_flight: { A: mark } }));

    const run = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(run.code, run.all).toBe(0);
    expect(run.stdout).not.toMatch(/Adopted/);
    const recorded = readLock(workspace).avatars.A!;
    expect(recorded.id).not.toBe(someoneElses.id);
    expect(emu.state().personas).toHaveLength(2);
    expect(readLock(workspace).in_flight ?? {}).toEqual({});
  });
});

/** The fields digest of the one avatar of ONE (its video is a file, which the digest leaves out). */
function digestOfA(): string {
  return fieldsDigest({ creator_name: 'A', gender: 'f', video_scene: 'office' }, { kind: 'file' } as VideoSource, undefined);
}

describe('the API key appears nowhere', () => {
  function filesUnder(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  }

  function expectNoKey(run: Awaited<ReturnType<typeof runAction>>, workspace: string): void {
    expect(run.all).not.toContain(API_KEY);
    expect(run.summary).not.toContain(API_KEY);
    for (const value of Object.values(run.outputs)) expect(value).not.toContain(API_KEY);
    for (const file of filesUnder(workspace)) expect(readFileSync(file, 'latin1')).not.toContain(API_KEY);
    if (run.outputs.results) expect(readFileSync(run.outputs.results, 'utf8')).not.toContain(API_KEY);
  }

  it('in success, with RUNNER_DEBUG=1', async () => {
    emu = await emulator();
    const workspace = makeWorkspace(manyAvatars(2));
    const run = await runAction({ workspace, inputs: apiInputs(emu), env: { RUNNER_DEBUG: '1' } });
    expect(run.code, run.all).toBe(0);
    expect(run.stdout).toContain('::add-mask::' + API_KEY); // masked before anything else
    expect(run.stdout.indexOf('::add-mask::' + API_KEY)).toBe(0);
    expectNoKey(run, workspace);
  });

  it('in a 5xx storm that fails the step, with RUNNER_DEBUG=1', async () => {
    emu = await emulator();
    emu.setFaults({ rate: 1, seed: 1, kinds: ['500', '502', '503'], errorBody: 'json' });
    const workspace = makeWorkspace(manyAvatars(1));
    const run = await runAction({ workspace, inputs: { ...apiInputs(emu), 'request-timeout': '5s' }, env: { RUNNER_DEBUG: '1' }, timeoutMs: 400_000 });
    expect(run.code).toBe(1);
    expectNoKey(run, workspace);
  }, 420_000);
});
