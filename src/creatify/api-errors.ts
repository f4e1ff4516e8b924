/**
 * Turns Creatify answers and transport failures into AppErrors with readable messages.
 * Creatify is Django REST Framework, so error bodies are `{"detail": ...}`, field maps,
 * bare lists, or an HTML page from a proxy on 5xx.
 */
import { STATUS_CODES } from 'node:http';
import { AppError, errnoCode, isAppError } from '../errors.js';
import { truncate } from '../util/format.js';

/** Longest excerpt of an error body kept in a message. */
const MAX_DETAIL_CHARS = 400;

/**
 * Kept as the `cause` of an AppError made from an HTTP answer: what a retry needs to know
 * (`status`, `retryAfter`) without parsing the message. Holds no request headers.
 */
class HttpResponseError extends Error {
  readonly status: number;
  readonly retryAfter: string | undefined;
  constructor(status: number, retryAfter: string | undefined, detail: string) {
    super(`HTTP ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'HttpResponseError';
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** Error codes of failures that happen before a request could leave this machine. */
const CONNECT_FAILURE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** TLS certificate problems: also before sending, but retrying cannot fix them. */
const TLS_FAILURE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

/** The host name did not resolve: a typo in api-url, or a runner whose DNS is down for a while. */
const UNKNOWN_HOST_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

/** A request undici refused to make (a URL or port it cannot use): the same every time. */
const INVALID_REQUEST_CODES = new Set(['UND_ERR_INVALID_ARG', 'ERR_INVALID_URL', 'ERR_SOCKET_BAD_PORT']);

/**
 * How long an unresolvable host is retried, counted by the client from the first such
 * failure since it last got an answer: long enough to ride out a runner's DNS blip, short
 * enough that a mistyped api-url fails in seconds rather than after the retry budget.
 */
const UNKNOWN_HOST_GRACE_MS = 15_000;

/** The error and its causes, outermost first (bounded, in case of a cycle). */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current !== undefined && current !== null && chain.length < 8) {
    chain.push(current);
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

/** The first `code` string along the cause chain that is not an AppError code. */
export function systemCode(error: unknown): string | undefined {
  for (const item of causeChain(error)) {
    if (isAppError(item)) continue;
    const code = errnoCode(item);
    if (code !== undefined) return code;
  }
  return undefined;
}

/** True when the failure happened while connecting: nothing of the request was sent. */
export function isConnectFailure(error: unknown): boolean {
  const code = systemCode(error);
  return code !== undefined && (CONNECT_FAILURE_CODES.has(code) || TLS_FAILURE_CODES.has(code));
}

export function isUnknownHost(error: unknown): boolean {
  const code = systemCode(error);
  return code !== undefined && UNKNOWN_HOST_CODES.has(code);
}

/** Failures below HTTP that no retry can change: a refused certificate, an unusable URL. */
export function isPermanentTransportFailure(error: unknown): boolean {
  const code = systemCode(error);
  return code !== undefined && (TLS_FAILURE_CODES.has(code) || INVALID_REQUEST_CODES.has(code));
}

/** HTTP status of an AppError or of an HttpResponseError in its causes. */
export function statusOf(error: unknown): number | undefined {
  for (const item of causeChain(error)) {
    if (isAppError(item) && item.status !== undefined) return item.status;
    if (item instanceof HttpResponseError) return item.status;
  }
  return undefined;
}

/** The `Retry-After` header of the answer behind an error, if it sent one. */
export function retryAfterOf(error: unknown): string | undefined {
  for (const item of causeChain(error)) {
    const value = typeof item === 'object' && item !== null ? (item as { retryAfter?: unknown }).retryAfter : undefined;
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** A short reason for logs: `HTTP 503`, `ECONNRESET`, `timeout`. Never a header value. */
export function failureReason(error: unknown): string {
  const status = statusOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  if (isAppError(error) && error.code === 'REQUEST_TIMEOUT') return 'timeout';
  return systemCode(error) ?? (isAppError(error) ? error.code : 'error');
}

/** Replaces every secret in `text` with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    result = result.split(secret).join('***');
    // a body cut at a size limit can end inside a secret: blank such a start of it too
    for (let size = Math.min(secret.length - 1, result.length); size >= 4; size -= 1) {
      if (result.endsWith(secret.slice(0, size))) {
        result = `${result.slice(0, result.length - size)}***`;
        break;
      }
    }
  }
  return result;
}

function collectDrf(value: unknown, path: string, out: string[]): void {
  const prefix = path ? `${path}: ` : '';
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    out.push(`${prefix}${String(value)}`);
  } else if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      const text = value.filter((item) => item !== null).map(String).join(path ? ' ' : '; ');
      if (text) out.push(`${prefix}${text}`);
    } else {
      value.forEach((item, index) => collectDrf(item, `${path}[${index}]`, out));
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      // DRF puts errors not tied to a field under these keys.
      const isGeneral = path === '' && (key === 'non_field_errors' || key === 'detail');
      collectDrf(item, isGeneral ? '' : path ? `${path}.${key}` : key, out);
    }
  }
}

/** `creator_name: This field is required.; gender: "x" is not a valid choice.` */
export function formatDrfErrors(body: unknown): string {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const detail = (body as { detail?: unknown }).detail;
    if (typeof detail === 'string') return detail;
  }
  const parts: string[] = [];
  collectDrf(body, '', parts);
  return parts.join('; ');
}

/** A short, readable excerpt of any error body: DRF JSON, an HTML page or plain text. */
function describeErrorBody(text: string, secrets: readonly string[] = []): string {
  // secrets go before anything is cut, so that no cut can leave a piece of one
  const trimmed = redact(text, secrets).trim();
  if (trimmed === '') return '';
  try {
    return truncate(formatDrfErrors(JSON.parse(trimmed)), MAX_DETAIL_CHARS);
  } catch {
    // not JSON: an HTML page from a proxy, or text
  }
  if (/^<(!doctype|html|head|body)/i.test(trimmed) || /<\/?[a-z][^>]*>/i.test(trimmed.slice(0, 200))) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1];
    const plain = (title ?? trimmed.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
    return truncate(plain, 160);
  }
  return truncate(trimmed.replace(/\s+/g, ' '), 200);
}

const QUOTA_WORDS = /\bquota\b|max_count|maximum number|reached (the|your) (limit|maximum)/i;
const LIMIT_WORDS = /\b(limit|maximum|max|exceed(s|ed)?)\b/i;
const AVATAR_WORDS = /\b(avatars?|personas?|creators?)\b/i;

function mentionsQuota(detail: string): boolean {
  return QUOTA_WORDS.test(detail) || (LIMIT_WORDS.test(detail) && AVATAR_WORDS.test(detail));
}

export interface ResponseFailure {
  status: number;
  retryAfter?: string | undefined;
  /** the raw body text, possibly cut at the size limit */
  body: string;
  /** credentials to blank out of anything the server echoes back */
  secrets: readonly string[];
}

/** The AppError for a non-2xx answer; `status` set, the details in `cause`. */
export function errorFromResponse(failure: ResponseFailure): AppError {
  const { status } = failure;
  // redacted again: a secret with characters JSON escapes shows only once the body is parsed
  const detail = redact(describeErrorBody(failure.body, failure.secrets), failure.secrets) || (STATUS_CODES[status] ?? 'no details');
  const cause = new HttpResponseError(status, failure.retryAfter, detail);
  const options = { cause, status };
  if ((status === 400 || status === 402 || status === 403) && mentionsQuota(detail)) {
    return new AppError('QUOTA_EXCEEDED', `Creatify refused to create more avatars (${status}): ${detail}`, {
      ...options,
      hint: 'The workspace has reached its custom-avatar limit (see GET /api/personas_v2/count/); free a slot or raise the plan, then run again.',
    });
  }
  if (status === 401 || status === 403) {
    return new AppError('AUTH_FAILED', `Creatify refused the credentials (${status}): ${detail}`, {
      ...options,
      hint: 'Check that api-id and api-key are a matching pair from the same Creatify workspace (API Dashboard, "Show API Keys"), and that this workspace has an API plan.',
    });
  }
  if (status === 429) {
    return new AppError('API_ERROR', `Creatify throttled the requests (429): ${detail}`, {
      ...options,
      hint: 'Lower the concurrency or run again later.',
    });
  }
  if (status >= 500) {
    return new AppError('API_ERROR', `Creatify failed with a server error (${status}): ${detail}`, {
      ...options,
      hint: 'This is usually temporary; run again later.',
    });
  }
  return new AppError('API_ERROR', `Creatify rejected the request (${status}): ${detail}`, options);
}

export interface TransportContext {
  /** e.g. `GET /api/personas_v2/` */
  operation: string;
  /** scheme, host and port only */
  origin: string;
  secrets: readonly string[];
  /** how long the host has failed to resolve, this failure included; from 0 */
  unresolvedForMs?: number;
  /** the proxy the request went through (scheme, host and port), if any */
  proxy?: string | undefined;
}

/**
 * The AppError for a failure below HTTP: DNS, refused or reset connections, timeouts.
 * What a retry cannot change (a certificate, an unusable URL, a host that stays unknown
 * past the grace) is INPUT_INVALID: nothing was sent, and nothing retries or waits on it.
 */
export function errorFromTransport(error: unknown, context: TransportContext): AppError {
  if (isAppError(error)) return error;
  const code = systemCode(error);
  const raw = error instanceof Error ? error.message : String(error);
  const text = truncate(redact(raw, context.secrets), 200);
  const where = `Creatify at ${context.origin} (${context.operation})${context.proxy ? ` through the proxy ${context.proxy}` : ''}`;
  const check = context.proxy ? 'the proxy (HTTPS_PROXY or HTTP_PROXY; NO_PROXY to go direct) and api-url' : 'api-url';
  const withCode = `${text}${code && !text.includes(code) ? ` (${code})` : ''}`;
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new AppError('REQUEST_TIMEOUT', `Creatify at ${context.origin} did not answer in time (${context.operation}, ${code}).`, {
      cause: error,
    });
  }
  if (code !== undefined && TLS_FAILURE_CODES.has(code)) {
    return new AppError('INPUT_INVALID', `The TLS certificate of ${where} was not accepted: ${withCode}`, {
      cause: error,
      hint: 'Check that api-url names the Creatify API host over https; a proxy that inspects TLS needs its CA in NODE_EXTRA_CA_CERTS.',
    });
  }
  if (code !== undefined && INVALID_REQUEST_CODES.has(code)) {
    return new AppError('INPUT_INVALID', `No request could be made to ${where}: ${withCode}`, { cause: error, hint: `Check ${check}.` });
  }
  // undici's words when a proxy answers its CONNECT with anything but 200
  const refused = context.proxy ? /Proxy response \((40[37])\)/.exec(raw)?.[1] : undefined;
  if (refused) {
    return new AppError('INPUT_INVALID', `The proxy ${context.proxy} refused to connect to Creatify at ${context.origin} (HTTP ${refused}).`, {
      cause: error,
      hint: 'Check the proxy settings (HTTPS_PROXY or HTTP_PROXY, with credentials if it needs them; NO_PROXY to go direct).',
    });
  }
  if (isUnknownHost(error) && (context.unresolvedForMs ?? 0) >= UNKNOWN_HOST_GRACE_MS) {
    const host = new URL(context.proxy ?? context.origin).hostname;
    return new AppError('INPUT_INVALID', `The host ${host} could not be resolved for ${Math.round((context.unresolvedForMs ?? 0) / 1000)} s (${code}).`, {
      cause: error,
      hint: `Check ${check} (now ${context.proxy ?? context.origin}) for a typo, and that the runner can resolve DNS names.`,
    });
  }
  return new AppError('NETWORK_ERROR', `Could not talk to ${where}: ${withCode}`, {
    cause: error,
    hint: `Check ${check} and the network access of the runner.`,
  });
}
