/**
 * The quota check of a sync, sent before the rest of the action loads.
 *
 * A sync that has avatars to create first asks Creatify for the account's avatar count
 * (its credentials and quota check). That answer costs a round trip, and the first
 * connection a TLS handshake before it. Asked for at start, both overlap the loading of
 * the action and the reading and hashing of the manifest's files, and the connection
 * stays open for the uploads that follow. The engine gets the answer when it asks for the
 * count, if it is at most a minute old; otherwise it asks again. A run with nothing to
 * create drops it: the cost is one GET.
 *
 * Nothing here prints, so nothing can show the credentials before run.ts masks them.
 */
import type { CreatifyApi, PersonaCount, RequestOptions } from '../creatify/types.js';
import { buildClient, type ApiSettings, type PrebuiltApi } from '../engine/api-factory.js';
import { readApiSettings, readRequestedMode, resolveMode } from './mode.js';

export const ACTION_PRODUCT = 'creatify-avatars-action';

/** An answer older than this is asked for again: other runs may have created avatars since. */
export const EARLY_ANSWER_MAX_AGE_MS = 60_000;

export interface EarlyCheck extends PrebuiltApi {
  /** aborts the early request if the run did not use its answer */
  dispose(): void;
}

/**
 * An input as the runner passes it, in `INPUT_<NAME>` (the variable @actions/core's
 * getInput reads; that module is not loaded yet).
 */
function runnerInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The API settings of a sync with credentials; undefined for any other run. */
function syncSettings(env: NodeJS.ProcessEnv): (ApiSettings & { apiId: string; apiKey: string }) | undefined {
  const get = (name: string): string => runnerInput(env, name);
  try {
    if (resolveMode(readRequestedMode(get), env.GITHUB_EVENT_NAME) !== 'sync') return undefined;
    const settings = readApiSettings(get);
    const { apiId, apiKey } = settings;
    if (!apiId || !apiKey) return undefined;
    return { ...settings, apiId, apiKey };
  } catch {
    // an input that does not parse is reported by the full reading of the inputs
    return undefined;
  }
}

function sameSettings(a: ApiSettings, b: ApiSettings): boolean {
  return a.url === b.url && a.apiId === b.apiId && a.apiKey === b.apiKey && a.requestTimeoutMs === b.requestTimeoutMs;
}

export function startEarlyCheck(env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): EarlyCheck | undefined {
  const settings = syncSettings(env);
  if (!settings) return undefined;
  // retry lines wait for the run's reporter, which prints only after the masking
  const waiting: string[] = [];
  let sink: ((line: string) => void) | undefined;
  let client: CreatifyApi;
  try {
    client = buildClient(settings, ACTION_PRODUCT, (line) => (sink ? sink(line) : waiting.push(line)));
  } catch {
    // whatever the client refuses is reported by the full run, once the key is masked
    return undefined;
  }
  const controller = new AbortController();
  const sentAt = now();
  let early: Promise<PersonaCount> | undefined = client.count({ signal: controller.signal });
  // read later by the engine, or dropped: never an unhandled rejection
  early.catch(() => undefined);
  let adopted = false;

  return {
    adopt(wanted, onRetry): CreatifyApi | undefined {
      if (adopted || !sameSettings(wanted, settings)) return undefined;
      adopted = true;
      sink = onRetry ?? (() => undefined);
      for (const line of waiting.splice(0)) sink(line);
      return {
        ...client,
        count(options: RequestOptions = {}): Promise<PersonaCount> {
          const answer = early;
          early = undefined;
          if (!answer || now() - sentAt > EARLY_ANSWER_MAX_AGE_MS) {
            controller.abort();
            return client.count(options);
          }
          if (options.signal?.aborted) controller.abort();
          else options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
          return answer;
        },
      };
    },
    dispose(): void {
      if (early) controller.abort();
      early = undefined;
    },
  };
}
