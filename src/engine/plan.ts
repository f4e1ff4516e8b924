/** Mode `plan`: validate the manifest and show what a sync would do. Sends nothing. */
import type { Config } from '../config.js';
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

export async function preparePlan(config: Config): Promise<Prepared> {
  const locked = await readLockfile(config.lockfile.absolute, config.lockfile.display, config.workspace);
  const manifest = await loadManifest({
    workspace: config.workspace,
    path: config.manifest.absolute,
    displayPath: config.manifest.display,
    // a sync hashes a new avatar's video while uploading it; a plan shows every hash
    ...(config.mode === 'sync' ? { deferHash: (avatar: { key: string }) => !(avatar.key in locked.lock.avatars) } : {}),
  });
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
