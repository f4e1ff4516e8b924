/**
 * `gender` and `video_scene` are required for every avatar once defaults are applied,
 * for file and URL avatars alike: Creatify lists both as required, and a 400 after the
 * upload would cost the whole video.
 */
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import type { Problem } from '../src/errors.js';
import { loadManifest } from '../src/manifest/load.js';
import { manifestJsonSchema } from '../src/manifest/schema.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});
afterAll(cleanupWorkspaces);

async function problemsOf(manifest: string): Promise<Problem[]> {
  const workspace = makeWorkspace({ 'avatars.yml': manifest, 'media/a.mp4': video('a'), 'media/b.mp4': video('b') });
  try {
    await loadManifest({ workspace, path: join(workspace, 'avatars.yml'), displayPath: 'avatars.yml' });
  } catch (error) {
    return (error as { problems: Problem[] }).problems;
  }
  return [];
}

describe('gender and video_scene after defaults', () => {
  it('names the file, line and column of each avatar entry that lacks one, file and URL alike', async () => {
    const manifest = [
      'version: 1',
      'avatars:',
      '  - creator_name: A',
      '    lipsync_input: media/a.mp4',
      '    video_scene: office',
      '  - creator_name: B',
      '    gender: m',
      '    lipsync_input: https://cdn.example.com/b.mp4',
      '',
    ].join('\n');
    const problems = await problemsOf(manifest);
    expect(problems).toEqual([
      {
        message: 'avatars[0] has no gender: Creatify requires it for every avatar',
        location: expect.objectContaining({ file: 'avatars.yml', line: 3, column: 5 }),
        path: 'avatars[0]',
        hint: 'set gender: m, f or nb on the avatar, or once in defaults: for all avatars',
      },
      {
        message: 'avatars[1] has no video_scene: Creatify requires it for every avatar',
        location: expect.objectContaining({ file: 'avatars.yml', line: 6, column: 5 }),
        path: 'avatars[1]',
        hint: 'set video_scene (one word for the backdrop, e.g. office) on the avatar, or once in defaults: for all avatars',
      },
    ]);
  });

  it('accepts them from defaults, and an avatar’s own value over defaults', async () => {
    const fromDefaults = 'version: 1\ndefaults:\n  gender: nb\n  video_scene: studio\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n';
    expect(await problemsOf(fromDefaults)).toEqual([]);
    const own = 'version: 1\ndefaults:\n  gender: nb\navatars:\n  - creator_name: A\n    video_scene: office\n    lipsync_input: media/a.mp4\n  - creator_name: B\n    lipsync_input: media/b.mp4\n';
    expect((await problemsOf(own)).map((p) => [p.message, p.location?.line])).toEqual([
      ['avatars[1] has no video_scene: Creatify requires it for every avatar', 8],
    ]);
  });

  it('is stated by the JSON Schema: each avatar requires the field unless defaults set it', () => {
    const schema = manifestJsonSchema() as { allOf: unknown[]; $defs?: unknown };
    expect(schema.allOf).toEqual([
      {
        if: { required: ['defaults'], properties: { defaults: { required: ['gender'] } } },
        else: { properties: { avatars: { items: { required: ['gender'] } } } },
      },
      {
        if: { required: ['defaults'], properties: { defaults: { required: ['video_scene'] } } },
        else: { properties: { avatars: { items: { required: ['video_scene'] } } } },
      },
    ]);
    expect(JSON.stringify(schema)).toMatch(/Required for every avatar: set it on the avatar or in defaults/);
  });
});

describe('a manifest missing a required field, run as the action', () => {
  // the second avatar (line 7, a URL avatar) lacks the field; the first one is complete
  const lacking = (field: 'gender' | 'video_scene'): string =>
    [
      'version: 1',
      'avatars:',
      '  - creator_name: Ana',
      '    lipsync_input: media/ana.mp4',
      '    gender: f',
      '    video_scene: office',
      '  - creator_name: Bo',
      '    lipsync_input: https://cdn.example.com/bo.mp4',
      field === 'gender' ? '    video_scene: office' : '    gender: m',
      '',
    ].join('\n');

  for (const field of ['gender', 'video_scene'] as const) {
    for (const mode of ['plan', 'sync'] as const) {
      it(`without ${field} fails at ${mode} naming the line, with zero requests to Creatify`, async () => {
        emu = await emulator();
        const workspace = makeWorkspace({ 'avatars.yml': lacking(field), 'media/ana.mp4': video('ana') });
        const run = await runAction({ workspace, inputs: apiInputs(emu, { mode }) });
        expect(run.code, run.all).toBe(1);
        const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error ') && l.includes('file=avatars.yml'));
        expect(annotation, run.stdout).toBeDefined();
        expect(annotation).toContain('line=7');
        expect(annotation).toContain(`avatars[1] has no ${field}`);
        expect(run.stdout).toMatch(new RegExp(`avatars\\.yml:7:5: avatars\\[1\\] has no ${field}`));
        expect(run.stdout).toMatch(/on the avatar, or once in defaults: for all avatars/);
        expect(emu.state().requests.total).toBe(0);
      });
    }
  }
});
