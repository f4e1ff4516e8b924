/**
 * Does Creatify's list of the account's avatars show those still under review? Creatify
 * does not say, and the exactly-once guarantee depends on it: after a lost answer, a
 * create may be sent again only if the list would have shown the avatar it made. So a run
 * learns the answer from what it sees, and trusts nothing else:
 *
 * - `shows`: a list held an avatar in the state a create answers with (`pending`, not
 *   active): later steps of the review could be listed where fresh avatars are not.
 * - `hides`: an avatar known to be under review before a list was asked for was missing
 *   from it, and a GET of it afterwards still said it was under review.
 * - `unknown` until one of those is seen. A list that answers late (eventual consistency)
 *   can only make the run believe `hides`, which sends nothing twice.
 *
 * Ids known to be under review: those a create of this run answered with, and those the
 * lockfile records as pending.
 */
import { hasCode } from '../errors.js';
import { statusOf } from './api-errors.js';
import type { Clock } from '../util/clock.js';
import { reviewStatus } from './status.js';
import type { CreatifyApi, Persona } from './types.js';

export type ListVisibility = 'shows' | 'hides' | 'unknown';

/** At most this many GETs of missing ids per look: a few suffice, a thousand would cost. */
const PROBES = 3;

export class ListEvidence {
  private seen: ListVisibility = 'unknown';
  /** ids known to be under review, with the time that was learnt */
  private readonly underReview = new Map<string, number>();

  /** `pending`: ids known to be under review when the run starts (the lockfile's) */
  constructor(
    private readonly clock: Clock,
    pending: Iterable<string> = [],
  ) {
    for (const id of pending) this.pending(id);
  }

  /** An avatar known to be under review (a create's answer, a pending lockfile entry). */
  pending(id: string): void {
    if (!this.underReview.has(id)) this.underReview.set(id, this.clock.now());
  }

  /**
   * What a list asked for at `askedAt` answered: first the list itself, then, while still
   * unknown, GETs of a few ids that were under review before it and that it left out.
   * A failed GET teaches nothing; a cancellation or an authentication error is thrown.
   */
  async learn(api: CreatifyApi, listed: readonly Persona[], askedAt: number, signal?: AbortSignal): Promise<ListVisibility> {
    if (this.seen !== 'unknown') return this.seen;
    if (listed.some((persona) => persona.process_status === 'pending' && persona.is_active !== true)) return (this.seen = 'shows');
    const ids = new Set(listed.map((persona) => persona.id));
    // every id under review is absent here: none is in a list that holds nothing under review
    const absent = [...this.underReview].filter(([id, since]) => since <= askedAt && !ids.has(id)).map(([id]) => id);
    for (const id of absent.slice(0, PROBES)) {
      try {
        const persona = await api.get(id, signal ? { signal } : {});
        if (reviewStatus(persona) === 'pending') return (this.seen = 'hides');
      } catch (error) {
        if (hasCode(error, 'CANCELLED') || hasCode(error, 'AUTH_FAILED')) throw error;
        // unreadable this time: perhaps next time
        if (statusOf(error) !== 404) continue;
      }
      // reviewed since, or deleted: no longer evidence
      this.underReview.delete(id);
    }
    return this.seen;
  }
}
