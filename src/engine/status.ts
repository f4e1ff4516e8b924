/**
 * Mode `status`: no uploads. Refreshes the review status of every avatar in the lockfile
 * (one list call, a GET only for ids the list omits), writes it back, and optionally
 * waits like a sync does.
 */
import { observe } from '../approval/poll.js';
import { recordObserved } from '../approval/record.js';
import type { Config } from '../config.js';
import { errorMessage, hasCode, isAppError } from '../errors.js';
import { ListEvidence } from '../creatify/list-visibility.js';
import { LockStore, readLockfile } from '../lock/lockfile.js';
import type { InFlight } from '../lock/schema.js';
import type { EngineDeps } from './deps.js';
import { InFlightMarks } from './in-flight.js';
import { neverAdopt, pendingIds } from './lock-entry.js';
import { preparePlan } from './plan.js';
import { recoverInFlight } from './recover.js';
import { assembleResult, failureFrom, rejectionFailure, type AvatarOutcome, type RunResult, type WaitReport } from './result.js';
import { pruneScope } from './prune.js';
import { Pruner } from './pruner.js';
import { inShard, selectShard } from './shard.js';
import { statusesOf, trackable, waitForApproval } from './wait.js';

export async function runStatus(config: Config, deps: EngineDeps): Promise<RunResult> {
  await deps.beforeLockfile?.();
  const { lock: read, text } = await readLockfile(config.lockfile.absolute, config.lockfile.display, config.workspace);
  const store = new LockStore(config.lockfile.absolute, config.lockfile.display, read);
  await settleMarks(config, deps, store);
  const lock = store.current;
  const total = Object.keys(lock.avatars).length;
  const keys = selectShard(Object.keys(lock.avatars).sort(), config.shard, (key) => lock.avatars[key]!.creator_name);
  const avatars: AvatarOutcome[] = keys.map((key) => {
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
  const marked = Object.keys(lock.in_flight ?? {}).sort();
  if (marked.length > 0) {
    deps.reporter.warning(
      `unconfirmed: ${marked.join(', ')}: a create whose answer was lost may have made an avatar that is not listed yet; later runs look for it again, ` +
        'or settle it with `creatify-avatars import <key> <id>` or `import <key> --not-created`',
    );
  }
  const parts = { mode: 'status' as const, config, avatars, total };
  if (avatars.length === 0) {
    deps.reporter.info(
      total === 0
        ? `${config.lockfile.display} lists no avatars yet; run a sync first.`
        : `None of the ${total} avatars of ${config.lockfile.display} is in shard ${config.shard?.index}/${config.shard?.count}; nothing to check.`,
    );
    return assembleResult(parts);
  }
  let review: WaitReport;
  const pruner = new Pruner(config, deps, store, pruneScope(config, undefined));
  try {
    review = config.wait.enabled
      ? // the wait's first poll is the refresh: approved and rejected avatars are checked again too
        await waitForApproval(config, deps, store, avatars, { recheckAll: true })
      : await refreshOnce(deps, store, avatars);
    // the superseded ids of the avatars now known approved (when anything could be checked)
    if (review.statuses.size > 0) await pruner.run();
  } catch (error) {
    await store.fold();
    throw error;
  }
  const lockfileError = await store.fold();
  return assembleResult({ ...parts, review, prune: pruner.report(), ...(lockfileError ? { lockfileError } : {}), lockfileChanged: store.changedSince(text) });
}

/**
 * Creates left unconfirmed by earlier syncs are looked for first: one found in the list is
 * recorded (the manifest says what it was made from), so the refresh below covers it.
 * Reading the manifest can fail here (videos not checked out, say): the marks then wait
 * for a sync, with a warning.
 */
async function settleMarks(config: Config, deps: EngineDeps, store: LockStore): Promise<void> {
  const marks = new InFlightMarks(store, deps.clock);
  const owns = (mark: InFlight): boolean => inShard(mark.creator_name, config.shard);
  if (marks.left(owns).length === 0) return;
  let work;
  try {
    // what each avatar was made from, not whether its video changed: nothing is hashed
    work = (await preparePlan(config, {}, 'none')).plan.avatars;
  } catch (error) {
    deps.reporter.warning(`could not read the manifest to look for unconfirmed creates: ${errorMessage(error)}`);
    return;
  }
  const evidence = new ListEvidence(deps.clock, pendingIds(store.current.avatars));
  await recoverInFlight(marks, work, neverAdopt(store.current), deps, owns, evidence);
}

async function refreshOnce(deps: EngineDeps, store: LockStore, avatars: readonly AvatarOutcome[]): Promise<WaitReport> {
  const tracked = trackable(avatars);
  try {
    const { seen, errors } = await observe(deps.api(), tracked.map((t) => t.id), { signal: deps.signal });
    await recordObserved(tracked, seen, store, new Date(deps.clock.now()));
    for (const { id, error } of errors) {
      const key = tracked.find((t) => t.id === id)?.key ?? id;
      deps.reporter.warning(`could not check ${key} (${id}): ${errorMessage(error)}; its status stays as the lockfile had it`);
    }
  } catch (error) {
    if (hasCode(error, 'CANCELLED')) return { statuses: new Map(), incomplete: 'cancelled before the statuses were refreshed; the lockfile is unchanged' };
    if (!isAppError(error)) throw error;
    // the outputs still carry what the lockfile knew
    return { statuses: new Map(), failure: failureFrom(error, `could not refresh the statuses: ${error.message}; the lockfile keeps the ones known before`) };
  }
  const approved = tracked.filter((t) => t.status === 'approved').length;
  const pending = tracked.filter((t) => t.status === 'pending');
  const bad = tracked.filter((t) => t.status === 'rejected' || t.status === 'failed');
  deps.reporter.info(
    `approved ${approved} of ${tracked.length}` +
      (pending.length > 0 ? `; pending: ${pending.map((t) => t.key).join(', ')}` : '') +
      (bad.length > 0 ? `; rejected or failed: ${bad.map((t) => t.key).join(', ')}` : ''),
  );
  return { statuses: statusesOf(tracked), ...(bad.length > 0 ? { failure: rejectionFailure(bad) } : {}) };
}
