/** Builds the Creatify client on first use, so a plan never needs credentials. */
import type { Config } from '../config.js';
import { createCreatifyClient } from '../creatify/client.js';
import type { RetryPolicy } from '../creatify/retry.js';
import type { CreatifyApi } from '../creatify/types.js';
import { AppError } from '../errors.js';
import { VERSION } from '../version.js';

/**
 * Reads are cheap and safe to repeat; a failed read can fail a whole sync (the preflight,
 * the look-up after an unknown create), so they get many tries within five minutes.
 */
export const READ_POLICY: RetryPolicy = { attempts: 8, baseMs: 500, factor: 2, capMs: 30_000, jitter: 'full', budgetMs: 300_000 };

export function createApiFactory(config: Config, product: string, onRetry?: (line: string) => void): () => CreatifyApi {
  let api: CreatifyApi | undefined;
  return (): CreatifyApi => {
    if (api) return api;
    const { apiId, apiKey, url, requestTimeoutMs } = config.api;
    if (!apiId || !apiKey) {
      throw new AppError('AUTH_FAILED', 'Creatify credentials are missing', {
        hint: 'set the api-id and api-key inputs from repository secrets (CREATIFY_API_ID and CREATIFY_API_KEY for the CLI)',
      });
    }
    const client = createCreatifyClient({
      baseUrl: url,
      apiId,
      apiKey,
      userAgent: `${product}/${VERSION} (node ${process.version})`,
      requestTimeoutMs,
      retry: READ_POLICY,
      ...(onRetry
        ? { onRetry: (info: { operation: string; attempt: number; delayMs: number; reason: string }) => onRetry(`${info.operation}: ${info.reason}; try ${info.attempt + 1} in ${Math.round(info.delayMs)} ms`) }
        : {}),
    });
    api = client;
    return client;
  };
}
