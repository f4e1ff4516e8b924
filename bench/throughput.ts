// throughput: the action's sync of 40 small avatars at concurrency 1, 4 and 8, against an
// emulator that adds 50 ms to every API request. The create phase runs from the first
// "Creating" line to the last "Created" line of the action's log; the ideal for it is
// 40 x 50 ms / concurrency (the latency alone, perfectly overlapped).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionEnv, freshDir, manifestYaml, writeSmallVideo } from './lib/data.js';
import { requestDelta, startEmulator } from './lib/emulator.js';
import { ratio, row, seconds } from './lib/format.js';
import type { Entry } from './lib/entry.js';
import { baseEnv, interleave, median, run } from './lib/process.js';

const AVATARS = 40;
const LATENCY_MS = 50;
const LEVELS = [1, 4, 8];

const entry: Entry = {
  name: 'throughput',
  async run(ctx) {
    const runs = ctx.quick ? 2 : 3;
    const dir = freshDir(join(ctx.work, 'throughput'));
    const workspace = join(dir, 'ws');
    for (let i = 0; i < AVATARS; i++) writeSmallVideo(join(workspace, 'media', `t${String(i).padStart(2, '0')}.mp4`), `tp:${i}`, 8 * 1024);
    writeFileSync(join(workspace, 'avatars.yml'), manifestYaml([{ lipsync_input: 'media/*.mp4', creator_name: 'tp-{stem}' }]));
    const lockfile = join(workspace, 'avatars.lock.json');
    const emulator = await startEmulator(ctx.dist, ['--quota', '1000000', '--approve-after', '1h', '--latency', `${LATENCY_MS}ms`]);
    try {
      const jobs = LEVELS.map((concurrency) => {
        const env = actionEnv(baseEnv(), {
          workspace,
          runnerDir: join(dir, `runner-${concurrency}`),
          inputs: { mode: 'sync', concurrency, 'api-id': 'bench-id', 'api-key': 'bench-key-not-a-secret', 'api-url': emulator.url },
        });
        return async () => {
          rmSync(lockfile, { force: true });
          const before = await emulator.state();
          const result = await run(process.execPath, [ctx.dist], { env });
          const after = await emulator.state();
          const out = result.lines.filter((l) => l.stream === 'stdout');
          const first = out.find((l) => l.text.startsWith('Creating '));
          const created = out.filter((l) => l.text.startsWith('Created '));
          if (!first || created.length !== AVATARS) throw new Error(`expected ${AVATARS} creates:\n${result.stdout}`);
          return { ...result, phaseMs: (created.at(-1)?.ms ?? Number.NaN) - first.ms, requests: requestDelta(before, after).total };
        };
      });
      ctx.log(`throughput: ${AVATARS} avatars at concurrency ${LEVELS.join(', ')}, ${runs} runs each, interleaved`);
      const results = await interleave(jobs, { runs, warmup: 1 });
      const phase = results.map((r) => median(r.map((x) => x.phaseMs)));
      const wall = results.map((r) => median(r.map((x) => x.wallMs)));
      const requests = results.map((r) => r[0]?.requests);
      return LEVELS.map((concurrency, i) => {
        const ideal = (AVATARS * LATENCY_MS) / concurrency;
        const at = (list: number[], n: number) => list[n] ?? Number.NaN;
        const speedup = at(phase, 0) / at(phase, i);
        return row(
          `throughput, ${AVATARS} avatars, ${LATENCY_MS} ms latency, concurrency ${concurrency}: create phase`,
          `${seconds(at(phase, i))}; speed-up ${speedup.toFixed(2)}x of ideal ${concurrency}x (whole run ${seconds(at(wall, i))}, ${requests[i]} requests)`,
          `ideal 40 x ${LATENCY_MS} ms / ${concurrency}: ${seconds(ideal)}`,
          ratio(at(phase, i) / ideal),
          '- (speed-up near the concurrency)',
          null,
        );
      });
    } finally {
      await emulator.stop();
      if (!ctx.keep) freshDir(dir);
    }
  },
};

export default entry;
