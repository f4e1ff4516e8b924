/**
 * A checkout with CRLF line endings (Windows with core.autocrlf): the manifest and the
 * lockfile read as they do with LF, errors point at the same lines, and a lockfile that
 * differs from the written one only in its line endings is not seen as changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

const MANIFEST = crlf(`version: 1
defaults:
  gender: f
  video_scene: office
avatars:
  - creator_name: James
    lipsync_input: media/james.mp4
  - lipsync_input: "media/team/*.mp4"
    creator_name: "Team {stem}"
    key: "team-{stem}"
`);

describe('a CRLF checkout', () => {
  it('plans and syncs a CRLF manifest, and a CRLF lockfile is unchanged, not rewritten', async () => {
    emu = await emulator();
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, 'media/james.mp4': video('james'), 'media/team/bo.mp4': video('bo') });
    const first = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(first.code, first.all).toBe(0);
    expect(JSON.parse(first.outputs.created!)).toHaveLength(2);
    const names = (JSON.parse(first.outputs.avatars!) as { creator_name: string }[]).map((a) => a.creator_name);
    expect(names).toEqual(['James', 'Team bo']);

    // git checks the committed lockfile out again, with CRLF
    const lockfile = join(workspace, 'avatars.lock.json');
    const checkedOut = crlf(readFileSync(lockfile, 'utf8'));
    writeFileSync(lockfile, checkedOut);

    const plan = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(plan.code, plan.all).toBe(0);
    expect((JSON.parse(plan.outputs.avatars!) as { action: string }[]).map((a) => a.action)).toEqual(['unchanged', 'unchanged']);

    const sync = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(sync.code, sync.all).toBe(0);
    expect(JSON.parse(sync.outputs.created!)).toEqual([]);
    expect(emu.state().creates).toHaveLength(2);
    expect(sync.all).not.toMatch(/changed: commit it|Commit the lockfile/);
    expect(readFileSync(lockfile, 'utf8')).toBe(checkedOut);
  });

  it.each([
    { name: 'an unknown key', body: '  - creator_name: A\n    lipsync_input: media/a.mp4\n    gendr: m\n', line: 8, column: 5, message: /unknown key "gendr".*did you mean "gender"/ },
    { name: 'a duplicate key', body: '  - creator_name: A\n    lipsync_input: media/a.mp4\n  - creator_name: A\n    lipsync_input: media/a.mp4\n', line: 8, column: 5, message: /duplicate avatar key "A".*line 6/ },
    { name: 'invalid YAML', body: '  - creator_name: A\n    lipsync_input: media/a.mp4\n    gender: [m\n', line: 8, column: undefined, message: /invalid YAML/ },
  ])('points $name at the same line as with LF', async ({ body, line, column, message }) => {
    const manifest = `version: 1\ndefaults:\n  gender: f\n  video_scene: office\navatars:\n${body}`;
    for (const text of [manifest, crlf(manifest)]) {
      const workspace = makeWorkspace({ 'avatars.yml': text, 'media/a.mp4': video('a') });
      const run = await runAction({ workspace, inputs: { mode: 'plan' } });
      expect(run.code).toBe(1);
      const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error ') && l.includes('file=avatars.yml'));
      expect(annotation, run.stdout).toContain(`line=${line}`);
      if (column !== undefined) expect(annotation).toContain(`col=${column}`);
      expect(annotation).toMatch(message);
      expect(run.stdout).not.toContain('\r');
    }
  });
});
