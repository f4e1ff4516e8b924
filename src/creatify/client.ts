/**
 * The Creatify HTTP client: the one place that talks to the network. GETs and deletes are
 * retried here; creates are sent once per call and left to `createExactlyOnce`, because a POST
 * whose outcome is unknown must not be repeated blindly.
 */
import type { Readable } from 'node:stream';
import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { AppError, errorMessage, hasCode, isAppError } from '../errors.js';
import { systemClock, type Clock } from '../util/clock.js';
import { truncate } from '../util/format.js';
import { errorFromResponse, errorFromTransport, isUnknownHost, redact } from './api-errors.js';
import { proxyFor, type Proxy } from './proxy.js';
import { buildMultipartUpload, jsonPayload } from './multipart.js';
import { isUnparsedBody, parseCount, parseCreated, parseIds, parseJsonBody, parsePersona, parsePersonaPage, readLimitedText, type PersonaPage } from './persona.js';
import { DEFAULT_RETRY_POLICY, isRetryable, withRetry, type RetryInfo, type RetryPolicy } from './retry.js';
import type { CreateFields, CreatifyApi, DeleteOutcome, Persona, RequestOptions, UploadOptions } from './types.js';

export interface CreatifyClientOptions {
  /** e.g. `https://api.creatify.ai`; a path prefix (a proxy) and a trailing slash are fine */
  baseUrl: string;
  apiId: string;
  apiKey: string;
  /** e.g. `creatify-avatars/0.1.0 (+node v20.19.0)` */
  userAgent: string;
  /** whole JSON request, headers and body; default 30 s */
  requestTimeoutMs?: number;
  /** an upload fails after this long without progress (not after this long in total); default 120 s */
  uploadTimeoutMs?: number;
  /** for GETs; default DEFAULT_RETRY_POLICY */
  retry?: RetryPolicy;
  clock?: Clock;
  /** default: a keep-alive Agent honouring the proxy variables, owned (and closed) by this client */
  dispatcher?: Dispatcher;
  /** called before each GET retry; carries no credentials */
  onRetry?: (info: RetryInfo & { operation: string }) => void;
  /** larger answers are refused; default 8 MiB */
  maxResponseBytes?: number;
}

export interface CreatifyClient extends CreatifyApi {
  /** the ids of `GET /api/personas/`: Creatify's stock catalogue (which may also hold the account's approved avatars) */
  catalogueIds(options?: RequestOptions): Promise<string[]>;
  /** closes the default Agent (a dispatcher passed in is left open) */
  close(): Promise<void>;
}

const LIST_PATH = '/api/personas_v2/';
/** A list answer with pagination is followed at most this far. */
const MAX_LIST_PAGES = 100;
/** Progress callbacks are spaced at least this far apart (the last one always comes). */
const PROGRESS_INTERVAL_MS = 250;
/** undici's own timers stay as a backstop behind ours, which give clearer messages. */
const BACKSTOP_MS = 5_000;

interface Timer {
  arm(ms: number, message: string): void;
  refresh(): void;
}

interface Exchange {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: Buffer | Readable;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  timeoutMessage: string;
  /** undici's headers timeout; 0 while an upload may still be sending */
  headersTimeoutMs?: number;
  watch?: (timer: Timer) => void;
}

type RawResponse = { status: number; retryAfter: string | undefined; location?: string | undefined; text: string };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`;
}

function parseBaseUrl(baseUrl: string): { origin: string; prefix: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AppError('INPUT_INVALID', `api-url "${baseUrl}" is not a URL.`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new AppError('INPUT_INVALID', `api-url must be an http(s) URL without credentials, got "${url.protocol}//${url.host}".`);
  }
  if (url.port === '0') throw new AppError('INPUT_INVALID', `api-url "${baseUrl}" names port 0, which nothing can listen on.`);
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}

/**
 * A keep-alive Agent that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY: a plain one when
 * no proxy applies to the origin (the proxy agent reads the environment again for every
 * request).
 */
function proxyAgent(proxy: Proxy | undefined): Dispatcher {
  const options = { connections: 8, keepAliveTimeout: 4_000, connect: { timeout: 15_000 } };
  if (!proxy) return new Agent(options);
  try {
    return new EnvHttpProxyAgent(options);
  } catch (error) {
    throw new AppError('INPUT_INVALID', `The proxy settings (HTTPS_PROXY, HTTP_PROXY) cannot be used: ${redact(errorMessage(error), proxy?.secrets ?? [])}`, {
      cause: error,
    });
  }
}

export function createCreatifyClient(options: CreatifyClientOptions): CreatifyClient {
  if (!options.apiId || !options.apiKey) {
    throw new AppError('INPUT_INVALID', 'Creatify api-id and api-key are both required.', {
      hint: 'Set the api-id and api-key inputs (or CREATIFY_API_ID and CREATIFY_API_KEY).',
    });
  }
  const { origin, prefix } = parseBaseUrl(options.baseUrl);
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const uploadTimeoutMs = options.uploadTimeoutMs ?? 120_000;
  const maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const clock = options.clock ?? systemClock;
  // undici takes the proxy settings from the environment, as curl and most tools do
  const proxy = options.dispatcher ? undefined : proxyFor(origin);
  const secrets = [options.apiKey, options.apiId, ...(proxy?.secrets ?? [])];
  const dispatcher: Dispatcher = options.dispatcher ?? proxyAgent(proxy);
  const ownAgent = options.dispatcher ? undefined : dispatcher;
  const baseHeaders = {
    'x-api-id': options.apiId,
    'x-api-key': options.apiKey,
    accept: 'application/json',
    'user-agent': options.userAgent,
  };

  /** When the host first failed to resolve since the last answer: the start of its grace. */
  let unresolvedSince: number | undefined;

  /** One request and its whole answer, with our timeout; no status check, no retry. */
  async function exchange(spec: Exchange): Promise<RawResponse> {
    const operation = `${spec.method} ${spec.path}`;
    const cancelled = (): AppError => new AppError('CANCELLED', `${operation} was cancelled.`);
    if (spec.signal?.aborted) throw cancelled();
    // the caller's signal aborts ours (a listener for the request's life: AbortSignal.any keeps every source it saw)
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    let handle: NodeJS.Timeout | undefined;
    let timedOut: string | undefined;
    const timer: Timer = {
      arm: (ms, message) => {
        clearTimeout(handle);
        handle = setTimeout(() => {
          timedOut = message;
          controller.abort();
        }, ms);
      },
      refresh: () => handle?.refresh(),
    };
    timer.arm(spec.timeoutMs, spec.timeoutMessage);
    spec.watch?.(timer);
    try {
      const response = await request(`${origin}${prefix}${spec.path}`, {
        dispatcher,
        method: spec.method,
        headers: { ...baseHeaders, ...spec.headers },
        body: spec.body ?? null,
        signal: controller.signal,
        headersTimeout: spec.headersTimeoutMs ?? spec.timeoutMs + BACKSTOP_MS,
        bodyTimeout: requestTimeoutMs + BACKSTOP_MS,
      });
      const text = await readLimitedText(response.body, first(response.headers['content-length']), maxResponseBytes, operation).catch(
        (error: unknown) => {
          // keep the status: a 2xx too large to read was still processed (a create is 'accepted')
          if (!isAppError(error) || error.status !== undefined) throw error;
          throw new AppError(error.code, error.message, { status: response.statusCode, cause: error, ...(error.hint ? { hint: error.hint } : {}) });
        },
      );
      unresolvedSince = undefined;
      return { status: response.statusCode, retryAfter: first(response.headers['retry-after']), location: first(response.headers.location), text };
    } catch (error) {
      if (timedOut !== undefined) throw new AppError('REQUEST_TIMEOUT', timedOut, { cause: error });
      if (spec.signal?.aborted) throw cancelled();
      if (isUnknownHost(error)) unresolvedSince ??= clock.now();
      throw errorFromTransport(error, { operation, origin, secrets, unresolvedForMs: clock.now() - (unresolvedSince ?? clock.now()), proxy: proxy?.shown });
    } finally {
      clearTimeout(handle);
      spec.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Parses a 2xx answer with `parse`; anything else becomes the matching AppError. */
  function interpret<T>(
    response: RawResponse,
    operation: string,
    parse: (value: unknown, operation: string, status: number) => T,
  ): T {
    if (response.status >= 300 && response.status <= 399) {
      // never followed: the credentials would go along to wherever it points
      const to = response.location ? ` to ${truncate(response.location, 120)}` : '';
      throw new AppError('API_ERROR', `Creatify answered ${operation} with a redirect (${response.status})${to}, which is not followed.`, {
        status: response.status,
        hint: 'Check api-url: it must be the API itself (e.g. https://api.creatify.ai), not a page that redirects.',
      });
    }
    if (response.status < 200 || response.status > 299) {
      throw errorFromResponse({ status: response.status, retryAfter: response.retryAfter, body: response.text, secrets });
    }
    return parse(parseJsonBody(response.text, operation, response.status), operation, response.status);
  }

  /** A request that may be repeated (a read, a delete): sent again after a failure worth retrying. */
  function idempotent<T>(
    method: 'GET' | 'DELETE',
    path: string,
    answer: (response: RawResponse, operation: string) => T,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const operation = `${method} ${path}`;
    return withRetry(
      async () => {
        const response = await exchange({
          method,
          path,
          signal,
          timeoutMs: requestTimeoutMs,
          timeoutMessage: `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)}.`,
        });
        return answer(response, operation);
      },
      {
        policy,
        clock,
        signal,
        // a read changes nothing, so a cut or garbled answer (a proxy, a dropped stream) is
        // worth reading again, unlike a create's; JSON of the wrong shape would come back the same
        shouldRetry: (error) => isRetryable(error) || isUnparsedBody(error),
        onRetry: (info) => options.onRetry?.({ ...info, operation }),
      },
    );
  }

  function getJson<T>(
    path: string,
    parse: (value: unknown, operation: string, status: number) => T,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    return idempotent('GET', path, (response, operation) => interpret(response, operation, parse), signal);
  }

  /** The path of a DRF `next` link, kept on our own origin so the credentials never go elsewhere. */
  function nextPath(next: string): string | undefined {
    let url: URL;
    try {
      url = new URL(next, `${origin}${prefix}/`);
    } catch {
      return undefined;
    }
    let path = `${url.pathname}${url.search}`;
    if (prefix && path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
    return path.startsWith('/api/') ? path : undefined;
  }

  const createdPersona = (fields: CreateFields) => (value: unknown, operation: string, status: number): Persona =>
    parseCreated(value, operation, status, fields.creator_name);

  return {
    async createFromFiles(fields, lipsync, consent, callOptions: UploadOptions = {}) {
      const path = LIST_PATH;
      const operation = `POST ${path}`;
      let timer: Timer | undefined;
      let lastReport = Number.NEGATIVE_INFINITY;
      const upload = await buildMultipartUpload(fields, lipsync, consent, {
        ...(callOptions.onHashed ? { onHashed: callOptions.onHashed } : {}),
        ...(callOptions.beforeLastBytes ? { beforeLastBytes: callOptions.beforeLastBytes } : {}),
        onBytes: (sent, total) => {
          timer?.refresh();
          const now = clock.now();
          if (callOptions.onProgress && (sent === total || now - lastReport >= PROGRESS_INTERVAL_MS)) {
            lastReport = now;
            callOptions.onProgress({ sent, total });
          }
        },
      });
      const answerIn = `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)} after the upload.`;
      const { body } = upload;
      // once every byte is handed over, the server gets the normal time to answer
      if (!Buffer.isBuffer(body)) body.once('end', () => timer?.arm(requestTimeoutMs, answerIn));
      try {
        const response = await exchange({
          method: 'POST',
          path,
          body,
          headers: upload.headers,
          signal: callOptions.signal,
          ...(Buffer.isBuffer(body)
            ? { timeoutMs: requestTimeoutMs, timeoutMessage: answerIn }
            : { timeoutMs: uploadTimeoutMs, timeoutMessage: `The upload to Creatify (${operation}) made no progress for ${seconds(uploadTimeoutMs)}.`, headersTimeoutMs: 0 }),
          watch: (t) => {
            timer = t;
          },
        });
        return interpret(response, operation, createdPersona(fields));
      } catch (error) {
        // cut short before its closing boundary: the server can have made nothing from it, so it may go again at once
        if (isAppError(error) && !upload.complete() && (hasCode(error, 'NETWORK_ERROR') || hasCode(error, 'REQUEST_TIMEOUT'))) {
          const message = `${error.message} The upload was cut short before its end, so nothing was created from it.`;
          throw new AppError('UPLOAD_INCOMPLETE', message, { cause: error, ...(error.hint ? { hint: error.hint } : {}) });
        }
        throw error;
      } finally {
        upload.dispose();
      }
    },

    async createFromUrls(fields, lipsyncUrl, consentUrl, callOptions: RequestOptions = {}) {
      const path = '/api/personas/';
      const operation = `POST ${path}`;
      const response = await exchange({
        method: 'POST',
        path,
        body: Buffer.from(JSON.stringify(jsonPayload(fields, lipsyncUrl, consentUrl))),
        headers: { 'content-type': 'application/json' },
        signal: callOptions.signal,
        timeoutMs: requestTimeoutMs,
        timeoutMessage: `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)}.`,
      });
      return interpret(response, operation, createdPersona(fields));
    },

    get(id, callOptions: RequestOptions = {}) {
      if (id.trim() === '') return Promise.reject(new AppError('INPUT_INVALID', 'An avatar id is required.'));
      return getJson(`/api/personas/${encodeURIComponent(id)}/`, parsePersona, callOptions.signal);
    },

    async list(callOptions: RequestOptions = {}) {
      const personas: Persona[] = [];
      const seen = new Set<string>();
      let path: string | undefined = LIST_PATH;
      for (let page = 0; path !== undefined && page < MAX_LIST_PAGES; page += 1) {
        seen.add(path);
        const result: PersonaPage = await getJson(path, parsePersonaPage, callOptions.signal);
        personas.push(...result.personas);
        const next: string | undefined = result.next === undefined ? undefined : nextPath(result.next);
        path = next !== undefined && !seen.has(next) ? next : undefined;
      }
      return personas;
    },

    catalogueIds(callOptions: RequestOptions = {}) {
      return getJson('/api/personas/', parseIds, callOptions.signal);
    },

    delete(id, callOptions: RequestOptions = {}) {
      if (id.trim() === '') return Promise.reject(new AppError('INPUT_INVALID', 'An avatar id is required.'));
      // a 404 is the caller's to judge: gone already (a retry after a lost 204), or never this account's
      const answer = (response: RawResponse, operation: string): DeleteOutcome => {
        if (response.status === 404) return 'gone';
        // 204 has no body to parse; any other answer is the error `interpret` makes of it
        if (response.status >= 200 && response.status <= 299) return 'deleted';
        return interpret(response, operation, () => 'deleted' as const);
      };
      return idempotent('DELETE', `/api/personas/${encodeURIComponent(id)}/`, answer, callOptions.signal);
    },

    count(callOptions: RequestOptions = {}) {
      return getJson('/api/personas_v2/count/', parseCount, callOptions.signal);
    },

    async close() {
      await ownAgent?.close();
    },
  };
}
