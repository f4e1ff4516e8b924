/** The plan: for every resolved avatar, what a sync would do given the lockfile. Pure. */
import type { LockEntry, Lockfile } from '../lock/schema.js';
import type { PlannedAvatar, ResolvedAvatar } from '../model.js';
import { fieldsDigest } from './digest.js';

export interface Plan {
  avatars: PlannedAvatar[];
  /** lockfile keys no longer in the manifest: deleted from Creatify only with `prune` */
  orphaned: { key: string; entry: LockEntry }[];
}

export function computePlan(avatars: readonly ResolvedAvatar[], lock: Lockfile, allKeys?: ReadonlySet<string>): Plan {
  const planned = avatars.map((avatar) => planOne(avatar, lock.avatars[avatar.key]));
  const keys = allKeys ?? new Set(avatars.map((a) => a.key));
  const orphaned = Object.keys(lock.avatars)
    .filter((key) => !keys.has(key))
    .sort()
    .map((key) => ({ key, entry: lock.avatars[key]! }));
  return { avatars: planned, orphaned };
}

function planOne(avatar: ResolvedAvatar, entry: LockEntry | undefined): PlannedAvatar {
  const digest = fieldsDigest(avatar.fields, avatar.lipsync, avatar.consent);
  if (!entry) {
    return { avatar, action: 'create', reasons: [], lockedId: null, lockedStatus: null, fieldsDigest: digest };
  }
  const reasons: string[] = [];
  if (avatar.lipsync.kind === 'file') {
    if (entry.sha256 !== avatar.lipsync.sha256) reasons.push('video content changed');
  } else if (entry.source !== avatar.lipsync.url) {
    reasons.push('video URL changed');
  }
  if (entry.fields_digest !== digest) {
    reasons.push(entry.creator_name !== avatar.fields.creator_name ? 'creator_name changed' : 'fields changed');
  }
  return {
    avatar,
    action: reasons.length > 0 ? 'replace' : 'unchanged',
    reasons,
    lockedId: entry.id,
    lockedStatus: entry.status,
    fieldsDigest: digest,
  };
}
