/**
 * Creating an avatar exactly once. Creatify has no idempotency key, and a duplicate costs
 * a quota slot and a day of review, so a POST whose outcome is unknown (connection lost
 * after sending, timeout, a 5xx) is never repeated blindly: the account's avatars are
 * listed first and a match created since the first attempt is adopted instead.
 *
 * Concurrency: several creates may run at once in one process. `match.excludeIds` must be
 * a live set holding every id already recorded, created or adopted by any of them; the
 * caller adds each returned `persona.id` to it at once (or passes `claim`, which is asked
 * synchronously before an adoption, so two siblings can never adopt the same avatar).
 * Creates that share a `creator_name` should not run at the same time: a sibling's
 * success that has not been answered yet looks exactly like our own unknown outcome.
 */
import { AppError, errorMessage, hasCode, isAppError } from '../errors.js';
import type { Clock } from '../util/clock.js';
import { failureReason, isConnectFailure, retryAfterOf, statusOf } from './api-errors.js';
import { timestampMs } from './persona.js';
import { checkPolicy, isRetryable, retryDelay, type RetryPolicy } from './retry.js';
import type { CreatifyApi, Persona } from './types.js';

/**
 * How much earlier than our first attempt (by our clock) Creatify's `created_at` may be
 * and still count as ours: the two clocks are not in sync, and runners' clocks drift.
 * Ten minutes is far above usual skew yet short enough not to pick up old avatars.
 */
export const CLOCK_SKEW_ALLOWANCE_MS = 10 * 60 * 1000;

/**
 * - `not-processed`: the server did not act on the request (refused connection, DNS,
 *   429, an upload cut short before its end): repeating it is safe.
 * - `answered`: the application answered with a failure (408, 500, 503 with Retry-After):
 *   it is done with the request, so the avatar exists now or never will. One list after a
 *   short pause (for the server's own consistency) decides.
 * - `in-flight`: no answer came (connection lost or timed out after sending), or a gateway
 *   answered for the server (502, 504, 503 without Retry-After): the create may still be
 *   under way, so the list is repeated over a settle period before anything is resent.
 * - `accepted`: a 2xx whose body could not be read: it was processed; look, never repeat.
 * - `final`: the request itself or the setup is wrong (4xx, auth, quota, bad file,
 *   cancelled): throw.
 */
export type CreateFailureKind = 'not-processed' | 'answered' | 'in-flight' | 'accepted' | 'final';

export function classifyCreateFailure(error: unknown): CreateFailureKind {
  if (!isAppError(error)) return 'final';
  const status = statusOf(error);
  switch (error.code) {
    case 'NETWORK_ERROR':
    case 'REQUEST_TIMEOUT':
      return isConnectFailure(error) ? 'not-processed' : 'in-flight';
    case 'UPLOAD_INCOMPLETE':
      return 'not-processed';
    case 'API_RESPONSE_INVALID':
      return status !== undefined && status >= 200 && status <= 299 ? 'accepted' : 'final';
    case 'API_ERROR':
      if (status === 429) return 'not-processed';
      if (status === 502 || status === 504 || (status === 503 && retryAfterOf(error) === undefined)) return 'in-flight';
      if (status === 408 || (status !== undefined && status >= 500)) return 'answered';
      return 'final';
    default:
      return 'final';
  }
}

/** The reason of the lists after the first of a settle period. */
export const STILL_LOOKING = 'still looking for it';

/** The pause before the one list that decides an answered create: the server's own consistency. */
export const ANSWERED_LIST_DELAY_MS = 1000;

/**
 * For logs. After an unknown outcome the backoff wait comes before `reconcile` (so a slow
 * server can finish), and `retry` follows `no-match` with no further wait; after a
 * not-processed failure `retry` comes before its wait.
 */
export type CreateOnceEvent =
  | { type: 'retry'; attempt: number; delayMs: number; reason: string; kind: CreateFailureKind }
  | { type: 'reconcile'; attempt: number; reason: string }
  | { type: 'adopted'; attempt: number; id: string }
  | { type: 'no-match'; attempt: number };

export interface CreateOnceMatch {
  creatorName: string;
  /** ids that are never adopted: recorded in the lockfile, or created or adopted by siblings */
  excludeIds: ReadonlySet<string>;
}

export interface CreateOnceOptions {
  policy: RetryPolicy;
  /**
   * After an unknown outcome, how long to keep looking for the avatar (listing at growing
   * intervals) before sending the create again: a server that got the whole body may still
   * be creating it. 0 lists once.
   */
  settleMs: number;
  clock: Clock;
  onEvent?: ((event: CreateOnceEvent) => void) | undefined;
  signal?: AbortSignal | undefined;
  random?: (() => number) | undefined;
  /** asked synchronously before adopting `id`; false means a sibling has it already */
  claim?: ((id: string) => boolean) | undefined;
  /**
   * Asked after the last list of an unknown outcome found nothing (`listed`, asked for at
   * `askedAt`): true when that list would have shown the avatar had it been created, so
   * sending the create again makes no duplicate. False ends in CREATE_UNCONFIRMED.
   */
  resendSafe: (listed: readonly Persona[], askedAt: number) => Promise<boolean>;
}

export interface CreateOnceResult {
  persona: Persona;
  /** true when the persona was found by listing after an unknown outcome */
  adopted: boolean;
  attempts: number;
}

/**
 * The personas a create started at `since` may have made: same name, not taken (`free`),
 * created no earlier than the clock-skew allowance before `since`. Without a creation
 * time nothing proves an avatar is ours, so it is left out.
 */
export function candidatesSince(
  personas: readonly Persona[],
  creatorName: string,
  since: number,
  free: (id: string) => boolean,
): Array<{ persona: Persona; created: number }> {
  return personas
    .map((persona) => ({ persona, created: timestampMs(persona.created_at) }))
    .filter(
      (item): item is { persona: Persona; created: number } =>
        item.persona.creator_name === creatorName && free(item.persona.id) && item.created !== undefined && item.created >= since - CLOCK_SKEW_ALLOWANCE_MS,
    );
}

/** The newest persona that our attempts may have created, if any. */
export function findCreated(
  personas: readonly Persona[],
  match: CreateOnceMatch,
  since: number,
  claim?: (id: string) => boolean,
): Persona | undefined {
  const candidates = candidatesSince(personas, match.creatorName, since, (id) => !match.excludeIds.has(id)).sort((a, b) => b.created - a.created);
  for (const { persona } of candidates) {
    if (!claim || claim(persona.id)) return persona;
  }
  return undefined;
}

/**
 * Whether a failed `createExactlyOnce` may still have created the avatar: some attempt's
 * outcome stayed unknown (CREATE_UNCERTAIN, whatever failed last), or it was cancelled
 * mid-request. The caller keeps its in-flight mark for such a failure, so that the next
 * run looks for the avatar before creating it again.
 */
export function mayHaveCreated(error: unknown): boolean {
  return mayHaveCreatedByCode(error) || classifyCreateFailure(error) !== 'final';
}

function mayHaveCreatedByCode(error: unknown): boolean {
  return hasCode(error, 'CREATE_UNCERTAIN') || hasCode(error, 'CREATE_UNCONFIRMED') || hasCode(error, 'CANCELLED');
}

/** Growing pauses between the lists of a settle period, summing to `settleMs`. */
export function settleSchedule(settleMs: number): number[] {
  const pauses: number[] = [];
  let left = settleMs;
  for (let pause = 2000; left > 0; pause *= 2) {
    const next = pause * 2 > left ? left : pause;
    pauses.push(next);
    left -= next;
  }
  return pauses;
}

function exhausted(creatorName: string, attempts: number, error: unknown): AppError {
  return new AppError('CREATE_FAILED', `Creating avatar "${creatorName}" failed after ${attempts} attempt(s): ${errorMessage(error)}`, {
    cause: error,
    status: statusOf(error),
    hint: isAppError(error) ? error.hint : undefined,
  });
}

/**
 * Runs `attempt` (one POST) until it succeeds, adopting instead when an unknown outcome
 * turns out to have created the avatar. Final failures are thrown unchanged (so callers
 * can still branch on AUTH_FAILED or QUOTA_EXCEEDED); running out of attempts or budget
 * throws CREATE_FAILED with the last failure as `cause`.
 */
export async function createExactlyOnce(
  api: CreatifyApi,
  attempt: (signal: AbortSignal | undefined) => Promise<Persona>,
  match: CreateOnceMatch,
  options: CreateOnceOptions,
): Promise<CreateOnceResult> {
  const uncertain = { seen: false };
  try {
    return await createLoop(api, attempt, match, options, uncertain);
  } catch (error) {
    if (!uncertain.seen || mayHaveCreatedByCode(error)) throw error;
    // whatever failed last, an earlier attempt may have created the avatar: the code says so
    throw new AppError('CREATE_UNCERTAIN', errorMessage(error), {
      cause: error,
      status: statusOf(error),
      hint: (isAppError(error) ? error.hint : undefined) ?? 'Not sent again, to avoid creating the avatar twice. The next run looks for it before creating it again.',
    });
  }
}

async function createLoop(
  api: CreatifyApi,
  attempt: (signal: AbortSignal | undefined) => Promise<Persona>,
  match: CreateOnceMatch,
  options: CreateOnceOptions,
  uncertain: { seen: boolean },
): Promise<CreateOnceResult> {
  const { policy, clock, signal } = options;
  checkPolicy(policy);
  const random = options.random ?? Math.random;
  const emit = options.onEvent ?? (() => undefined);
  const started = clock.now();

  for (let n = 1; ; n += 1) {
    try {
      const persona = await attempt(signal);
      return { persona, adopted: false, attempts: n };
    } catch (error) {
      const kind = classifyCreateFailure(error);
      if (kind === 'final' || signal?.aborted) throw error;
      if (kind !== 'not-processed') uncertain.seen = true;

      const delayMs = retryDelay(policy, n, retryAfterOf(error), random, clock.now());
      const mayRetry = (extraMs: number): boolean =>
        kind !== 'accepted' &&
        n < policy.attempts &&
        clock.now() - started + delayMs + extraMs <= policy.budgetMs &&
        (kind === 'not-processed' || isRetryable(error));

      if (kind === 'not-processed') {
        if (!mayRetry(0)) throw exhausted(match.creatorName, n, error);
        emit({ type: 'retry', attempt: n, delayMs, reason: failureReason(error), kind });
        await clock.sleep(delayMs, signal);
        continue;
      }

      // Unknown outcome: look before sending again. A create still in flight may finish
      // late, so the list is repeated over the settle period (at most a quarter of the
      // budget, so that a long request-timeout leaves room to retry), the first one after
      // the backoff; an answered one is decided by one list.
      const settleMs = kind === 'in-flight' ? Math.min(options.settleMs, policy.budgetMs / 4) : 0;
      const retrying = mayRetry(settleMs);
      const first = retrying ? delayMs : 0;
      const pauses = [kind === 'answered' ? Math.max(first, ANSWERED_LIST_DELAY_MS) : first, ...(retrying ? settleSchedule(settleMs) : [])];
      let last: { listed: Persona[]; askedAt: number } = { listed: [], askedAt: 0 };
      for (const [index, pause] of pauses.entries()) {
        // the lists take time too: past the budget, stop looking and give up (uncertain)
        if (index > 0 && clock.now() - started + pause > policy.budgetMs) throw exhausted(match.creatorName, n, error);
        if (pause > 0) await clock.sleep(pause, signal);
        emit({ type: 'reconcile', attempt: n, reason: index === 0 ? failureReason(error) : STILL_LOOKING });
        last = { askedAt: clock.now(), listed: [] };
        last.listed = await listAfterUnknown(api, match, error, signal);
        const adopted = findCreated(last.listed, match, started, options.claim);
        if (adopted) {
          emit({ type: 'adopted', attempt: n, id: adopted.id });
          return { persona: adopted, adopted: true, attempts: n };
        }
        emit({ type: 'no-match', attempt: n });
      }
      if (kind === 'accepted') {
        throw new AppError(
          'CREATE_UNCERTAIN',
          `Creatify accepted avatar "${match.creatorName}" but its answer could not be read, and no matching avatar was found by listing: ${errorMessage(error)}`,
          { cause: error, status: statusOf(error), hint: 'Not retried, to avoid creating the avatar twice. Check the avatars in Creatify before running again.' },
        );
      }
      if (!retrying) throw exhausted(match.creatorName, n, error);
      if (!(await options.resendSafe(last.listed, last.askedAt))) throw unconfirmed(match.creatorName, error);
      emit({ type: 'retry', attempt: n, delayMs: 0, reason: failureReason(error), kind });
    }
  }
}

function unconfirmed(creatorName: string, error: unknown): AppError {
  return new AppError(
    'CREATE_UNCONFIRMED',
    `Creating avatar "${creatorName}" may have succeeded (${failureReason(error)}): the list of the account's avatars does not show it, but that list may leave out avatars under review`,
    {
      cause: error,
      status: statusOf(error),
      hint: 'Not sent again, to avoid creating the avatar twice. Later runs look for it again and record it once the list shows it (at the latest when Creatify approves it).',
    },
  );
}

async function listAfterUnknown(api: CreatifyApi, match: CreateOnceMatch, error: unknown, signal: AbortSignal | undefined): Promise<Persona[]> {
  try {
    return await api.list({ signal });
  } catch (listError) {
    if (signal?.aborted) throw listError;
    throw new AppError(
      'CREATE_UNCERTAIN',
      `Creating avatar "${match.creatorName}" may or may not have succeeded (${failureReason(error)}), and the avatars could not be listed to find out: ${errorMessage(listError)}`,
      {
        cause: error,
        hint: 'Not retried, to avoid creating the avatar twice. The next run looks for it before creating it again.',
      },
    );
  }
}
