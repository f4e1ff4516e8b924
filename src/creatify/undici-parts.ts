/**
 * The two parts of undici the client uses, a keep-alive Agent and `request`, loaded
 * without the rest of the package. undici's index loads every dispatcher, fetch,
 * WebSocket, the caches and the mocks, and through them Node's own copy of undici: about
 * 25 ms of every run's start (see docs/performance.md). Both files have been at these
 * paths since undici 6; the types are undici's own.
 */
import type { Dispatcher } from 'undici';
import AgentImpl from 'undici/lib/dispatcher/agent.js';
import apiRequest from 'undici/lib/api/api-request.js';

export type { Dispatcher };
export const Agent = AgentImpl;

/** undici's request options without the target, which `request` takes from the URL. */
type UrlRequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'>;

/** undici's `request(url, options)` on a given dispatcher. */
export function request(dispatcher: Dispatcher, url: URL, options: UrlRequestOptions): Promise<Dispatcher.ResponseData> {
  return apiRequest.call(dispatcher, { ...options, origin: url.origin, path: `${url.pathname}${url.search}` });
}
