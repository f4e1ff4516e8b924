/** --json: the result document on stdout even when the run fails, else an error document. */
import { afterAll, describe, expect, it } from 'vitest';
import { cli, manifestWorkspace } from './helpers/cli.js';
import { API_ID, API_KEY, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);

interface ErrorDocument {
  error: { code: string; message: string; hint: string | null; problems: { message: string; file?: string; line?: number; column?: number }[] };
}

describe('--json', () => {
  it('prints the results document with its failure when Creatify rejects an avatar, and exits 1', async () => {
    const emu = await emulator({ approveAfterMs: 300, rejectPattern: /person-2/ });
    try {
      const dir = manifestWorkspace(2);
      const run = await cli(['sync', '--json', '--wait', '--poll-interval', '1s', '--api-url', emu.url], dir, { CREATIFY_API_ID: API_ID, CREATIFY_API_KEY: API_KEY });
      expect(run.code, run.stderr).toBe(1);
      const doc = JSON.parse(run.stdout) as { mode: string; avatars: { key: string; status: string }[]; failure: { code: string; message: string } };
      expect(doc.mode).toBe('sync');
      expect(doc.avatars.map((a) => [a.key, a.status])).toEqual([['person-1', 'approved'], ['person-2', 'rejected']]);
      expect(doc.failure.code).toBe('AVATAR_REJECTED');
      expect(doc.failure.message).toContain('person-2');
    } finally {
      await emu.close();
    }
  });

  it('prints an error document with the problems, file and line, of a broken manifest', async () => {
    const dir = manifestWorkspace(1, { 'broken.yml': 'version: 1\navatars:\n  - creator_name: x\n    gender: q\n' });
    const run = await cli(['plan', '--json', '--manifest', 'broken.yml'], dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ErrorDocument;
    expect(doc.error.code).toBe('MANIFEST_INVALID');
    expect(doc.error.problems.length).toBeGreaterThan(0);
    expect(doc.error.problems[0]).toMatchObject({ file: 'broken.yml', line: expect.any(Number) as number, column: expect.any(Number) as number });
  });

  it('prints an error document for a usage error, and exits 2', async () => {
    const run = await cli(['sync', '--json', '--concurrency', '99'], manifestWorkspace(1));
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as ErrorDocument;
    expect(doc.error).toMatchObject({ code: 'INPUT_INVALID', message: expect.stringContaining('--concurrency') as string, problems: [] });
  });
});
