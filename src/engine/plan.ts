/** Mode `plan`: validate the manifest and show what a sync would do. Sends nothing. */
import type { Config } from '../config.js';
import { hashFile } from '../files/hash.js';
import { readLockfile } from '../lock/lockfile.js';
import type { Lockfile } from '../lock/schema.js';
import { loadManifest } from '../manifest/load.js';
import { sourceLabel } from '../model.js';
import type { PlannedAvatar } from '../model.js';
import { computePlan } from '../plan/plan.js';
import type { Plan } from '../plan/plan.js';
import type { AvatarOutcome, RunResult } from './result.js';
import { selectShard } from './shard.js';

export interface Prepared {
  plan: Plan;
  lock: Lockfile;
  lockText: string | null;
  /** avatars in the whole manifest (all shards) */
  total: number;
}

/** The keys of the lockfile as checked out; none when it cannot be read (the full read reports that). */
async function checkedOutKeys(config: Config): Promise<Set<string>> {
  const locked = await readLockfile(config.lockfile.absolute, config.lockfile.display, config.workspace).catch(() => undefined);
  return new Set(Object.keys(locked?.lock.avatars ?? {}));
}

/** `beforeLockfile` runs once the manifest is valid (EngineDeps.beforeLockfile). */
export async function preparePlan(config: Config, beforeLockfile?: () => Promise<void>): Promise<Prepared> {
  // a sync hashes a new avatar's video while uploading it; a plan shows every hash
  const known = config.mode === 'sync' ? await checkedOutKeys(config) : undefined;
  const manifest = await loadManifest({
    workspace: config.workspace,
    path: config.manifest.absolute,
    displayPath: config.manifest.display,
    ...(known ? { deferHash: (avatar: { key: string }) => !known.has(avatar.key) } : {}),
  });
  await beforeLockfile?.();
  const locked = await readLockfile(config.lockfile.absolute, config.lockfile.display, config.workspace);
  // the lockfile read now may know an avatar the checked-out one did not: compared by hash, it needs one
  for (const { key, lipsync } of manifest.avatars) {
    if (lipsync.kind !== 'file' || lipsync.sha256 !== null || !(key in locked.lock.avatars)) continue;
    lipsync.sha256 = (await hashFile(lipsync.absolutePath)).sha256;
  }
  const allKeys = new Set(manifest.avatars.map((a) => a.key));
  const selected = selectShard(manifest.avatars, config.shard, (avatar) => avatar.fields.creator_name);
  const plan = computePlan(selected, locked.lock, allKeys);
  return { plan, lock: locked.lock, lockText: locked.text, total: manifest.avatars.length };
}

export function plannedOutcome(p: PlannedAvatar): AvatarOutcome {
  const outcome: AvatarOutcome = {
    key: p.avatar.key,
    creator_name: p.avatar.fields.creator_name,
    id: p.action === 'unchanged' ? p.lockedId : null,
    status: p.action === 'unchanged' && p.lockedStatus ? p.lockedStatus : 'planned',
    action: p.action,
    source: sourceLabel(p.avatar.lipsync),
    sha256: p.avatar.lipsync.kind === 'file' ? p.avatar.lipsync.sha256 : null,
  };
  if (p.reasons.length > 0) outcome.reasons = p.reasons;
  if (p.action === 'replace' && p.lockedId) outcome.supersedes = p.lockedId;
  return outcome;
}

export async function runPlan(config: Config): Promise<RunResult> {
  const { plan, total } = await preparePlan(config);
  return {
    mode: 'plan',
    manifest: config.manifest.display,
    lockfile: config.lockfile.display,
    lockfileChanged: false,
    avatars: plan.avatars.map(plannedOutcome),
    created: [],
    orphaned: plan.orphaned.map((o) => ({ key: o.key, id: o.entry.id })),
    superseded: [],
    ...(config.shard ? { shard: { ...config.shard, avatars: plan.avatars.length, of: total } } : {}),
  };
}
