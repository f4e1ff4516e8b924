/** Retries show as they happen; --verbose shows the debug lines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { cli, manifestWorkspace } from './helpers/cli.js';
import { API_ID, API_KEY, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces } from './helpers/workspace.js';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await emulator();
});
afterAll(async () => {
  await emu.close();
  cleanupWorkspaces();
});

const credentials = { CREATIFY_API_ID: API_ID, CREATIFY_API_KEY: API_KEY };

describe('creatify-avatars sync', () => {
  it('prints a line on stderr for each retry, then succeeds', async () => {
    emu.setFaults({ queue: [{ kind: '503' }, { kind: '502' }] });
    const run = await cli(['sync', '--api-url', emu.url, '--json'], manifestWorkspace(1), credentials);
    expect(run.code, run.stderr).toBe(0);
    const retries = run.stderr.split('\n').filter((l) => l.startsWith('retry: '));
    expect(retries, run.stderr).toHaveLength(2);
    expect(retries[0]).toMatch(/503.*; try 2 in \d+ ms$/);
    expect(run.stdout + run.stderr).not.toContain(API_KEY);
  });

  it('prints debug lines with --verbose only', async () => {
    const quiet = await cli(['sync', '--api-url', emu.url], manifestWorkspace(1), credentials);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toMatch(/^debug: /m);
    // a create answered 503 is looked for before it is sent again; those steps are debug lines
    emu.setFaults({ queue: [{ kind: '503', method: 'POST', route: '/api/personas_v2/' }] });
    const verbose = await cli(['sync', '--api-url', emu.url, '--verbose'], manifestWorkspace(1), credentials);
    expect(verbose.code, verbose.stderr).toBe(0);
    expect(verbose.stderr).toMatch(/^debug: person-1: \{"type":"reconcile"/m);
    // and a person sees it as it happens without --verbose too
    emu.setFaults({ queue: [{ kind: '503', method: 'POST', route: '/api/personas_v2/' }] });
    const shown = await cli(['sync', '--api-url', emu.url], manifestWorkspace(1), credentials);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout + shown.stderr).toMatch(/person-1: the create's outcome is unknown \(.*503.*\); looking for the avatar on Creatify before sending it again/);
    expect(verbose.stdout + verbose.stderr).not.toContain(API_KEY);
  });
});
