/** File names as people write them: unicode, spaces, leading dashes, long paths, case. */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const longDir = Array.from({ length: 12 }, (_, i) => `level-${i}-${'x'.repeat(12)}`).join('/');

describe('paths', () => {
  it('unicode, spaces, leading dashes, Windows separators and long paths upload, each under a name made from its key', async () => {
    emu = await emulator();
    const workspace = makeWorkspace({
      'avatars.yml': [
        'version: 1',
        'defaults:',
        '  gender: f',
        '  video_scene: office',
        'avatars:',
        '  - creator_name: José',
        '    lipsync_input: "media/José Ñúñez.mp4"',
        '  - creator_name: Dash',
        '    lipsync_input: "media/-dash --leading.mp4"',
        '  - creator_name: Win',
        '    lipsync_input: "media\\\\win\\\\clip.mp4"',
        '  - creator_name: Deep',
        `    lipsync_input: "${longDir}/deep.mp4"`,
        '  - creator_name: "{stem}"',
        '    key: "glob-{stem}"',
        '    lipsync_input: "media/日本/*.mp4"',
        '',
      ].join('\n'),
      'media/José Ñúñez.mp4': video('jose'),
      'media/-dash --leading.mp4': video('dash'),
      'media/win/clip.mp4': video('win'),
      [`${longDir}/deep.mp4`]: video('deep'),
      'media/日本/さくら.mp4': video('sakura'),
    });
    const run = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(run.code, run.all).toBe(0);
    const names = emu
      .state()
      .creates.map((c) => [c.fields.creator_name, c.files[0]?.filename])
      .sort();
    expect(names).toEqual(
      [
        // each sent under a short, safe name made from its key, whatever the file is called
        ['Dash', 'Dash.mp4'],
        ['Deep', 'Deep.mp4'],
        ['José', 'Jose.mp4'],
        ['Win', 'Win.mp4'],
        ['さくら', 'glob.mp4'],
      ].sort(),
    );
    const avatars = JSON.parse(run.outputs.avatars!) as { key: string; source: string }[];
    expect(avatars.find((a) => a.key === 'Win')!.source).toBe('media/win/clip.mp4');
  });

  it('a name that differs only in case or unicode form is not found, with a located error', async () => {
    const workspace = makeWorkspace({
      'avatars.yml': 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/James.mp4\n  - creator_name: B\n    lipsync_input: "media/Jose\u0301.mp4"\ndefaults:\n  gender: f\n  video_scene: office\n',
      'media/james.mp4': video('a'),
      'media/Jos\u00e9.mp4': video('b'),
    });
    const run = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file=avatars.yml'));
    expect(errors.some((l) => l.includes('line=4') && /James\.mp4 does not exist/.test(l))).toBe(true);
    expect(errors.some((l) => l.includes('line=6') && /does not exist.*did you mean media\/Jos\u00e9\.mp4/.test(l))).toBe(true);
  });
});
