/**
 * Creatify's framework (Django REST Framework) trims text, checks URLs by Django's rules,
 * refuses blank list items and file names over 100 characters. The product matches it:
 * a lost answer for a name with surrounding spaces is found, not created again, and what
 * Creatify would refuse is refused at plan time, located, before anything is sent.
 */
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { uploadName } from '../src/creatify/upload-name.js';
import type { Problem } from '../src/errors.js';
import { loadManifest } from '../src/manifest/load.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { readLock } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});
afterAll(cleanupWorkspaces);

const manifest = (avatar: string[], defaults: string[] = []): string =>
  ['version: 1', 'defaults:', '  gender: f', '  video_scene: office', ...defaults, 'avatars:', ...avatar, ''].join('\n');

describe('text as Creatify stores it', () => {
  it('a lost answer for " Oda " is found as "Oda" and adopted, not created again', async () => {
    emu = await emulator();
    emu.setFaults({ queue: [{ method: 'POST', route: '/api/personas_v2/', kind: 'drop-after-create' }] });
    const workspace = makeWorkspace({
      'avatars.yml': manifest(['  - creator_name: " Oda "', '    lipsync_input: media/oda.mp4', '    labels: [" spring ", summer]']),
      'media/oda.mp4': video('oda'),
    });
    const run = await runAction({ workspace, inputs: apiInputs(emu, { 'request-timeout': '3s' }) });
    expect(run.code, run.all).toBe(0);
    expect(emu.state().faults.injected.map((f) => f.kind)).toEqual(['drop-after-create']);
    const personas = emu.state().personas.map((p) => p.persona);
    expect(personas).toHaveLength(1);
    expect(emu.state().creates).toHaveLength(1);
    // sent as Creatify stores it
    expect(emu.state().creates[0]?.fields).toMatchObject({ creator_name: 'Oda', labels: ['spring', 'summer'] });
    expect(personas[0]?.creator_name).toBe('Oda');
    expect(run.stdout).toContain(`Adopted Oda: ${personas[0]!.id}`);
    // the key defaults to the trimmed name, and the lockfile records the name as stored
    const lock = readLock(workspace);
    expect(Object.keys(lock.avatars)).toEqual(['Oda']);
    expect(lock.avatars.Oda).toMatchObject({ id: personas[0]!.id, creator_name: 'Oda' });

    const again = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(again.code, again.all).toBe(0);
    expect(emu.state().creates).toHaveLength(1);
  });

  it('an explicit key is trimmed too, so " oda " and "oda" are one key', async () => {
    const workspace = makeWorkspace({
      'avatars.yml': manifest([
        '  - key: " oda "',
        '    creator_name: Oda',
        '    lipsync_input: media/a.mp4',
        '  - key: oda',
        '    creator_name: Oda',
        '    lipsync_input: media/b.mp4',
      ]),
      'media/a.mp4': video('a'),
      'media/b.mp4': video('b'),
    });
    const run = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(run.code).toBe(1);
    expect(run.all).toMatch(/avatars\.yml:\d+:\d+.*duplicate avatar key "oda"/);
  });
});

async function load(files: Record<string, string | Buffer>): Promise<{ avatars: { key: string; fields: object }[]; problems: Problem[] }> {
  const workspace = makeWorkspace(files);
  try {
    const loaded = await loadManifest({ workspace, path: join(workspace, 'avatars.yml'), displayPath: 'avatars.yml' });
    return { avatars: loaded.avatars, problems: [] };
  } catch (error) {
    return { avatars: [], problems: (error as { problems: Problem[] }).problems };
  }
}

describe('the manifest trims text as Creatify does', () => {
  it('trims every text field, after placeholders too, and measures limits on the trimmed value', async () => {
    const long = 'x'.repeat(255);
    const { avatars, problems } = await load({
      'avatars.yml': manifest(
        [
          `  - creator_name: "  ${long}  "`,
          '    key: " {stem} "',
          '    video_scene: "\tstudio "',
          '    keywords: " a, b "',
          '    lipsync_input: "media/*.mp4"',
        ],
        ['  webhook_url: " https://hooks.example.com/x "'],
      ),
      'media/ oda .mp4': video('a'),
    });
    expect(problems).toEqual([]);
    expect(avatars.map((a) => [a.key, a.fields])).toEqual([
      ['oda', { creator_name: long, gender: 'f', video_scene: 'studio', keywords: 'a, b', webhook_url: 'https://hooks.example.com/x' }],
    ]);
  });

  it('refuses a value blank once placeholders are filled in and trimmed, and one too long once trimmed', async () => {
    const { problems } = await load({
      'avatars.yml': manifest([
        '  - creator_name: "{stem}"',
        '    lipsync_input: "media/ .mp4"',
        `  - creator_name: "  ${'y'.repeat(256)} "`,
        '    lipsync_input: media/a.mp4',
      ]),
      'media/ .mp4': video('blank'),
      'media/a.mp4': video('a'),
    });
    expect(problems.map((p) => [p.message, p.location?.line])).toEqual([
      ['avatars[0].creator_name is empty after placeholders are filled in and surrounding spaces trimmed', 6],
      ['avatars[1].creator_name is too long: at most 255 characters, found 256', 8],
    ]);
  });
});

describe('limits count characters as Creatify does', () => {
  it('200 emoji fit in 255 characters; 256 do not, and the message counts them as characters', async () => {
    const fits = await load({
      'avatars.yml': manifest(['  - creator_name: A', '    lipsync_input: media/a.mp4', `    video_scene: "${'😀'.repeat(200)}"`, `    labels: ["${'🌸'.repeat(255)}"]`]),
      'media/a.mp4': video('a'),
    });
    expect(fits.problems).toEqual([]);
    const over = await load({
      'avatars.yml': manifest(['  - creator_name: A', '    lipsync_input: media/a.mp4', `    keywords: " ${'😀'.repeat(256)} "`, `    labels: [ok, "${'🌸'.repeat(256)}"]`]),
      'media/a.mp4': video('a'),
    });
    expect(over.problems.map((p) => [p.message, p.location?.line])).toEqual([
      ['avatars[0].keywords is too long: at most 255 characters, found 256 characters', 8],
      ['avatars[0].labels[1] is too long: at most 255 characters, found 256 characters', 9],
    ]);
  });
});

describe('what Creatify would refuse is refused at plan time, before any request', () => {
  const cases = [
    {
      name: 'a webhook host with an underscore',
      yaml: manifest(['  - creator_name: A', '    lipsync_input: media/a.mp4'], ['  webhook_url: https://my_hooks.example.com/creatify']),
      line: 5,
      message: /defaults\.webhook_url is not a URL Creatify accepts: it has the host "my_hooks\.example\.com", which holds "_"/,
    },
    {
      name: 'a blank label',
      yaml: manifest(['  - creator_name: A', '    lipsync_input: media/a.mp4', '    labels: [spring, " "]']),
      line: 8,
      message: /avatars\[0\]\.labels\[1\] is blank: Creatify trims surrounding spaces, which leaves nothing/,
    },
    {
      name: 'an empty label',
      yaml: manifest(['  - creator_name: A', '    lipsync_input: media/a.mp4', '    labels: [""]']),
      line: 8,
      message: /avatars\[0\]\.labels\[0\] must not be empty/,
    },
    {
      name: 'a creator_name of spaces',
      yaml: manifest(['  - creator_name: "   "', '    lipsync_input: media/a.mp4']),
      line: 6,
      message: /avatars\[0\]\.creator_name is blank/,
    },
    {
      name: 'a clip URL whose host has an underscore',
      yaml: manifest(['  - creator_name: A', '    lipsync_input: https://cdn_1.example.com/a.mp4']),
      line: 7,
      message: /avatars\[0\]\.lipsync_input is not a URL Creatify accepts: it has the host "cdn_1\.example\.com"/,
    },
  ];

  it.each(cases)('$name: plan and sync fail naming the line, with no request to Creatify', async ({ yaml, line, message }) => {
    emu = await emulator();
    const workspace = makeWorkspace({ 'avatars.yml': yaml, 'media/a.mp4': video('a') });
    for (const mode of ['plan', 'sync']) {
      const run = await runAction({ workspace, inputs: apiInputs(emu, { mode }) });
      expect(run.code, run.all).toBe(1);
      expect(run.all).toMatch(message);
      expect(run.all).toContain(`avatars.yml:${line}:`);
    }
    expect(emu.state().requests.total).toBe(0);
  });

  it('a video whose file name is 120 characters long uploads under a short name made from the key', async () => {
    emu = await emulator();
    const stem = 'n'.repeat(116);
    const workspace = makeWorkspace({
      'avatars.yml': manifest(['  - creator_name: "{stem}"', '    lipsync_input: "media/*.mp4"']),
      [`media/${stem}.mp4`]: video('long'),
    });
    const run = await runAction({ workspace, inputs: apiInputs(emu) });
    expect(run.code, run.all).toBe(0);
    const [create] = emu.state().creates;
    expect(create?.status).toBe(201);
    expect(create?.files.map((f) => f.filename)).toEqual([`${'n'.repeat(40)}.mp4`]);
    expect(emu.state().personas.map((p) => p.persona.creator_name)).toEqual([stem]);
  });
});

describe('upload names', () => {
  it.each([
    ['James', 'video/mp4', 'lipsync_input', 'James.mp4'],
    ['ana-2026', 'video/quicktime', 'lipsync_input', 'ana-2026.mov'],
    ['ana-2026', 'video/mp4', 'consent_video', 'ana-2026-consent.mp4'],
    ['Zoë Łukasz / team: "sales"', 'video/mp4', 'lipsync_input', 'Zoe-ukasz-team-sales.mp4'],
    ['  ../../etc/passwd  ', 'video/mp4', 'lipsync_input', 'etc-passwd.mp4'],
    ['日本語', 'video/mp4', 'lipsync_input', 'avatar.mp4'],
    ['x'.repeat(300), 'video/quicktime', 'consent_video', `${'x'.repeat(40)}-consent.mov`],
  ] as const)('%s (%s, %s) is sent as %s', (key, type, field, name) => {
    expect(uploadName(key, type, field)).toBe(name);
  });
});
