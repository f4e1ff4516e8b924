/**
 * Which mode an action run is in (`auto` plans on changes not merged yet and syncs
 * otherwise), and the inputs the early check reads. Loads no @actions/core: the early
 * check runs before it is loaded.
 */
import type { Mode } from '../config.js';
import type { ApiSettings } from '../engine/api-factory.js';
import { isPullRequestEvent } from '../github/context.js';
import { readInput } from '../input-schema.js';
import type { InputSource } from '../input-schema.js';

/** An action input by name, trimmed; '' when unset. */
type InputGetter = (name: string) => string;

export function resolveMode(requested: Mode | 'auto', eventName: string | undefined): Mode {
  if (requested !== 'auto') return requested;
  return isPullRequestEvent(eventName ?? '') ? 'plan' : 'sync';
}

function inputsOf(get: InputGetter): InputSource {
  return { workspace: '', raw: (name) => get(name) || undefined, label: (name) => name };
}

/** The `mode` input, `auto` when unset. */
export function readRequestedMode(get: InputGetter): Mode | 'auto' {
  return readInput(inputsOf(get), 'mode');
}

/** The API inputs; missing credentials are undefined. Throws INPUT_INVALID on a bad url or timeout. */
export function readApiSettings(get: InputGetter): ApiSettings {
  const inputs = inputsOf(get);
  return { url: readInput(inputs, 'api-url'), apiId: readInput(inputs, 'api-id'), apiKey: readInput(inputs, 'api-key'), requestTimeoutMs: readInput(inputs, 'request-timeout') };
}
