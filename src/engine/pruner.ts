/**
 * The deletes of `prune`, each on record before and after: a "deleting" mark is written
 * before the request and a tombstone after the answer, so a run killed in between leaves
 * the id in the lockfile and the next run settles it (it reads the id back: gone, or
 * deleted again). Only an id in the account's own list is ever sent a DELETE; an id the
 * list lacks counts as gone already only once the run has shown it talks to the account
 * that holds the lockfile's avatars.
 */
import { statusOf } from '../creatify/api-errors.js';
import type { Persona } from '../creatify/types.js';
import type { Config } from '../config.js';
import { AppError, errorMessage, isAppError } from '../errors.js';
import { withoutSuperseded, type LockStore } from '../lock/lockfile.js';
import type { Deletion, InFlight } from '../lock/schema.js';
import type { EngineDeps } from './deps.js';
import { neverSentWhole } from './in-flight.js';
import { knownIds, neverAdopt } from './lock-entry.js';
import { covers, selectDeletes, type DeleteCandidate, type PruneReport, type PruneScope } from './prune.js';
import { findInterrupted } from './recover.js';

/** How many other ids of the lockfile are read back, at most, to show which account the credentials reach. */
const PROOF_READS = 3;

/** The start of a quota hint: how many slots `prune` would free, and which avatars hold them. */
export function pruneAdvice(freeable: readonly DeleteCandidate[]): string {
  if (freeable.length === 0) return '';
  const shown = freeable.slice(0, 10).map((c) => `${c.key} ${c.id} (${c.reason})`);
  const more = freeable.length > shown.length ? ` and ${freeable.length - shown.length} more` : '';
  return `prune: all would free ${freeable.length} slot(s) on the default branch, held by avatars the lockfile no longer uses: ${shown.join(', ')}${more}; or `;
}

/** Deletes what `prune` chooses, as often as the run asks (before the creates, after approval); each id is tried once. */
export class Pruner {
  private readonly tried = new Set<string>();
  private readonly result: PruneReport = { deleted: [], wouldDelete: [], warnings: [] };
  private readonly refused: string[] = [];
  private proven = false;

  constructor(
    private readonly config: Pick<Config, 'prune' | 'lockfile'>,
    private readonly deps: EngineDeps,
    private readonly store: LockStore,
    private readonly scope: PruneScope,
  ) {}

  report(): PruneReport {
    if (this.refused.length === 0) return this.result;
    return {
      ...this.result,
      failure: {
        code: 'API_ERROR',
        message: `Creatify refused ${this.refused.length === 1 ? 'a delete' : `${this.refused.length} deletes`}: ${this.refused.join('; ')}; the lockfile keeps ${this.refused.length === 1 ? 'it' : 'them'}`,
        hint: 'delete them in the Creatify app (the next run then finds them gone), or set prune to keep them',
      },
    };
  }

  async run(): Promise<void> {
    const { mode, held } = this.config.prune;
    if (mode === 'none' || this.deps.signal?.aborted) return;
    const chosen = selectDeletes(this.store.current, mode, this.scope).filter((c) => !this.tried.has(c.id));
    const marks = this.lostOrphanCreates();
    if (chosen.length === 0 && marks.length === 0) return;
    if (held !== undefined) {
      const listed = new Set(this.result.wouldDelete.map((d) => d.id));
      const fresh = chosen.filter((c) => !listed.has(c.id));
      for (const c of fresh) this.result.wouldDelete.push({ key: c.key, id: c.id, reason: c.reason });
      if (fresh.length > 0) {
        const warning = `prune: ${fresh.length} avatar(s) would be deleted (${fresh.map((c) => `${c.key} ${c.id}`).join(', ')}), but nothing is deleted ${held}; a run on the default branch deletes them`;
        this.result.warnings.push(warning);
        this.deps.reporter.warning(warning);
      }
      return;
    }
    const listed = await this.deps.api().list({ signal: this.deps.signal });
    const own = new Set(listed.map((p) => p.id));
    this.proven ||= [...knownIds(this.store.current.avatars)].some((id) => own.has(id));
    for (const candidate of [...chosen, ...(await this.adoptLostOrphans(marks, listed))]) {
      if (this.deps.signal?.aborted) return;
      this.tried.add(candidate.id);
      await this.deleteOne(candidate, own);
    }
  }

  /** In-flight creates whose key left the manifest: what they made, if anything, is orphaned too. */
  private lostOrphanCreates(): Array<[string, InFlight]> {
    const { manifestKeys, owns } = this.scope;
    if (manifestKeys === undefined || !covers(this.config.prune.mode, 'orphaned')) return [];
    return Object.entries(this.store.current.in_flight ?? {}).filter(
      ([key, mark]) => !manifestKeys.has(key) && owns(mark.creator_name) && !neverSentWhole(mark),
    );
  }

  /**
   * A lost create's avatar is known only if the list shows it: then it is put on record as
   * a delete under way (its mark cleared in the same write) and deleted like the rest. One
   * the list does not show keeps its mark, for the recovery to settle.
   */
  private async adoptLostOrphans(marks: ReadonlyArray<[string, InFlight]>, listed: readonly Persona[]): Promise<DeleteCandidate[]> {
    const taken = neverAdopt(this.store.current);
    const found: DeleteCandidate[] = [];
    for (const [key, mark] of marks) {
      const match = findInterrupted(listed, mark, (id) => !taken.has(id));
      if (!match) continue;
      taken.add(match.id);
      const candidate: DeleteCandidate = { key, id: match.id, creator_name: mark.creator_name, reason: 'orphaned' };
      await this.store.apply({ in_flight: { [key]: null }, deleted: { [match.id]: this.mark(candidate) } });
      this.deps.reporter.info(`${key}: an interrupted run created ${match.id}, and the key has left the manifest: deleting it.`);
      found.push(candidate);
    }
    return found;
  }

  private async deleteOne(candidate: DeleteCandidate, own: ReadonlySet<string>): Promise<void> {
    const { key, id } = candidate;
    const entry = this.store.get(key);
    if (entry?.id === id && (entry.superseded ?? []).length > 0) {
      this.deps.reporter.warning(`${key}: ${id} is kept: the key's older avatars could not all be deleted first`);
      return;
    }
    if (!own.has(id)) {
      // not in the account's list: gone already, still under review, or never this account's own
      if (await this.exists(id)) {
        this.deps.reporter.warning(`${key}: ${id} is not in the account's list of its own avatars (still under review, or not one of them); not deleted, a later run tries again`);
        return;
      }
      if (!(await this.proveAccount(id))) {
        throw new AppError(
          'AUTH_FAILED',
          `prune: ${key}'s avatar ${id} is not on the Creatify account these credentials reach, nor is any other avatar of ${this.config.lockfile.display}: the credentials may belong to another workspace; nothing was deleted`,
          { hint: `use the api-id and api-key of the workspace that created the avatars of ${this.config.lockfile.display}; if they were deleted by hand, remove them from the lockfile` },
        );
      }
      await this.bury(candidate, true);
      return;
    }
    await this.store.apply({ deleted: { [id]: this.mark(candidate) } });
    this.deps.reporter.debug(`prune: ${key} ${id} marked as being deleted; sending the DELETE`);
    let outcome: 'deleted' | 'gone';
    try {
      outcome = await this.deps.api().delete(id, { signal: this.deps.signal });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const status = statusOf(error);
      if (status === 400 || status === 403) {
        // refused: nothing was deleted; a mark is kept only where it is the id's one record
        if (knownIds(this.store.current.avatars).has(id)) await this.store.apply({ deleted: { [id]: null } });
        const detail = error.cause instanceof Error ? error.cause.message : errorMessage(error);
        this.refused.push(`${key} (${id}): ${detail}`);
        this.deps.reporter.warning(`Creatify refused to delete ${key} (${id}): ${detail}; it stays in the lockfile`);
        return;
      }
      // the outcome is unknown: the mark stays, and the next run reads the id back
      throw new AppError(error.code, `prune: could not delete ${key} (${id}): ${error.message}; the lockfile marks it as being deleted, and the next run checks it`, {
        cause: error,
        ...(error.hint ? { hint: error.hint } : {}),
      });
    }
    this.proven = true;
    await this.bury(candidate, outcome === 'gone');
  }

  /** GET by id: false on a 404. */
  private async exists(id: string): Promise<boolean> {
    try {
      await this.deps.api().get(id, { signal: this.deps.signal });
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  /** Whether another id of the lockfile reads back: then the account is the lockfile's. */
  private async proveAccount(except: string): Promise<boolean> {
    if (this.proven) return true;
    const others = [...knownIds(this.store.current.avatars)].filter((id) => id !== except && !this.tried.has(id));
    for (const id of others.slice(0, PROOF_READS)) {
      if (await this.exists(id)) {
        this.proven = true;
        return true;
      }
    }
    return false;
  }

  private mark(candidate: DeleteCandidate): Deletion {
    const earlier = this.store.current.deleted?.[candidate.id];
    return { key: candidate.key, creator_name: candidate.creator_name, reason: candidate.reason, started_at: earlier?.started_at ?? this.now() };
  }

  /** The tombstone, and the id gone from its entry (the whole entry when it was the key's last), in one write. */
  private async bury(candidate: DeleteCandidate, gone: boolean): Promise<void> {
    const { key, id } = candidate;
    const entry = this.store.get(key);
    const change: Parameters<LockStore['apply']>[0] = { deleted: { [id]: { ...this.mark(candidate), deleted_at: this.now() } } };
    if (entry?.id === id) change.avatars = { [key]: null };
    else if (entry?.superseded?.some((old) => old.id === id)) change.avatars = { [key]: withoutSuperseded(entry, (old) => old === id) };
    await this.store.apply(change);
    this.result.deleted.push({ key, id, reason: candidate.reason, ...(gone ? { gone: true as const } : {}) });
    this.deps.reporter.info(gone ? `${key}: ${id} (${candidate.reason}) was gone from Creatify already; recorded as deleted` : `Deleted ${key}: ${id} (${candidate.reason}).`);
  }

  private now(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }
}
