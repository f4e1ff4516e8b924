/**
 * The emulator's options and their checked, defaulted form. A bad value is an error at
 * start-up, never silently replaced by a default.
 */

export interface EmulatorOptions {
  /** interface to listen on; default 127.0.0.1 */
  host?: string;
  /** port; default 0 (an ephemeral port, see RunningEmulator.url) */
  port?: number;
  /** when set, exactly this pair is accepted; when unset, any non-empty pair is */
  credentials?: { apiId: string; apiKey: string };
  /** `max_count` of the account: creates beyond it are refused; default 100 */
  quota?: number;
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

export interface ResolvedOptions {
  host: string;
  port: number;
  credentials: { apiId: string; apiKey: string } | null;
  quota: number;
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

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const port = nonNegativeInteger('port', options.port, 0);
  if (port > 65_535) throw new RangeError(`emulator option port must be at most 65535, got ${port}`);
  if (options.credentials && (!options.credentials.apiId || !options.credentials.apiKey)) {
    throw new RangeError('emulator option credentials needs a non-empty apiId and apiKey');
  }
  // A global or sticky pattern keeps state between test() calls; a plain copy does not.
  const pattern = options.rejectPattern;
  const rejectPattern = pattern ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : null;
  return {
    host: options.host ?? '127.0.0.1',
    port,
    credentials: options.credentials ? { ...options.credentials } : null,
    quota: nonNegativeInteger('quota', options.quota, 100),
    approveAfterMs: nonNegativeInteger('approveAfterMs', options.approveAfterMs, 3000),
    rejectPattern,
    latencyMs: nonNegativeInteger('latencyMs', options.latencyMs, 0),
    now: options.now ?? Date.now,
    log: options.log ?? (() => undefined),
  };
}
