/**
 * Mode `sync`: create the new and changed avatars, exactly once each. A preflight checks
 * credentials and quota before any upload; every successful create is written to the
 * lockfile at once, so a run that dies midway loses no id.
 */
import type { Config } from '../config.js';
import { createExactlyOnce, mayHaveCreated } from '../creatify/create-once.js';
import type { RetryPolicy } from '../creatify/retry.js';
import { reviewStatus } from '../creatify/status.js';
import type { CreatifyApi, Persona, VideoFile } from '../creatify/types.js';
import { AppError, errorMessage, isAppError } from '../errors.js';
import { LockStore } from '../lock/lockfile.js';
import type { InFlight, LockEntry } from '../lock/schema.js';
import type { LocalSource, PlannedAvatar } from '../model.js';
import { KeyedMutex } from '../util/keyed-mutex.js';
import { mapLimit } from '../util/limit.js';
import type { EngineDeps } from './deps.js';
import { entryForCreated, fillDeferredHash, knownIds } from './lock-entry.js';
import { plannedOutcome, preparePlan } from './plan.js';
import { recoverInFlight } from './recover.js';
import { shardOf } from './shard.js';
import type { AvatarOutcome, RunResult } from './result.js';

/**
 * Creates are worth more patience than reads: a failed create fails the step. Eight tries
 * ride out a storm where a third of all requests fail, within ten minutes per avatar.
 */
const CREATE_POLICY: RetryPolicy = { attempts: 8, baseMs: 500, factor: 2, capMs: 30_000, jitter: 'full', budgetMs: 600_000 };

/**
 * After a create's outcome is unknown, the avatars are listed for this long before it is
 * sent again: as long as an answer is waited for (request-timeout), and at least 5 s.
 */
export function settlePeriod(config: Config): number {
  return Math.max(config.api.requestTimeoutMs, MIN_SETTLE_MS);
}
const MIN_SETTLE_MS = 5000;

/** Errors after which no further create can succeed in this run. */
const FATAL = new Set(['AUTH_FAILED', 'QUOTA_EXCEEDED', 'LOCKFILE_WRITE']);

export async function runSync(config: Config, deps: EngineDeps): Promise<RunResult> {
  const { plan, lock, lockText, total } = await preparePlan(config, deps.beforeLockfile);
  const store = new LockStore(config.lockfile.absolute, config.lockfile.display, lock, lockText);
  let work = plan.avatars.filter((p) => p.action === 'create' || p.action === 'replace');
  const result: RunResult = {
    mode: 'sync',
    manifest: config.manifest.display,
    lockfile: config.lockfile.display,
    lockfileChanged: false,
    avatars: [],
    created: [],
    orphaned: plan.orphaned.map((o) => ({ key: o.key, id: o.entry.id })),
    superseded: [],
    ...(config.shard ? { shard: { ...config.shard, avatars: plan.avatars.length, of: total } } : {}),
  };
  const outcomes = new Map<string, AvatarOutcome>(plan.avatars.map((p) => [p.avatar.key, plannedOutcome(p)]));

  // a plan with nothing to create and no interrupted create never asks for the client (nor credentials)
  const { shard } = config;
  const owns = shard ? (mark: InFlight) => shardOf(mark.creator_name, shard.count) === shard.index : undefined;
  const recovered = await recoverInFlight(store, work, deps, owns);
  for (const { planned, persona, previous } of recovered) recordCreated(planned, persona, true, previous, outcomes, result);
  const done = new Set(recovered.map((r) => r.planned.avatar.key));
  work = work.filter((p) => !done.has(p.avatar.key));
  if (work.length > 0) {
    const api = deps.api();
    result.quota = await preflight(api, work.length, deps);
    const failures = await createAll(work, api, store, config, deps, outcomes, result);
    if (failures.length > 0) {
      const first = failures[0]!;
      result.failure = {
        code: first.code,
        message:
          failures.length === 1
            ? `could not create ${first.key}: ${first.message}`
            : `could not create ${failures.length} avatars: ${failures.map((f) => `${f.key}: ${f.message}`).join('; ')}`,
        ...(first.hint ? { hint: first.hint } : {}),
      };
    }
  } else if (plan.avatars.every((p) => p.action === 'unchanged')) {
    deps.reporter.info('Nothing to create: every avatar of the manifest is in the lockfile, unchanged.');
  }

  result.avatars = plan.avatars.map((p) => outcomes.get(p.avatar.key)!);
  // completion order varies from run to run; manifest order does not
  const created = new Set(result.created);
  result.created = result.avatars.filter((a) => a.id !== null && created.has(a.id)).map((a) => a.id!);
  if (config.wait.enabled && !result.failure && !deps.signal?.aborted) {
    const { waitForApproval } = await import('./wait.js');
    await waitForApproval(config, deps, store, result);
  }
  result.lockfileChanged = store.changedSince(lockText);
  return result;
}

async function preflight(api: CreatifyApi, planned: number, deps: EngineDeps): Promise<RunResult['quota']> {
  const count = await api.count(deps.signal ? { signal: deps.signal } : {});
  const free = count.max_count - count.current_count;
  deps.reporter.info(`Creatify quota: ${count.current_count} of ${count.max_count} custom avatars used; ${planned} to create.`);
  if (planned > free) {
    throw new AppError(
      'QUOTA_EXCEEDED',
      `${planned} avatars to create but the Creatify account has room for ${Math.max(0, free)} (${count.current_count} of ${count.max_count} used); nothing was uploaded`,
      { hint: 'raise the custom-avatar limit of the workspace, or create fewer at a time (see the shard input)' },
    );
  }
  return { max: count.max_count, current: count.current_count, planned };
}

interface Failure {
  key: string;
  code: string;
  message: string;
  hint?: string;
}

async function createAll(
  work: PlannedAvatar[],
  api: CreatifyApi,
  store: LockStore,
  config: Config,
  deps: EngineDeps,
  outcomes: Map<string, AvatarOutcome>,
  result: RunResult,
): Promise<Failure[]> {
  const exclude = knownIds(store.current.avatars);
  const byName = new KeyedMutex();
  // names whose create may have happened unseen: another create of the name could adopt
  // that avatar as its own, so the rest of the name waits for the next run
  const uncertainNames = new Set<string>();
  const failures: Failure[] = [];
  let stop = false;

  await mapLimit(work, config.concurrency, async (planned) => {
    const { avatar } = planned;
    if (stop || deps.signal?.aborted) return;
    // Creates sharing a creator_name run one at a time, so an adopted avatar is never a sibling's.
    await byName.run(avatar.fields.creator_name, async () => {
      if (stop || deps.signal?.aborted) return;
      if (uncertainNames.has(avatar.fields.creator_name)) {
        const message = `not created in this run: an earlier create named "${avatar.fields.creator_name}" may have succeeded unseen; the next run looks for it first, then creates this one`;
        failures.push({ key: avatar.key, code: 'CREATE_FAILED', message });
        deps.reporter.warning(`${avatar.key}: ${message}`);
        return;
      }
      const verb = planned.action === 'replace' ? `Replacing ${avatar.key} (${planned.reasons.join(', ')})` : `Creating ${avatar.key}`;
      deps.reporter.info(`${verb} from ${avatar.lipsync.kind === 'file' ? avatar.lipsync.path : avatar.lipsync.url}`);
      const previous = store.get(avatar.key);
      const hashed: { lipsync?: string } = {};
      let persona: Persona;
      let adopted: boolean;
      try {
        await store.update((lock) => {
          (lock.in_flight ??= {})[avatar.key] = {
            creator_name: avatar.fields.creator_name,
            fields_digest: planned.fieldsDigest,
            sha256: avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null,
            started_at: new Date(deps.clock.now()).toISOString(),
            ...(avatar.lipsync.kind === 'file' ? { upload: true } : {}),
          };
        });
        // What an interrupted run's next run adopts must be what was sent: the mark gets the
        // hash of the bytes sent before the server can have them all.
        const markSent = (): Promise<void> =>
          store.update((lock) => {
            const mark = lock.in_flight?.[avatar.key];
            if (!mark || avatar.lipsync.kind !== 'file') return;
            mark.sha256 = hashed.lipsync ?? avatar.lipsync.sha256;
            mark.size = avatar.lipsync.size;
            mark.sent_at = new Date(deps.clock.now()).toISOString();
          });
        ({ persona, adopted } = await createExactlyOnce(
          api,
          (signal) => attempt(api, planned, deps, signal, hashed, markSent),
          { creatorName: avatar.fields.creator_name, excludeIds: exclude },
          {
            policy: CREATE_POLICY,
            settleMs: settlePeriod(config),
            clock: deps.clock,
            signal: deps.signal,
            onEvent: (event) => deps.reporter.debug(`${avatar.key}: ${describeEvent(event)}`),
          },
        ));
      } catch (error) {
        const code = isAppError(error) ? error.code : 'INTERNAL';
        failures.push({ key: avatar.key, code, message: errorMessage(error), ...(isAppError(error) && error.hint ? { hint: error.hint } : {}) });
        if (FATAL.has(code)) stop = true;
        deps.reporter.warning(`${avatar.key}: ${errorMessage(error)}`);
        // the hash learnt while uploading is still worth reporting
        if (hashed.lipsync !== undefined) outcomes.get(avatar.key)!.sha256 = hashed.lipsync;
        // Only a create that surely made nothing loses its in-flight record; after an
        // unknown outcome the next run looks for the avatar before creating it again.
        if (mayHaveCreated(error)) uncertainNames.add(avatar.fields.creator_name);
        else {
          await store.update((lock) => void delete lock.in_flight?.[avatar.key]).catch(() => undefined);
        }
        return;
      }
      exclude.add(persona.id);
      // learnt while uploading; else (an avatar adopted before any body went out whole) read now
      await fillDeferredHash(planned, { streamed: hashed.lipsync, lenient: true });
      const entry = entryForCreated(planned, persona, previous, new Date(deps.clock.now()));
      try {
        await store.update((lock) => {
          lock.avatars[avatar.key] = entry;
          delete lock.in_flight?.[avatar.key];
        });
      } catch (error) {
        stop = true;
        failures.push({ key: avatar.key, code: 'LOCKFILE_WRITE', message: `created ${persona.id} but ${errorMessage(error)}` });
      }
      recordCreated(planned, persona, adopted, previous, outcomes, result);
      deps.reporter.info(`${adopted ? 'Adopted' : 'Created'} ${avatar.key}: ${persona.id}`);
    });
  });
  return failures;
}

function recordCreated(
  planned: PlannedAvatar,
  persona: Persona,
  adopted: boolean,
  previous: LockEntry | undefined,
  outcomes: Map<string, AvatarOutcome>,
  result: RunResult,
): void {
  const key = planned.avatar.key;
  result.created.push(persona.id);
  if (previous && previous.id !== persona.id) result.superseded.push({ key, id: previous.id, replacedBy: persona.id });
  const outcome = outcomes.get(key)!;
  outcome.id = persona.id;
  if (planned.avatar.lipsync.kind === 'file') outcome.sha256 = planned.avatar.lipsync.sha256;
  outcome.status = reviewStatus(persona);
  if (adopted) outcome.adopted = true;
  if (persona.failed_reason) outcome.failed_reason = persona.failed_reason;
}

function attempt(
  api: CreatifyApi,
  planned: PlannedAvatar,
  deps: EngineDeps,
  signal: AbortSignal | undefined,
  hashed: { lipsync?: string },
  beforeLastBytes: () => Promise<void>,
): Promise<Persona> {
  const { avatar } = planned;
  if (avatar.lipsync.kind === 'url') {
    const consent = avatar.consent?.kind === 'url' ? avatar.consent.url : undefined;
    return api.createFromUrls(avatar.fields, avatar.lipsync.url, consent, signal ? { signal } : {});
  }
  const consent = avatar.consent?.kind === 'file' ? videoFile(avatar.consent) : undefined;
  return api.createFromFiles(avatar.fields, videoFile(avatar.lipsync), consent, {
    ...(signal ? { signal } : {}),
    onProgress: (p) => deps.reporter.progress?.(avatar.key, p.sent, p.total),
    // a deferred hash is learnt here, from the bytes actually sent
    onHashed: (field, sha256) => {
      if (field === 'lipsync_input') hashed.lipsync = sha256;
    },
    beforeLastBytes,
  });
}

function videoFile(source: LocalSource): VideoFile {
  return {
    absolutePath: source.absolutePath,
    filename: source.path.split('/').pop() ?? 'video.mp4',
    size: source.size,
    sha256: source.sha256,
    contentType: source.contentType,
  };
}

function describeEvent(event: unknown): string {
  return typeof event === 'object' && event !== null ? JSON.stringify(event) : String(event);
}
