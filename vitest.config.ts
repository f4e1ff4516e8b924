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

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // most test time is spent waiting (child processes, poll intervals, retry backoff), so
    // as many files as cores run at once; vitest's default, one less than the cores, is a
    // single file at a time on a 2-core machine. Twice the cores starved the CPU-bound
    // manifest fuzzing past its timeout on a busy 2-core machine.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'logic', include: LOGIC } },
      { extends: true, test: { name: 'runtime', include: ['test/**/*.test.ts'], exclude: LOGIC } },
    ],
  },
});
