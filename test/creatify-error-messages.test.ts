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
  // a server stricter than the manifest knows (one without "nb", say) answers in DRF's shape
  emu.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind: '400', fields: { gender: ['"nb" is not a valid choice.'] } }] });
  const manifest = [
    'version: 1',
    'defaults:',
    '  gender: f',
    '  video_scene: office',
    'avatars:',
    '  - creator_name: Bo',
    '    key: bo-2026',
    '    gender: nb',
    '    lipsync_input: media/bo.mp4',
    '  - creator_name: Ana',
    '    lipsync_input: https://cdn.example.com/ana.mp4',
    '',
  ].join('\n');
  // Bo alone is uploaded, so the refusal on the upload route meets Bo's create whatever the order
  const workspace = makeWorkspace({ 'avatars.yml': manifest, 'media/bo.mp4': video('bo') });
  const run = await runAction({ workspace, inputs: apiInputs(emu) });
  expect(run.code, run.all).toBe(1);
  expect(emu.state().faults.injected.map((f) => f.kind)).toEqual(['400']);
  // the failure names the avatar's key, the field and Creatify's own words
  expect(run.stdout).toMatch(/::error::could not create bo-2026: Creatify rejected the request \(400\): gender: "nb" is not a valid choice\./);
  expect(emu.state().personas.map((p) => p.persona.creator_name)).toEqual(['Ana']);
});
