/**
 * The emulator's options and their checked, defaulted form. A bad value is an error at
 * start-up, never silently replaced by a default. The `Settings` part can also change
 * while the emulator runs (`configure`, POST /_emulator/options).
 */
import { z } from 'zod';

/** `--list-pending`: how the account's list treats avatars under review. */
export const LIST_PENDING = ['show', 'hide', 'hide-first'] as const;

/** What Creatify leaves open or enforces in ways a client must cope with; changeable at run time. */
const settingsSchema = z
  .object({
    /** `max_count` of the account: creates beyond it are refused; default 100 */
    quota: z.number().int().min(0).optional(),
    /**
     * Which avatars under review GET /api/personas_v2/ leaves out (Creatify does not say
     * whether it lists them): 'hide', all whose review has not ended; 'hide-first', only
     * those at the first step (`pending`, the state a create answers with), the later steps
     * listed. GET /api/personas/{id}/ still answers them. Default 'show'.
     */
    listPending: z.enum(LIST_PENDING).optional(),
    /** `gender` and `video_scene` required on both create endpoints, as Creatify's guide lists them; default true */
    requireFields: z.boolean().optional(),
    /** answer every DELETE with this refusal in DRF shape (400 or 403) instead of deleting; default null (deletes work) */
    refuseDeletes: z.union([z.literal(400), z.literal(403), z.null()]).optional(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export interface EmulatorOptions extends Settings {
  /** interface to listen on; default 127.0.0.1 */
  host?: string;
  /** port; default 0 (an ephemeral port, see RunningEmulator.url) */
  port?: number;
  /** when set, exactly this pair is accepted; when unset, any non-empty pair is */
  credentials?: { apiId: string; apiKey: string };
  /** time from create to the end of review (approved, or rejected); default 3000 ms */
  approveAfterMs?: number;
  /** a creator_name matching it ends `rejected` with a `failed_reason` instead of approved */
  rejectPattern?: RegExp;
  /** added before answering every /api/ request; default 0 */
  latencyMs?: number;
  /** the clock, in epoch milliseconds; default Date.now */
  now?: () => number;
  /** a line per request (method, path, status, time); API keys never appear in it */
  log?: (line: string) => void;
}

export interface ResolvedOptions extends Required<Settings> {
  host: string;
  port: number;
  credentials: { apiId: string; apiKey: string } | null;
  approveAfterMs: number;
  rejectPattern: RegExp | null;
  latencyMs: number;
  now: () => number;
  log: (line: string) => void;
}

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`emulator option ${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function parseSettings(value: unknown): Settings {
  const result = settingsSchema.safeParse(value);
  if (!result.success) throw new Error(`invalid emulator settings: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Applies a settings change (from a caller or an admin request); throws a readable Error. */
export function applySettings(options: ResolvedOptions, value: unknown): Required<Settings> {
  const change = parseSettings(value);
  if (change.quota !== undefined) options.quota = change.quota;
  if (change.listPending !== undefined) options.listPending = change.listPending;
  if (change.requireFields !== undefined) options.requireFields = change.requireFields;
  if (change.refuseDeletes !== undefined) options.refuseDeletes = change.refuseDeletes;
  return { quota: options.quota, listPending: options.listPending, requireFields: options.requireFields, refuseDeletes: options.refuseDeletes };
}

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const port = nonNegativeInteger('port', options.port, 0);
  if (port > 65_535) throw new RangeError(`emulator option port must be at most 65535, got ${port}`);
  if (options.credentials && (!options.credentials.apiId || !options.credentials.apiKey)) {
    throw new RangeError('emulator option credentials needs a non-empty apiId and apiKey');
  }
  const settings = parseSettings({ quota: options.quota, listPending: options.listPending, requireFields: options.requireFields, refuseDeletes: options.refuseDeletes });
  // A global or sticky pattern keeps state between test() calls; a plain copy does not.
  const pattern = options.rejectPattern;
  const rejectPattern = pattern ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : null;
  return {
    host: options.host ?? '127.0.0.1',
    port,
    credentials: options.credentials ? { ...options.credentials } : null,
    quota: settings.quota ?? 100,
    listPending: settings.listPending ?? 'show',
    requireFields: settings.requireFields ?? true,
    refuseDeletes: settings.refuseDeletes ?? null,
    approveAfterMs: nonNegativeInteger('approveAfterMs', options.approveAfterMs, 3000),
    rejectPattern,
    latencyMs: nonNegativeInteger('latencyMs', options.latencyMs, 0),
    now: options.now ?? Date.now,
    log: options.log ?? (() => undefined),
  };
}
