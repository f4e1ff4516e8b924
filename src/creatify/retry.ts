/**
 * Retry policy as data, a pure delay function and a retry loop on an injected clock.
 * Only requests that are safe to repeat go through `withRetry`; creates use
 * `createExactlyOnce`, which decides per failure whether repeating is safe.
 */
import { AppError, isAppError } from '../errors.js';
import type { Clock } from '../util/clock.js';
import { failureReason, isPermanentTransportFailure, retryAfterOf, statusOf, systemCode } from './api-errors.js';

export interface RetryPolicy {
  /** total tries, the first included (1 = no retry) */
  attempts: number;
  /** delay before the first retry, before jitter */
  baseMs: number;
  /** growth of the delay per retry */
  factor: number;
  /** longest single delay, `Retry-After` included */
  capMs: number;
  /** `full`: a uniformly random delay up to the backoff, so parallel clients spread out */
  jitter: 'full' | 'none';
  /** no retry whose wait would end later than this after the first try began */
  budgetMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  attempts: 5,
  baseMs: 1_000,
  factor: 2,
  capMs: 30_000,
  jitter: 'full',
  budgetMs: 120_000,
};

/** `Retry-After` as milliseconds from `nowMs`: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Delay before retry number `attempt` (1 = after the first failure): exponential backoff,
 * jittered, never shorter than the server's `Retry-After`, never longer than `capMs`.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterHeader: string | undefined,
  random: () => number,
  nowMs: number = Date.now(),
): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1));
  const backoff = policy.jitter === 'full' ? Math.floor(random() * exponential) : exponential;
  const hinted = parseRetryAfter(retryAfterHeader, nowMs);
  const delay = hinted === undefined ? backoff : Math.max(hinted, backoff);
  return Math.max(0, Math.min(policy.capMs, delay));
}

/** Statuses a repeated request may fix: timeouts, throttling, server and proxy errors. */
function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  // 501 and 505 say the server will never do this, so repeating cannot help.
  return status >= 500 && status !== 501 && status !== 505;
}

/**
 * Network errors, timeouts, 408, 429 and 5xx are worth another try; answers about the
 * request itself (400, 401, 403, 404, 413, 422, ...) and local problems never are.
 */
export function isRetryable(error: unknown): boolean {
  if (isAppError(error)) {
    switch (error.code) {
      case 'NETWORK_ERROR':
      case 'REQUEST_TIMEOUT':
      case 'UPLOAD_INCOMPLETE':
        return true;
      case 'API_ERROR': {
        const status = statusOf(error);
        return status !== undefined && isRetryableStatus(status);
      }
      default:
        return false;
    }
  }
  const status = statusOf(error);
  if (status !== undefined) return isRetryableStatus(status);
  // A raw error with a system code (ECONNRESET, UND_ERR_SOCKET, ...) is a network error.
  return systemCode(error) !== undefined && !isPermanentTransportFailure(error);
}

export interface RetryInfo {
  /** the try that failed, 1-based */
  attempt: number;
  delayMs: number;
  /** short and safe to log, e.g. `HTTP 503` */
  reason: string;
  error: unknown;
}

export interface RetryOptions {
  policy: RetryPolicy;
  clock: Clock;
  signal?: AbortSignal | undefined;
  /** defaults to `Math.random` */
  random?: (() => number) | undefined;
  /** defaults to `isRetryable` */
  shouldRetry?: ((error: unknown) => boolean) | undefined;
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

export function checkPolicy(policy: RetryPolicy): void {
  const ok =
    Number.isInteger(policy.attempts) &&
    policy.attempts >= 1 &&
    policy.baseMs >= 0 &&
    policy.factor >= 1 &&
    policy.capMs >= 0 &&
    policy.budgetMs >= 0;
  if (!ok) throw new AppError('INTERNAL', `Invalid retry policy: ${JSON.stringify(policy)}`);
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'The operation was cancelled.', { cause: signal.reason });
}

/**
 * Runs `fn` until it succeeds, a failure is not retryable, the attempts are used up or
 * the next delay would overrun the budget; then throws the last error unchanged.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy, clock, signal } = options;
  checkPolicy(policy);
  const random = options.random ?? Math.random;
  const shouldRetry = options.shouldRetry ?? isRetryable;
  const started = clock.now();
  for (let attempt = 1; ; attempt += 1) {
    throwIfCancelled(signal);
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || signal?.aborted || !shouldRetry(error)) throw error;
      const delayMs = retryDelay(policy, attempt, retryAfterOf(error), random, clock.now());
      if (clock.now() - started + delayMs > policy.budgetMs) throw error;
      options.onRetry?.({ attempt, delayMs, reason: failureReason(error), error });
      await clock.sleep(delayMs, signal);
    }
  }
}
