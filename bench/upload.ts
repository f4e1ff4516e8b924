// upload: one video of 10 MiB and one of 1 GiB, created (a) by the action, run as the
// Actions runner runs it (inputs in INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, mode sync, a fresh lockfile every time) and (b) by curl with
// the same multipart fields, both against one emulator running in its own process.
//
// The action hashes a new avatar's video while it uploads it (the sha256 goes into the
// lockfile): that is part of its cost and is in the total, as is its start-up. The time
// from its log line "Creating ..." to the exit is shown as well, as the upload phase alone.
//
// The emulator hashes every file it receives. So that it is not what limits both sides,
// curl's upload of the largest video to it is compared with curl's upload to a bare server
// that only hashes the body (lib/sink.ts).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionEnv, freshDir, manifestYaml, writeLargeVideo } from './lib/data.js';
import { startEmulator } from './lib/emulator.js';
import { startHashingSink } from './lib/sink.js';
import { MiB, mebibytes, ratio, row, seconds, type Row } from './lib/format.js';
import type { Entry } from './lib/entry.js';
import { baseEnv, hasGnuTime, interleave, median, run, type RunResult } from './lib/process.js';

const API_ID = 'bench-id';
const API_KEY = 'bench-key-not-a-secret';

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * MiB ? `${bytes / (1024 * MiB)} GiB` : `${bytes / MiB} MiB`;
}

const entry: Entry = {
  name: 'upload',
  async run(ctx) {
    const sizes = ctx.quick
      ? [{ bytes: 10 * MiB, runs: 3 }, { bytes: 128 * MiB, runs: 2 }]
      : [{ bytes: 10 * MiB, runs: 5 }, { bytes: 1024 * MiB, runs: 5 }];
    const dir = freshDir(join(ctx.work, 'upload'));
    const workspace = join(dir, 'ws');
    const emulator = await startEmulator(ctx.dist, ['--quota', '100000', '--approve-after', '1h']);
    const rows: Row[] = [];
    const rss: { label: string; peak: number; curlPeak: number }[] = [];
    try {
      for (const { bytes, runs } of sizes) {
        const label = sizeLabel(bytes);
        const video = `media/upload-${label.replace(' ', '')}.mp4`;
        ctx.log(`upload: writing a ${label} video`);
        writeLargeVideo(join(workspace, video), bytes);
        const manifest = 'avatars.yml';
        writeFileSync(join(workspace, manifest), manifestYaml([{ creator_name: `Bench ${label}`, gender: 'm', lipsync_input: video }]));
        const lockfile = join(workspace, 'avatars.lock.json');
        const env = actionEnv(baseEnv(), {
          workspace,
          runnerDir: join(dir, 'runner'),
          inputs: { mode: 'sync', 'api-id': API_ID, 'api-key': API_KEY, 'api-url': emulator.url },
        });
        const action = async () => {
          rmSync(lockfile, { force: true });
          const result = await run(process.execPath, [ctx.dist], { env, rss: true });
          if (!/^Created /m.test(result.stdout)) throw new Error(`the action created nothing:\n${result.stdout}`);
          const creating = result.lines.find((l) => l.stream === 'stdout' && l.text.startsWith('Creating '));
          return { ...result, uploadMs: creating ? result.wallMs - creating.ms : NaN };
        };
        const curlTo = (url: string) => async () => {
          const result = await run(
            'curl',
            [
              '-sS', '-o', '/dev/null', '-w', '%{http_code}',
              '-F', `lipsync_input=@${join(workspace, video)};type=video/mp4`,
              '-F', `creator_name=Bench curl ${label}`,
              '-F', 'gender=m',
              '-F', 'video_scene=office',
              '-H', `X-API-ID: ${API_ID}`,
              '-H', `X-API-KEY: ${API_KEY}`,
              `${url}/api/personas_v2/`,
            ],
            { env: baseEnv(), rss: true },
          );
          if (!/^20\d$/.test(result.stdout.trim())) throw new Error(`curl got HTTP ${result.stdout}: ${result.stderr}`);
          return result;
        };
        const largest = bytes === sizes.at(-1)?.bytes;
        const sink = largest ? await startHashingSink() : undefined;
        ctx.log(`upload: ${label}, ${runs} runs each of the action and curl${sink ? ', and of curl to a bare hashing server' : ''}, interleaved`);
        const jobs: (() => Promise<RunResult & { uploadMs?: number }>)[] = [action, curlTo(emulator.url), ...(sink ? [curlTo(sink.url)] : [])];
        // the 1 GiB one runs no warm-up round: the first write left the file in the page cache
        const [actionRuns = [], curlRuns = [], sinkRuns] = await interleave(jobs, { runs, warmup: bytes > 100 * MiB ? 0 : 1 }).finally(() => sink?.stop());
        const actionMs = median(actionRuns.map((r) => r.wallMs));
        const uploadMs = median(actionRuns.map((r) => r.uploadMs ?? Number.NaN));
        const curlMs = median(curlRuns.map((r) => r.wallMs));
        const peak = Math.max(...actionRuns.map((r) => r.rssKiB ?? NaN));
        const curlPeak = Math.max(...curlRuns.map((r) => r.rssKiB ?? NaN));
        rss.push({ label, peak, curlPeak });
        const target = bytes >= 1024 * MiB ? 1.1 : null;
        rows.push(
          row(
            `upload ${label}: action (hash + upload), wall`,
            `${seconds(actionMs)} (median of ${runs}; start to "Creating" ${seconds(median(actionRuns.map((r) => r.wallMs - (r.uploadMs ?? Number.NaN))))})`,
            `curl: ${seconds(curlMs)}`,
            ratio(actionMs / curlMs),
            target ? `<= ${target}x` : '-',
            target ? actionMs / curlMs <= target : null,
          ),
          row(
            `upload ${label}: action, upload phase only (after "Creating")`,
            seconds(uploadMs),
            `curl: ${seconds(curlMs)}`,
            ratio(uploadMs / curlMs),
            '-',
            null,
          ),
        );
        if (sinkRuns) {
          const sinkMs = median(sinkRuns.map((r) => r.wallMs));
          rows.push(
            row(
              `upload ${label}: curl to the emulator (it parses and hashes)`,
              seconds(curlMs),
              `curl to a bare hashing server: ${seconds(sinkMs)}`,
              ratio(curlMs / sinkMs),
              '<= 1.1x (not the bottleneck)',
              curlMs / sinkMs <= 1.1,
            ),
          );
        }
        rmSync(join(workspace, video), { force: true });
      }
    } finally {
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    const how = hasGnuTime() ? 'GNU time' : 'VmHWM sampling';
    const peaks = rss.map((r) => r.peak);
    const flat = Math.max(...peaks) - Math.min(...peaks);
    for (const [i, { label, peak, curlPeak }] of rss.entries()) {
      const last = i === rss.length - 1;
      const smallest = rss[0];
      const growth = last && smallest && rss.length > 1 ? `; action at ${smallest.label}: ${mebibytes(smallest.peak)} (+${mebibytes(flat)})` : '';
      rows.push(
        row(
          `upload ${label}: action peak RSS (max of runs, ${how})`,
          mebibytes(peak),
          `curl: ${mebibytes(curlPeak)}${growth}`,
          '-',
          last && rss.length > 1 ? '< 150 MiB, flat (+< 32 MiB)' : '< 150 MiB',
          peak < 150 * 1024 && (!last || rss.length === 1 || flat < 32 * 1024),
        ),
      );
    }
    return rows;
  },
};

export default entry;
