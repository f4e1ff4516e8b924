/**
 * A run stopped (SIGINT, SIGTERM) just as a create is about to go out: when no byte that
 * could make an avatar was sent, the create leaves no in-flight mark, and the avatar stays
 * planned. A mark left there would make the next run look for an avatar that never
 * existed and, where the list hides avatars under review, hold it `unconfirmed` for good.
 *
 * The engine runs in this process against the emulator over HTTP, with the run's signal
 * aborted at a chosen step: when the create is announced, or while its mark is written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { configFromFlags, parseFlags } from '../src/cli/args.js';
import { createApiFactory } from '../src/engine/api-factory.js';
import type { EngineDeps } from '../src/engine/deps.js';
import { runMode } from '../src/engine/run.js';
import type { RunningEmulator } from '../src/emulator/server.js';
import { systemClock, type Clock } from '../src/util/clock.js';
import { API_ID, API_KEY, emulator } from './helpers/emulator.js';
import { readLock } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const HEAD = 'version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n';
const UPLOAD = `${HEAD}  - creator_name: Ana\n    lipsync_input: media/ana.mp4\n`;
const URLS = `${HEAD}  - creator_name: Ana\n    lipsync_input: https://cdn.example.com/ana.mp4\n    consent_video: https://cdn.example.com/ana-consent.mp4\n`;

/** Where the run's signal is aborted: as the create is announced, or at the next reading of the clock (the mark's time). */
type StopAt = 'announced' | 'marking';

/** The lockfile's in-flight marks; a run that wrote nothing leaves no lockfile. */
function marksLeft(workspace: string): string[] {
  return existsSync(join(workspace, 'avatars.lock.json')) ? Object.keys(readLock(workspace).in_flight ?? {}) : [];
}

/** The configuration of `creatify-avatars sync` against `url`, as the command line reads it. */
function syncConfig(workspace: string, url: string) {
  return configFromFlags('sync', parseFlags(['--workspace', workspace, '--api-url', url, '--results', join(workspace, 'results.json')]).values, {
    CREATIFY_API_ID: API_ID,
    CREATIFY_API_KEY: API_KEY,
  });
}

async function stoppedSync(manifest: string, stopAt: StopAt, videoBytes = 2048) {
  emu = await emulator({ listPending: 'hide' });
  const workspace = makeWorkspace({ 'avatars.yml': manifest, 'media/ana.mp4': video('ana', videoBytes) });
  const config = syncConfig(workspace, emu.url);
  const controller = new AbortController();
  let armed = false;
  const clock: Clock = {
    now: () => {
      if (armed) controller.abort();
      return systemClock.now();
    },
    sleep: (ms, signal) => systemClock.sleep(ms, signal),
  };
  const lines: string[] = [];
  const deps: EngineDeps = {
    api: createApiFactory(config, 'test'),
    clock,
    signal: controller.signal,
    reporter: {
      info: (line) => {
        lines.push(line);
        if (!line.startsWith('Creating Ana')) return;
        if (stopAt === 'announced') controller.abort();
        else armed = true;
      },
      warning: (line) => lines.push(line),
      debug: () => undefined,
    },
  };
  const result = await runMode(config, deps);
  expect(controller.signal.aborted, lines.join('\n')).toBe(true);
  return { result, workspace, lines };
}

describe('a run stopped before a create could make anything', () => {
  // a video of one chunk is sent as one buffer, a larger one streams with its closing boundary held back
  it.each<[StopAt, string, number]>([
    ['announced', 'a small video', 2048],
    ['marking', 'a small video', 2048],
    ['announced', 'a streamed video', 3 * 1024 * 1024],
    ['marking', 'a streamed video', 3 * 1024 * 1024],
  ])('an upload stopped when %s (%s) leaves no mark and stays planned', async (stopAt, _kind, videoBytes) => {
    const { result, workspace, lines } = await stoppedSync(UPLOAD, stopAt, videoBytes);
    expect(emu!.state().personas, lines.join('\n')).toEqual([]);
    // a body of one buffer is not even begun; a streamed one is cut short of its closing boundary
    if (videoBytes <= 1024 * 1024) expect(emu!.state().requests.byRoute['POST /api/personas_v2/'] ?? 0).toBe(0);
    expect(marksLeft(workspace)).toEqual([]);
    expect(result.avatars.map((a) => [a.key, a.status])).toEqual([['Ana', 'planned']]);
  });

  it('a create from URLs stopped while its mark is written leaves no mark and stays planned', async () => {
    const { result, workspace, lines } = await stoppedSync(URLS, 'announced');
    expect(emu!.state().requests.byRoute['POST /api/personas/'] ?? 0, lines.join('\n')).toBe(0);
    expect(marksLeft(workspace)).toEqual([]);
    expect(result.avatars.map((a) => [a.key, a.status])).toEqual([['Ana', 'planned']]);
  });

  it('an upload stopped after its last bytes went out keeps its mark: it may have made the avatar', async () => {
    emu = await emulator({ listPending: 'hide', latencyMs: 2000 });
    const workspace = makeWorkspace({ 'avatars.yml': UPLOAD, 'media/ana.mp4': video('ana') });
    const config = syncConfig(workspace, emu.url);
    const controller = new AbortController();
    const deps: EngineDeps = {
      api: createApiFactory(config, 'test'),
      clock: systemClock,
      signal: controller.signal,
      reporter: { info: () => undefined, warning: () => undefined, debug: () => undefined },
    };
    // the emulator holds its answer for 2 s: stop once the create has arrived there
    const stopping = (async () => {
      while (!emu!.state().requests.byRoute['POST /api/personas_v2/']) await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
    })();
    const result = await runMode(config, deps);
    await stopping;
    expect(marksLeft(workspace)).toEqual(['Ana']);
    expect(result.avatars.map((a) => [a.key, a.status])).toEqual([['Ana', 'unconfirmed']]);
  });
});
