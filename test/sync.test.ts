/**
 * Whole-action sync against the emulator as a separate server: exactly one avatar per
 * manifest avatar, the right fields and bytes received, nothing twice.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { readLock } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const MANIFEST = `version: 1
defaults:
  gender: f
  video_scene: office
  labels: [marketing, spring]
avatars:
  - creator_name: James
    gender: m
    keywords: "host, studio"
    lipsync_input: media/james.mp4
    consent_video: media/consent/james.mp4
  - lipsync_input: "media/team/*.mp4"
    creator_name: "Team {stem}"
    key: "team-{stem}"
  - key: ana-2026
    creator_name: Ana
    lipsync_input: https://cdn.example.com/ana.mp4
    consent_video: https://cdn.example.com/ana-consent.mp4
`;

describe('sync', () => {
  it('creates exactly one avatar per manifest avatar, then nothing, then one replacement', async () => {
    emu = await emulator();
    const files = {
      'media/james.mp4': video('james', 30_000),
      'media/consent/james.mp4': video('james-consent'),
      'media/team/bo.mp4': video('bo'),
      'media/team/cy.mp4': video('cy'),
    };
    const workspace = makeWorkspace({ 'avatars.yml': MANIFEST, ...files });

    const first = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(first.code, first.all).toBe(0);
    const created = JSON.parse(first.outputs.created!) as string[];
    expect(created).toHaveLength(4);
    const state = emu.state();
    expect(state.personas).toHaveLength(4);
    expect(new Set(state.personas.map((p) => p.persona.id))).toEqual(new Set(created));

    // what the emulator received, field by field and byte by byte
    const byName = new Map(state.creates.map((c) => [c.fields.creator_name, c]));
    const james = byName.get('James')!;
    expect(james.route).toBe('/api/personas_v2/');
    expect(james.body).toBe('multipart');
    expect(james.chunked).toBe(false);
    expect(james.contentLength).toBeGreaterThan(30_000);
    expect(james.fields).toMatchObject({ creator_name: 'James', gender: 'm', video_scene: 'office', keywords: 'host, studio', labels: ['marketing', 'spring'] });
    const lipsync = james.files.find((f) => f.field === 'lipsync_input')!;
    expect(lipsync).toMatchObject({ filename: 'James.mp4', contentType: 'video/mp4', size: files['media/james.mp4'].length, sha256: sha(files['media/james.mp4']) });
    const consent = james.files.find((f) => f.field === 'consent_video')!;
    expect(consent.sha256).toBe(sha(files['media/consent/james.mp4']));
    expect(byName.get('Team bo')!.files[0]!.sha256).toBe(sha(files['media/team/bo.mp4']));
    expect(byName.get('Team cy')!.fields).toMatchObject({ gender: 'f' });
    const ana = byName.get('Ana')!;
    expect(ana.route).toBe('/api/personas/');
    expect(ana.body).toBe('json');
    expect(ana.fields).toMatchObject({ lipsync_input: 'https://cdn.example.com/ana.mp4', consent_video: 'https://cdn.example.com/ana-consent.mp4', creator_name: 'Ana' });

    // outputs and lockfile agree with the emulator
    const avatars = JSON.parse(first.outputs.avatars!) as { key: string; id: string; action: string; status: string }[];
    expect(avatars.map((a) => a.key)).toEqual(['James', 'team-bo', 'team-cy', 'ana-2026']);
    expect(avatars.every((a) => a.action === 'create' && a.status === 'pending')).toBe(true);
    const lock = readLock(workspace);
    expect(Object.keys(lock.avatars).sort()).toEqual(['James', 'ana-2026', 'team-bo', 'team-cy']);
    expect(lock.avatars.James!.sha256).toBe(sha(files['media/james.mp4']));
    expect(new Set(Object.values(lock.avatars).map((e) => e.id))).toEqual(new Set(created));
    expect(first.outputs.lockfile).toBe('avatars.lock.json');
    const results = JSON.parse(readFileSync(first.outputs.results!, 'utf8')) as { created: string[] };
    expect(results.created.sort()).toEqual([...created].sort());
    expect(first.summary).toContain('| Key | Creator name | ID | Action | Status | Source |');

    // second run: nothing to create
    const second = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(second.code, second.all).toBe(0);
    expect(JSON.parse(second.outputs.created!)).toEqual([]);
    expect(emu.state().creates).toHaveLength(4);
    const again = JSON.parse(second.outputs.avatars!) as { action: string; id: string }[];
    expect(again.every((a) => a.action === 'unchanged')).toBe(true);
    expect(new Set(again.map((a) => a.id))).toEqual(new Set(created));

    // one video changes: exactly one replacement, the old id superseded
    const oldBo = lock.avatars['team-bo']!.id;
    writeFileSync(join(workspace, 'media/team/bo.mp4'), video('bo-v2'));
    const third = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(third.code, third.all).toBe(0);
    const replaced = JSON.parse(third.outputs.created!) as string[];
    expect(replaced).toHaveLength(1);
    expect(emu.state().creates).toHaveLength(5);
    const lock3 = readLock(workspace);
    expect(lock3.avatars['team-bo']!.id).toBe(replaced[0]);
    expect(lock3.avatars['team-bo']!.superseded?.map((s) => s.id)).toEqual([oldBo]);
    const avatars3 = JSON.parse(third.outputs.avatars!) as { key: string; action: string }[];
    expect(avatars3.find((a) => a.key === 'team-bo')!.action).toBe('replace');
    expect(avatars3.filter((a) => a.action === 'unchanged')).toHaveLength(3);
  });

  it('fails before any upload when the quota does not fit, with both numbers', async () => {
    emu = await emulator({ quota: 1 });
    const workspace = makeWorkspace({
      'avatars.yml': 'version: 1\navatars:\n  - lipsync_input: "media/*.mp4"\n    creator_name: "{stem}"\n    gender: f\ndefaults:\n  video_scene: office\n',
      'media/a.mp4': video('a'),
      'media/b.mp4': video('b'),
    });
    const run = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/2 avatars to create but the Creatify account has room for 1/);
    expect(emu.state().creates).toHaveLength(0);
  });

  it('fails on wrong credentials without retrying and without printing them', async () => {
    emu = await emulator();
    const workspace = makeWorkspace({
      'avatars.yml': 'version: 1\navatars:\n  - lipsync_input: media/a.mp4\n    creator_name: A\n    gender: f\ndefaults:\n  video_scene: office\n',
      'media/a.mp4': video('a'),
    });
    const run = await runAction({ workspace, inputs: { ...apiInputs(emu), 'api-key': 'sk-wrong-key-123456' }, env: { RUNNER_DEBUG: '1' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*(401|credentials)/i);
    expect(run.all).not.toContain('sk-wrong-key-123456');
    expect(emu.state().requests.total).toBe(1);
  });
});
