/**
 * Where a custom avatar stands in Creatify's review pipeline, computed from the clock at
 * the moment of asking. No timers: a persona stores when it was created and when (and
 * how) its review ends, and every read derives the current step from those two instants.
 * That keeps the emulator deterministic under an injected clock and free of background
 * work that could keep a test process alive.
 */

/** The values of the create serializer's `process_status` enum. */
export type ProcessStatus = (typeof REVIEW_STEPS)[number] | Outcome;

/**
 * The non-terminal steps. Their order is inferred from the enum order only (upstream does
 * not document it); the emulator spends an equal share of the review time in each.
 */
const REVIEW_STEPS = ['pending', 'processing', 'voice_creating', 'video_validating', 'crop_and_matte', 'reviewing'] as const;

export type Outcome = 'done' | 'rejected' | 'failed';

/** How and when a persona's review ends. */
export interface Verdict {
  outcome: Outcome;
  /** emulator-clock milliseconds at which the outcome becomes visible */
  atMs: number;
  /** `failed_reason` once the outcome is visible; empty for `done` */
  reason: string;
  /** set by an admin endpoint rather than by the configured delay and pattern */
  forced: boolean;
}

export interface StatusNow {
  status: ProcessStatus;
  /** approval flag: true only once the outcome is `done` */
  isActive: boolean;
  /** '' until a failed or rejected outcome is visible */
  failedReason: string;
  /** emulator-clock milliseconds of the last status change, the source of `updated_at` */
  sinceMs: number;
}

export const DEFAULT_REJECT_REASON =
  'Rejected in review: the lipsync video must show one person talking to the camera, face fully visible.';
export const DEFAULT_FAIL_REASON = 'Processing failed: the lipsync video could not be decoded.';

/** The status a persona created at `createdAtMs` shows at `nowMs`. */
export function statusAt(createdAtMs: number, verdict: Verdict, nowMs: number): StatusNow {
  if (nowMs >= verdict.atMs) {
    return {
      status: verdict.outcome,
      isActive: verdict.outcome === 'done',
      failedReason: verdict.outcome === 'done' ? '' : verdict.reason,
      sinceMs: verdict.atMs,
    };
  }
  const span = verdict.atMs - createdAtMs;
  const elapsed = Math.max(0, nowMs - createdAtMs);
  const steps = REVIEW_STEPS.length;
  const index = span > 0 ? Math.min(steps - 1, Math.floor((elapsed * steps) / span)) : 0;
  return {
    status: REVIEW_STEPS[index] ?? 'pending',
    isActive: false,
    failedReason: '',
    sinceMs: createdAtMs + Math.floor((index * span) / steps),
  };
}
