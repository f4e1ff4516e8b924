/**
 * What a run reports: one outcome per manifest avatar, and the id lists of the outputs,
 * assembled in one place (`assembleResult`) from what the run's steps returned.
 */
import type { Config } from '../config.js';
import { reviewStatus } from '../creatify/status.js';
import type { AppError } from '../errors.js';
import type { AvatarAction, AvatarStatus, ClipShape } from '../model.js';
import type { CreateOutcome } from './create-avatar.js';
import type { Tracked } from '../approval/record.js';
import type { PruneReport } from './prune.js';

export interface AvatarOutcome {
  key: string;
  creator_name: string;
  id: string | null;
  status: AvatarStatus;
  action: AvatarAction;
  source: string;
  sha256: string | null;
  /** a local lipsync clip's duration and size, read from its container */
  video?: ClipShape;
  /** why a replace */
  reasons?: string[];
  /** the id this run replaced (or would replace) */
  supersedes?: string;
  failed_reason?: string;
  /** adopted after an unknown outcome instead of created twice */
  adopted?: boolean;
}

export interface RunFailure {
  code: string;
  message: string;
  hint?: string;
}

export interface RunResult {
  mode: 'plan' | 'sync' | 'status';
  manifest: string;
  lockfile: string;
  lockfileChanged: boolean;
  avatars: AvatarOutcome[];
  created: string[];
  orphaned: { key: string; id: string }[];
  superseded: { key: string; id: string; replacedBy: string }[];
  /** ids `prune` deleted in this run (`gone`: Creatify had deleted them before) */
  deleted: PruneReport['deleted'];
  /** ids `prune` chose but only listed: a plan, a pull request, another branch */
  wouldDelete: PruneReport['wouldDelete'];
  /** `freed`: slots the deletes of a plan would free before its creates */
  quota?: { max: number; current: number; planned: number; freed?: number };
  shard?: { index: number; count: number; avatars: number; of: number };
  /** set when the run stopped early (timeout, cancellation) with a reason for the user */
  incomplete?: string;
  /** a failure found after work was done: outputs are still written, then the step fails */
  failure?: RunFailure;
  /** warnings for the user, e.g. the timeout passed with `on-timeout: warn` */
  warnings?: string[];
}

function idsWithStatus(result: RunResult, statuses: readonly AvatarStatus[]): string[] {
  return result.avatars.filter((a) => a.id !== null && statuses.includes(a.status)).map((a) => a.id!);
}

/** The id lists of the outputs and the results file. */
export function idLists(result: RunResult) {
  return {
    created: result.created,
    approved: idsWithStatus(result, ['approved']),
    pending: idsWithStatus(result, ['pending']),
    failed: idsWithStatus(result, ['failed', 'rejected']),
    deleted: result.deleted.map((d) => d.id),
  };
}

/** The failure of a run in which Creatify rejected or failed avatars, all named. */
export function rejectionFailure(bad: readonly Pick<AvatarOutcome, 'key' | 'id' | 'status' | 'failed_reason'>[]): RunFailure {
  return {
    code: 'AVATAR_REJECTED',
    message: bad.map((a) => `${a.key} (${a.id}) was ${a.status} by Creatify: ${a.failed_reason || 'no reason given'}`).join('; '),
    hint: 'fix the video or its fields; a changed avatar is created again on the next sync',
  };
}

/** An AppError as the run's failure: its code and hint, with `message` (which tells what stopped). */
export function failureFrom(error: AppError, message: string): RunFailure {
  return { code: error.code, message, ...(error.hint ? { hint: error.hint } : {}) };
}

/** What a wait learnt: the last statuses seen, by key, and how it ended. */
export interface WaitReport {
  statuses: Map<string, Pick<Tracked, 'status' | 'failed_reason'>>;
  failure?: RunFailure;
  /** why the run stopped before every avatar was decided */
  incomplete?: string;
  warning?: string;
}

export interface ResultParts {
  mode: RunResult['mode'];
  config: Pick<Config, 'manifest' | 'lockfile' | 'shard'>;
  /** every avatar of the run before it acted: as planned (plan, sync) or as the lockfile has it (status) */
  avatars: readonly AvatarOutcome[];
  orphaned?: RunResult['orphaned'];
  /** avatars of the whole manifest (or lockfile), of which a shard's are a slice */
  total: number;
  creates?: readonly CreateOutcome[];
  quota?: RunResult['quota'];
  /** the statuses a wait or refresh saw, by key, and how it ended */
  review?: WaitReport;
  lockfileChanged?: boolean;
  /** the lockfile could not be written at the end (its changes stay in the journal) */
  lockfileError?: AppError;
  /** what `prune` deleted, or would delete */
  prune?: PruneReport;
}

/** The run's result, from the avatars as they were and the outcomes of what the run did. */
export function assembleResult(parts: ResultParts): RunResult {
  const creates = new Map((parts.creates ?? []).map((o) => [o.planned.avatar.key, o]));
  const avatars = parts.avatars.map((before) => {
    const outcome = { ...before };
    const create = creates.get(before.key);
    if (create?.kind === 'created') {
      const { persona } = create;
      outcome.id = persona.id;
      outcome.status = reviewStatus(persona);
      if (persona.failed_reason) outcome.failed_reason = persona.failed_reason;
      if (create.adopted) outcome.adopted = true;
    }
    // its id stays the key's last confirmed one: the old one for a replace, null for a new key
    if (create?.kind === 'failed' && create.uncertain) {
      outcome.status = 'unconfirmed';
      outcome.id = before.supersedes ?? null;
    }
    if (create && create.planned.avatar.lipsync.kind === 'file') outcome.sha256 = create.sha256;
    const seen = parts.review?.statuses.get(before.key);
    if (seen && outcome.id !== null && outcome.status !== 'unconfirmed') {
      outcome.status = seen.status;
      if (seen.failed_reason) outcome.failed_reason = seen.failed_reason;
      else delete outcome.failed_reason;
    }
    return outcome;
  });
  const created = (parts.creates ?? []).filter((o) => o.kind === 'created');
  const createdKeys = new Set(created.map((o) => o.planned.avatar.key));
  const warnings = [
    ...(parts.creates ?? []).flatMap((o) => (o.kind === 'failed' && o.held ? [`${o.error.message}. ${o.error.hint ?? ''}`.trim()] : [])),
    ...(parts.review?.warning ? [parts.review.warning] : []),
    ...(parts.prune?.warnings ?? []),
  ];
  const { lockfileError } = parts;
  const failure =
    createFailure(parts.creates ?? []) ??
    parts.review?.failure ??
    parts.prune?.failure ??
    (lockfileError ? failureFrom(lockfileError, lockfileError.message) : undefined);
  const deleted = parts.prune?.deleted ?? [];
  const deletedIds = new Set(deleted.map((d) => d.id));
  const incomplete = parts.review?.incomplete;
  return {
    mode: parts.mode,
    manifest: parts.config.manifest.display,
    lockfile: parts.config.lockfile.display,
    lockfileChanged: parts.lockfileChanged ?? false,
    avatars,
    // in manifest order: completion order varies from run to run
    created: avatars.filter((a) => createdKeys.has(a.key) && a.id !== null).map((a) => a.id!),
    orphaned: (parts.orphaned ?? []).filter((o) => !deletedIds.has(o.id)),
    superseded: created.flatMap((o) =>
      o.previous && o.previous.id !== o.persona.id ? [{ key: o.planned.avatar.key, id: o.previous.id, replacedBy: o.persona.id }] : [],
    ),
    deleted,
    wouldDelete: parts.prune?.wouldDelete ?? [],
    ...(parts.quota ? { quota: parts.quota } : {}),
    ...(parts.config.shard ? { shard: { ...parts.config.shard, avatars: parts.avatars.length, of: parts.total } } : {}),
    ...(incomplete ? { incomplete } : {}),
    ...(failure ? { failure } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** The failure of a sync whose creates failed (or could not be recorded), each named. */
function createFailure(creates: readonly CreateOutcome[]): RunFailure | undefined {
  const failures = creates.flatMap((o) => {
    // an earlier run's unconfirmed create is a warning: that run failed for it already
    const error = o.kind === 'failed' ? (o.held ? undefined : o.error) : o.lockError;
    return error ? [{ key: o.planned.avatar.key, error }] : [];
  });
  const first = failures[0];
  if (!first) return undefined;
  const message =
    failures.length === 1
      ? `could not create ${first.key}: ${first.error.message}`
      : `could not create ${failures.length} avatars: ${failures.map((f) => `${f.key}: ${f.error.message}`).join('; ')}`;
  return failureFrom(first.error, message);
}
