/** The lockfile entry recorded for an avatar Creatify has just created. */
import type { Persona } from '../creatify/types.js';
import { reviewStatus } from '../creatify/status.js';
import { hashFile } from '../files/hash.js';
import type { LockEntry } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import { sourceLabel } from '../model.js';

/**
 * Fills in a lipsync hash the plan deferred (a file not hashed yet), before its entry is
 * made: `streamed`, the hash learnt while uploading, if given; else the file's, read now.
 * With `lenient`, a file that cannot be read leaves the hash null instead of throwing.
 */
export async function fillDeferredHash(planned: PlannedAvatar, options: { streamed?: string; lenient?: boolean } = {}): Promise<void> {
  const { lipsync } = planned.avatar;
  if (lipsync.kind !== 'file' || lipsync.sha256 !== null) return;
  if (options.streamed !== undefined) {
    lipsync.sha256 = options.streamed;
    return;
  }
  const reading = hashFile(lipsync.absolutePath);
  lipsync.sha256 = options.lenient ? ((await reading.catch(() => undefined))?.sha256 ?? null) : (await reading).sha256;
}

export function entryForCreated(planned: PlannedAvatar, persona: Persona, previous: LockEntry | undefined, now: Date): LockEntry {
  const { avatar } = planned;
  const at = now.toISOString();
  const entry: LockEntry = {
    id: persona.id,
    creator_name: avatar.fields.creator_name,
    source: sourceLabel(avatar.lipsync),
    sha256: avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null,
    size: avatar.lipsync.kind === 'file' ? avatar.lipsync.size : null,
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

/** Every id the lockfile knows, current or superseded: never adopted for another avatar. */
export function knownIds(avatars: Record<string, LockEntry>): Set<string> {
  const ids = new Set<string>();
  for (const entry of Object.values(avatars)) {
    ids.add(entry.id);
    for (const old of entry.superseded ?? []) ids.add(old.id);
  }
  return ids;
}
