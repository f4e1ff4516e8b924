/**
 * Before a sync or status run on a branch: when the lockfile was committed to the branch
 * since this run's commit (by an earlier run with commit-lockfile, or by a step of the
 * user's; a run queued in a concurrency group checks out the older commit), start from
 * the branch's lockfile, or this run would create again what the other created.
 */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { AppError, errorMessage } from '../errors.js';
import { apiMessage, createGitHubClient } from '../github/client.js';
import { filesChangedSince, gitBlobSha, lockfileAtBranchHead } from '../github/commit-lockfile.js';
import { isPullRequestEvent, readGitHubContext } from '../util/github-context.js';
import { parseLockfile, writeFileAtomic } from '../lock/lockfile.js';
import type { ActionConfig } from './inputs.js';

/** Returns the blob a lockfile commit must then find on the branch; undefined when the run keeps its checkout's lockfile. */
export async function startFromBranchLockfile(config: ActionConfig, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const gh = readGitHubContext(env);
  if (config.mode === 'plan' || !config.githubToken || !gh || !gh.branch || isPullRequestEvent(gh.eventName)) return undefined;
  const path = config.lockfile.display;
  const branch = gh.branch;
  const client = createGitHubClient(config.githubToken, gh.apiUrl);
  let head: Awaited<ReturnType<typeof lockfileAtBranchHead>>;
  try {
    head = await lockfileAtBranchHead(client, gh, { path, branch });
  } catch (error) {
    core.warning(`Could not read ${path} on ${branch} (${apiMessage(error)}); starting from the checked-out lockfile.`);
    return undefined;
  }
  if (!head) return undefined;
  // a lockfile an earlier step of this job changed is this job's own: keep it (the commit decides);
  // a checkout with CRLF line ends (Windows, autocrlf) is still the checked-out file
  const local = await readFile(config.lockfile.absolute).catch(() => undefined);
  const localBlobs: (string | undefined)[] = local ? [gitBlobSha(local), gitBlobSha(Buffer.from(local.toString('utf8').replace(/\r\n/g, '\n')))] : [undefined];
  if (!localBlobs.includes(head.checkedOut)) {
    core.warning(`${path} on ${branch} is newer than this run's commit, but a step before this one changed the checked-out copy: starting from that copy.`);
    return undefined;
  }
  if (config.mode === 'sync') {
    // A sync may take the newer lockfile only if nothing else changed since its commit:
    // with a newer manifest or video on the branch, this run's are out of date.
    let changed: string[] | undefined;
    try {
      changed = await filesChangedSince(client, gh, branch);
    } catch (error) {
      changed = undefined;
      core.warning(`Could not compare ${gh.sha.slice(0, 7)} with ${branch} (${apiMessage(error)}).`);
    }
    if (changed === undefined || changed.some((file) => file !== path)) {
      throw new AppError('CHECKOUT_OUTDATED', `${branch} has moved past this run's commit ${gh.sha.slice(0, 7)}: ${path} was committed there${changed === undefined ? '' : ' along with other changes'}, so this run's manifest and videos may not be the newest; nothing was created`, {
        hint: `run the workflow for the newest commit of ${branch}; a concurrency group keeps the runs in order`,
      });
    }
  }
  const text = head.content.toString('utf8');
  try {
    parseLockfile(text, `${path} on ${branch}`);
  } catch (error) {
    throw new AppError('LOCKFILE_INVALID', `the lockfile ${path} at the head of ${branch} cannot be used: ${errorMessage(error)}`, {
      hint: `fix ${path} on ${branch} (see git show ${branch}:${path}); nothing was created`,
      cause: error,
    });
  }
  await writeFileAtomic(config.lockfile.absolute, text);
  core.info(`${path} on ${branch} is newer than this run's commit ${gh.sha.slice(0, 7)} (another run committed it): starting from it.`);
  return head.blob;
}
