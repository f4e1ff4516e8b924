// poll: API requests per status check while waiting for 500 avatars under review. The
// emulator holds every avatar pending (approval after an hour); the avatars are created
// first by a sync (concurrency 8) of 500 tiny videos, then `creatify-avatars status --wait`
// checks them every second for 5 s. The emulator's request counters, read before and
// after, give the requests of the whole run; the progress lines `[n] approved ...` give the
// cycles. The naive way, one GET per pending avatar, costs 500 requests a cycle.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDir, manifestYaml, writeSmallVideo } from './lib/data.js';
import { requestDelta, startEmulator } from './lib/emulator.js';
import { row, seconds } from './lib/format.js';
import type { Entry } from './lib/entry.js';
import { baseEnv, run } from './lib/process.js';

const AVATARS = 500;

const entry: Entry = {
  name: 'poll',
  async run(ctx) {
    const dir = freshDir(join(ctx.work, 'poll'));
    const workspace = join(dir, 'ws');
    for (let i = 0; i < AVATARS; i++) writeSmallVideo(join(workspace, 'media', 'pending', `p${String(i).padStart(3, '0')}.mp4`), `poll:${i}`, 256);
    writeFileSync(join(workspace, 'avatars.yml'), manifestYaml([{ lipsync_input: 'media/pending/*.mp4', creator_name: 'pending-{stem}' }]));
    const emulator = await startEmulator(ctx.dist, ['--quota', '100000', '--approve-after', '1h']);
    try {
      const env = baseEnv({ TMPDIR: ctx.tmp, CREATIFY_API_ID: 'bench-id', CREATIFY_API_KEY: 'bench-key-not-a-secret' });
      const common = ['--manifest', 'avatars.yml', '--workspace', workspace, '--api-url', emulator.url];
      ctx.log(`poll: creating ${AVATARS} avatars (sync, concurrency 8)`);
      const seeded = await run(process.execPath, [ctx.dist, 'sync', ...common, '--concurrency', '8', '--json'], { env });
      const created = (JSON.parse(seeded.stdout) as { avatars?: { id?: string }[] }).avatars?.filter((a) => a.id).length;
      if (created !== AVATARS) throw new Error(`the sync left ${created} of ${AVATARS} avatars with an id`);
      ctx.log(`poll: ${AVATARS} created in ${seconds(seeded.wallMs)}; waiting with status --wait --poll-interval 1s --timeout 5s`);
      const before = await emulator.state();
      const waited = await run(
        process.execPath,
        [ctx.dist, 'status', ...common, '--wait', '--poll-interval', '1s', '--timeout', '5s', '--on-timeout', 'warn'],
        { env },
      );
      const after = await emulator.state();
      const delta = requestDelta(before, after);
      const progress = waited.lines.filter((l) => /^\[\d+\] approved /.test(l.text)).length;
      if (progress === 0) throw new Error(`no progress lines in the output of status --wait:\n${waited.stderr}`);
      // every request of the run (any refresh before the wait included) over the cycles printed
      const cycles = progress;
      const perCycle = delta.total / cycles;
      const routes = Object.entries(delta.byRoute).map(([route, n]) => `${route} ${n}`).join(', ');
      return [
        row(
          `poll, ${AVATARS} pending avatars: requests per status check`,
          `${perCycle.toFixed(2)} (${delta.total} requests / ${cycles} checks: ${routes})`,
          `one GET per avatar: ${AVATARS}`,
          `${(perCycle / AVATARS).toFixed(4)}x`,
          '<= 2 per check',
          perCycle <= 2,
        ),
      ];
    } finally {
      await emulator.stop();
      if (!ctx.keep) freshDir(dir);
    }
  },
};

export default entry;
