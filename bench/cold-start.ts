// cold start: what starting the bundle costs before it does any work, against `node -e 0`
// (starting Node itself). Three measurements:
// - the action (mode sync, a one-avatar manifest, a fresh lockfile each time), from the
//   spawn to the moment its first API request reaches the emulator: the quota check, sent
//   before the rest of the action loads (src/action/early-check.ts). The emulator logs a
//   request when it has answered it, with its duration, which is subtracted;
// - the same runs, from the spawn to the create request (POST): start-up, manifest, plan
//   and the quota answer, the whole way to the first upload;
// - the whole `creatify-avatars plan --json` on a one-avatar manifest, start to exit
//   (the command line loads the manifest parser and validator before it can answer).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { actionEnv, freshDir, manifestYaml, writeSmallVideo } from './lib/data.js';
import { startEmulator } from './lib/emulator.js';
import { ratio, row, seconds } from './lib/format.js';
import type { Entry } from './lib/entry.js';
import { baseEnv, interleave, median, run, type RunResult } from './lib/process.js';

const entry: Entry = {
  name: 'cold-start',
  async run(ctx) {
    const runs = ctx.quick ? 7 : 15;
    const dir = freshDir(join(ctx.work, 'cold-start'));
    const workspace = join(dir, 'ws');
    writeSmallVideo(join(workspace, 'media', 'one.mp4'), 'cold', 30 * 1024);
    writeFileSync(join(workspace, 'avatars.yml'), manifestYaml([{ creator_name: 'One', lipsync_input: 'media/one.mp4' }]));
    const lockfile = join(workspace, 'avatars.lock.json');
    const emulator = await startEmulator(ctx.dist, ['--quota', '100000', '--approve-after', '1h']);
    try {
      const cliEnv = baseEnv({ TMPDIR: ctx.tmp });
      const actEnv = actionEnv(baseEnv(), {
        workspace,
        runnerDir: join(dir, 'runner'),
        inputs: { mode: 'sync', 'api-id': 'bench-id', 'api-key': 'bench-key-not-a-secret', 'api-url': emulator.url },
      });
      const bare = () => run(process.execPath, ['-e', '0'], { env: cliEnv });
      const plan = () =>
        run(process.execPath, [ctx.dist, 'plan', '--manifest', 'avatars.yml', '--workspace', workspace, '--json'], {
          env: cliEnv,
          stdout: 'ignore',
        });
      const firstRequest = async () => {
        rmSync(lockfile, { force: true });
        let first: number | undefined;
        let create: number | undefined;
        const spawned = performance.now();
        emulator.listen((line, at) => {
          const match = /^(\w+) \/api\/\S* .*?(\d+)ms$/.exec(line);
          if (!match) return;
          const arrived = at - Number(match[2]) - spawned;
          if (first === undefined) first = arrived;
          if (create === undefined && match[1] === 'POST') create = arrived;
        });
        const result = await run(process.execPath, [ctx.dist], { env: actEnv });
        emulator.listen(null);
        if (first === undefined || create === undefined) throw new Error(`the emulator saw no request, or no create, from the action:\n${result.stdout}`);
        return { ...result, firstMs: first, createMs: create };
      };
      ctx.log(`cold start: ${runs} runs each of node -e 0, plan and the action's first request, interleaved`);
      const [bareRuns = [], planRuns = [], actionRuns = []] = await interleave<RunResult & { firstMs?: number; createMs?: number }>([bare, plan, firstRequest], { runs });
      const bareMs = median(bareRuns.map((r) => r.wallMs));
      const planMs = median(planRuns.map((r) => r.wallMs));
      const firstMs = median(actionRuns.map((r) => r.firstMs ?? Number.NaN));
      const createMs = median(actionRuns.map((r) => r.createMs ?? Number.NaN));
      return [
        row('cold start: action (sync), start to first API request', `${seconds(firstMs)} (median of ${runs})`, `node -e 0: ${seconds(bareMs)}`, ratio(firstMs / bareMs), '<= 3x', firstMs / bareMs <= 3),
        row('cold start: action (sync), start to the create request', seconds(createMs), `node -e 0: ${seconds(bareMs)}`, ratio(createMs / bareMs), '-', null),
        row('cold start: CLI plan of 1 avatar, start to exit', seconds(planMs), `node -e 0: ${seconds(bareMs)}`, ratio(planMs / bareMs), '-', null),
      ];
    } finally {
      await emulator.stop();
      if (!ctx.keep) freshDir(dir);
    }
  },
};

export default entry;
