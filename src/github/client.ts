/**
 * The GitHub REST client: octokit from @actions/github pointed at GITHUB_API_URL, with a
 * short retry of requests that are safe to repeat, and helpers to read its errors.
 */
import { getOctokit } from '@actions/github';
import { systemClock, type Clock } from '../util/clock.js';
import { VERSION } from '../version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const TRIES = 3;

/**
 * Reads, edits and commit statuses can be repeated; creating a comment or a check run
 * cannot (a lost answer would leave a duplicate), so those are tried once.
 */
function repeatable(method: string, url: string): boolean {
  if (method === 'GET' || method === 'PATCH' || method === 'PUT') return true;
  return method === 'POST' && url.includes('/statuses/');
}

export function createGitHubClient(token: string, apiUrl: string, clock: Clock = systemClock): GitHubClient {
  const octokit = getOctokit(token, { baseUrl: apiUrl, userAgent: `creatify-avatars/${VERSION}` });
  octokit.hook.wrap('request', async (request, options) => {
    const method = String(options.method).toUpperCase();
    const url = String(options.url);
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        // @octokit/request gives a failed fetch (reset, refused, timeout) the status 500
        const status = httpStatus(error);
        const transient = status !== undefined && RETRY_STATUSES.has(status);
        if (!transient || attempt >= TRIES || !repeatable(method, url)) throw error;
        await clock.sleep(500 * 2 ** (attempt - 1));
      }
    }
  });
  return octokit;
}

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

/** A 403: the token may not do this (a pull request from a fork, or a missing permission). */
export function isForbidden(error: unknown): boolean {
  return httpStatus(error) === 403;
}
