// plan: `creatify-avatars plan --json` on thousands of small videos, against `sha256sum`
// over the same files. Both read and hash every byte; the plan also parses the manifest,
// expands the glob, checks each file's MP4 header, reads its moov for the video checks
// (half the files have it at the end, as phones write it) and builds the plan.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDir, manifestYaml, sizeFor, writeSmallVideo } from './lib/data.js';
import { ratio, row, seconds } from './lib/format.js';
import type { Entry } from './lib/entry.js';
import type { Row } from './lib/format.js';
import { baseEnv, interleave, median, run } from './lib/process.js';

const DIRS = ['clips', 'team-a', 'team-b', 'team-c'];
const GLOB_SHARE = 0.4; // of each part, in `clips/`, named by one glob entry

/**
 * One part of `count` files under media/<part>/: 40% in clips/ (one glob entry in the
 * manifest), the rest spread over team-a, team-b, team-c (one entry per file).
 */
function writePart(workspace: string, part: string, count: number, seedBase: number): Record<string, string>[] {
  const entries = [{ lipsync_input: `media/${part}/clips/*.mp4`, creator_name: `${part}-{stem}` }];
  const globbed = Math.round(count * GLOB_SHARE);
  for (let i = 0; i < count; i++) {
    const dir = (i < globbed ? DIRS[0] : DIRS[1 + (i % 3)]) ?? 'clips';
    const name = `v${String(i).padStart(5, '0')}.mp4`;
    const path = `media/${part}/${dir}/${name}`;
    writeSmallVideo(join(workspace, path), `${seedBase}:${i}`, sizeFor(i + seedBase, 10 * 1024, 50 * 1024) - 1200, i % 2 === 0 ? 'start' : 'end');
    if (dir !== DIRS[0]) entries.push({ creator_name: `${part}-${dir}-${i}`, lipsync_input: path });
  }
  return entries;
}

const entry: Entry = {
  name: 'plan',
  async run(ctx) {
    const runs = ctx.quick ? 5 : 7;
    const workspace = freshDir(join(ctx.work, 'plan'));
    const sizes = ctx.quick ? [5000] : [5000, 10000];
    const parts: Record<string, string>[][] = [];
    for (let p = 0; p < sizes.length; p++) parts.push(writePart(workspace, `part${p + 1}`, 5000, p * 100_000));
    const env = baseEnv({ TMPDIR: ctx.tmp });
    const rows: Row[] = [];
    for (const [index, count] of sizes.entries()) {
      const used = parts.slice(0, index + 1);
      const manifest = `avatars-${count}.yml`;
      writeFileSync(join(workspace, manifest), manifestYaml(used.flat()));
      const dirs = used.map((_, p) => `media/part${p + 1}`);
      const plan = () =>
        run(process.execPath, [ctx.dist, 'plan', '--manifest', manifest, '--workspace', workspace, '--json'], {
          env,
          stdout: 'ignore',
          keepOutput: false,
        });
      const hash = () =>
        run('sh', ['-c', `find ${dirs.join(' ')} -name '*.mp4' -print0 | xargs -0 sha256sum > /dev/null`], {
          cwd: workspace,
          env,
          keepOutput: false,
        });
      ctx.log(`plan: ${count} avatars, ${runs} runs each, interleaved`);
      const [planRuns = [], hashRuns = []] = await interleave([plan, hash], { runs });
      const planMs = median(planRuns.map((r) => r.wallMs));
      const hashMs = median(hashRuns.map((r) => r.wallMs));
      const value = planMs / hashMs;
      rows.push(
        row(
          `plan, ${count.toLocaleString('en-US')} avatars / files of 10-50 KiB`,
          `${seconds(planMs)} (median of ${runs})`,
          `sha256sum: ${seconds(hashMs)}`,
          ratio(value),
          // the target is set for the largest size (10,000; 5,000 with --quick); the smaller
          // size shows how much the fixed start-up weighs
          count === sizes.at(-1) ? '<= 1.5x' : '-',
          count === sizes.at(-1) ? value <= 1.5 : null,
        ),
      );
    }
    if (!ctx.keep) freshDir(workspace);
    return rows;
  },
};

export default entry;
