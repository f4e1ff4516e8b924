/** Which mode an action run is in: `auto` plans on changes not merged yet and syncs otherwise. */
import type { Mode } from '../config.js';
import { isPullRequestEvent } from '../util/github-context.js';

export function resolveMode(requested: Mode | 'auto', eventName: string | undefined): Mode {
  if (requested !== 'auto') return requested;
  return isPullRequestEvent(eventName ?? '') ? 'plan' : 'sync';
}
