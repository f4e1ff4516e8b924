/**
 * Outputs of a large manifest: all of them together stay within GitHub's 1 MB for a job's
 * outputs, the cut lists are still JSON, the log says so, and the results file holds all.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { outputValues } from '../src/action/outputs.js';
import type { RunResult } from '../src/engine/result.js';
import { runAction } from './helpers/action.js';
import { manyAvatars } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);

const N = 10_000;

describe('outputs of a large manifest', () => {
  it('a plan of 10,000 avatars keeps its outputs under 1 MB, says where the rest is, and counts every avatar', async () => {
    const workspace = makeWorkspace(manyAvatars(N));
    const run = await runAction({ workspace, inputs: { mode: 'plan', 'github-token': '' }, timeoutMs: 240_000 });
    expect(run.code, run.all.slice(-2000)).toBe(0);
    const total = Object.values(run.outputs).reduce((sum, value) => sum + Buffer.byteLength(value), 0);
    expect(total).toBeLessThan(1_000_000);
    const avatars = JSON.parse(run.outputs.avatars!) as { key: string }[];
    expect(avatars.length).toBeGreaterThan(1000);
    expect(avatars.length).toBeLessThan(N);
    expect(run.stdout).toMatch(new RegExp(`::notice::The outputs were cut .*avatars keeps ${avatars.length} of ${N}.*the results file .*hold every avatar`));
    const counts = JSON.parse(run.outputs.counts!) as Record<string, number>;
    expect(counts).toMatchObject({ total: N, create: N, replace: 0, unchanged: 0, planned: N, unconfirmed: 0, deleted: 0 });
    const results = JSON.parse(readFileSync(run.outputs.results!, 'utf8')) as { avatars: unknown[] };
    expect(results.avatars).toHaveLength(N);
  }, 300_000);

  it('leaves small outputs whole and cuts every list by the same share', () => {
    const avatar = (i: number) => ({ key: `k${i}`, creator_name: `K ${i}`, id: `id-${i}`, status: 'approved' as const, action: 'unchanged' as const, source: `m/${i}.mp4`, sha256: null });
    const result = (n: number): RunResult => ({
      mode: 'status', manifest: 'avatars.yml', lockfile: 'avatars.lock.json', lockfileChanged: false,
      avatars: Array.from({ length: n }, (_, i) => avatar(i)), created: [], orphaned: [], superseded: [], deleted: [], wouldDelete: [],
    });
    const small = outputValues(result(3));
    expect(small.cut).toEqual([]);
    expect(JSON.parse(small.lists.approved)).toEqual(['id-0', 'id-1', 'id-2']);
    const large = outputValues(result(1000), 20_000);
    const sizes = Object.values(large.lists).reduce((sum, v) => sum + Buffer.byteLength(v), 0);
    expect(sizes).toBeLessThanOrEqual(20_000);
    const kept = Object.fromEntries(large.cut.map((c) => [c.name, c.kept / c.total]));
    expect(Object.keys(kept).sort()).toEqual(['approved', 'avatars']);
    expect(Math.abs(kept.avatars! - kept.approved!)).toBeLessThan(0.05);
    expect(JSON.parse(large.counts)).toMatchObject({ total: 1000, approved: 1000, unchanged: 1000 });
  });
});
