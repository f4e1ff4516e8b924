/**
 * Mode `sync`: create the new and changed avatars, exactly once each, as a fold: every
 * planned avatar becomes one typed outcome (createAvatar, or recoverInFlight for a create
 * an interrupted run left behind), and the run's result is assembled once from them.
 */
import type { Config } from '../config.js';
import type { CreatifyApi } from '../creatify/types.js';
import { ListEvidence } from '../creatify/list-visibility.js';
import { AppError, errorMessage, hasCode, isAppError } from '../errors.js';
import { LockStore } from '../lock/lockfile.js';
import type { InFlight } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import { KeyedMutex } from '../util/keyed-mutex.js';
import { createLimit } from '../util/limit.js';
import { createAvatar, type CreateContext, type CreateOutcome } from './create-avatar.js';
import type { EngineDeps } from './deps.js';
import { InFlightMarks } from './in-flight.js';
import { neverAdopt, pendingIds } from './lock-entry.js';
import { planParts, preparePlan, type Prepared } from './plan.js';
import { pruneScope, selectDeletes, type DeleteCandidate } from './prune.js';
import { pruneAdvice, Pruner } from './pruner.js';
import { lookForMarked, recoverInFlight } from './recover.js';
import { assembleResult, type RunResult } from './result.js';
import { inShard } from './shard.js';
import { waitForApproval } from './wait.js';

/** Errors after which no further create can succeed in this run. */
const FATAL = ['AUTH_FAILED', 'QUOTA_EXCEEDED', 'LOCKFILE_WRITE'] as const;

export async function runSync(config: Config, deps: EngineDeps): Promise<RunResult> {
  const prepared = await preparePlan(config, deps);
  const store = new LockStore(config.lockfile.absolute, config.lockfile.display, prepared.lock);
  try {
    return await syncWith(config, deps, prepared, store);
  } catch (error) {
    // every change is in the journal already: folded into the lockfile, or left for the next run
    await store.fold();
    throw error;
  }
}

async function syncWith(config: Config, deps: EngineDeps, { plan, total, lockText, keys }: Prepared, store: LockStore): Promise<RunResult> {
  const scope = pruneScope(config, keys);
  const pruner = new Pruner(config, deps, store, scope);
  // before the creates: the slots of what the repository no longer uses make room for them
  await pruner.run();
  const marks = new InFlightMarks(store, deps.clock);
  const taken = neverAdopt(store.current);
  const evidence = new ListEvidence(deps.clock, pendingIds(store.current.avatars));
  const work = plan.avatars.filter((p) => p.action === 'create' || p.action === 'replace');

  // a plan with nothing to create and no interrupted create never asks for the client (nor credentials)
  const { shard } = config;
  const owns = (mark: InFlight): boolean => inShard(mark.creator_name, shard);
  let outcomes = await recoverInFlight(marks, work, taken, deps, owns, evidence);
  const recovered = new Set(outcomes.map((o) => o.planned.avatar.key));
  const left = work.filter((p) => !recovered.has(p.avatar.key));
  let quota: RunResult['quota'] | undefined;
  // the client is asked for only when something needs it
  const base = (): Omit<CreateContext, 'uploads' | 'stopped'> => ({ api: deps.api(), marks, config, deps, taken, evidence });
  if (left.length > 0) {
    quota = await preflight(deps.api(), left.length, deps, selectDeletes(store.current, 'all', scope));
    const heldNames = new Set(outcomes.flatMap((o) => (o.kind === 'failed' ? [o.planned.avatar.fields.creator_name] : [])));
    outcomes.push(...(await createAll(left, base(), heldNames)));
    outcomes = await lookAgain(outcomes, work, base(), true);
  } else if (work.length === 0) {
    deps.reporter.info('Nothing to create: every avatar of the manifest is in the lockfile, unchanged.');
  }

  const parts = { mode: 'sync' as const, config, ...planParts(plan, total), creates: outcomes, quota };
  const failed = outcomes.some((o) => (o.kind === 'failed' && !o.held) || (o.kind === 'created' && o.lockError));
  const review = config.wait.enabled && !failed && !deps.signal?.aborted ? await waitForApproval(config, deps, store, assembleResult(parts).avatars) : undefined;
  // an earlier run's unconfirmed creates were under review too: once approved, they are listed
  if (review) parts.creates = await lookAgain(outcomes, work, base(), false);
  // the ids the avatars approved while waiting have superseded
  if (review) await pruner.run();
  const lockfileError = await store.fold();
  return assembleResult({ ...parts, prune: pruner.report(), ...(review ? { review } : {}), ...(lockfileError ? { lockfileError } : {}), lockfileChanged: store.changedSince(lockText) });
}

/**
 * Creates left unconfirmed (a lost answer, and a list that may not show the avatar) get
 * one more look, with one list. After the creates (`createAgain`), the run has made
 * avatars under review, so it may have learnt whether the list shows them: where it does,
 * each is adopted if listed, else created again. After a wait, those the list now shows
 * (reviewed meanwhile) are adopted. The others stay unconfirmed, their marks kept.
 */
async function lookAgain(
  outcomes: CreateOutcome[],
  work: readonly PlannedAvatar[],
  base: Omit<CreateContext, 'uploads' | 'stopped'>,
  createAgain: boolean,
): Promise<CreateOutcome[]> {
  const open = new Set(outcomes.flatMap((o) => (o.kind === 'failed' && hasCode(o.error, 'CREATE_UNCONFIRMED') ? [o.planned.avatar.key] : [])));
  if (open.size === 0 || base.deps.signal?.aborted || outcomes.some((o) => o.kind === 'failed' && isFatal(o.error))) return outcomes;
  const toFind = base.marks.left(() => true).filter(([key]) => open.has(key));
  base.deps.reporter.info(`Looking again for ${toFind.length} create(s) whose outcome is unconfirmed.`);
  let looked;
  try {
    looked = await lookForMarked(toFind, base.marks, work, base.taken, base.deps, base.evidence, !createAgain);
  } catch (error) {
    // the marks stay: the next run looks again
    base.deps.reporter.warning(`could not look again for the unconfirmed creates: ${errorMessage(error)}`);
    return outcomes;
  }
  const again = [...looked.outcomes.filter((o) => o.kind === 'created'), ...(createAgain ? await createAll(looked.cleared, base) : [])];
  const settled = new Set(again.map((o) => o.planned.avatar.key));
  return [...outcomes.filter((o) => !settled.has(o.planned.avatar.key)), ...again];
}

/** Counted after the deletes that free room; `freeable`: what the lockfile no longer uses and still holds a slot. */
async function preflight(api: CreatifyApi, planned: number, deps: EngineDeps, freeable: readonly DeleteCandidate[]): Promise<RunResult['quota']> {
  const count = await api.count(deps.signal ? { signal: deps.signal } : {});
  const free = count.max_count - count.current_count;
  deps.reporter.info(`Creatify quota: ${count.current_count} of ${count.max_count} custom avatars used; ${planned} to create.`);
  if (planned > free) {
    throw new AppError(
      'QUOTA_EXCEEDED',
      `${planned} avatars to create but the Creatify account has room for ${Math.max(0, free)} (${count.current_count} of ${count.max_count} used); nothing was uploaded`,
      { hint: `${pruneAdvice(freeable)}raise the custom-avatar limit of the workspace, or create fewer at a time (see the shard input)` },
    );
  }
  return { max: count.max_count, current: count.current_count, planned };
}

/**
 * Sends up to `concurrency` creates at once (a create that waits to retry or settles holds
 * no upload slot). Creates sharing a creator_name take turns, so an adopted avatar is
 * never a sibling's; after a create whose outcome stayed unknown, the rest of its name
 * waits for the next run (which looks for the uncertain one first). A fatal failure stops
 * the creates not started yet; they stay planned.
 */
async function createAll(
  work: readonly PlannedAvatar[],
  base: Omit<CreateContext, 'uploads' | 'stopped'>,
  heldNames: ReadonlySet<string> = new Set(),
): Promise<CreateOutcome[]> {
  const byName = new KeyedMutex();
  const uncertainNames = new Set<string>();
  const outcomes: CreateOutcome[] = [];
  let stopped = false;
  const ctx: CreateContext = { ...base, uploads: createLimit(base.config.concurrency), stopped: () => stopped };

  await Promise.all(
    work.map((planned) =>
      byName.run(planned.avatar.fields.creator_name, async () => {
        const name = planned.avatar.fields.creator_name;
        if (stopped || ctx.deps.signal?.aborted) return;
        const outcome = uncertainNames.has(name) || heldNames.has(name) ? heldBack(planned, ctx, heldNames.has(name)) : await createAvatar(planned, ctx);
        if (!outcome) return;
        outcomes.push(outcome);
        if (outcome.kind === 'failed' && outcome.uncertain) uncertainNames.add(name);
        if ((outcome.kind === 'failed' && isFatal(outcome.error)) || (outcome.kind === 'created' && outcome.lockError)) stopped = true;
      }),
    ),
  );
  return outcomes;
}

/** `earlier`: the uncertain create of that name is an earlier run's, so this is a warning, not a failure. */
function heldBack(planned: PlannedAvatar, ctx: CreateContext, earlier: boolean): CreateOutcome {
  const { avatar } = planned;
  const message = `not created in this run: an earlier create named "${avatar.fields.creator_name}" may have succeeded unseen; a later run looks for it first, then creates this one`;
  if (!earlier) ctx.deps.reporter.warning(`${avatar.key}: ${message}`);
  const sha256 = avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null;
  return { kind: 'failed', planned, error: new AppError('CREATE_FAILED', `${avatar.key}: ${message}`), uncertain: false, sha256, ...(earlier ? { held: true as const } : {}) };
}

/** A failure after which no create can succeed, also when an unknown outcome came before it. */
function isFatal(error: AppError): boolean {
  return FATAL.some((code) => hasCode(error, code) || (isAppError(error.cause) && hasCode(error.cause, code)));
}
