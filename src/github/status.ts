/**
 * The commit status: one line that says where the avatars stand, and never a pending
 * state without saying what will resolve it.
 */
import { truncate } from '../util/format.js';
import type { RunResult } from '../engine/result.js';
import type { AppError } from '../errors.js';
import { formatProblem } from '../errors.js';
import type { Quota } from '../report/quota.js';
import { quotaFits, quotaRoom } from '../report/quota.js';
import type { GitHubClient } from './client.js';
import type { GitHubContext } from '../util/github-context.js';

type StatusState = 'pending' | 'success' | 'failure' | 'error';

export interface CommitStatus {
  state: StatusState;
  description: string;
}

/** GitHub keeps at most 140 characters of a status description. */
const DESCRIPTION_LIMIT = 140;

function describe(text: string): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), DESCRIPTION_LIMIT);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function commitStatusFor(result: RunResult | undefined, error: AppError | undefined, quota?: Quota): CommitStatus {
  if (!result) {
    const first = error?.problems[0];
    const more = error && error.problems.length > 1 ? ` (+${error.problems.length - 1} more)` : '';
    const what = first ? formatProblem({ ...first, hint: undefined }) : (error?.message ?? 'the run failed');
    return { state: 'failure', description: describe(`${what}${more}`) };
  }
  const avatars = result.avatars;
  if (result.mode === 'plan') {
    if (result.failure) return { state: 'failure', description: describe(result.failure.message) };
    const creates = avatars.filter((a) => a.action === 'create').length;
    const replaces = avatars.filter((a) => a.action === 'replace').length;
    const unchanged = avatars.filter((a) => a.action === 'unchanged').length;
    let text = creates + replaces === 0 ? `nothing to create or replace, ${unchanged} unchanged` : `${creates} to create, ${replaces} to replace`;
    if (quota && !quotaFits(quota)) text += `; the Creatify quota has room for ${quotaRoom(quota)} only`;
    return { state: 'success', description: describe(text) };
  }
  const bad = avatars.filter((a) => a.status === 'rejected' || a.status === 'failed');
  if (bad.length > 0) {
    const first = bad[0]!;
    const more = bad.length > 1 ? ` (+${bad.length - 1} more)` : '';
    return { state: 'failure', description: describe(`${first.key}: ${first.status}${first.failed_reason ? ` — ${first.failed_reason}` : ''}${more}`) };
  }
  if (result.failure) return { state: 'failure', description: describe(result.failure.message) };
  const notCreated = avatars.filter((a) => a.status === 'planned').length;
  if (notCreated > 0) {
    return { state: 'failure', description: describe(`${count(notCreated, 'avatar')} not created yet${result.incomplete ? ` (${result.incomplete})` : ''}; run the sync again`) };
  }
  const pending = avatars.filter((a) => a.status === 'pending').length;
  if (pending > 0) {
    return { state: 'pending', description: describe(`${pending} awaiting Creatify review; a scheduled run with mode: status updates this`) };
  }
  const approved = avatars.filter((a) => a.status === 'approved').length;
  return { state: 'success', description: describe(approved === avatars.length ? `all ${count(approved, 'avatar')} approved` : `${approved} of ${avatars.length} approved`) };
}

export async function postCommitStatus(client: GitHubClient, gh: GitHubContext, context: string, status: CommitStatus): Promise<void> {
  await client.rest.repos.createCommitStatus({
    owner: gh.owner,
    repo: gh.repo,
    sha: gh.sha,
    state: status.state,
    context,
    description: status.description,
    ...(gh.runUrl ? { target_url: gh.runUrl } : {}),
  });
}
