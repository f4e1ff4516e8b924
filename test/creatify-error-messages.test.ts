/**
 * Creatify's words reach the user with the avatar they are about: a DRF field map from
 * a refused create becomes a message that names the avatar's key and the field.
 */
import { afterAll, afterEach, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});
afterAll(cleanupWorkspaces);

it('a 400 with a field map names the avatar key and the field, and the other avatars are still created', async () => {
  emu = await emulator();
  // the emulator refuses a blank list item as DRF does: {"labels": {"0": ["This field may not be blank."]}}
  const manifest = [
    'version: 1',
    'defaults:',
    '  gender: f',
    '  video_scene: office',
    'avatars:',
    '  - creator_name: Ana',
    '    lipsync_input: media/ana.mp4',
    '  - creator_name: Bo',
    '    key: bo-2026',
    '    lipsync_input: media/bo.mp4',
    '    labels: [" "]',
    '',
  ].join('\n');
  const workspace = makeWorkspace({ 'avatars.yml': manifest, 'media/ana.mp4': video('ana'), 'media/bo.mp4': video('bo') });
  const run = await runAction({ workspace, inputs: apiInputs(emu) });
  expect(run.code, run.all).toBe(1);
  const refused = emu.state().creates.filter((c) => c.status === 400);
  expect(refused).toHaveLength(1);
  // the failure names the avatar's key, the field and Creatify's own words
  expect(run.stdout).toMatch(/::error::could not create bo-2026: Creatify rejected the request \(400\): labels\.0: This field may not be blank\./);
  expect(emu.state().personas.map((p) => p.persona.creator_name)).toEqual(['Ana']);
});
