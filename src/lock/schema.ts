/** The lockfile's shape, validated on every read: a corrupt lockfile is never overwritten. */
import { z } from 'zod';

export const LOCKFILE_VERSION = 1;

const status = z.enum(['pending', 'approved', 'failed', 'rejected']);

const consent = z.object({
  source: z.string(),
  sha256: z.string().nullable(),
  size: z.number().int().nonnegative().nullable(),
});

const lockEntrySchema = z.object({
  id: z.string().min(1),
  creator_name: z.string(),
  source: z.string(),
  sha256: z.string().nullable(),
  size: z.number().int().nonnegative().nullable(),
  consent: consent.optional(),
  fields_digest: z.string(),
  status,
  failed_reason: z.string().optional(),
  created_at: z.string(),
  updated_at: z.string(),
  /** ids this key had before, replaced because the video or fields changed */
  superseded: z.array(z.object({ id: z.string(), replaced_at: z.string() })).optional(),
});

/**
 * A create that was started but whose answer is not recorded yet. Written before the
 * request goes out and removed with its answer, so a run that is killed midway leaves
 * behind what the next run must look for on Creatify before creating again.
 */
const inFlightSchema = z.object({
  creator_name: z.string(),
  fields_digest: z.string(),
  /** the lipsync video's hash: planned, or, once `sent_at` is set, that of the bytes sent */
  sha256: z.string().nullable(),
  started_at: z.string(),
  /** true when the create uploads files: the server can create nothing before `sent_at` */
  upload: z.boolean(),
  /** set, with `sha256` and `size` of the bytes sent, just before an upload's last bytes go out */
  sent_at: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
});

/**
 * A delete of one id, by id. Without `deleted_at` it is under way: written before the
 * request goes out, so a run killed before the answer leaves the id on record. With
 * `deleted_at` it is a tombstone: the id is gone from Creatify, and every merge removes
 * it from the entries it joins, so a deleted key never comes back from an older copy.
 */
const deletionSchema = z.object({
  key: z.string(),
  creator_name: z.string(),
  reason: z.enum(['orphaned', 'superseded']),
  started_at: z.string(),
  deleted_at: z.string().optional(),
});

export const lockfileSchema = z.object({
  version: z.number().int(),
  avatars: z.record(z.string(), lockEntrySchema),
  in_flight: z.record(z.string(), inFlightSchema).optional(),
  deleted: z.record(z.string(), deletionSchema).optional(),
});

/** One line of the journal: the keys a change sets, or removes (null). */
export const lockChangeSchema = z.strictObject({
  avatars: z.record(z.string(), lockEntrySchema.nullable()).optional(),
  in_flight: z.record(z.string(), inFlightSchema.nullable()).optional(),
  deleted: z.record(z.string(), deletionSchema.nullable()).optional(),
});

export type LockEntry = z.infer<typeof lockEntrySchema>;
export type InFlight = z.infer<typeof inFlightSchema>;
export type Deletion = z.infer<typeof deletionSchema>;
export type Lockfile = z.infer<typeof lockfileSchema>;

export function emptyLockfile(): Lockfile {
  return { version: LOCKFILE_VERSION, avatars: {} };
}
