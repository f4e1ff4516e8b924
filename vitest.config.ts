import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects, both run by `npm test`. `logic` holds the tests of pure logic and of the
// repository's own files (manifest fuzzing and its located errors, reports, lint rules,
// the test video maker, the package as npm packs it), which one Node version settles. `runtime` holds every other test:
// those that run the built action or the CLI as processes, or drive real sockets, timers,
// streams and signals (the client, the emulator, the GitHub side). .ci/run runs `runtime`
// a second time on Node 24, the runtime GitHub runs the action on; a new test file lands
// in `runtime` unless it is named here.
const LOGIC = ['cli-package', 'contract', 'fuzz-manifest', 'github-report', 'layers', 'manifest-errors', 'mp4', 'manifest-template', 'input-parsing', 'plan', 'lock-merge', 'prune-selection', 'approval-wait', 'workflows'].map(
  (name) => `test/${name}.test.ts`,
);

// With RUNTIME_SURFACE_ONLY set (.ci/run's second pass, on Node 24), `runtime` leaves out
// these: long runs of the engine's decisions over HTTP (storms, kills, shards, lost answers,
// prune, import, the GitHub flows). The requests, files, signals and processes they use are
// the same ones the remaining runtime tests drive (client, transport, proxy, emulator,
// lockfile writes and journal under SIGKILL, the action and the CLI end to end, Ctrl-C).
const ENGINE_OVER_HTTP = [
  'exactly-once',
  'fault-storm-and-sigterm',
  'shard',
  'lost-answers',
  'hostile-answers',
  'approval',
  'github-push',
  'github-pr',
  'cli-import',
  'prune',
  'video-checks',
  'drf-rules',
].map((name) => `test/${name}.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // most test time is spent waiting (child processes, poll intervals, retry backoff): on
    // an idle 2-core machine the load stays near 1 with two files at a time, so one file
    // more than the cores runs at once. Twice the cores starved the CPU-bound manifest
    // fuzzing past its timeout on a busy 2-core machine.
    maxWorkers: availableParallelism() + 1,
    projects: [
      { extends: true, test: { name: 'logic', include: LOGIC } },
      { extends: true, test: { name: 'runtime', include: ['test/**/*.test.ts'], exclude: process.env.RUNTIME_SURFACE_ONLY ? [...LOGIC, ...ENGINE_OVER_HTTP] : LOGIC } },
    ],
  },
});
