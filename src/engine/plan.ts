/** Mode `plan`: validate the manifest and show what a sync would do. Sends nothing. */
import type { Config } from '../config.js';
import { HASH_CONCURRENCY, hashFile } from '../files/hash.js';
import { readLockfile } from '../lock/lockfile.js';
import type { Lockfile } from '../lock/schema.js';
import { loadManifest } from '../manifest/load.js';
import { clipShape, sourceLabel } from '../model.js';
import type { PlannedAvatar, ResolvedAvatar } from '../model.js';
import { computePlan } from '../plan/plan.js';
import type { Plan } from '../plan/plan.js';
import { mapLimit } from '../util/limit.js';
import type { EngineDeps } from './deps.js';
import { assembleResult, type AvatarOutcome, type ResultParts, type RunResult } from './result.js';
import { pruneScope, selectDeletes } from './prune.js';
import { selectShard } from './shard.js';

export interface Prepared {
  plan: Plan;
  lock: Lockfile;
  lockText: string | null;
  /** avatars in the whole manifest (all shards) */
  total: number;
  /** the keys of the whole manifest (all shards) */
  keys: ReadonlySet<string>;
}

/**
 * The manifest is read and validated first, so that a broken one fails before anything
 * touches the network (`beforeLockfile` may ask GitHub for a newer lockfile).
 *
 * `hashing`: which videos are hashed now. `all` (a plan shows every hash); `locked` (a
 * sync hashes a new avatar's video while uploading it, so a large file is read once; one
 * the lockfile knows is compared by its hash now); `none` (only the avatars are wanted).
 */
export async function preparePlan(
  config: Config,
  deps: Pick<EngineDeps, 'beforeLockfile'> = {},
  hashing: 'all' | 'locked' | 'none' = config.mode === 'sync' ? 'locked' : 'all',
): Promise<Prepared> {
  const manifest = await loadManifest({
    workspace: config.workspace,
    path: config.manifest.absolute,
    displayPath: config.manifest.display,
    deferHash: hashing !== 'all',
  });
  await deps.beforeLockfile?.();
  const { lock, text } = await readLockfile(config.lockfile.absolute, config.lockfile.display, config.workspace);
  const selected = selectShard(manifest.avatars, config.shard, (avatar) => avatar.fields.creator_name);
  const avatars = hashing === 'locked' ? await mapLimit(selected, HASH_CONCURRENCY, (avatar) => hashIfLocked(avatar, lock)) : selected;
  const keys = new Set(manifest.avatars.map((a) => a.key));
  const plan = computePlan(avatars, lock, keys);
  return { plan, lock, lockText: text, total: manifest.avatars.length, keys };
}

async function hashIfLocked(avatar: ResolvedAvatar, lock: Lockfile): Promise<ResolvedAvatar> {
  const { lipsync } = avatar;
  if (lipsync.kind !== 'file' || lipsync.sha256 !== null || !(avatar.key in lock.avatars)) return avatar;
  return { ...avatar, lipsync: { ...lipsync, sha256: (await hashFile(lipsync.absolutePath, { blocking: true })).sha256 } };
}

function plannedOutcome(p: PlannedAvatar): AvatarOutcome {
  const outcome: AvatarOutcome = {
    key: p.avatar.key,
    creator_name: p.avatar.fields.creator_name,
    id: p.action === 'unchanged' ? p.lockedId : null,
    status: p.action === 'unchanged' && p.lockedStatus ? p.lockedStatus : 'planned',
    action: p.action,
    source: sourceLabel(p.avatar.lipsync),
    sha256: p.avatar.lipsync.kind === 'file' ? p.avatar.lipsync.sha256 : null,
  };
  const video = clipShape(p.avatar.lipsync);
  if (video) outcome.video = video;
  if (p.reasons.length > 0) outcome.reasons = p.reasons;
  if (p.action === 'replace' && p.lockedId) outcome.supersedes = p.lockedId;
  return outcome;
}

/** The parts of a result that come from the plan. */
export function planParts(plan: Plan, total: number): Pick<ResultParts, 'avatars' | 'orphaned' | 'total'> {
  return { avatars: plan.avatars.map(plannedOutcome), orphaned: plan.orphaned.map((o) => ({ key: o.key, id: o.entry.id })), total };
}

export async function runPlan(config: Config): Promise<RunResult> {
  const { plan, total, lock, keys } = await preparePlan(config);
  const wouldDelete = selectDeletes(lock, config.prune.mode, pruneScope(config, keys)).map(({ key, id, reason }) => ({ key, id, reason }));
  return assembleResult({ mode: 'plan', config, ...planParts(plan, total), prune: { deleted: [], wouldDelete, warnings: [] } });
}
