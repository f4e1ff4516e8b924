/**
 * Every broken manifest gives a non-zero exit and an error that names the manifest file
 * and line, through the built action run as the runner runs it.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { cleanupWorkspaces, makeWorkspace, video } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);

const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';

interface Case {
  name: string;
  manifest: string;
  files?: Record<string, string | Buffer | { symlink: string }>;
  line: number;
  message: RegExp;
}

const ok = { 'media/a.mp4': video('a') };

const cases: Case[] = [
  { name: 'invalid YAML', manifest: 'version: 1\navatars:\n  - creator_name: [unclosed\n', line: 3, message: /invalid YAML/ },
  { name: 'invalid YAML mid-file', manifest: 'version: 1\navatars: x: y\n  - creator_name: A\n', line: 2, message: /invalid YAML/ },
  { name: 'version 2', manifest: 'version: 2\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n', files: ok, line: 1, message: /unsupported manifest version 2/ },
  { name: 'unknown key one letter off', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n    gendr: m\ndefaults:\n  gender: f\n  video_scene: office\n', files: ok, line: 5, message: /unknown key "gendr".*did you mean "gender"/ },
  { name: 'gender x', manifest: 'version: 1\navatars:\n  - creator_name: A\n    gender: x\n    lipsync_input: media/a.mp4\ndefaults:\n  video_scene: office\n', files: ok, line: 4, message: /gender must be one of "m", "f", "nb"/ },
  { name: '300-character creator_name', manifest: `version: 1\navatars:\n  - lipsync_input: media/a.mp4\n    creator_name: ${'x'.repeat(300)}\ndefaults:\n  gender: f\n  video_scene: office\n`, files: ok, line: 4, message: /creator_name is too long: at most 255 characters, found 300/ },
  { name: 'glob matching nothing', manifest: 'version: 1\navatars:\n  - creator_name: "{stem}"\n    lipsync_input: "media/none/*.mp4"\ndefaults:\n  gender: f\n  video_scene: office\n', files: ok, line: 4, message: /matches no file/ },
  { name: '../outside.mp4', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: ../outside.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', line: 4, message: /leads outside the repository/ },
  { name: 'absolute path outside', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: /etc/passwd\ndefaults:\n  gender: f\n  video_scene: office\n', line: 4, message: /absolute path/ },
  { name: 'symlink pointing outside', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/link.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', files: { 'media/link.mp4': { symlink: '/etc/hostname' } }, line: 4, message: /outside|leads out/ },
  { name: 'duplicate key', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n  - creator_name: A\n    lipsync_input: media/b.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', files: { ...ok, 'media/b.mp4': video('b') }, line: 5, message: /duplicate avatar key "A".*line 3/ },
  { name: 'LFS pointer', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/lfs.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', files: { 'media/lfs.mp4': LFS_POINTER }, line: 4, message: /Git LFS pointer.*lfs: true|git lfs pull/s },
  { name: 'text file named .mp4', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/t.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', files: { 'media/t.mp4': 'hello, I am not a video at all\n' }, line: 4, message: /not an MP4\/QuickTime video/ },
  { name: 'a line break in creator_name', manifest: 'version: 1\navatars:\n  - lipsync_input: media/a.mp4\n    creator_name: "A\\n::error title=x::injected"\ndefaults:\n  gender: f\n  video_scene: office\n', files: ok, line: 4, message: /creator_name holds a control character/ },
  { name: 'a file name with a line break', manifest: 'version: 1\navatars:\n  - creator_name: "{stem}"\n    lipsync_input: "media/*.mp4"\ndefaults:\n  gender: f\n  video_scene: office\n', files: { 'media/a\n::warning::x.mp4': video('n') }, line: 4, message: /control character.*rename the file/ },
  { name: 'a key empty after placeholders', manifest: 'version: 1\navatars:\n  - creator_name: A\n    key: "{dir}"\n    lipsync_input: a.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', files: { 'a.mp4': video('a') }, line: 4, message: /key is empty after placeholders/ },
  { name: 'bytes that are not UTF-8', manifest: '', files: { 'avatars.yml': Buffer.from('version: 1\navatars:\n  - creator_name: Jam\xe9s\n    lipsync_input: media/a.mp4\n', 'latin1'), ...ok }, line: 3, message: /not UTF-8 text/ },
  { name: 'a glob under a link that leads out', manifest: 'version: 1\navatars:\n  - creator_name: "{stem}"\n    lipsync_input: "rootlink/**/*.mp4"\ndefaults:\n  gender: f\n  video_scene: office\n', files: { rootlink: { symlink: '/' } }, line: 4, message: /rootlink leads outside the repository.*not searched/ },
  { name: 'no version', manifest: 'avatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n', files: ok, line: 1, message: /no "version" key.*version: 1/ },
  { name: 'a key twice in a mapping', manifest: 'version: 1\navatars:\n  - creator_name: A\n    creator_name: B\n    lipsync_input: media/a.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', files: ok, line: 4, message: /the key "creator_name" appears twice/ },
  { name: 'two YAML documents', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n---\nversion: 1\n', files: ok, line: 5, message: /more than one YAML document/ },
  { name: 'a YAML merge key', manifest: 'version: 1\navatars:\n  - <<: {gender: m}\n    creator_name: A\n    lipsync_input: media/a.mp4\ndefaults:\n  video_scene: office\n', files: ok, line: 3, message: /unknown key "<<".*merge keys/ },
  { name: 'a number as a name', manifest: 'version: 1\navatars:\n  - lipsync_input: media/a.mp4\n    creator_name: 2026\ndefaults:\n  gender: f\n  video_scene: office\n', files: ok, line: 4, message: /must be a string, not .*quote it to keep it text: "2026"/ },
  { name: 'a glob giving every file one key', manifest: 'version: 1\navatars:\n  - creator_name: Fixed\n    lipsync_input: "media/*.mp4"\ndefaults:\n  gender: f\n  video_scene: office\n', files: { 'media/a.mp4': video('a'), 'media/b.mp4': video('b'), 'media/c.mp4': video('c') }, line: 3, message: /the 3 files avatars\[0\] matches all get this key.*\{stem\}/ },
  { name: '".." that stays inside', manifest: 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/team/../a.mp4\ndefaults:\n  gender: f\n  video_scene: office\n', files: ok, line: 4, message: /contains "\.\.".*without "\.\.": media\/a\.mp4/ },
  { name: 'an unknown placeholder in defaults', manifest: 'version: 1\ndefaults:\n  video_scene: "{foo}"\n  gender: f\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n  - creator_name: B\n    lipsync_input: media/b.mp4\n', files: { ...ok, 'media/b.mp4': video('b') }, line: 3, message: /defaults\.video_scene has an unknown placeholder \{foo\}/ },
  { name: 'an unclosed quote, shown where it opens', manifest: 'version: 1\navatars:\n  - creator_name: "A\n    lipsync_input: media/a.mp4\n    gender: m\n', files: ok, line: 3, message: /invalid YAML: Missing closing "quote/ },
  { name: 'http webhook_url', manifest: 'version: 1\ndefaults:\n  webhook_url: http://hooks.example.com/x\n  gender: f\n  video_scene: office\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n', files: ok, line: 3, message: /webhook_url must be an https URL/ },
];

describe('broken manifests fail with a located error', () => {
  // Windows forbids a line break in a file name, and links to / or /etc/hostname mean nothing there
  const here = process.platform === 'win32' ? cases.filter((c) => !['a file name with a line break', 'symlink pointing outside', 'a glob under a link that leads out'].includes(c.name)) : cases;
  it.each(here)('$name', async ({ manifest, files, line, message }) => {
    const workspace = makeWorkspace({ 'avatars.yml': manifest, ...(files ?? {}) });
    const run = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(run.code).toBe(1);
    // an error annotation on the manifest at the line
    const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error ') && l.includes('file=avatars.yml'));
    expect(annotation, run.stdout).toBeDefined();
    expect(annotation).toContain(`line=${line}`);
    expect(annotation).toMatch(message);
    // and the failure message names file and line
    expect(run.stdout).toMatch(new RegExp(`avatars\\.yml:${line}:\\d+: `));
    expect(run.all).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  });

  it('refuses a manifest or lockfile that is a link leading outside the repository, and quotes nothing of its target', async () => {
    const outside = makeWorkspace({ 'secret.env': 'SECRET_TOKEN=do-not-print\nOTHER: 1\n' });
    const linked = makeWorkspace({ 'avatars.yml': { symlink: join(outside, 'secret.env') }, ...ok });
    const manifestRun = await runAction({ workspace: linked, inputs: { mode: 'plan' } });
    expect(manifestRun.code).toBe(1);
    expect(manifestRun.all).toMatch(/the manifest avatars\.yml is a symbolic link that leads outside the repository/);
    expect(manifestRun.all).not.toMatch(/SECRET_TOKEN|do-not-print|OTHER/);

    const lockLinked = makeWorkspace({
      'avatars.yml': 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\ndefaults:\n  gender: f\n  video_scene: office\n',
      'avatars.lock.json': { symlink: join(outside, 'secret.env') },
      ...ok,
    });
    const lockRun = await runAction({ workspace: lockLinked, inputs: { mode: 'plan' } });
    expect(lockRun.code).toBe(1);
    expect(lockRun.all).toMatch(/the lockfile avatars\.lock\.json is a symbolic link that leads outside the repository/);
    expect(lockRun.all).not.toMatch(/SECRET_TOKEN|do-not-print|OTHER/);
  });

  it('names a file whose name holds glob characters as it is, instead of matching it as a glob', async () => {
    const workspace = makeWorkspace({
      'avatars.yml': 'version: 1\navatars:\n  - creator_name: "{stem}"\n    lipsync_input: "media/[draft] ana.mp4"\ndefaults:\n  gender: f\n  video_scene: office\n',
      'media/[draft] ana.mp4': video('draft'),
      'media/d ana.mp4': video('d'),
    });
    const run = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(run.code, run.all).toBe(0);
    const avatars = JSON.parse(run.outputs.avatars!) as { key: string; source: string }[];
    expect(avatars).toEqual([expect.objectContaining({ key: '[draft] ana', source: 'media/[draft] ana.mp4' })]);
  });

  it('reports every problem of a manifest in one run', async () => {
    const workspace = makeWorkspace({
      'avatars.yml': 'version: 1\navatars:\n  - creator_name: A\n    gender: x\n    lipsync_input: media/a.mp4\n  - creator_name: B\n    lipsync_input: media/missing.mp4\n    colour: red\ndefaults:\n  gender: f\n  video_scene: office\n',
      ...ok,
    });
    const run = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(run.code).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations.some((a) => a.includes('line=4') && a.includes('gender'))).toBe(true);
    expect(annotations.some((a) => a.includes('line=8') && a.includes('colour'))).toBe(true);
    // outputs a later step can still parse, and a job summary that says what is wrong
    for (const name of ['avatars', 'created', 'approved', 'pending', 'failed']) expect(run.outputs[name]).toBe('[]');
    expect(run.outputs.lockfile).toBe('avatars.lock.json');
    expect(run.summary).toMatch(/## Creatify avatars: plan/);
    expect(run.summary).toMatch(/the manifest avatars\.yml has 2 problems/);
    expect(run.summary).toMatch(/avatars\.yml:8:\d+: .*colour/);
  });
});
