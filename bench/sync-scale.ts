// sync-scale: does one avatar cost the same in a large sync as in a small one? The action
// syncs N avatars of 16 KiB at concurrency 8 against a fresh emulator with no latency;
// the reference is a bare client in this process (undici, the same multipart bodies, the
// same concurrency) against another fresh emulator. The action's time includes its start
// (node, loading, the manifest and the plan), the reference's does not.
// Targets: at most 3x the bare client at N = 1,500, and the ratio at 1,500 at most 1.5
// times the ratio at 300 (a cost per avatar that grows with N shows there).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { actionEnv, freshDir, manifestYaml, writeSmallVideo } from './lib/data.js';
import { startEmulator } from './lib/emulator.js';
import type { Entry } from './lib/entry.js';
import { ratio, row, seconds } from './lib/format.js';
import { baseEnv, median, run } from './lib/process.js';

const CONCURRENCY = 8;
const VIDEO_BYTES = 16 * 1024;
const EMULATOR_ARGS = ['--quota', '1000000', '--approve-after', '1h'];

/** One multipart body per avatar, as the action sends it: the text fields, then the video. */
function bodyFor(name: string, video: Buffer, boundary: string): Buffer {
  const field = (key: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`;
  const head = `${field('creator_name', name)}${field('gender', 'f')}${field('video_scene', 'office')}--${boundary}\r\nContent-Disposition: form-data; name="lipsync_input"; filename="v.mp4"\r\nContent-Type: video/mp4\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), video, Buffer.from(`\r\n--${boundary}--\r\n`)]);
}

/** Posts every body with `CONCURRENCY` in flight; the time from the first to the last answer. */
async function bareClient(url: string, bodies: Buffer[], boundary: string): Promise<number> {
  const agent = new Agent({ connections: CONCURRENCY });
  const headers = { 'x-api-id': 'bench-id', 'x-api-key': 'bench-key-not-a-secret', 'content-type': `multipart/form-data; boundary=${boundary}` };
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const answer = await request(`${url}/api/personas_v2/`, { method: 'POST', headers, body, dispatcher: agent });
      await answer.body.text();
      if (answer.statusCode !== 201) throw new Error(`bare client: HTTP ${answer.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const ms = performance.now() - started;
  await agent.close();
  return ms;
}

const entry: Entry = {
  name: 'sync-scale',
  async run(ctx) {
    const sizes = ctx.quick ? [100, 300] : [300, 1500];
    const runs = ctx.quick ? 1 : 3;
    const measured: { n: number; action: number; bare: number }[] = [];
    for (const n of sizes) {
      const dir = freshDir(join(ctx.work, `sync-scale-${n}`));
      const workspace = join(dir, 'ws');
      for (let i = 0; i < n; i++) writeSmallVideo(join(workspace, 'media', `s${String(i).padStart(5, '0')}.mp4`), `scale:${i}`, VIDEO_BYTES);
      writeFileSync(join(workspace, 'avatars.yml'), manifestYaml([{ lipsync_input: 'media/*.mp4', creator_name: 'scale-{stem}' }]));
      const boundary = '----bench-sync-scale';
      const bodies = Array.from({ length: n }, (_, i) =>
        bodyFor(`scale-s${String(i).padStart(5, '0')}`, readFileSync(join(workspace, 'media', `s${String(i).padStart(5, '0')}.mp4`)), boundary),
      );
      const action: number[] = [];
      const bare: number[] = [];
      ctx.log(`sync-scale: ${n} avatars of ${VIDEO_BYTES / 1024} KiB, concurrency ${CONCURRENCY}, ${runs} run(s), each side against a fresh emulator`);
      for (let r = 0; r < runs; r++) {
        const forBare = await startEmulator(ctx.dist, EMULATOR_ARGS);
        try {
          bare.push(await bareClient(forBare.url, bodies, boundary));
        } finally {
          await forBare.stop();
        }
        const forAction = await startEmulator(ctx.dist, EMULATOR_ARGS);
        try {
          rmSync(join(workspace, 'avatars.lock.json'), { force: true });
          const env = actionEnv(baseEnv(), {
            workspace,
            runnerDir: join(dir, `runner-${r}`),
            inputs: { mode: 'sync', concurrency: CONCURRENCY, 'api-id': 'bench-id', 'api-key': 'bench-key-not-a-secret', 'api-url': forAction.url },
          });
          const result = await run(process.execPath, [ctx.dist], { env });
          const created = result.lines.filter((l) => l.stream === 'stdout' && l.text.startsWith('Created ')).length;
          if (result.code !== 0 || created !== n) throw new Error(`expected ${n} creates, got ${created} (exit ${result.code}):\n${result.stdout.slice(-2000)}`);
          action.push(result.wallMs);
        } finally {
          await forAction.stop();
        }
      }
      measured.push({ n, action: median(action), bare: median(bare) });
      if (!ctx.keep) freshDir(dir);
    }
    const [small, large] = measured as [(typeof measured)[0], (typeof measured)[0]];
    const ratioOf = (m: (typeof measured)[0]) => m.action / m.bare;
    const growth = ratioOf(large) / ratioOf(small);
    return [
      ...measured.map((m, i) =>
        row(
          `sync-scale, ${m.n} avatars of 16 KiB, concurrency ${CONCURRENCY}: whole sync`,
          `${seconds(m.action)} (${(m.action / m.n).toFixed(1)} ms an avatar)`,
          `bare client: ${seconds(m.bare)}`,
          ratio(ratioOf(m)),
          i === measured.length - 1 ? '<= 3x' : '-',
          i === measured.length - 1 ? ratioOf(m) <= 3 : null,
        ),
      ),
      row(
        `sync-scale: ratio at ${large.n} / ratio at ${small.n}`,
        ratio(growth),
        '-',
        ratio(growth),
        '<= 1.5x',
        growth <= 1.5,
      ),
    ];
  },
};

export default entry;
