// cold start: the time from the action's start to its first Creatify request after the
// manifest is validated, for a one-avatar manifest (mode sync, a fresh lockfile each run),
// against `node -e 0` (starting Node itself), measured in the same run, interleaved.
// Guard: at most 8x.
//
// Measured from outside: the emulator runs in its own process and logs each request when
// it has answered it, with its duration, which is subtracted from the time the bench reads
// the line. Which request comes "after the manifest is validated" is found the same way,
// not assumed: a control run with a manifest naming a missing video fails validation, and
// the requests it still sends (none, when nothing goes out before validation) are skipped
// in the timed runs.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { actionEnv, freshDir, manifestYaml, writeSmallVideo } from './lib/data.js';
import { startEmulator, type Emulator } from './lib/emulator.js';
import type { Entry } from './lib/entry.js';
import { ratio, row, seconds } from './lib/format.js';
import { baseEnv, interleave, median, run } from './lib/process.js';

const GUARD = 8;

/** Runs the action once; resolves with the arrival times (ms after the spawn) of its requests. */
async function requestTimes(emulator: Emulator, dist: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; arrivals: number[]; stdout: string }> {
  const arrivals: number[] = [];
  const spawned = performance.now();
  emulator.listen((line, at) => {
    const match = /^\w+ \/api\/\S* .*?(\d+)ms$/.exec(line);
    if (match) arrivals.push(at - Number(match[1]) - spawned);
  });
  try {
    const result = await run(process.execPath, [dist], { env, check: false });
    return { code: result.code, arrivals: arrivals.sort((a, b) => a - b), stdout: result.stdout };
  } finally {
    emulator.listen(null);
  }
}

const entry: Entry = {
  name: 'cold-start',
  async run(ctx) {
    const runs = ctx.quick ? 7 : 15;
    const dir = freshDir(join(ctx.work, 'cold-start'));
    const workspace = join(dir, 'ws');
    writeSmallVideo(join(workspace, 'media', 'one.mp4'), 'cold', 30 * 1024);
    writeFileSync(join(workspace, 'avatars.yml'), manifestYaml([{ creator_name: 'One', lipsync_input: 'media/one.mp4' }]));
    writeFileSync(join(workspace, 'broken.yml'), manifestYaml([{ creator_name: 'One', lipsync_input: 'media/missing.mp4' }]));
    const lockfile = join(workspace, 'avatars.lock.json');
    const emulator = await startEmulator(ctx.dist, ['--quota', '100000', '--approve-after', '1h']);
    try {
      const envFor = (manifest: string) =>
        actionEnv(baseEnv(), {
          workspace,
          runnerDir: join(dir, 'runner'),
          inputs: { mode: 'sync', manifest, 'api-id': 'bench-id', 'api-key': 'bench-key-not-a-secret', 'api-url': emulator.url },
        });
      const control = await requestTimes(emulator, ctx.dist, envFor('broken.yml'));
      if (control.code === 0) throw new Error(`the action accepted a manifest naming a missing video:\n${control.stdout}`);
      const skipped = control.arrivals.length;

      const bare = async () => (await run(process.execPath, ['-e', '0'], { env: baseEnv() })).wallMs;
      const action = async () => {
        rmSync(lockfile, { force: true });
        const result = await requestTimes(emulator, ctx.dist, envFor('avatars.yml'));
        const first = result.arrivals[skipped];
        if (result.code !== 0 || first === undefined) throw new Error(`the action sent no request after validating its manifest (exit ${result.code}):\n${result.stdout}`);
        return first;
      };
      ctx.log(`cold start: ${runs} runs each of node -e 0 and the action, interleaved (${skipped} request(s) before validation skipped)`);
      const [bareRuns = [], actionRuns = []] = await interleave([bare, action], { runs });
      const bareMs = median(bareRuns);
      const firstMs = median(actionRuns);
      return [
        row(
          'cold start: action (sync, 1 avatar), start to the first Creatify request after the manifest is validated',
          `${seconds(firstMs)} (median of ${runs})`,
          `node -e 0: ${seconds(bareMs)}`,
          ratio(firstMs / bareMs),
          `<= ${GUARD}x`,
          firstMs / bareMs <= GUARD,
        ),
      ];
    } finally {
      await emulator.stop();
      if (!ctx.keep) freshDir(dir);
    }
  },
};

export default entry;
