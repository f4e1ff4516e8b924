/**
 * Commits the updated lockfile back to the branch through the contents API: one commit,
 * conditional on the file's current blob, retried when the branch moved meanwhile, and
 * refused (never forced) when the branch is protected or someone else changed the file.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { systemClock, type Clock } from '../util/clock.js';
import type { GitHubClient } from './client.js';
import { apiMessage, httpStatus } from './client.js';
import type { GitHubContext } from './context.js';

export type CommitOutcome =
  | { kind: 'committed'; commitSha: string; attempts: number }
  | { kind: 'unchanged' }
  | { kind: 'refused'; message: string; hint: string };

export interface CommitOptions {
  /** path in the repository (the lockfile's workspace-relative path) */
  path: string;
  absolute: string;
  branch: string;
  clock?: Clock;
}

/** Tries of the commit while the branch keeps moving under it. */
const ATTEMPTS = 4;

/** The id git gives a file's content: what the contents API calls its `sha`. */
function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

const PROTECTED = /protected branch|rule violation|through a pull request|status check|approving review|push declined|cannot update this protected ref/i;

function commitMessage(path: string): string {
  return `chore(avatars): update ${path} [skip ci]`;
}

async function blobAt(client: GitHubClient, gh: GitHubContext, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ owner: gh.owner, repo: gh.repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} on ${ref} is not a file`);
    return data.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

export async function commitLockfile(client: GitHubClient, gh: GitHubContext, options: CommitOptions): Promise<CommitOutcome> {
  const { path, branch } = options;
  const clock = options.clock ?? systemClock;
  const content = await readFile(options.absolute);
  const wanted = gitBlobSha(content);
  // the lockfile as this run found it: anything else on the branch is someone else's work
  const start = await blobAt(client, gh, path, gh.sha);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const current = await blobAt(client, gh, path, branch);
    if (current === wanted) return { kind: 'unchanged' };
    if (current !== start) {
      return {
        kind: 'refused',
        message: `${path} changed on ${branch} since ${gh.sha.slice(0, 7)}, the commit this run started from; it was not overwritten`,
        hint: 'run the workflow again so it starts from the new lockfile; a concurrency group on the workflow keeps two runs from racing',
      };
    }
    try {
      const { data } = await client.rest.repos.createOrUpdateFileContents({
        owner: gh.owner,
        repo: gh.repo,
        path,
        branch,
        message: commitMessage(path),
        content: content.toString('base64'),
        ...(current ? { sha: current } : {}),
      });
      return { kind: 'committed', commitSha: data.commit.sha ?? '', attempts: attempt };
    } catch (error) {
      const status = httpStatus(error);
      const message = apiMessage(error);
      if (PROTECTED.test(message)) {
        return {
          kind: 'refused',
          message: `${branch} is protected: GitHub refused the lockfile commit (${message})`,
          hint: `commit ${path} through a pull request, allow the workflow's token to push to ${branch} (a ruleset bypass), or set commit-lockfile: false`,
        };
      }
      if (status === 403 || status === 404) {
        return {
          kind: 'refused',
          message: `the github-token may not push to ${branch} (${status}: ${message})`,
          hint: 'give the job `permissions: contents: write`, or pass a token that may push',
        };
      }
      // 409 (the branch moved under the commit) or 422 (the blob sha is stale): read again
      if ((status === 409 || status === 422) && attempt < ATTEMPTS) {
        await clock.sleep(250 * attempt);
        continue;
      }
      throw error;
    }
  }
  return {
    kind: 'refused',
    message: `${branch} kept moving: the lockfile commit failed ${ATTEMPTS} times`,
    hint: 'run the workflow again; a concurrency group on the workflow keeps two runs from racing',
  };
}
