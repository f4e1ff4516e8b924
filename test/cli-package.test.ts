/**
 * The package as people install it: `npm pack`, the tarball installed into an empty folder,
 * and the `creatify-avatars` it puts on the path run from there. Slow: npm installs the
 * declared dependencies (from its cache when it can), though the bundle in dist/ needs none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { ROOT } from './helpers/action.js';
import { manifestWorkspace } from './helpers/cli.js';
import { cleanupWorkspaces } from './helpers/workspace.js';

const windows = process.platform === 'win32';
const temp = mkdtempSync(join(tmpdir(), 'pack-'));
const app = join(temp, 'app');
let tarball = '';

beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--pack-destination', temp, '--silent'], { cwd: ROOT, encoding: 'utf8', shell: windows });
  tarball = join(temp, packed.trim().split('\n').pop() ?? '');
  mkdirSync(app);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: app, stdio: 'pipe', shell: windows });
}, 300_000);
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  cleanupWorkspaces();
});

/** The installed command, as a shell finds it on the path. */
function installed(args: string[], cwd: string): string {
  const bin = join(app, 'node_modules', '.bin', windows ? 'creatify-avatars.cmd' : 'creatify-avatars');
  return execFileSync(bin, args, { cwd, encoding: 'utf8', shell: windows, env: { PATH: process.env.PATH ?? '' } });
}

describe('the npm package', () => {
  it('holds the bundle, the bin, the action and the examples, and no sources or source maps', () => {
    const root = join(app, 'node_modules', 'creatify-avatars');
    for (const file of ['bin/creatify-avatars.js', 'dist/index.js', 'action.yml', 'schema/avatars.schema.json', 'examples/avatars.yml']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(existsSync(join(root, 'src'))).toBe(false);
    expect(readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('runs creatify-avatars --version and a plan of a one-avatar manifest', () => {
    expect(installed(['--version'], app).trim()).toBe(VERSION);
    const plan = installed(['plan'], manifestWorkspace(1));
    expect(plan).toMatch(/^person-1\s+person-1\s+create\s+planned\s/m);
    expect(plan).toContain('A sync would create 1');
  });
});
