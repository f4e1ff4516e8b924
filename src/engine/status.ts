/**
 * Mode `status`: no uploads. Refreshes the review status of every avatar in the lockfile
 * (one list call, a GET only for ids the list omits), writes it back, and optionally
 * waits like a sync does.
 */
import { observe } from '../approval/poll.js';
import { recordObserved } from '../approval/record.js';
import type { Config } from '../config.js';
import { errorMessage, hasCode, isAppError } from '../errors.js';
import { LockStore, readLockfile } from '../lock/lockfile.js';
import type { EngineDeps } from './deps.js';
import { failureFrom, rejectionFailure, type AvatarOutcome, type RunResult } from './result.js';
import { selectShard } from './shard.js';

export async function runStatus(config: Config, deps: EngineDeps): Promise<RunResult> {
  await deps.beforeLockfile?.();
  const { lock, text } = await readLockfile(config.lockfile.absolute, config.lockfile.display, config.workspace);
  const store = new LockStore(config.lockfile.absolute, config.lockfile.display, lock, text);
  const keys = selectShard(Object.keys(lock.avatars).sort(), config.shard, (key) => lock.avatars[key]!.creator_name);
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
    ...(config.shard ? { shard: { ...config.shard, avatars: keys.length, of: Object.keys(lock.avatars).length } } : {}),
  };
  if (outcomes.length === 0) {
    deps.reporter.info(
      Object.keys(lock.avatars).length === 0
        ? `${config.lockfile.display} lists no avatars yet; run a sync first.`
        : `None of the ${Object.keys(lock.avatars).length} avatars of ${config.lockfile.display} is in shard ${config.shard?.index}/${config.shard?.count}; nothing to check.`,
    );
    return result;
  }
  if (config.wait.enabled) {
    const { waitForApproval } = await import('./wait.js');
    // the wait's first poll is the refresh: approved and rejected avatars are checked again too
    await waitForApproval(config, deps, store, result, { recheckAll: true });
  } else {
    await refreshOnce(deps, store, result);
  }
  result.lockfileChanged = store.changedSince(text);
  return result;
}

async function refreshOnce(deps: EngineDeps, store: LockStore, result: RunResult): Promise<void> {
  const outcomes = result.avatars;
  try {
    const { seen, errors } = await observe(deps.api(), outcomes.map((o) => o.id!), deps.signal ? { signal: deps.signal } : {});
    await recordObserved(outcomes, seen, store, new Date(deps.clock.now()));
    for (const { id, error } of errors) {
      const key = outcomes.find((o) => o.id === id)?.key ?? id;
      deps.reporter.warning(`could not check ${key} (${id}): ${errorMessage(error)}; its status stays as the lockfile had it`);
    }
  } catch (error) {
    if (hasCode(error, 'CANCELLED')) {
      result.incomplete = 'cancelled before the statuses were refreshed; the lockfile is unchanged';
      return;
    }
    if (!isAppError(error)) throw error;
    // the outputs still carry what the lockfile knew
    result.failure = failureFrom(error, `could not refresh the statuses: ${error.message}; the lockfile keeps the ones known before`);
    return;
  }
  const approved = outcomes.filter((o) => o.status === 'approved').length;
  const pending = outcomes.filter((o) => o.status === 'pending');
  const bad = outcomes.filter((o) => o.status === 'rejected' || o.status === 'failed');
  deps.reporter.info(
    `approved ${approved} of ${outcomes.length}` +
      (pending.length > 0 ? `; pending: ${pending.map((o) => o.key).join(', ')}` : '') +
      (bad.length > 0 ? `; rejected or failed: ${bad.map((o) => o.key).join(', ')}` : ''),
  );
  if (bad.length > 0) result.failure = rejectionFailure(bad);
}
