/**
 * Waiting for Creatify's review against a deadline fixed before the first poll. Transient
 * errors cost time, never the wait; a final state (approved, rejected, failed) ends it
 * for that avatar; the timeout stops waiting and changes nothing on Creatify.
 */
import { observe } from '../approval/poll.js';
import type { Observed } from '../approval/poll.js';
import { errorBackoff, nextInterval } from '../approval/interval.js';
import type { Config } from '../config.js';
import { errorMessage, hasCode } from '../errors.js';
import type { LockStore } from '../lock/lockfile.js';
import { formatDuration } from '../util/parse.js';
import type { EngineDeps } from './deps.js';
import type { AvatarOutcome, RunResult } from './result.js';

const FATAL_CODES = ['AUTH_FAILED', 'CANCELLED'] as const;

export async function waitForApproval(config: Config, deps: EngineDeps, store: LockStore, result: RunResult): Promise<void> {
  const { clock, reporter } = deps;
  const api = deps.api();
  const start = clock.now();
  const deadline = start + config.wait.timeoutMs;
  const base = config.wait.pollIntervalMs;
  const tracked = result.avatars.filter((a) => a.id !== null);
  const total = tracked.length;
  let interval = base;
  let errors = 0;

  reporter.info(`Waiting up to ${formatDuration(config.wait.timeoutMs)} for Creatify to approve ${total} avatar(s), checking every ${formatDuration(base)}.`);
  for (let cycle = 1; ; cycle++) {
    const pending = tracked.filter((a) => a.status === 'pending' || a.status === 'planned');
    if (pending.length > 0) {
      let seen: Map<string, Observed> | undefined;
      try {
        seen = await observe(api, pending.map((a) => a.id!), deps.signal ? { signal: deps.signal } : {});
        errors = 0;
      } catch (error) {
        if (FATAL_CODES.some((code) => hasCode(error, code))) {
          if (hasCode(error, 'CANCELLED')) {
            result.incomplete = 'cancelled while waiting for approval; the lockfile holds every id created';
            return;
          }
          throw error;
        }
        errors++;
        reporter.warning(`status check failed (${errorMessage(error)}); trying again, the wait goes on until the deadline`);
      }
      if (seen) {
        const changed = await apply(seen, pending, store, clock.now());
        interval = nextInterval(base, interval, changed);
      } else {
        interval = errorBackoff(base, errors);
      }
    }

    const approved = tracked.filter((a) => a.status === 'approved').length;
    const bad = tracked.filter((a) => a.status === 'rejected' || a.status === 'failed');
    const waiting = tracked.filter((a) => a.status === 'pending' || a.status === 'planned');
    const now = clock.now();
    reporter.info(
      `[${cycle}] approved ${approved} of ${total}` +
        (waiting.length ? `; pending: ${names(waiting)}` : '') +
        `; elapsed ${formatDuration(now - start)}, ${formatDuration(Math.max(0, deadline - now))} left`,
    );
    if (bad.length > 0) {
      result.failure = {
        code: 'AVATAR_REJECTED',
        message: bad.map((a) => `${a.key} (${a.id}) was ${a.status} by Creatify: ${a.failed_reason || 'no reason given'}`).join('; '),
        hint: 'fix the video or its fields; a changed avatar is created again on the next sync',
      };
      return;
    }
    if (waiting.length === 0) {
      reporter.info(`All ${total} avatar(s) approved.`);
      return;
    }
    if (now >= deadline) {
      const message = `timed out after ${formatDuration(config.wait.timeoutMs)} with ${waiting.length} avatar(s) still under review: ${names(waiting)}`;
      const hint = 'nothing was changed on Creatify; check again later with mode: status (creatify-avatars status), e.g. from a scheduled workflow';
      result.incomplete = message;
      if (config.wait.onTimeout === 'fail') result.failure = { code: 'APPROVAL_TIMEOUT', message, hint };
      else (result.warnings ??= []).push(`${message}; ${hint}`);
      return;
    }
    try {
      await clock.sleep(Math.min(interval, deadline - now), deps.signal);
    } catch (error) {
      if (hasCode(error, 'CANCELLED')) {
        result.incomplete = 'cancelled while waiting for approval; the lockfile holds every id created';
        return;
      }
      throw error;
    }
  }
}

/** Applies observed statuses to outcomes and lockfile; true when anything changed. */
async function apply(seen: Map<string, Observed>, pending: AvatarOutcome[], store: LockStore, now: number): Promise<boolean> {
  let changed = false;
  const at = new Date(now).toISOString();
  for (const outcome of pending) {
    const observed = seen.get(outcome.id!);
    if (!observed || observed.status === outcome.status) continue;
    changed = true;
    outcome.status = observed.status;
    if (observed.failedReason) outcome.failed_reason = observed.failedReason;
  }
  await store.update((lock) => {
    for (const outcome of pending) {
      const entry = lock.avatars[outcome.key];
      const observed = seen.get(outcome.id!);
      if (!entry || entry.id !== outcome.id || !observed) continue;
      if (entry.status !== observed.status) {
        entry.status = observed.status;
        entry.updated_at = at;
      }
      if (observed.failedReason) entry.failed_reason = observed.failedReason;
    }
  });
  return changed;
}

function names(avatars: readonly AvatarOutcome[]): string {
  const shown = avatars.slice(0, 10).map((a) => a.key);
  return shown.join(', ') + (avatars.length > 10 ? ` and ${avatars.length - 10} more` : '');
}
