/** Builds the Creatify client on first use, so a plan never needs credentials. */
import type { Config } from '../config.js';
import { createCreatifyClient, type CreatifyClient } from '../creatify/client.js';
import type { RetryPolicy } from '../creatify/retry.js';
import type { CreatifyApi } from '../creatify/types.js';
import { AppError } from '../errors.js';
import { VERSION } from '../version.js';

/**
 * Reads are cheap and safe to repeat; a failed read can fail a whole sync (the preflight,
 * the look-up after an unknown create), so they get many tries within five minutes.
 */
const READ_POLICY: RetryPolicy = { attempts: 8, baseMs: 500, factor: 2, capMs: 30_000, jitter: 'full', budgetMs: 300_000 };

export type ApiSettings = Config['api'];

/** The product name the action sends in its user agent (the CLI sends its own). */
export const ACTION_PRODUCT = 'creatify-avatars-action';

/** The client for complete credentials, as the action and the CLI build it; `retry` defaults to READ_POLICY. */
export function buildClient(
  settings: ApiSettings & { apiId: string; apiKey: string },
  product: string,
  onRetry?: (line: string) => void,
  retry: RetryPolicy = READ_POLICY,
): CreatifyClient {
  return createCreatifyClient({
    baseUrl: settings.url,
    apiId: settings.apiId,
    apiKey: settings.apiKey,
    userAgent: `${product}/${VERSION} (node ${process.version})`,
    requestTimeoutMs: settings.requestTimeoutMs,
    retry,
    ...(onRetry
      ? { onRetry: (info: { operation: string; attempt: number; delayMs: number; reason: string }) => onRetry(`${info.operation}: ${info.reason}; try ${info.attempt + 1} in ${Math.round(info.delayMs)} ms`) }
      : {}),
  });
}

/** The client for the config's credentials; AUTH_FAILED when they are missing. */
export function clientFor(config: Config, product: string, onRetry?: (line: string) => void): CreatifyClient {
  const { apiId, apiKey } = config.api;
  if (!apiId || !apiKey) {
    throw new AppError('AUTH_FAILED', 'Creatify credentials are missing', {
      hint: 'set the api-id and api-key inputs from repository secrets (CREATIFY_API_ID and CREATIFY_API_KEY for the CLI)',
    });
  }
  return buildClient({ ...config.api, apiId, apiKey }, product, onRetry);
}

export function createApiFactory(config: Config, product: string, onRetry?: (line: string) => void): () => CreatifyApi {
  let api: CreatifyApi | undefined;
  return (): CreatifyApi => (api ??= clientFor(config, product, onRetry));
}
