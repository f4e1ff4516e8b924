/**
 * Which mode an action run is in (`auto` plans on pull requests and merge queues and syncs
 * otherwise), and
 * the inputs read both by the early check and by the full reading of the inputs. Loads no
 * @actions/core: the early check runs before it is loaded.
 */
import { DEFAULT_API_URL, MIN_REQUEST_TIMEOUT_MS } from '../config.js';
import type { Mode } from '../config.js';
import type { ApiSettings } from '../engine/api-factory.js';
import { parseCredential, parseDuration, parseEnum, parseHttpUrl } from '../util/parse.js';

export const MODES = ['auto', 'plan', 'sync', 'status'] as const;

/** Events of changes not merged yet: `auto` plans on them (a merge queue's run is one). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** An action input by name, trimmed; '' when unset. */
export type InputGetter = (name: string) => string;

export function resolveMode(requested: Mode | 'auto', eventName: string | undefined): Mode {
  if (requested !== 'auto') return requested;
  return PULL_REQUEST_EVENTS.has(eventName ?? '') ? 'plan' : 'sync';
}

/** The `mode` input, `auto` when unset. */
export function readRequestedMode(get: InputGetter): Mode | 'auto' {
  return parseEnum('mode', get('mode') || 'auto', MODES);
}

/** The API inputs; missing credentials are undefined. Throws INPUT_INVALID on a bad url or timeout. */
export function readApiSettings(get: InputGetter): ApiSettings {
  return {
    url: parseHttpUrl('api-url', get('api-url') || DEFAULT_API_URL),
    apiId: parseCredential('api-id', get('api-id')),
    apiKey: parseCredential('api-key', get('api-key')),
    requestTimeoutMs: parseDuration('request-timeout', get('request-timeout') || '60s', MIN_REQUEST_TIMEOUT_MS),
  };
}
