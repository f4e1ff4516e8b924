/** The command line over the same engine, and the action's plan mode on examples/. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, DIST, ROOT, runAction } from './helpers/action.js';

const copy = mkdtempSync(join(tmpdir(), 'examples-'));
cpSync(join(ROOT, 'examples'), copy, { recursive: true, filter: (src) => !src.endsWith('.lock.json') });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
}

describe('creatify-avatars plan', () => {
  it('prints the plan as a table and exits 0', () => {
    const run = cli(['plan']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^KEY\s+CREATOR NAME\s+ACTION\s+STATUS\s+ID\s+SOURCE\s+VIDEO$/m);
    expect(run.stdout).toMatch(/^team-ana\s+ana\s+create\s+planned\s+-\s+media\/team\/ana\.mp4\s+35\.0 s, 720x1280 \(rotated 90°\)$/m);
    expect(run.stdout).toContain('A sync would create 3, replace 0, 0 unchanged');
    expect(run.stdout).not.toContain('::debug::');
  });

  it('prints JSON with --json', () => {
    const run = cli(['plan', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { mode: string; avatars: { key: string; action: string; sha256: string }[] };
    expect(doc.mode).toBe('plan');
    expect(doc.avatars.map((a) => a.key)).toEqual(['James', 'team-ana', 'team-li']);
    expect(doc.avatars.every((a) => a.action === 'create' && /^[0-9a-f]{64}$/.test(a.sha256))).toBe(true);
  });

  it('exits 1 with file:line:col errors on a broken manifest, and writes no lockfile', () => {
    const run = cli(['plan', '--manifest', 'missing.yml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest missing\.yml not found/);
    expect(existsSync(join(copy, 'avatars.lock.json'))).toBe(false);
  });

  it('refuses an unknown flag and an unknown command', () => {
    expect(cli(['plan', '--manfest', 'x']).status).toBe(2);
    expect(cli(['deploy']).stderr).toMatch(/unknown command "deploy"/);
  });
});

describe('action, mode plan', () => {
  it('sets the outputs and a summary table, and sends nothing anywhere', async () => {
    const run = await runAction({ workspace: copy, inputs: { mode: 'plan', 'api-url': 'http://127.0.0.1:9' } });
    expect(run.code, run.all).toBe(0);
    const avatars = JSON.parse(run.outputs.avatars!) as { key: string; id: null; status: string; action: string }[];
    expect(avatars).toHaveLength(3);
    expect(avatars.every((a) => a.status === 'planned' && a.action === 'create' && a.id === null)).toBe(true);
    expect(JSON.parse(run.outputs.created!)).toEqual([]);
    expect(run.summary).toContain('A sync would create 3');
    expect(run.summary).toContain('| team-li | li |');
    expect(existsSync(DIST)).toBe(true);
  });

  it('mode auto plans on a pull request', async () => {
    const run = await runAction({ workspace: copy, inputs: { mode: 'auto' }, env: { GITHUB_EVENT_NAME: 'pull_request' } });
    expect(run.code, run.all).toBe(0);
    expect(run.summary).toContain('Creatify avatars: plan');
  });
});
