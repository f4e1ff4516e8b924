/**
 * The GitHub REST client: octokit from @actions/github pointed at GITHUB_API_URL, with
 * @octokit/plugin-retry for server errors and @octokit/plugin-throttling for GitHub's rate
 * limits, and helpers to read its errors.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { VERSION } from '../version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** The longest wait for a rate limit to lift: a report is not worth more of the job. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * Server errors are retried (409, a branch that moved, is the caller's to handle); a create
 * that must not be repeated passes `request: { retries: 0 }` (see NO_RETRY). A rate-limited
 * request was not carried out, so it is waited out and sent again, twice at most.
 */
export function createGitHubClient(token: string, apiUrl: string): GitHubClient {
  const onLimit = (what: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    if (retryCount >= 2 || retryAfter > MAX_RATE_LIMIT_WAIT_S) return false;
    core.info(`GitHub's ${what} rate limit on ${options.method} ${options.url}: trying again in ${retryAfter} s`);
    return true;
  };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      userAgent: `creatify-avatars/${VERSION}`,
      retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}

/**
 * For creating a comment or a check run: an answer lost to a server error may hide a
 * create that happened, and a second one would leave a duplicate.
 */
export const NO_RETRY = { retries: 0 } as const;

/** The HTTP status of an octokit error, if it is an answer from GitHub. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 100 ? status : undefined;
}

/** GitHub's own message for an error answer (`message` of the JSON body), else the error's. */
export function apiMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const data = (error as { response?: { data?: unknown } }).response?.data;
    if (typeof data === 'object' && data !== null) {
      const message = (data as { message?: unknown }).message;
      if (typeof message === 'string' && message !== '') return message;
    }
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return String(error);
}

/** A 403 or 429 that is GitHub's primary or secondary rate limit, still there after the waits. */
export function isRateLimited(error: unknown): boolean {
  const status = httpStatus(error);
  if (status !== 403 && status !== 429) return false;
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
  return status === 429 || headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(apiMessage(error));
}

/** A 403 that is not a rate limit: the token may not do this (a pull request from a fork, or a missing permission). */
export function isForbidden(error: unknown): boolean {
  return httpStatus(error) === 403 && !isRateLimited(error);
}
