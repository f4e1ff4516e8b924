/** Exit codes: 0 success, 1 failure, 2 usage error, 130 interrupted (with what was done written). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, manifestWorkspace } from './helpers/cli.js';
import { API_ID, API_KEY, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);

describe('exit codes', () => {
  it('0 for a plan that succeeds, 1 for a broken manifest', async () => {
    const dir = manifestWorkspace(1, { 'broken.yml': 'version: 1\navatars:\n  - creator_name: x\n' });
    expect((await cli(['plan'], dir)).code).toBe(0);
    const broken = await cli(['plan', '--manifest', 'broken.yml'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken\.yml:\d+:\d+: /m);
  });

  it('1 for a sync that fails at Creatify (credentials refused)', async () => {
    const emu = await emulator();
    try {
      const dir = manifestWorkspace(1);
      const run = await cli(['sync', '--api-url', emu.url], dir, { CREATIFY_API_ID: API_ID, CREATIFY_API_KEY: 'sk-wrong-key-0000' });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^error: /m);
    } finally {
      await emu.close();
    }
  });

  it('2 for usage errors: no command, an unknown command or flag, a bad flag value, a missing argument', async () => {
    const dir = manifestWorkspace(1);
    const cases = [[], ['deploy'], ['plan', '--nope'], ['plan', '--concurrency', '0'], ['sync', '--timeout', 'soon'], ['plan', '--manifest'], ['merge'], ['emulator', '--list-pending', 'maybe']];
    for (const args of cases) {
      const run = await cli(args, dir);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
    }
  });

  it('130 for an interrupted sync, which first writes its lockfile and results', async () => {
    const emu = await emulator({ latencyMs: 400 });
    try {
      const dir = manifestWorkspace(4);
      const run = await cli(['sync', '--api-url', emu.url, '--concurrency', '1', '--results', join(dir, 'results.json')], dir, { CREATIFY_API_ID: API_ID, CREATIFY_API_KEY: API_KEY }, {
        killWhen: { pattern: /^Creating /m, signal: 'SIGINT', stderrOnly: true },
      });
      expect(run.code, run.stderr).toBe(130);
      expect(run.stderr).toContain('SIGINT received');
      const lock = JSON.parse(readFileSync(join(dir, 'avatars.lock.json'), 'utf8')) as { avatars: Record<string, unknown> };
      expect(Object.keys(lock.avatars).length).toBeLessThan(4);
      expect(existsSync(join(dir, 'results.json'))).toBe(true);
    } finally {
      await emu.close();
    }
  });
});
