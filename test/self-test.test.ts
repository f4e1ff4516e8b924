/**
 * The self-test workflow, replayed from its own file with the built action: the emulator
 * started by the workflow's step, two syncs of examples/ and the workflow's checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionInputs, readOutputs, replay, WORKFLOW } from '../scripts/self-test.js';
import { ROOT } from './helpers/action.js';

describe('self-test workflow', () => {
  it('replays: the first sync creates and approves every avatar, the second creates nothing', async () => {
    const lines: string[] = [];
    const result = await replay({ root: ROOT, log: (line) => lines.push(line) });
    expect(result.ok, lines.join('\n')).toBe(true);

    const byId = new Map(result.steps.map((s) => [s.id, s]));
    const first = byId.get('first')?.outputs ?? {};
    const second = byId.get('second')?.outputs ?? {};
    const created = JSON.parse(first.created ?? 'null') as string[];
    expect(created).toHaveLength(3);
    expect(second.created).toBe('[]');
    const avatars = JSON.parse(second.avatars ?? '[]') as { id: string; status: string; action: string }[];
    expect(avatars.map((a) => [a.status, a.action])).toEqual(Array.from({ length: 3 }, () => ['approved', 'unchanged']));
    expect(avatars.map((a) => a.id).sort()).toEqual([...created].sort());

    // every check of the workflow's last step ran and passed
    const workflow = parse(readFileSync(join(ROOT, WORKFLOW), 'utf8')) as { jobs: Record<string, { steps: { env?: Record<string, string> }[] }> };
    const checks = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .flatMap((step) => Object.keys(step.env ?? {}).filter((name) => name.startsWith('CHECK_')));
    expect(checks.length).toBeGreaterThanOrEqual(8);
    for (const check of checks) expect(lines, check).toContain(`  ok   ${check}`);
    // the dummy credentials never show
    expect(lines.filter((l) => !l.includes('::add-mask::')).join('\n')).not.toContain('self-test-key');
  });

  it('gives the action its with: values over action.yml defaults, as the runner does', () => {
    const action = { inputs: { mode: { default: 'auto' }, 'api-url': { default: 'https://api.creatify.ai' }, 'github-token': { default: '${{ github.token }}' }, shard: null } };
    const env = actionInputs(action, { mode: 'sync', 'api-url': '${{ steps.emulator.outputs.url }}', 'wait-for-approval': true }, {
      steps: { emulator: { outputs: { url: 'http://127.0.0.1:1' } } },
      github: { token: 't' },
    });
    expect(env).toEqual({ INPUT_MODE: 'sync', 'INPUT_API-URL': 'http://127.0.0.1:1', 'INPUT_GITHUB-TOKEN': 't', 'INPUT_WAIT-FOR-APPROVAL': 'true' });
  });

  it('reads GITHUB_OUTPUT files with lines and blocks', () => {
    expect(readOutputs('a=1\nb<<EOF\nx\ny=z\nEOF\nc=\n')).toEqual({ a: '1', b: 'x\ny=z', c: '' });
  });
});
