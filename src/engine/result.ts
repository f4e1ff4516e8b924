/** What a run reports: one outcome per manifest avatar, and the id lists of the outputs. */
import type { AppError } from '../errors.js';
import type { AvatarAction, AvatarStatus } from '../model.js';

export interface AvatarOutcome {
  key: string;
  creator_name: string;
  id: string | null;
  status: AvatarStatus;
  action: AvatarAction;
  source: string;
  sha256: string | null;
  /** why a replace */
  reasons?: string[];
  /** the id this run replaced (or would replace) */
  supersedes?: string;
  failed_reason?: string;
  /** adopted after an unknown outcome instead of created twice */
  adopted?: boolean;
}

export interface RunFailure {
  code: string;
  message: string;
  hint?: string;
}

export interface RunResult {
  mode: 'plan' | 'sync' | 'status';
  manifest: string;
  lockfile: string;
  lockfileChanged: boolean;
  avatars: AvatarOutcome[];
  created: string[];
  orphaned: { key: string; id: string }[];
  superseded: { key: string; id: string; replacedBy: string }[];
  quota?: { max: number; current: number; planned: number };
  shard?: { index: number; count: number; avatars: number; of: number };
  /** set when the run stopped early (timeout, cancellation) with a reason for the user */
  incomplete?: string;
  /** a failure found after work was done: outputs are still written, then the step fails */
  failure?: RunFailure;
  /** warnings for the user, e.g. the timeout passed with `on-timeout: warn` */
  warnings?: string[];
}

export function idsWithStatus(result: RunResult, statuses: readonly AvatarStatus[]): string[] {
  return result.avatars.filter((a) => a.id !== null && statuses.includes(a.status)).map((a) => a.id!);
}

/** The failure of a run in which Creatify rejected or failed avatars, all named. */
export function rejectionFailure(bad: readonly AvatarOutcome[]): RunFailure {
  return {
    code: 'AVATAR_REJECTED',
    message: bad.map((a) => `${a.key} (${a.id}) was ${a.status} by Creatify: ${a.failed_reason || 'no reason given'}`).join('; '),
    hint: 'fix the video or its fields; a changed avatar is created again on the next sync',
  };
}

/** An AppError as the run's failure: its code and hint, with `message` (which tells what stopped). */
export function failureFrom(error: AppError, message: string): RunFailure {
  return { code: error.code, message, ...(error.hint ? { hint: error.hint } : {}) };
}
