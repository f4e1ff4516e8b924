/** The environment the runner gives a step on a pull_request or push event, pointing at the fakes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from './github-api.js';
import { OWNER, REPO } from './github-api.js';

export const GITHUB_TOKEN = 'ghs_fakeToken0123456789abcdef';

function eventFile(payload: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

export function pullRequestEnv(api: FakeGitHub, options: { number: number; headSha: string; fork?: boolean }): Record<string, string> {
  const baseRepo = `${OWNER}/${REPO}`;
  const payload = {
    action: 'synchronize',
    number: options.number,
    pull_request: {
      number: options.number,
      head: { sha: options.headSha, ref: 'feature', repo: { full_name: options.fork ? `someone/${REPO}` : baseRepo } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: baseRepo } },
    },
    repository: { full_name: baseRepo },
  };
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile(payload),
    GITHUB_REPOSITORY: baseRepo,
    GITHUB_SHA: 'e'.repeat(40), // the merge commit: statuses must go on the head instead
    GITHUB_REF: `refs/pull/${options.number}/merge`,
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: '31337',
  };
}

export function pushEnv(api: FakeGitHub, options: { sha: string; branch?: string }): Record<string, string> {
  const branch = options.branch ?? 'main';
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile({ ref: `refs/heads/${branch}`, after: options.sha }),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: options.sha,
    GITHUB_REF: `refs/heads/${branch}`,
    GITHUB_REF_NAME: branch,
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: '31338',
  };
}
