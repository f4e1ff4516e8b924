/**
 * Where the run stands on GitHub: repository, event, the commit to report on, the pull
 * request and the branch, read from the runner's environment and event payload.
 */
import { readFileSync } from 'node:fs';

export interface GitHubContext {
  eventName: string;
  owner: string;
  repo: string;
  /** the commit statuses and check runs go on: the PR head on pull requests, else GITHUB_SHA */
  sha: string;
  /** the branch a lockfile commit goes to; undefined on tags and detached refs */
  branch: string | undefined;
  /** the repository's default branch, as the event payload names it */
  defaultBranch: string | undefined;
  pullNumber: number | undefined;
  /** the PR comes from another repository: its token is usually read-only */
  fromFork: boolean;
  apiUrl: string;
  /** link to this run, for the status's "Details" */
  runUrl: string | undefined;
  runAttempt: number;
}

/** Events of changes not merged yet (a merge queue's run is one): never committed to. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

export function isPullRequestEvent(eventName: string): boolean {
  return PULL_REQUEST_EVENTS.has(eventName);
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readPayload(file: string | undefined): unknown {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Undefined outside GitHub Actions (no GITHUB_REPOSITORY or no commit to report on). */
export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) return undefined;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = field(payload, 'pull_request');
  const isPr = isPullRequestEvent(eventName) && pr !== undefined;
  const prNumber = field(pr, 'number');
  const sha = (isPr ? text(field(pr, 'head', 'sha')) : undefined) ?? text(env.GITHUB_SHA);
  if (!sha) return undefined;
  const head = text(field(pr, 'head', 'repo', 'full_name'));
  const base = text(field(pr, 'base', 'repo', 'full_name'));
  const ref = env.GITHUB_REF ?? '';
  const branch = !isPr && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10);
  return {
    eventName,
    owner,
    repo,
    sha,
    branch,
    // a schedule's payload may lack the repository; scheduled runs are on the default branch
    defaultBranch: text(field(payload, 'repository', 'default_branch')) ?? (eventName === 'schedule' ? branch : undefined),
    pullNumber: isPr && typeof prNumber === 'number' && Number.isInteger(prNumber) ? prNumber : undefined,
    fromFork: isPr && head !== undefined && base !== undefined && head !== base,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
  };
}

/**
 * Why a run inside GitHub Actions is not on the repository's default branch (a pull
 * request, a tag, another branch), or undefined when it is, or runs outside GitHub Actions.
 * Only a run on the default branch deletes: elsewhere `prune` lists its deletes.
 */
export function notOnDefaultBranch(env: NodeJS.ProcessEnv): string | undefined {
  const gh = readGitHubContext(env);
  if (!gh) return undefined;
  if (isPullRequestEvent(gh.eventName)) return 'on a pull request';
  if (gh.branch === undefined) return `on ${env.GITHUB_REF || 'a ref'}, which is not a branch`;
  if (gh.defaultBranch === undefined) return `on ${gh.branch}: the ${gh.eventName || 'run'} event does not name the repository's default branch`;
  if (gh.branch !== gh.defaultBranch) return `on ${gh.branch}, which is not the default branch ${gh.defaultBranch}`;
  return undefined;
}
