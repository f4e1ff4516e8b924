/** Builds the Creatify client on first use, so a plan never needs credentials. */
import type { Config } from '../config.js';
import { createCreatifyClient } from '../creatify/client.js';
import type { CreatifyApi } from '../creatify/types.js';
import { AppError } from '../errors.js';
import { VERSION } from '../version.js';

export function createApiFactory(config: Config, product: string): () => CreatifyApi {
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
    });
    api = client;
    return client;
  };
}
