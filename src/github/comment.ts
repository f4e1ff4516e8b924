/**
 * One sticky pull-request comment per manifest: found again by its hidden marker through
 * every page of the PR's comments, edited in place, created only when none exists.
 */
import { NO_RETRY, type GitHubClient } from './client.js';
import type { GitHubContext } from '../util/github-context.js';

/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT_CHARS = 65_536;

async function findComment(client: GitHubClient, gh: GitHubContext, pullNumber: number, marker: string): Promise<number | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, { owner: gh.owner, repo: gh.repo, issue_number: pullNumber, per_page: 100 });
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.includes(marker));
    if (found) return found.id;
  }
  return undefined;
}

export async function upsertComment(
  client: GitHubClient,
  gh: GitHubContext,
  pullNumber: number,
  marker: string,
  body: string,
): Promise<{ id: number; action: 'created' | 'updated' }> {
  const full = `${marker}\n${body}`;
  if (full.length > COMMENT_LIMIT_CHARS) throw new Error(`the comment would be ${full.length} characters, over GitHub's ${COMMENT_LIMIT_CHARS}`);
  const existing = await findComment(client, gh, pullNumber, marker);
  if (existing !== undefined) {
    await client.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: existing, body: full });
    return { id: existing, action: 'updated' };
  }
  const created = await client.rest.issues.createComment({ owner: gh.owner, repo: gh.repo, issue_number: pullNumber, body: full, request: NO_RETRY });
  return { id: created.data.id, action: 'created' };
}
