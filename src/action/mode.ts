/** Which mode an action run is in (`auto` plans on changes not merged yet and syncs otherwise), and whether it may delete. */
import type { Mode } from '../config.js';
import { isPullRequestEvent, readGitHubContext } from '../github/context.js';

export function resolveMode(requested: Mode | 'auto', eventName: string | undefined): Mode {
  if (requested !== 'auto') return requested;
  return isPullRequestEvent(eventName ?? '') ? 'plan' : 'sync';
}

/**
 * Why `prune` only lists its deletes in this run, or undefined when it may delete: only a
 * run on the repository's default branch deletes (outside GitHub Actions, nothing holds it).
 */
export function deletesHeldBecause(env: NodeJS.ProcessEnv): string | undefined {
  const gh = readGitHubContext(env);
  if (!gh) return undefined;
  if (isPullRequestEvent(gh.eventName)) return 'on a pull request';
  if (gh.branch === undefined) return `on ${env.GITHUB_REF || 'a ref'}, which is not a branch`;
  if (gh.defaultBranch === undefined) return `on ${gh.branch}: the ${gh.eventName || 'run'} event does not name the repository's default branch`;
  if (gh.branch !== gh.defaultBranch) return `on ${gh.branch}, which is not the default branch ${gh.defaultBranch}`;
  return undefined;
}
