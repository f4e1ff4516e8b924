// storm: a sync of 40 avatars at concurrency 4 while the emulator answers 15% of requests
// with a 5xx (500, 502, 503), 10% with 429 and `Retry-After: 1`, and loses 5% of the
// create answers after creating the avatar. The reference is the same sync with no faults.
// The creates run with `request-timeout: 20s`, which is also how long a create answered by
// a gateway (502, 503 without Retry-After) or not at all is looked for before it is sent
// again: with the default 60 s, an avatar hit twice by those waits two minutes.
// Targets, in the mode where the list shows avatars under review: done within 90 s with
// exactly 40 avatars. In the mode where it hides them: no avatar twice, and every avatar
// on the account is in the lockfile or still marked there (unconfirmed), whatever the exit.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { actionEnv, freshDir, manifestYaml, writeSmallVideo } from './lib/data.js';
import { startEmulator, type EmulatorState } from './lib/emulator.js';
import type { Entry } from './lib/entry.js';
import { ratio, row, seconds } from './lib/format.js';
import { baseEnv, run } from './lib/process.js';

const AVATARS = 40;
const CONCURRENCY = 4;
const TARGET_MS = 90_000;
const REQUEST_TIMEOUT = '20s';
/** 30% of requests: of a create's faults, half 5xx, a third 429, a sixth a lost answer */
const FAULTS = { rate: 0.3, seed: 40, kinds: ['500', '502', '503', '429', '429', 'drop-after-create'], retryAfterSeconds: 1 };

interface Lock {
  avatars: Record<string, { id: string }>;
  in_flight?: Record<string, { creator_name: string }>;
}

async function post(url: string, body: unknown): Promise<void> {
  const answer = await request(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  await answer.body.text();
  if (answer.statusCode !== 200) throw new Error(`${url}: HTTP ${answer.statusCode}`);
}

/** Names twice on the account, and avatars neither recorded nor marked in the lockfile. */
function audit(account: EmulatorState, lock: Lock): { duplicates: number; unaccounted: number; recorded: number; marked: number } {
  const names = account.personas.map((p) => p.persona.creator_name);
  const ids = new Set(Object.values(lock.avatars).map((e) => e.id));
  const marked = new Set(Object.values(lock.in_flight ?? {}).map((m) => m.creator_name));
  return {
    duplicates: names.length - new Set(names).size,
    unaccounted: account.personas.filter((p) => !ids.has(p.persona.id) && !marked.has(p.persona.creator_name)).length,
    recorded: ids.size,
    marked: marked.size,
  };
}

const entry: Entry = {
  name: 'storm',
  async run(ctx) {
    const dir = freshDir(join(ctx.work, 'storm'));
    const workspace = join(dir, 'ws');
    for (let i = 0; i < AVATARS; i++) writeSmallVideo(join(workspace, 'media', `t${String(i).padStart(3, '0')}.mp4`), `storm:${i}`, 64 * 1024);
    writeFileSync(join(workspace, 'avatars.yml'), manifestYaml([{ lipsync_input: 'media/*.mp4', creator_name: 'storm-{stem}' }]));

    const sync = async (listPending: 'show' | 'hide', faults: boolean) => {
      const emulator = await startEmulator(ctx.dist, ['--quota', '1000', '--approve-after', '1h', '--list-pending', listPending]);
      try {
        if (faults) await post(`${emulator.url}/_emulator/faults`, FAULTS);
        rmSync(join(workspace, 'avatars.lock.json'), { force: true });
        const env = actionEnv(baseEnv(), {
          workspace,
          runnerDir: join(dir, `runner-${listPending}-${faults}`),
          inputs: { mode: 'sync', concurrency: CONCURRENCY, 'request-timeout': REQUEST_TIMEOUT, 'api-id': 'bench-id', 'api-key': 'bench-key-not-a-secret', 'api-url': emulator.url },
        });
        // the list-hides run may fail by design (unconfirmed creates): its exit is reported, not thrown
        const result = await run(process.execPath, [ctx.dist], { env, check: false });
        const account = await emulator.state();
        const lock = JSON.parse(readFileSync(join(workspace, 'avatars.lock.json'), 'utf8')) as Lock;
        return { ms: result.wallMs, code: result.code, onAccount: account.personas.length, ...audit(account, lock) };
      } finally {
        await emulator.stop();
      }
    };

    ctx.log(`storm: ${AVATARS} avatars, concurrency ${CONCURRENCY}, without faults, then with them in both list modes`);
    const calm = await sync('show', false);
    if (calm.code !== 0 || calm.onAccount !== AVATARS) throw new Error(`the calm sync ended ${calm.code} with ${calm.onAccount} avatars`);
    const shows = await sync('show', true);
    const hides = await sync('hide', true);
    if (!ctx.keep) freshDir(dir);
    const showsPass = shows.code === 0 && shows.onAccount === AVATARS && shows.duplicates === 0 && shows.unaccounted === 0 && shows.ms <= TARGET_MS;
    return [
      row(
        `storm, ${AVATARS} avatars, concurrency ${CONCURRENCY}, request-timeout ${REQUEST_TIMEOUT}, 15% 5xx, 10% 429, 5% lost answers; list shows avatars under review`,
        `${seconds(shows.ms)}, ${shows.onAccount} avatars, ${shows.duplicates} twice, exit ${shows.code}`,
        `no faults: ${seconds(calm.ms)}`,
        ratio(shows.ms / calm.ms),
        `<= ${seconds(TARGET_MS)}, exactly ${AVATARS}`,
        showsPass,
      ),
      row(
        'storm, the same; list hides avatars under review',
        `${seconds(hides.ms)}, ${hides.onAccount} avatars (${hides.recorded} recorded, ${hides.marked} unconfirmed), ${hides.duplicates} twice, ${hides.unaccounted} unaccounted, exit ${hides.code}`,
        `no faults: ${seconds(calm.ms)}`,
        ratio(hides.ms / calm.ms),
        '0 twice, 0 unaccounted',
        hides.duplicates === 0 && hides.unaccounted === 0,
      ),
    ];
  },
};

export default entry;
