/**
 * Waiting for Creatify's review against a deadline fixed before the first poll. Each poll
 * is bounded in time; a failed poll costs a backoff and a share of the error budget but
 * never ends the wait; a final state (approved, rejected, failed) does; the timeout stops
 * waiting and changes nothing on Creatify. Progress lines go in a log group; the verdict
 * is reported after the group closes, where it cannot be folded away. The wait returns
 * what it learnt; the run's result is assembled from it by the caller.
 */
import { errorBackoff, nextInterval } from '../approval/interval.js';
import { observe, pollSignal } from '../approval/poll.js';
import { recordObserved, type Tracked } from '../approval/record.js';
import type { Config } from '../config.js';
import type { CreatifyApi } from '../creatify/types.js';
import { retryAfterOf } from '../creatify/api-errors.js';
import { isRetryable, parseRetryAfter } from '../creatify/retry.js';
import { AppError, errorMessage, hasCode, isAppError } from '../errors.js';
import type { LockStore } from '../lock/lockfile.js';
import { formatDuration } from '../util/parse.js';
import type { EngineDeps } from './deps.js';
import { failureFrom, rejectionFailure, type AvatarOutcome, type WaitReport } from './result.js';

/** How long a poll may run past the deadline, so that the last one, at the deadline, can finish. */
const POLL_GRACE_MS = 10_000;
/** Failed polls in a row that are reported as plain lines; the next one is a warning. */
export const ERROR_BUDGET = 3;
/** Codes of failures that a later poll may not see again (the network, the server, a slow answer). */
const TRANSIENT = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT', 'API_RESPONSE_INVALID']);
/** The longest a timer can be set for (setTimeout overflows beyond it). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A failure a later poll may not see again; a 4xx other than 408 and 429 will be seen every time. */
function isTransient(error: unknown): boolean {
  if (!isAppError(error)) return false;
  return TRANSIENT.has(error.code) || (error.code === 'API_ERROR' && isRetryable(error));
}

export interface WaitOptions {
  /** on the first poll, check every avatar with an id, approved and rejected ones too (mode status) */
  recheckAll?: boolean;
}

type Verdict =
  | { kind: 'approved' }
  | { kind: 'rejected'; bad: Tracked[] }
  | { kind: 'timeout'; lastError: string | undefined; unchecked: boolean }
  | { kind: 'cancelled' }
  | { kind: 'fatal'; error: unknown };

export async function waitForApproval(
  config: Config,
  deps: EngineDeps,
  store: LockStore,
  avatars: readonly AvatarOutcome[],
  options: WaitOptions = {},
): Promise<WaitReport> {
  const { clock, reporter } = deps;
  const tracked = trackable(avatars);
  if (tracked.length === 0) {
    reporter.info('No avatar to wait for: none has a Creatify id yet.');
    return { statuses: new Map() };
  }
  const start = clock.now();
  const deadline = start + config.wait.timeoutMs;
  const title = `Waiting up to ${formatDuration(config.wait.timeoutMs)} for Creatify to approve ${tracked.length} avatar(s), checking every ${formatDuration(config.wait.pollIntervalMs)}`;
  const loop = () => poll(config, deps, store, tracked, { start, deadline, recheckAll: options.recheckAll ?? false });
  let verdict: Verdict;
  if (reporter.group) {
    verdict = await reporter.group(title, loop);
  } else {
    reporter.info(`${title}.`);
    verdict = await loop();
  }
  return { statuses: statusesOf(tracked), ...conclude(verdict, config, deps, tracked, clock.now() - start) };
}

/** Copies of the avatars that have an id, for the wait to update as it polls. */
export function trackable(avatars: readonly AvatarOutcome[]): Tracked[] {
  return avatars.flatMap((a) => (a.id === null || a.status === 'unconfirmed' ? [] : [{ key: a.key, id: a.id, status: a.status, ...(a.failed_reason ? { failed_reason: a.failed_reason } : {}) }]));
}

export function statusesOf(tracked: readonly Tracked[]): WaitReport['statuses'] {
  return new Map(tracked.map((t) => [t.key, { status: t.status, ...(t.failed_reason ? { failed_reason: t.failed_reason } : {}) }]));
}

interface LoopState {
  start: number;
  deadline: number;
  recheckAll: boolean;
}

async function poll(config: Config, deps: EngineDeps, store: LockStore, tracked: Tracked[], state: LoopState): Promise<Verdict> {
  const { clock, reporter } = deps;
  const { start, deadline } = state;
  const base = config.wait.pollIntervalMs;
  let api: CreatifyApi;
  try {
    api = deps.api();
  } catch (error) {
    return { kind: 'fatal', error };
  }
  let interval = base;
  let failures = 0;
  let lastError: string | undefined;
  // With recheckAll, the lockfile's statuses are the question, not the answer: no verdict
  // comes from them until one poll of every avatar has succeeded.
  let refreshed = !state.recheckAll;

  for (let cycle = 1; ; cycle++) {
    const targets = refreshed ? underReview(tracked) : tracked;
    let changed = false;
    let failure: unknown;
    if (targets.length > 0) {
      const limitMs = Math.min(Math.max(0, deadline - clock.now()) + POLL_GRACE_MS, MAX_TIMER_MS);
      const bounded = pollSignal(deps.signal, limitMs);
      try {
        const { seen, errors } = await observe(api, targets.map((a) => a.id), { signal: bounded.signal });
        changed = await recordObserved(targets, seen, store, new Date(clock.now()));
        const firstError = errors[0];
        if (firstError) {
          const key = targets.find((a) => a.id === firstError.id)?.key ?? firstError.id;
          failure = new AppError('API_ERROR', `${errors.length} avatar(s) not checked, e.g. ${key}: ${errorMessage(firstError.error)}`, { cause: firstError.error });
        }
      } catch (error) {
        if (deps.signal?.aborted) return { kind: 'cancelled' };
        if (bounded.timedOut()) failure = new AppError('REQUEST_TIMEOUT', `the status check took longer than ${formatDuration(limitMs)}`, { cause: error });
        else if (isTransient(error)) failure = error;
        else return { kind: 'fatal', error };
      } finally {
        bounded.dispose();
      }
    }

    if (failure === undefined) {
      refreshed = true;
      // the first gap, and the first after a failed poll, is the configured one; growth starts from there
      interval = cycle === 1 || failures > 0 ? base : nextInterval(base, interval, changed);
      failures = 0;
      lastError = undefined;
    } else {
      failures++;
      lastError = errorMessage(failure);
      const hinted = parseRetryAfter(retryAfterOf(failure), clock.now());
      interval = errorBackoff(base, failures, hinted);
      const line = `status check failed (${lastError}); the wait goes on until the deadline`;
      // a few failures in a row are routine on a long wait; a streak beyond the budget is worth one warning
      if (failures === ERROR_BUDGET + 1) reporter.warning(`${failures} status checks in a row failed, the last: ${lastError}; still waiting until the deadline`);
      else reporter.info(line);
    }

    const now = clock.now();
    const bad = tracked.filter((a) => a.status === 'rejected' || a.status === 'failed');
    const open = underReview(tracked);
    const approved = tracked.filter((a) => a.status === 'approved').length;
    const sleep = Math.max(0, Math.min(interval, deadline - now));
    const going = (!refreshed || (bad.length === 0 && open.length > 0)) && now < deadline;
    reporter.info(
      `[${cycle}] approved ${approved} of ${tracked.length}` +
        (open.length > 0 ? `; pending: ${names(open)}` : '') +
        (bad.length > 0 ? `; rejected or failed: ${names(bad)}` : '') +
        `; elapsed ${formatDuration(now - start)}, ${formatDuration(Math.max(0, deadline - now))} left` +
        (going ? `; next check in ${formatDuration(sleep)}` : ''),
    );
    if (refreshed && bad.length > 0) return { kind: 'rejected', bad };
    if (refreshed && open.length === 0) return { kind: 'approved' };
    if (now >= deadline) return { kind: 'timeout', lastError, unchecked: !refreshed };
    try {
      await clock.sleep(sleep, deps.signal);
    } catch (error) {
      if (hasCode(error, 'CANCELLED')) return { kind: 'cancelled' };
      throw error;
    }
  }
}

const CHECK_LATER =
  'nothing was changed on Creatify; check again later with mode: status (on the command line: creatify-avatars status), e.g. from a scheduled workflow, or wait longer with a larger timeout';

type Conclusion = Omit<WaitReport, 'statuses'>;

function conclude(verdict: Verdict, config: Config, deps: EngineDeps, tracked: Tracked[], elapsedMs: number): Conclusion {
  const open = underReview(tracked);
  switch (verdict.kind) {
    case 'approved':
      deps.reporter.info(`All ${tracked.length} avatar(s) approved by Creatify after ${formatDuration(elapsedMs)}.`);
      return {};
    case 'rejected':
      return { failure: rejectionFailure(verdict.bad) };
    case 'timeout': {
      const last = verdict.lastError ? ` (the last status check failed: ${verdict.lastError})` : '';
      const message = verdict.unchecked
        ? `timed out after ${formatDuration(config.wait.timeoutMs)} without one successful status check of the ${tracked.length} avatar(s)${last}; the lockfile's statuses were not refreshed`
        : `timed out after ${formatDuration(config.wait.timeoutMs)} with ${open.length} of ${tracked.length} avatar(s) still under review: ${names(open)}${last}`;
      if (config.wait.onTimeout === 'fail') return { incomplete: message, failure: { code: 'APPROVAL_TIMEOUT', message, hint: CHECK_LATER } };
      return { incomplete: message, warning: `${message}; ${CHECK_LATER}` };
    }
    case 'cancelled':
      return {
        incomplete: `cancelled while waiting for approval, with ${open.length} avatar(s) still under review: ${names(open)}; every id is in the lockfile; check again later with mode: status (on the command line: creatify-avatars status)`,
      };
    case 'fatal': {
      const { error } = verdict;
      if (!isAppError(error)) throw error;
      return { failure: failureFrom(error, `stopped waiting for approval: ${error.message}`) };
    }
  }
}

/** The avatars Creatify has not decided on yet. */
function underReview(avatars: readonly Tracked[]): Tracked[] {
  return avatars.filter((a) => a.status === 'pending' || a.status === 'planned');
}

function names(avatars: readonly Tracked[]): string {
  const shown = avatars.slice(0, 10).map((a) => a.key);
  return shown.join(', ') + (avatars.length > 10 ? ` and ${avatars.length - 10} more` : '');
}
