// cold start: what starting the bundle costs before it does any work, against `node -e 0`
// (starting Node itself). Two measurements:
// - the whole `creatify-avatars plan --json` on a one-avatar manifest, start to exit;
// - the action (mode sync, a one-avatar manifest, a fresh lockfile each time), from the
//   spawn to the moment the emulator logs its first API request. The emulator logs a
//   request when it has answered it, with its duration, which is subtracted.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { actionEnv, freshDir, manifestYaml, writeSmallVideo } from './lib/data.mjs';
import { startEmulator } from './lib/emulator.mjs';
import { ratio, row, seconds } from './lib/format.mjs';
import { baseEnv, interleave, median, run } from './lib/process.mjs';

export default {
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
        let first;
        const spawned = performance.now();
        emulator.listen((line, at) => {
          const match = /^\w+ \/api\/\S* .*?(\d+)ms$/.exec(line);
          if (first === undefined && match) first = at - Number(match[1]) - spawned;
        });
        const result = await run(process.execPath, [ctx.dist], { env: actEnv });
        emulator.listen(null);
        if (first === undefined) throw new Error(`the emulator saw no request from the action:\n${result.stdout}`);
        return { ...result, firstMs: first };
      };
      ctx.log(`cold start: ${runs} runs each of node -e 0, plan and the action's first request, interleaved`);
      const [bareRuns, planRuns, actionRuns] = await interleave([bare, plan, firstRequest], { runs });
      const bareMs = median(bareRuns.map((r) => r.wallMs));
      const planMs = median(planRuns.map((r) => r.wallMs));
      const firstMs = median(actionRuns.map((r) => r.firstMs));
      return [
        row('cold start: plan of 1 avatar, start to exit', `${seconds(planMs)} (median of ${runs})`, `node -e 0: ${seconds(bareMs)}`, ratio(planMs / bareMs), '<= 3x', planMs / bareMs <= 3),
        row('cold start: action (sync), start to first API request', seconds(firstMs), `node -e 0: ${seconds(bareMs)}`, ratio(firstMs / bareMs), '<= 3x', firstMs / bareMs <= 3),
      ];
    } finally {
      await emulator.stop();
      if (!ctx.keep) freshDir(dir);
    }
  },
};
