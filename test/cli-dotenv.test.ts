/** A .env file in the working directory gives the Creatify variables; the environment wins. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { ROOT } from './helpers/action.js';
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

describe('.env', () => {
  it('gives the credentials and the API URL; other keys in it are ignored', async () => {
    const env = [
      '# local credentials',
      `CREATIFY_API_ID=${API_ID}`,
      `export CREATIFY_API_KEY="${API_KEY}"`,
      `CREATIFY_API_URL='${emu.url}'`,
      'GITHUB_WORKSPACE=/nowhere',
      'CREATIFY_AVATARS_DEBUG=1',
      '',
    ].join('\n');
    const dir = manifestWorkspace(1, { '.env': env });
    const run = await cli(['sync'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Created person-1: /m);
    expect(run.stderr).not.toMatch(/^debug: /m);
    expect(run.stdout + run.stderr).not.toContain(API_KEY);
  });

  it('loses to the environment', async () => {
    const dir = manifestWorkspace(1, { '.env': `CREATIFY_API_ID=${API_ID}\nCREATIFY_API_KEY=sk-stale-key-in-dotenv\nCREATIFY_API_URL=http://127.0.0.1:9\n` });
    const run = await cli(['sync'], dir, { CREATIFY_API_KEY: API_KEY, CREATIFY_API_URL: emu.url });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(API_KEY);
  });

  it('with a malformed line is a usage error naming the line, without showing it', async () => {
    const dir = manifestWorkspace(1, { '.env': `CREATIFY_API_ID=${API_ID}\n\nCREATIFY_API_KEY ${API_KEY}\n` });
    const run = await cli(['plan'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.env:3: not a KEY=value line');
    expect(run.stdout + run.stderr).not.toContain(API_KEY);
  });

  it('reads .env.example, copied as .env, as the README says', async () => {
    const dir = manifestWorkspace(1, { '.env': readFileSync(join(ROOT, '.env.example'), 'utf8') });
    const run = await cli(['plan'], dir);
    expect(run.code, run.stderr).toBe(0);
  });
});
