/**
 * Every local lipsync clip meets the manifest's `checks` before anything is uploaded:
 * Creatify's review takes a day, and a clip it cannot take would waste it. Run as the
 * action against the emulator, a refused clip means zero requests.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeMp4, type Mp4Options } from '../scripts/mp4.js';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});
afterAll(cleanupWorkspaces);

/** One avatar whose lipsync_input (line 7) names media/clip.mp4. */
function manifest(checks: string[] = []): string {
  return ['version: 1', ...checks, 'defaults:', '  gender: f', '  video_scene: office', 'avatars:', '  - creator_name: Ana', '    lipsync_input: media/clip.mp4', ''].join('\n');
}

async function sync(clip: Mp4Options, checks: string[] = [], mode: 'plan' | 'sync' = 'sync') {
  emu = await emulator();
  const workspace = makeWorkspace({ 'avatars.yml': manifest(checks), 'media/clip.mp4': makeMp4({ seed: 'clip', ...clip }) });
  const run = await runAction({ workspace, inputs: apiInputs(emu, { mode }) });
  return { run, requests: emu.state().requests.total };
}

const LAYOUTS: [string, Mp4Options][] = [
  ['MP4, moov first', {}],
  ['MP4, moov at the end', { moov: 'end' }],
  ['QuickTime, moov at the end', { brand: 'qt  ', moov: 'end' }],
];

describe.each(LAYOUTS)('%s', (_label, layout) => {
  it.each<[string, Mp4Options, RegExp]>([
    ['a 5 s clip', { durationSec: 5 }, /media\/clip\.mp4 is 5\.0 s long; checks need at least 15 s \(checks\.min_duration\)/],
    ['a 10 min clip', { durationSec: 600 }, /media\/clip\.mp4 is 10 min long; checks allow at most 5 min \(checks\.max_duration\)/],
    ['a clip without audio', { audio: false }, /media\/clip\.mp4 has no audio track; checks need one \(checks\.audio\)/],
  ])('refuses %s before any upload, naming the line', async (_what, clip, message) => {
    const { run, requests } = await sync({ ...layout, ...clip });
    expect(run.code, run.all).toBe(1);
    const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error ') && l.includes('file=avatars.yml'));
    expect(annotation, run.stdout).toContain('line=7');
    expect(annotation).toMatch(message);
    expect(run.stdout).toMatch(/avatars\.yml:7:20: media\/clip\.mp4/);
    expect(requests).toBe(0);
  });

  it('plans a valid 60 s clip with audio, showing its duration and size', async () => {
    const { run, requests } = await sync({ ...layout, durationSec: 60 }, [], 'plan');
    expect(run.code, run.all).toBe(0);
    expect(requests).toBe(0);
    expect(run.summary).toMatch(/\| media\/clip\.mp4 \| 1 min, 1280x720 \|/);
  });
});

it('creates the avatar from a valid clip whose moov is at the end', async () => {
  const { run, requests } = await sync({ moov: 'end', durationSec: 60 });
  expect(run.code, run.all).toBe(0);
  expect(requests).toBeGreaterThan(0);
  expect(JSON.parse(run.outputs.created ?? '[]')).toHaveLength(1);
});

describe('checks in the manifest', () => {
  it('turns checks off with null and false', async () => {
    const off = ['checks:', '  min_duration: null', '  max_duration: null', '  audio: false'];
    for (const clip of [{ durationSec: 5 }, { durationSec: 600 }, { audio: false }]) {
      const { run } = await sync(clip, off, 'plan');
      expect(run.code, run.all).toBe(0);
    }
  });

  it('reads durations as 90s, 5m or plain seconds', async () => {
    const { run } = await sync({ durationSec: 60 }, ['checks:', '  min_duration: 90s', '  max_duration: 5m'], 'plan');
    expect(run.stdout).toMatch(/media\/clip\.mp4 is 1 min long; checks need at least 1 min 30 s \(checks\.min_duration\)/);
    const plain = await sync({ durationSec: 20 }, ['checks:', '  min_duration: 30'], 'plan');
    expect(plain.run.stdout).toMatch(/is 20\.0 s long; checks need at least 30 s/);
  });

  it('measures min_height on the shorter side as shown: a rotation swaps the sides', async () => {
    const checks = ['checks:', '  min_height: 1080'];
    const portrait = await sync({ width: 1080, height: 1920, rotation: 90 }, checks, 'plan');
    expect(portrait.run.code, portrait.run.all).toBe(0);
    expect(portrait.run.summary).toContain('1 min, 1920x1080 (rotated 90°)');
    const small = await sync({ width: 1920, height: 720, rotation: 270 }, checks, 'plan');
    expect(small.run.code).toBe(1);
    expect(small.run.stdout).toMatch(/media\/clip\.mp4 is 720x1920 \(stored 1920x720, rotated 270°\), its shorter side 720 px; checks need at least 1080 px \(checks\.min_height\)/);
  });

  it('refuses an unknown key with a did-you-mean, and a value that is no duration', async () => {
    const { run, requests } = await sync({}, ['checks:', '  min_duraton: 10s', '  max_duration: soon']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/avatars\.yml:3:3: unknown key "min_duraton" in checks/);
    expect(run.stdout).toMatch(/did you mean "min_duration"\?/);
    expect(run.stdout).toMatch(/avatars\.yml:4:17: checks\.max_duration: must be a duration such as 90s or 5m/);
    expect(requests).toBe(0);
  });

  it('refuses a min_duration longer than max_duration', async () => {
    const { run } = await sync({}, ['checks:', '  min_duration: 2m', '  max_duration: 1m'], 'plan');
    expect(run.stdout).toMatch(/avatars\.yml:3:17: checks\.min_duration \(2 min\) is longer than checks\.max_duration \(1 min\)/);
  });
});

describe('a consent clip', () => {
  function consentWorkspace(consent: Buffer): string {
    const text = manifest().replace('    lipsync_input: media/clip.mp4\n', '    lipsync_input: media/clip.mp4\n    consent_video: media/consent.mp4\n');
    return makeWorkspace({ 'avatars.yml': text, 'media/clip.mp4': makeMp4({ seed: 'clip' }), 'media/consent.mp4': consent });
  }

  it('only needs a video track: a short clip without sound is fine', async () => {
    emu = await emulator();
    const workspace = consentWorkspace(makeMp4({ seed: 'consent', durationSec: 4, audio: false }));
    const run = await runAction({ workspace, inputs: apiInputs(emu, { mode: 'plan' }) });
    expect(run.code, run.all).toBe(0);
  });

  it('is refused without a video track, naming its line', async () => {
    emu = await emulator();
    const workspace = consentWorkspace(makeMp4({ seed: 'consent', video: false }));
    const run = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/avatars\.yml:8:20: media\/consent\.mp4 has no video track/);
    expect(emu.state().requests.total).toBe(0);
  });
});
