/**
 * Commits the updated lockfile back to the branch through the contents API: one commit,
 * conditional on the file's current blob, retried when the branch moved meanwhile, and
 * refused (never forced) when the branch is protected or someone else changed the file.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasCode } from '../errors.js';
import { parseLockfile, serializeLockfile, writeFileAtomic } from '../lock/lockfile.js';
import { mergeLockfiles } from '../lock/merge.js';
import type { Lockfile } from '../lock/schema.js';
import type { GitHubClient } from './client.js';
import { apiMessage, httpStatus, isForbidden } from './client.js';
import type { GitHubContext } from '../util/github-context.js';

export type CommitOutcome =
  | { kind: 'committed'; commitSha: string; attempts: number }
  | { kind: 'unchanged' }
  | { kind: 'refused'; message: string; hint: string };

export interface CommitOptions {
  /** path in the repository (the lockfile's workspace-relative path) */
  path: string;
  absolute: string;
  branch: string;
  /** the blob the run started from, when it took the lockfile from the branch head (see lockfileAtBranchHead) */
  startBlob?: string | undefined;
}

/** Tries of the commit while the branch keeps moving under it. */
const ATTEMPTS = 4;

/** The id git gives a file's content: what the contents API calls its `sha`. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

const PROTECTED = /protected branch|rule violation|through a pull request|status check|approving review|push declined|cannot update this protected ref/i;

function commitMessage(path: string): string {
  return `chore(avatars): update ${path} [skip ci]`;
}

/** The file at `path` on `ref` as the contents API gives it: its blob sha and, up to 1 MB, its content; undefined when absent. */
async function fileAt(client: GitHubClient, gh: GitHubContext, path: string, ref: string): Promise<{ sha: string; size: number; content: string } | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ owner: gh.owner, repo: gh.repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} on ${ref} is not a file`);
    return { sha: data.sha, size: data.size, content: 'content' in data && typeof data.content === 'string' ? data.content : '' };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

async function blobAt(client: GitHubClient, gh: GitHubContext, path: string, ref: string): Promise<string | undefined> {
  return (await fileAt(client, gh, path, ref))?.sha;
}

/** A blob's bytes by its sha (any size the git API serves). */
async function blobContent(client: GitHubClient, gh: GitHubContext, sha: string): Promise<Buffer> {
  const { data } = await client.rest.git.getBlob({ owner: gh.owner, repo: gh.repo, file_sha: sha });
  return Buffer.from(data.content, 'base64');
}

/**
 * The lockfile at the head of `branch`, when it is not the one of the commit this run
 * checked out (`gh.sha`): a run queued behind another starts from an older commit, and
 * syncing from its lockfile would create again what the other run created and
 * committed. Undefined when the two are the same, or the branch has no lockfile.
 */
export async function lockfileAtBranchHead(
  client: GitHubClient,
  gh: GitHubContext,
  options: { path: string; branch: string },
): Promise<{ blob: string; checkedOut: string | undefined; content: Buffer } | undefined> {
  const { path, branch } = options;
  const head = await contentAt(client, gh, path, branch);
  if (!head) return undefined;
  const checkedOut = await blobAt(client, gh, path, gh.sha);
  if (head.blob === checkedOut) return undefined;
  return { ...head, checkedOut };
}

/** Our lockfile and the branch's, joined against the one both started from. */
async function mergeWithBranch(
  client: GitHubClient,
  gh: GitHubContext,
  input: { path: string; start: string | undefined; current: string; ours: Buffer },
): Promise<{ kind: 'merged'; text: string } | { kind: 'conflict' }> {
  const read = async (blob: string): Promise<Lockfile> =>
    parseLockfile((await blobContent(client, gh, blob)).toString('utf8'), `${input.path} (${blob.slice(0, 7)})`);
  const base = input.start === undefined ? undefined : await read(input.start);
  const theirs = await read(input.current);
  const ours = parseLockfile(input.ours.toString('utf8'), input.path);
  try {
    const merged = mergeLockfiles(base, [
      { name: 'the branch', lock: theirs },
      { name: 'this run', lock: ours },
    ]);
    return { kind: 'merged', text: serializeLockfile(merged) };
  } catch (error) {
    // only a disagreement is a conflict; a failure to read is thrown as it is
    if (hasCode(error, 'LOCKFILE_INVALID')) return { kind: 'conflict' };
    throw error;
  }
}

/**
 * The files changed from `gh.sha` to the head of `branch`, when the head descends from it;
 * undefined when it does not, or when the list is too long to be whole (300 files).
 */
export async function filesChangedSince(client: GitHubClient, gh: GitHubContext, branch: string): Promise<string[] | undefined> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner: gh.owner, repo: gh.repo, basehead: `${gh.sha}...${branch}` });
  const files = data.files ?? [];
  if (data.status !== 'ahead' || files.length >= 300) return undefined;
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}

async function contentAt(client: GitHubClient, gh: GitHubContext, path: string, ref: string): Promise<{ blob: string; content: Buffer } | undefined> {
  const file = await fileAt(client, gh, path, ref);
  if (!file) return undefined;
  const content = Buffer.from(file.content, 'base64');
  // the contents API leaves out files over 1 MB: fetch those as raw blobs
  return { blob: file.sha, content: content.length === 0 && file.size > 0 ? await blobContent(client, gh, file.sha) : content };
}

export async function commitLockfile(client: GitHubClient, gh: GitHubContext, options: CommitOptions): Promise<CommitOutcome> {
  const { path, branch } = options;
  let content = await readFile(options.absolute);
  let wanted = gitBlobSha(content);
  // the lockfile as this run found it: anything else on the branch is someone else's work
  let start = options.startBlob ?? (await blobAt(client, gh, path, gh.sha));
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const current = await blobAt(client, gh, path, branch);
    if (current === wanted) return { kind: 'unchanged' };
    if (current !== start && current !== undefined) {
      // Someone else committed the lockfile meanwhile: join the two by key, as shards are
      // merged. Other keys, or the same entry, join; one key given two ids does not.
      const merged = await mergeWithBranch(client, gh, { path, start, current, ours: content });
      if (merged.kind === 'merged') {
        await writeFileAtomic(options.absolute, merged.text);
        content = Buffer.from(merged.text);
        wanted = gitBlobSha(content);
        start = current;
        if (current === wanted) return { kind: 'unchanged' };
      }
    }
    if (current !== start) {
      return {
        kind: 'refused',
        message: options.startBlob
          ? `${path} changed on ${branch} while this run worked; it was not overwritten`
          : `${path} changed on ${branch} since ${gh.sha.slice(0, 7)}, the commit this run started from; it was not overwritten`,
        hint: `the two lockfiles give one key different ids or could not be joined: add this run's ids (in its outputs and artifact) to ${path} on ${branch} by hand; a concurrency group on the workflow keeps two runs from racing`,
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
      if (isForbidden(error) || status === 404) {
        return {
          kind: 'refused',
          message: `the github-token may not push to ${branch} (${status}: ${message})`,
          hint: 'give the job `permissions: contents: write`, or pass a token that may push',
        };
      }
      // 409 (the branch moved under the commit) or 422 (the blob sha is stale): read again
      if ((status === 409 || status === 422) && attempt < ATTEMPTS) {
        await sleep(250 * attempt);
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
