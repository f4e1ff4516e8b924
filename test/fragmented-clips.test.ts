/**
 * A fragmented MP4, as browsers, OBS and ffmpeg's `frag_keyframe+empty_moov` write it,
 * has an empty moov: its length is in mvex/mehd, a sidx or the fragments themselves. The
 * plan checks it by that length; one whose length cannot be read is refused with the way
 * to make it readable, unless the duration checks are off. Run as the action, in plan mode.
 */
import { readFileSync } from 'node:fs';
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

/** One avatar whose lipsync_input (line 7, or later after `checks`) names media/clip.mp4. */
function manifest(checks: string[]): string {
  return ['version: 1', ...checks, 'defaults:', '  gender: f', '  video_scene: office', 'avatars:', '  - creator_name: Ana', '    lipsync_input: media/clip.mp4', ''].join('\n');
}

async function plan(clip: Mp4Options | Buffer, checks: string[] = []) {
  emu = await emulator();
  const bytes = Buffer.isBuffer(clip) ? clip : makeMp4({ seed: 'clip', payloadBytes: 100_000, ...clip });
  const workspace = makeWorkspace({ 'avatars.yml': manifest(checks), 'media/clip.mp4': bytes });
  const run = await runAction({ workspace, inputs: apiInputs(emu, { mode: 'plan' }) });
  return { run, requests: emu.state().requests.total };
}

describe.each(['mehd', 'moof', 'sidx'] as const)('a fragmented clip (%s)', (fragmented) => {
  it('of a valid length passes the checks, the plan showing its length', async () => {
    const { run, requests } = await plan({ fragmented, durationSec: 42.5 });
    expect(run.code, run.all).toBe(0);
    expect(run.summary).toMatch(/\| media\/clip\.mp4 \| 42\.5 s, 1280x720 \|/);
    expect(requests).toBe(0);
  });

  it('too short is refused with its real length', async () => {
    const { run } = await plan({ fragmented, durationSec: 9.5 });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/avatars\.yml:7:20: media\/clip\.mp4 is 9\.5 s long; checks need at least 15 s \(checks\.min_duration\)/);
  });
});

describe('a fragmented clip whose length cannot be read', () => {
  // more fragments than the reader walks: 10,020 of 0.05 s, each a moof and an mdat
  const clip = makeMp4({ fragmented: 'moof', durationSec: 501, fragmentSec: 0.05, payloadBytes: 0 });

  it('is refused by the duration checks, saying why and how to remux it', async () => {
    const { run, requests } = await plan(clip);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /avatars\.yml:7:20: media\/clip\.mp4 is a fragmented MP4 whose length cannot be read \(more than 20000 boxes follow its moov, too many to add up\), so checks\.min_duration and checks\.max_duration cannot be checked/,
    );
    expect(run.stdout).toContain('ffmpeg -i in.mp4 -c copy -movflags +faststart out.mp4');
    expect(run.stdout).not.toMatch(/0\.0 s long/);
    expect(requests).toBe(0);
  });

  it('passes when the duration checks are off, its length shown as unknown, not as 0 s', async () => {
    const { run } = await plan(clip, ['checks:', '  min_duration: null', '  max_duration: null']);
    expect(run.code, run.all).toBe(0);
    expect(run.summary).toMatch(/\| media\/clip\.mp4 \| length unknown, 1280x720 \|/);
    const results = JSON.parse(readFileSync(run.outputs.results!, 'utf8')) as { avatars: Array<{ video?: { duration: number | null } }> };
    expect(results.avatars[0]?.video).toMatchObject({ duration: null, width: 1280, height: 720 });
  });
});
