/**
 * One status check of many avatars at a cost that does not grow with their number: one
 * list call answers for every avatar it shows; a single GET only for an id it omits.
 */
import { reviewStatus } from '../creatify/status.js';
import type { ReviewStatus } from '../creatify/status.js';
import type { CreatifyApi, Persona, RequestOptions } from '../creatify/types.js';
import { hasCode, isAppError } from '../errors.js';
import { mapLimit } from '../util/limit.js';

export interface Observed {
  status: ReviewStatus;
  failedReason?: string;
  /** the id is unknown to Creatify (404) */
  missing?: boolean;
}

export interface Observation {
  seen: Map<string, Observed>;
  /** ids the list omitted whose own GET failed; their status is unknown this time */
  errors: { id: string; error: unknown }[];
}

/** GETs for ids the list omits run at most this many at once. */
const GET_CONCURRENCY = 4;

function observed(persona: Persona): Observed {
  return { status: reviewStatus(persona), ...(persona.failed_reason ? { failedReason: persona.failed_reason } : {}) };
}

/** Errors after which no other request of this check can succeed. */
function ends(error: unknown): boolean {
  return hasCode(error, 'AUTH_FAILED') || hasCode(error, 'CANCELLED');
}

/**
 * Throws when the list call fails (nothing is known then), or on a cancellation or an
 * authentication error; a failed GET of one id is reported in `errors` and costs the
 * others nothing.
 */
export async function observe(api: CreatifyApi, ids: readonly string[], options: RequestOptions = {}): Promise<Observation> {
  const seen = new Map<string, Observed>();
  const errors: Observation['errors'] = [];
  if (ids.length === 0) return { seen, errors };
  const wanted = new Set(ids);
  for (const persona of await api.list(options)) {
    if (wanted.has(persona.id)) seen.set(persona.id, observed(persona));
  }
  const omitted = [...wanted].filter((id) => !seen.has(id));
  await mapLimit(omitted, GET_CONCURRENCY, async (id) => {
    try {
      seen.set(id, observed(await api.get(id, options)));
    } catch (error) {
      if (ends(error)) throw error;
      if (isAppError(error) && error.status === 404) {
        seen.set(id, { status: 'failed', failedReason: 'Creatify does not know this id (404): it was deleted, or belongs to another account', missing: true });
      } else {
        errors.push({ id, error });
      }
    }
  });
  return { seen, errors };
}

/**
 * A signal for one poll: aborted by `outer` (the run's cancellation) or after `limitMs`,
 * whichever comes first. `timedOut()` tells the two apart once the poll has failed.
 */
export function pollSignal(outer: AbortSignal | undefined, limitMs: number): { signal: AbortSignal; timedOut(): boolean; dispose(): void } {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, Math.max(0, limitMs));
  // a poll limit alone must not keep the process alive
  timer.unref();
  return {
    signal: outer ? AbortSignal.any([outer, controller.signal]) : controller.signal,
    timedOut: () => expired && !outer?.aborted,
    dispose: () => clearTimeout(timer),
  };
}
