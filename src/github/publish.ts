/**
 * Everything the action tells GitHub besides outputs and the job summary: commit status,
 * check run, pull-request comment, results artifact, lockfile commit. Loaded only when
 * a run has a token and something to publish.
 *
 * Only a refused lockfile commit fails the step: a report GitHub would not take (a fork's
 * read-only token, an outage) becomes a warning, since the job summary has it anyway.
 */
import * as core from '@actions/core';
import type { Config } from '../config.js';
import type { RunResult } from '../engine/result.js';
import type { AppError } from '../errors.js';
import { errorMessage } from '../errors.js';
import { cell } from '../report/markdown.js';
import type { Quota } from '../report/quota.js';
import { headline } from '../report/summary.js';
import { annotationsFor, publishCheckRun } from './check-run.js';
import type { GitHubClient } from './client.js';
import { apiMessage, createGitHubClient, isForbidden, isRateLimited } from './client.js';
import { upsertComment } from './comment.js';
import { commitLockfile } from './commit-lockfile.js';
import type { GitHubContext } from '../util/github-context.js';
import { isPullRequestEvent, readGitHubContext } from '../util/github-context.js';
import { artifactName, checkName, commentMarker } from './names.js';
import type { Naming } from './names.js';
import { lookUpQuota } from './quota.js';
import { quotaLine } from '../report/quota.js';
import { renderReport } from './report.js';
import { commitStatusFor, postCommitStatus } from './status.js';

/** What publishing reads of the run's settings. */
type PublishSettings = Pick<Config, 'mode' | 'manifest' | 'lockfile' | 'results' | 'shard' | 'api'> & {
  githubToken: string | undefined;
  commitLockfile: boolean;
  artifactName: string;
};

export interface PublishContext {
  config: PublishSettings;
  /** the lockfile blob the run started from, when it was taken from the branch head */
  startBlob?: string | undefined;
  /** the run's result; undefined when the run failed before it had one */
  result: RunResult | undefined;
  /** the error that failed the run, with its located problems (manifest errors) */
  error: AppError | undefined;
  env: NodeJS.ProcessEnv;
}

export interface Published {
  artifactId?: number;
  /** problems publishing that fail the step (e.g. commit-lockfile refused) */
  failure?: { code: string; message: string; hint?: string };
}

export async function publish(context: PublishContext): Promise<Published> {
  const { config, result, env } = context;
  const published: Published = {};
  const gh = readGitHubContext(env);
  const naming: Naming = { manifest: config.manifest.display, shard: config.shard };

  if (config.artifactName !== '' && result) {
    const id = await uploadArtifact(config, naming, gh?.runAttempt ?? 1, env);
    if (id !== undefined) published.artifactId = id;
  }

  const client = gh && config.githubToken ? createGitHubClient(config.githubToken, gh.apiUrl) : undefined;
  const failure = await commitIfWanted(context, gh, client);
  if (failure) published.failure = failure;

  if (!gh || !client) return published;
  await report(client, gh, context, naming);
  return published;
}

async function uploadArtifact(config: PublishSettings, naming: Naming, runAttempt: number, env: NodeJS.ProcessEnv): Promise<number | undefined> {
  const name = artifactName(config.artifactName, naming, runAttempt);
  try {
    // loaded on demand: the artifact client is most of the bundle
    const { uploadResults } = await import('./artifact.js');
    const outcome = await uploadResults({ name, resultsPath: config.results, env });
    if (outcome.kind === 'skipped') {
      core.info(`No results artifact: ${outcome.reason}.`);
      return undefined;
    }
    core.info(`Results uploaded as the artifact ${outcome.name} (id ${outcome.id}).`);
    return outcome.id;
  } catch (error) {
    core.warning(`The results artifact ${name} was not uploaded: ${errorMessage(error)}. The results are in the step's outputs.`);
    return undefined;
  }
}

/** `client` is undefined when there is no GitHub context or no token. */
async function commitIfWanted(context: PublishContext, gh: GitHubContext | undefined, client: GitHubClient | undefined): Promise<Published['failure']> {
  const { config, result } = context;
  if (!config.commitLockfile || !result || result.mode === 'plan') return undefined;
  if (gh && isPullRequestEvent(gh.eventName)) {
    if (result.mode === 'sync' && result.created.length > 0) {
      core.warning(
        `commit-lockfile is ignored on pull requests, and this sync created ${result.created.length} avatar(s): their ids are only in the outputs and the results artifact; commit ${config.lockfile.display} to the pull request's branch, or the run after the merge creates them again.`,
      );
    } else {
      core.info('commit-lockfile is ignored on pull requests: the lockfile is committed by the run on the branch after the merge.');
    }
    return undefined;
  }
  if (!result.lockfileChanged) return undefined;
  const path = config.lockfile.display;
  const refused = (message: string, hint: string) => ({ code: 'LOCKFILE_COMMIT', message, hint });
  if (!gh) return refused(`commit-lockfile: ${path} was not committed: GITHUB_REPOSITORY and GITHUB_SHA are not set`, 'commit it yourself');
  if (!client) return refused(`commit-lockfile: ${path} was not committed: no github-token`, 'pass github-token with contents: write permission, or commit the lockfile yourself');
  if (!gh.branch) return refused(`commit-lockfile: ${path} was not committed: this run is not on a branch (GITHUB_REF ${context.env.GITHUB_REF ?? 'unset'})`, 'run the workflow on a branch push, a schedule or workflow_dispatch on a branch');
  try {
    const outcome = await commitLockfile(client, gh, { path, absolute: config.lockfile.absolute, branch: gh.branch, startBlob: context.startBlob });
    switch (outcome.kind) {
      case 'committed':
        core.info(`Committed ${path} to ${gh.branch} (${outcome.commitSha.slice(0, 7)}${outcome.attempts > 1 ? `, after ${outcome.attempts} tries as the branch moved` : ''}).`);
        return undefined;
      case 'unchanged':
        core.info(`${path} on ${gh.branch} is already up to date.`);
        return undefined;
      case 'refused':
        return refused(`commit-lockfile: ${outcome.message}. The avatar ids are in the outputs and the results artifact`, outcome.hint);
    }
  } catch (error) {
    return refused(`commit-lockfile: ${path} was not committed (${apiMessage(error)}). The avatar ids are in the outputs and the results artifact`, 'commit the lockfile from the results, or run the workflow again');
  }
}

/** Commit status always; on a plan the check run; on a pull request the sticky comment. */
async function report(client: GitHubClient, gh: GitHubContext, context: PublishContext, naming: Naming): Promise<void> {
  const { config, result, error } = context;
  const name = checkName(naming);
  const isPlan = config.mode === 'plan';
  const forbidden: string[] = [];
  const attempt = async (what: string, fn: () => Promise<string>): Promise<void> => {
    try {
      core.info(await fn());
    } catch (failure) {
      if (isForbidden(failure)) forbidden.push(what);
      else if (isRateLimited(failure)) core.warning(`GitHub's rate limit kept the ${what} from being posted, even after waiting (${apiMessage(failure)}). The report is in this job's summary.`);
      else core.warning(`Could not update the ${what} on GitHub: ${apiMessage(failure)}`);
    }
  };

  let quota: Quota | undefined;
  let quotaNote: string | undefined;
  if (isPlan && result) {
    const looked = await lookUpQuota(config.api, result);
    if ('quota' in looked) {
      quota = looked.quota;
      core.info(quotaLine(quota).replace(/\*\*/g, ''));
    } else if (looked.note) quotaNote = looked.note;
  }

  const status = commitStatusFor(result, error, quota);
  await attempt('commit status', async () => {
    await postCommitStatus(client, gh, name, status);
    return `Commit status "${name}" on ${gh.sha.slice(0, 7)}: ${status.state} — ${status.description}`;
  });

  const body = renderReport({ result, error, manifest: naming.manifest, quota, quotaNote, runUrl: gh.runUrl });
  if (isPlan) {
    await attempt('check run', async () => {
      const problems = error?.problems ?? [];
      const id = await publishCheckRun(client, gh, {
        name,
        conclusion: result && !result.failure ? 'success' : 'failure',
        title: result ? headline(result) : problems.length > 0 ? `${problems.length} problem(s) in ${naming.manifest}` : (error?.message ?? 'the run failed'),
        summary: body,
        annotations: annotationsFor(problems, naming.manifest),
      });
      return `Check run "${name}" (id ${id}) completed${problems.length > 0 ? ` with ${problems.length} annotation(s)` : ''}.`;
    });
  }

  if (gh.pullNumber !== undefined) {
    const pullNumber = gh.pullNumber;
    // <code>, not backticks: the entities cell() writes are not decoded in a code span
    const title = `### ${name}: ${result ? result.mode : config.mode} of <code>${cell(naming.manifest)}</code>\n\n`;
    await attempt('pull-request comment', async () => {
      const done = await upsertComment(client, gh, pullNumber, commentMarker(naming), title + body);
      return `Pull-request comment ${done.action} (id ${done.id}).`;
    });
  }

  if (forbidden.length > 0) {
    const why = gh.fromFork
      ? 'a pull request from a fork gets a read-only token'
      : 'give the job permissions statuses: write, checks: write and pull-requests: write';
    const message = `The github-token may not write the ${forbidden.join(', ')} (403: ${why}). The report is in this job's summary.`;
    core.warning(message, { title: 'Creatify avatars: report not posted' });
    await core.summary
      .addRaw(`\n> [!NOTE]\n> ${cell(message)}\n`)
      .write()
      .catch(() => undefined);
  }
}
