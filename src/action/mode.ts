/** Which mode an action run is in: `auto` plans on pull requests and syncs otherwise. */
import type { Mode } from '../config.js';

export const MODES = ['auto', 'plan', 'sync', 'status'] as const;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function resolveMode(requested: Mode | 'auto', eventName: string | undefined): Mode {
  if (requested !== 'auto') return requested;
  return PULL_REQUEST_EVENTS.has(eventName ?? '') ? 'plan' : 'sync';
}
