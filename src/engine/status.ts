/**
 * Mode `status`: no uploads. Refreshes the review status of every avatar in the
 * lockfile, writes it back, and optionally waits like a sync does.
 */
import { observe } from '../approval/poll.js';
import type { Config } from '../config.js';
import { LockStore, readLockfile } from '../lock/lockfile.js';
import type { EngineDeps } from './deps.js';
import type { AvatarOutcome, RunResult } from './result.js';
import { selectShard } from './shard.js';

export async function runStatus(config: Config, deps: EngineDeps): Promise<RunResult> {
  const { lock, text } = await readLockfile(config.lockfile.absolute, config.lockfile.display);
  const store = new LockStore(config.lockfile.absolute, config.lockfile.display, lock, text);
  const keys = selectShard(Object.keys(lock.avatars).sort().map((key) => ({ key })), config.shard).map((k) => k.key);
  const outcomes: AvatarOutcome[] = keys.map((key) => {
    const entry = lock.avatars[key]!;
    return {
      key,
      creator_name: entry.creator_name,
      id: entry.id,
      status: entry.status,
      action: 'unchanged',
      source: entry.source,
      sha256: entry.sha256,
      ...(entry.failed_reason ? { failed_reason: entry.failed_reason } : {}),
    };
  });
  const result: RunResult = {
    mode: 'status',
    manifest: config.manifest.display,
    lockfile: config.lockfile.display,
    lockfileChanged: false,
    avatars: outcomes,
    created: [],
    orphaned: [],
    superseded: [],
  };
  if (outcomes.length === 0) {
    deps.reporter.info(`${config.lockfile.display} lists no avatars yet; run a sync first.`);
    return result;
  }
  const api = deps.api();
  const open = outcomes.filter((o) => o.status === 'pending');
  const seen = await observe(api, open.map((o) => o.id!), deps.signal ? { signal: deps.signal } : {});
  const at = new Date(deps.clock.now()).toISOString();
  for (const outcome of open) {
    const observed = seen.get(outcome.id!);
    if (!observed) continue;
    outcome.status = observed.status;
    if (observed.failedReason) outcome.failed_reason = observed.failedReason;
  }
  await store.update((l) => {
    for (const outcome of open) {
      const entry = l.avatars[outcome.key]!;
      if (entry.status !== outcome.status) {
        entry.status = outcome.status as typeof entry.status;
        entry.updated_at = at;
      }
      if (outcome.failed_reason) entry.failed_reason = outcome.failed_reason;
    }
  });
  if (config.wait.enabled) {
    const { waitForApproval } = await import('./wait.js');
    await waitForApproval(config, deps, store, result);
  } else {
    const bad = outcomes.filter((o) => o.status === 'rejected' || o.status === 'failed');
    if (bad.length > 0) {
      result.failure = {
        code: 'AVATAR_REJECTED',
        message: bad.map((o) => `${o.key} (${o.id}) was ${o.status} by Creatify: ${o.failed_reason || 'no reason given'}`).join('; '),
      };
    }
  }
  result.lockfileChanged = store.changedSince(text);
  return result;
}
