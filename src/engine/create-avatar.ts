/**
 * One planned avatar's way through a sync: mark, send (exactly once), record. Every end
 * is a typed outcome; nothing here writes to the run's result.
 */
import type { Config } from '../config.js';
import { STILL_LOOKING, createExactlyOnce, mayHaveCreated } from '../creatify/create-once.js';
import type { ListEvidence } from '../creatify/list-visibility.js';
import type { RetryPolicy } from '../creatify/retry.js';
import { reviewStatus } from '../creatify/status.js';
import type { CreatifyApi, Persona, VideoFile } from '../creatify/types.js';
import { uploadName } from '../creatify/upload-name.js';
import { AppError, errorMessage, hasCode, isAppError } from '../errors.js';
import { hashFile } from '../files/hash.js';
import type { LockEntry } from '../lock/schema.js';
import type { LocalSource, PlannedAvatar } from '../model.js';
import type { Limit } from '../util/limit.js';
import { formatDuration } from '../util/parse.js';
import type { EngineDeps } from './deps.js';
import type { InFlightMarks } from './in-flight.js';
import { entryForCreated } from './lock-entry.js';

export type CreateOutcome =
  | {
      kind: 'created';
      planned: PlannedAvatar;
      persona: Persona;
      /** found on Creatify after an unknown outcome or an interrupted run, not created now */
      adopted: boolean;
      /** the key's entry before: a replace's old id, superseded by `persona` */
      previous: LockEntry | undefined;
      sha256: string | null;
      /** the avatar exists but could not be written to the lockfile */
      lockError?: AppError;
    }
  | {
      kind: 'failed';
      planned: PlannedAvatar;
      error: AppError;
      /** the avatar may exist all the same: its mark stays for the next run */
      uncertain: boolean;
      /** the hash of the bytes sent, when an upload got that far */
      sha256: string | null;
      /** an earlier run's create, still unconfirmed: this run warns and goes on */
      held?: true;
    };

/**
 * Creates are worth more patience than reads: a failed create fails the step. Eight tries
 * ride out a storm where a third of all requests fail, within ten minutes per avatar.
 */
const CREATE_POLICY: RetryPolicy = { attempts: 8, baseMs: 500, factor: 2, capMs: 30_000, jitter: 'full', budgetMs: 600_000 };

/**
 * After a create's outcome is unknown, the avatars are listed for this long before it is
 * sent again: as long as an answer is waited for (request-timeout), and at least 5 s.
 */
function settlePeriod(config: Config): number {
  return Math.max(config.api.requestTimeoutMs, MIN_SETTLE_MS);
}
const MIN_SETTLE_MS = 5000;

export interface CreateContext {
  api: CreatifyApi;
  marks: InFlightMarks;
  config: Config;
  deps: EngineDeps;
  /** ids never to adopt: every id of the lockfile, and those created or adopted in this run */
  taken: Set<string>;
  /** what this run has learnt about the list: a lost create is sent again only where it shows avatars under review */
  evidence: ListEvidence;
  /** runs one request with an upload slot: a create that waits or settles holds none */
  uploads: Limit;
  /** true once no create can succeed in this run: those not started yet are not */
  stopped(): boolean;
}

/** `undefined`: the run stopped before this create could make anything; it stays planned. */
export async function createAvatar(planned: PlannedAvatar, ctx: CreateContext): Promise<CreateOutcome | undefined> {
  const { avatar } = planned;
  const { deps, marks } = ctx;
  const previous = marks.entry(avatar.key);
  // a new video's hash is learnt from the bytes sent, so a large file is read once
  let sent: string | null = avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null;
  let started = false;
  // set once a request from URLs, or an upload's last bytes, may go out: only then can a stopped create have made anything
  let released = false;
  const stopped = new AppError('CANCELLED', 'the run stopped before this create could make anything');

  let created: { persona: Persona; adopted: boolean };
  try {
    created = await createExactlyOnce(
      ctx.api,
      (signal) =>
        ctx.uploads(async () => {
          if (!started) {
            // the mark is written when the request is about to go out, not while it queues
            if (ctx.stopped() || deps.signal?.aborted) throw stopped;
            const verb = planned.action === 'replace' ? `Replacing ${avatar.key} (${planned.reasons.join(', ')})` : `Creating ${avatar.key}`;
            deps.reporter.info(`${verb} from ${avatar.lipsync.kind === 'file' ? avatar.lipsync.path : avatar.lipsync.url}`);
            // an upload's mark waits for its last bytes (`sent`), before which nothing can be created
            if (avatar.lipsync.kind === 'url') {
              await marks.begin(planned);
              // stopped while the mark was written: the request is not sent
              if (deps.signal?.aborted) throw stopped;
              released = true;
            }
            started = true;
          }
          return send(ctx, planned, signal, async (sha256) => {
            sent = sha256;
            // a rejection here withholds the body's last bytes (creatify/multipart.ts)
            if (deps.signal?.aborted) throw stopped;
            await marks.sent(planned, sha256, avatar.lipsync.kind === 'file' ? avatar.lipsync.size : 0);
            if (deps.signal?.aborted) throw stopped;
            released = true;
          });
        }),
      { creatorName: avatar.fields.creator_name, excludeIds: ctx.taken },
      {
        policy: CREATE_POLICY,
        settleMs: settlePeriod(ctx.config),
        clock: deps.clock,
        signal: deps.signal,
        resendSafe: async (listed, askedAt) => (await ctx.evidence.learn(ctx.api, listed, askedAt, deps.signal)) === 'shows',
        onEvent: (event) => {
          // what a person watching wants to see as it happens; the rest for debug logs
          if (event.type === 'retry') deps.reporter.info(`${avatar.key}: sending the create again${event.delayMs > 0 ? ` in ${formatDuration(event.delayMs)}` : ''} (${event.reason})`);
          if (event.type === 'reconcile' && event.reason !== STILL_LOOKING) deps.reporter.info(`${avatar.key}: the create's outcome is unknown (${event.reason}); looking for the avatar on Creatify before sending it again`);
          deps.reporter.debug(`${avatar.key}: ${JSON.stringify(event)}`);
        },
      },
    );
  } catch (thrown) {
    if (hasCode(thrown, 'CANCELLED') && !released) {
      // nothing that could make an avatar went out: no mark is left, and the avatar stays planned
      await marks.clear(avatar.key).catch(() => undefined);
      return undefined;
    }
    const error = isAppError(thrown) ? thrown : new AppError('INTERNAL', errorMessage(thrown), { cause: thrown });
    deps.reporter.warning(`${avatar.key}: ${error.message}`);
    const uncertain = mayHaveCreated(thrown);
    // only a create that surely made nothing loses its mark
    if (!uncertain) await marks.clear(avatar.key).catch(() => undefined);
    return { kind: 'failed', planned, error, uncertain, sha256: sent };
  }

  const { persona, adopted } = created;
  ctx.taken.add(persona.id);
  if (reviewStatus(persona) === 'pending') ctx.evidence.pending(persona.id);
  // adopted before any body went out whole: the file is read now
  const sha256 = avatar.lipsync.kind === 'file' ? (sent ?? (await hashFile(avatar.lipsync.absolutePath).catch(() => undefined))?.sha256 ?? null) : null;
  const outcome: CreateOutcome = { kind: 'created', planned, persona, adopted, previous, sha256 };
  try {
    const size = avatar.lipsync.kind === 'file' ? avatar.lipsync.size : null;
    await marks.record(avatar.key, entryForCreated(planned, persona, previous, { sha256, size }, new Date(deps.clock.now())));
  } catch (error) {
    outcome.lockError = new AppError('LOCKFILE_WRITE', `created ${persona.id} but ${errorMessage(error)}`, { cause: error });
  }
  deps.reporter.info(`${adopted ? 'Adopted' : 'Created'} ${avatar.key}: ${persona.id}`);
  return outcome;
}

/** One create request: JSON for URLs, a streamed multipart upload for files. */
function send(
  ctx: CreateContext,
  planned: PlannedAvatar,
  signal: AbortSignal | undefined,
  beforeLastBytes: (sha256: string | null) => Promise<void>,
): Promise<Persona> {
  const { avatar } = planned;
  const options = signal ? { signal } : {};
  if (avatar.lipsync.kind === 'url') {
    const consent = avatar.consent?.kind === 'url' ? avatar.consent.url : undefined;
    return ctx.api.createFromUrls(avatar.fields, avatar.lipsync.url, consent, options);
  }
  let streamed: string | null = avatar.lipsync.sha256;
  return ctx.api.createFromFiles(avatar.fields, videoFile(avatar.lipsync, avatar.key, 'lipsync_input'), avatar.consent?.kind === 'file' ? videoFile(avatar.consent, avatar.key, 'consent_video') : undefined, {
    ...options,
    onProgress: (p) => ctx.deps.reporter.progress?.(avatar.key, p.sent, p.total),
    onHashed: (field, sha256) => {
      if (field === 'lipsync_input') streamed = sha256;
    },
    beforeLastBytes: () => beforeLastBytes(streamed),
  });
}

function videoFile(source: LocalSource, key: string, field: 'lipsync_input' | 'consent_video'): VideoFile {
  return {
    absolutePath: source.absolutePath,
    filename: uploadName(key, source.contentType, field),
    size: source.size,
    sha256: source.sha256,
    contentType: source.contentType,
  };
}
