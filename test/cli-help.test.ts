/** Each command's own help: its usage, its flags with their defaults, an example. */
import { afterAll, describe, expect, it } from 'vitest';
import { INPUTS } from '../src/input-schema.js';
import { cli } from './helpers/cli.js';
import { cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);

describe('creatify-avatars <command> --help', () => {
  const dir = makeWorkspace();

  it.each(['plan', 'sync', 'status', 'merge', 'emulator', 'demo'])('%s --help prints its usage, flags and an example, exit 0', async (command) => {
    const run = await cli([command, '--help'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: creatify-avatars ${command}`));
    expect(run.stdout).toMatch(/^Options:$/m);
    expect(run.stdout).toMatch(new RegExp(`^Example:\\n  .*creatify-avatars ${command}`, 'm'));
    expect(run.stdout).toContain('-h, --help');
  });

  it("sync's help has every flag of a sync, with the schema's defaults", async () => {
    const run = await cli(['sync', '-h'], dir);
    for (const name of ['manifest', 'timeout', 'poll-interval', 'on-timeout', 'concurrency', 'api-url', 'request-timeout'] as const) {
      const spec = INPUTS[name];
      expect(run.stdout).toMatch(new RegExp(`^  ${spec.flag} .*\\[default: ${spec.default.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\]$`, 'm'));
    }
    expect(run.stdout).toMatch(/^ {2}--wait /m);
    expect(run.stdout).toMatch(/^ {2}--verbose /m);
  });

  it("plan's help leaves out what a plan does not use; help <command> is the same", async () => {
    const run = await cli(['plan', '--help'], dir);
    expect(run.stdout).not.toMatch(/^ {2}--api-url/m);
    expect(run.stdout).not.toMatch(/^ {2}--concurrency/m);
    expect((await cli(['help', 'plan'], dir)).stdout).toBe(run.stdout);
  });

  it('the emulator help shows its own flags and defaults', async () => {
    const run = await cli(['emulator', '--help'], dir);
    expect(run.stdout).toMatch(/^ {2}--port <n> .*\[default: 0\]$/m);
    expect(run.stdout).toMatch(/^ {2}--approve-after <dur> /m);
  });
});
