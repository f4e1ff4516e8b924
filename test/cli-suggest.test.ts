/** A mistyped command or flag: the one meant is named, and it is a usage error (exit 2). */
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);

describe('did you mean', () => {
  const dir = makeWorkspace();

  it('names the command meant', async () => {
    const run = await cli(['snyc'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "snyc"; did you mean "sync"?');
    expect(run.stdout).toBe('');
  });

  it('names the flag meant, before or after the command', async () => {
    for (const args of [['plan', '--manfest', 'a.yml'], ['--manfest=a.yml', 'plan'], ['sync', '--concurency', '2']]) {
      const run = await cli(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/unknown flag "--(manfest|concurency)"; did you mean "--(manifest|concurrency)"\?/);
    }
  });

  it('suggests nothing when nothing is close', async () => {
    const command = await cli(['deploy'], dir);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "deploy" (run creatify-avatars --help)');
    const flag = await cli(['plan', '--frobnicate'], dir);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown flag "--frobnicate" (run creatify-avatars --help)');
  });
});
