/** The lockfile entry recorded for an avatar Creatify has just created. */
import type { Persona } from '../creatify/types.js';
import { reviewStatus } from '../creatify/status.js';
import type { LockEntry, Lockfile } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import { sourceLabel } from '../model.js';

/** The lipsync video as sent: its hash and size for a file, nulls for a URL. */
export interface SentVideo {
  sha256: string | null;
  size: number | null;
}

export function entryForCreated(planned: PlannedAvatar, persona: Persona, previous: LockEntry | undefined, sent: SentVideo, now: Date): LockEntry {
  const { avatar } = planned;
  const at = now.toISOString();
  const entry: LockEntry = {
    id: persona.id,
    creator_name: avatar.fields.creator_name,
    source: sourceLabel(avatar.lipsync),
    sha256: sent.sha256,
    size: sent.size,
    fields_digest: planned.fieldsDigest,
    status: reviewStatus(persona),
    created_at: at,
    updated_at: at,
  };
  if (avatar.consent) {
    entry.consent = {
      source: sourceLabel(avatar.consent),
      sha256: avatar.consent.kind === 'file' ? avatar.consent.sha256 : null,
      size: avatar.consent.kind === 'file' ? avatar.consent.size : null,
    };
  }
  if (persona.failed_reason) entry.failed_reason = persona.failed_reason;
  if (previous && previous.id !== persona.id) {
    entry.superseded = [...(previous.superseded ?? []), { id: previous.id, replaced_at: at }];
  }
  return entry;
}

/** The ids the lockfile records as under review. */
export function pendingIds(avatars: Record<string, LockEntry>): string[] {
  return Object.values(avatars).flatMap((entry) => (entry.status === 'pending' ? [entry.id] : []));
}

/**
 * The ids a lost create must never adopt: every id of the lockfile's entries, and those
 * it records as deleted or being deleted (a refused delete keeps its record after the
 * entry has gone).
 */
export function neverAdopt(lock: Pick<Lockfile, 'avatars' | 'deleted'>): Set<string> {
  const ids = knownIds(lock.avatars);
  for (const id of Object.keys(lock.deleted ?? {})) ids.add(id);
  return ids;
}

export function knownIds(avatars: Record<string, LockEntry>): Set<string> {
  const ids = new Set<string>();
  for (const entry of Object.values(avatars)) {
    ids.add(entry.id);
    for (const old of entry.superseded ?? []) ids.add(old.id);
  }
  return ids;
}
