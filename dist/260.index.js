export const id = 260;
export const ids = [260];
export const modules = {

/***/ 85125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   a5: () => (/* binding */ errorFromResponse),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   gt: () => (/* binding */ isTlsFailure),
/* harmony export */   hW: () => (/* binding */ isConnectFailure),
/* harmony export */   sT: () => (/* binding */ retryAfterOf),
/* harmony export */   ur: () => (/* binding */ errorFromTransport),
/* harmony export */   xU: () => (/* binding */ systemCode)
/* harmony export */ });
/* unused harmony exports HttpResponseError, redact, formatDrfErrors, describeErrorBody */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32693);
/**
 * Turns Creatify answers and transport failures into AppErrors with readable messages.
 * Creatify is Django REST Framework, so error bodies are `{"detail": ...}`, field maps,
 * bare lists, or an HTML page from a proxy on 5xx.
 */



/** Longest excerpt of an error body kept in a message. */
const MAX_DETAIL_CHARS = 400;
/**
 * Kept as the `cause` of an AppError made from an HTTP answer: what a retry needs to know
 * (`status`, `retryAfter`) without parsing the message. Holds no request headers.
 */
class HttpResponseError extends Error {
    status;
    retryAfter;
    constructor(status, retryAfter, detail) {
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
/** The error and its causes, outermost first (bounded, in case of a cycle). */
function causeChain(error) {
    const chain = [];
    let current = error;
    while (current !== undefined && current !== null && chain.length < 8) {
        chain.push(current);
        current = typeof current === 'object' ? current.cause : undefined;
    }
    return chain;
}
/** The first `code` string along the cause chain that is not an AppError code. */
function systemCode(error) {
    for (const item of causeChain(error)) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppError */ .Y6)(item))
            continue;
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoCode */ .UK)(item);
        if (code !== undefined)
            return code;
    }
    return undefined;
}
/** True when the failure happened while connecting: nothing of the request was sent. */
function isConnectFailure(error) {
    const code = systemCode(error);
    return code !== undefined && (CONNECT_FAILURE_CODES.has(code) || TLS_FAILURE_CODES.has(code));
}
function isTlsFailure(error) {
    const code = systemCode(error);
    return code !== undefined && TLS_FAILURE_CODES.has(code);
}
/** HTTP status of an AppError or of an HttpResponseError in its causes. */
function statusOf(error) {
    for (const item of causeChain(error)) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppError */ .Y6)(item) && item.status !== undefined)
            return item.status;
        if (item instanceof HttpResponseError)
            return item.status;
    }
    return undefined;
}
/** The `Retry-After` header of the answer behind an error, if it sent one. */
function retryAfterOf(error) {
    for (const item of causeChain(error)) {
        const value = typeof item === 'object' && item !== null ? item.retryAfter : undefined;
        if (typeof value === 'string' && value !== '')
            return value;
    }
    return undefined;
}
/** A short reason for logs: `HTTP 503`, `ECONNRESET`, `timeout`. Never a header value. */
function failureReason(error) {
    const status = statusOf(error);
    if (status !== undefined)
        return `HTTP ${status}`;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppError */ .Y6)(error) && error.code === 'REQUEST_TIMEOUT')
        return 'timeout';
    return systemCode(error) ?? ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppError */ .Y6)(error) ? error.code : 'error');
}
/** Replaces every secret in `text` with `***`. */
function redact(text, secrets) {
    let result = text;
    for (const secret of secrets) {
        if (secret.length < 4)
            continue;
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
function collectDrf(value, path, out) {
    const prefix = path ? `${path}: ` : '';
    if (value === null || value === undefined)
        return;
    if (typeof value !== 'object') {
        out.push(`${prefix}${String(value)}`);
    }
    else if (Array.isArray(value)) {
        if (value.every((item) => typeof item !== 'object' || item === null)) {
            const text = value.filter((item) => item !== null).map(String).join(path ? ' ' : '; ');
            if (text)
                out.push(`${prefix}${text}`);
        }
        else {
            value.forEach((item, index) => collectDrf(item, `${path}[${index}]`, out));
        }
    }
    else {
        for (const [key, item] of Object.entries(value)) {
            // DRF puts errors not tied to a field under these keys.
            const isGeneral = path === '' && (key === 'non_field_errors' || key === 'detail');
            collectDrf(item, isGeneral ? '' : path ? `${path}.${key}` : key, out);
        }
    }
}
/** `creator_name: This field is required.; gender: "x" is not a valid choice.` */
function formatDrfErrors(body) {
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
        const detail = body.detail;
        if (typeof detail === 'string')
            return detail;
    }
    const parts = [];
    collectDrf(body, '', parts);
    return parts.join('; ');
}
/** A short, readable excerpt of any error body: DRF JSON, an HTML page or plain text. */
function describeErrorBody(text, secrets = []) {
    // secrets go before anything is cut, so that no cut can leave a piece of one
    const trimmed = redact(text, secrets).trim();
    if (trimmed === '')
        return '';
    try {
        return (0,_util_format_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(formatDrfErrors(JSON.parse(trimmed)), MAX_DETAIL_CHARS);
    }
    catch {
        // not JSON: an HTML page from a proxy, or text
    }
    if (/^<(!doctype|html|head|body)/i.test(trimmed) || /<\/?[a-z][^>]*>/i.test(trimmed.slice(0, 200))) {
        const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1];
        const plain = (title ?? trimmed.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
            .replace(/\s+/g, ' ')
            .trim();
        return (0,_util_format_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(plain, 160);
    }
    return (0,_util_format_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(trimmed.replace(/\s+/g, ' '), 200);
}
const QUOTA_WORDS = /\bquota\b|max_count|maximum number|reached (the|your) (limit|maximum)/i;
const LIMIT_WORDS = /\b(limit|maximum|max|exceed(s|ed)?)\b/i;
const AVATAR_WORDS = /\b(avatars?|personas?|creators?)\b/i;
function mentionsQuota(detail) {
    return QUOTA_WORDS.test(detail) || (LIMIT_WORDS.test(detail) && AVATAR_WORDS.test(detail));
}
/** The AppError for a non-2xx answer; `status` set, the details in `cause`. */
function errorFromResponse(failure) {
    const { status } = failure;
    // redacted again: a secret with characters JSON escapes shows only once the body is parsed
    const detail = redact(describeErrorBody(failure.body, failure.secrets), failure.secrets) || (node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? 'no details');
    const cause = new HttpResponseError(status, failure.retryAfter, detail);
    const options = { cause, status };
    if ((status === 400 || status === 402 || status === 403) && mentionsQuota(detail)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('QUOTA_EXCEEDED', `Creatify refused to create more avatars (${status}): ${detail}`, {
            ...options,
            hint: 'The workspace has reached its custom-avatar limit (see GET /api/personas_v2/count/); free a slot or raise the plan, then run again.',
        });
    }
    if (status === 401 || status === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('AUTH_FAILED', `Creatify refused the credentials (${status}): ${detail}`, {
            ...options,
            hint: 'Check that api-id and api-key are a matching pair from the same Creatify workspace (API Dashboard, "Show API Keys"), and that this workspace has an API plan.',
        });
    }
    if (status === 429) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('API_ERROR', `Creatify throttled the requests (429): ${detail}`, {
            ...options,
            hint: 'Lower the concurrency or run again later.',
        });
    }
    if (status >= 500) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('API_ERROR', `Creatify failed with a server error (${status}): ${detail}`, {
            ...options,
            hint: 'This is usually temporary; run again later.',
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('API_ERROR', `Creatify rejected the request (${status}): ${detail}`, options);
}
/** The AppError for a failure below HTTP: DNS, refused or reset connections, timeouts. */
function errorFromTransport(error, context) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppError */ .Y6)(error))
        return error;
    const code = systemCode(error);
    const raw = error instanceof Error ? error.message : String(error);
    const text = (0,_util_format_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(redact(raw, context.secrets), 200);
    if (code !== undefined && TIMEOUT_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('REQUEST_TIMEOUT', `Creatify at ${context.origin} did not answer in time (${context.operation}, ${code}).`, {
            cause: error,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('NETWORK_ERROR', `Could not talk to Creatify at ${context.origin} (${context.operation}): ${text}${code && !text.includes(code) ? ` (${code})` : ''}`, {
        cause: error,
        hint: isTlsFailure(error)
            ? 'The TLS certificate of the server was not accepted; check api-url.'
            : 'Check api-url and the network access of the runner.',
    });
}


/***/ }),

/***/ 21509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ timestampMs),
/* harmony export */   Tc: () => (/* binding */ parsePersonaPage),
/* harmony export */   Y2: () => (/* binding */ parseJsonBody),
/* harmony export */   YX: () => (/* binding */ parsePersona),
/* harmony export */   gw: () => (/* binding */ readLimitedText),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony export toPersona */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Parsing of Creatify answers: lenient about extra fields and documented variants
 * (`suitable_industries` as a string or an array, a DRF page envelope around a list),
 * strict about what the rest of the program relies on (a non-empty `id`).
 */

function invalid(message, status) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('API_RESPONSE_INVALID', message, {
        status,
        hint: 'Check that api-url points at the Creatify API (or a faithful proxy of it).',
    });
}
function excerpt(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}
/**
 * The whole body of an answer as text, refused (and the stream destroyed) beyond `limit`
 * bytes, so a wrong api-url serving a huge page cannot fill the memory.
 */
async function readLimitedText(body, declaredLength, limit, operation) {
    const tooLarge = () => invalid(`Creatify answered ${operation} with more than ${limit} bytes; refusing to read it.`, undefined);
    if (declaredLength !== undefined && Number(declaredLength) > limit) {
        body.destroy();
        throw tooLarge();
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        size += buffer.length;
        if (size > limit) {
            body.destroy();
            throw tooLarge();
        }
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** JSON.parse with an API_RESPONSE_INVALID error naming the operation. */
function parseJsonBody(text, operation, status) {
    try {
        return JSON.parse(text);
    }
    catch {
        const shown = text.trim() === '' ? 'an empty body' : `"${excerpt(text)}"`;
        throw invalid(`Creatify answered ${operation} with ${shown} instead of JSON.`, status);
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const NULLABLE_STRING_FIELDS = [
    'gender',
    'process_status',
    'failed_reason',
    'created_at',
    'updated_at',
    'video_scene',
    'keywords',
];
function idOf(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value);
    return undefined;
}
/**
 * A persona from any endpoint's answer, or undefined when `value` has no usable id.
 * Fields of an unexpected type are dropped rather than passed on with the wrong type.
 */
function toPersona(value, fallbackName) {
    if (!isRecord(value))
        return undefined;
    const id = idOf(value.id);
    if (id === undefined)
        return undefined;
    const creatorName = typeof value.creator_name === 'string' ? value.creator_name : (fallbackName ?? '');
    const persona = { id, creator_name: creatorName };
    for (const [key, item] of Object.entries(value)) {
        if (key !== 'id' && key !== 'creator_name')
            persona[key] = item;
    }
    for (const field of NULLABLE_STRING_FIELDS) {
        const item = value[field];
        if (item !== null && item !== undefined && typeof item !== 'string')
            delete persona[field];
    }
    if (value.is_active !== undefined && value.is_active !== null && typeof value.is_active !== 'boolean') {
        delete persona.is_active;
    }
    const industries = value.suitable_industries;
    if (Array.isArray(industries)) {
        persona.suitable_industries = industries.filter((item) => typeof item === 'string');
    }
    else if (industries !== undefined && industries !== null && typeof industries !== 'string') {
        delete persona.suitable_industries;
    }
    return persona;
}
/** One persona (a create or get answer); throws API_RESPONSE_INVALID without an id. */
function parsePersona(value, operation, status, fallbackName) {
    const persona = toPersona(value, fallbackName);
    if (persona === undefined) {
        throw invalid(`Creatify answered ${operation} without an avatar id.`, status);
    }
    return persona;
}
/**
 * A list answer: a bare array (documented) or `{results: [...], next}` (DRF pagination).
 * Items without an id cannot be referred to by anything, so they are skipped.
 */
function parsePersonaPage(value, operation, status) {
    let items;
    let next;
    if (Array.isArray(value)) {
        items = value;
    }
    else if (isRecord(value) && Array.isArray(value.results)) {
        items = value.results;
        next = typeof value.next === 'string' && value.next !== '' ? value.next : undefined;
    }
    else {
        throw invalid(`Creatify answered ${operation} with something that is not a list of avatars.`, status);
    }
    const personas = [];
    for (const item of items) {
        const persona = toPersona(item);
        if (persona !== undefined)
            personas.push(persona);
    }
    return { personas, next };
}
function countField(value) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}
function parseCount(value, operation, status) {
    const max = isRecord(value) ? countField(value.max_count) : undefined;
    const current = isRecord(value) ? countField(value.current_count) : undefined;
    if (max === undefined || current === undefined) {
        throw invalid(`Creatify answered ${operation} without numeric max_count and current_count.`, status);
    }
    return { max_count: max, current_count: current };
}
/**
 * `created_at` as epoch milliseconds. Creatify sends microseconds and an offset
 * (`2025-01-09T12:26:10.074640-08:00`); the fraction is cut to milliseconds first so the
 * result does not depend on how lenient the runtime's date parser is.
 */
function timestampMs(value) {
    if (typeof value !== 'string')
        return undefined;
    const normalised = value.trim().replace(/(\.\d{3})\d+/, '$1');
    const ms = Date.parse(normalised);
    return Number.isNaN(ms) ? undefined : ms;
}


/***/ }),

/***/ 96451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   hM: () => (/* binding */ checkPolicy),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85125);
/**
 * Retry policy as data, a pure delay function and a retry loop on an injected clock.
 * Only requests that are safe to repeat go through `withRetry`; creates use
 * `createExactlyOnce`, which decides per failure whether repeating is safe.
 */


const DEFAULT_RETRY_POLICY = {
    attempts: 5,
    baseMs: 1_000,
    factor: 2,
    capMs: 30_000,
    jitter: 'full',
    budgetMs: 120_000,
};
/** `Retry-After` as milliseconds from `nowMs`: delta seconds or an HTTP date. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/**
 * Delay before retry number `attempt` (1 = after the first failure): exponential backoff,
 * jittered, never shorter than the server's `Retry-After`, never longer than `capMs`.
 */
function retryDelay(policy, attempt, retryAfterHeader, random, nowMs = Date.now()) {
    const exponential = Math.min(policy.capMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1));
    const backoff = policy.jitter === 'full' ? Math.floor(random() * exponential) : exponential;
    const hinted = parseRetryAfter(retryAfterHeader, nowMs);
    const delay = hinted === undefined ? backoff : Math.max(hinted, backoff);
    return Math.max(0, Math.min(policy.capMs, delay));
}
/** Statuses a repeated request may fix: timeouts, throttling, server and proxy errors. */
function isRetryableStatus(status) {
    if (status === 408 || status === 429)
        return true;
    // 501 and 505 say the server will never do this, so repeating cannot help.
    return status >= 500 && status !== 501 && status !== 505;
}
/**
 * Network errors, timeouts, 408, 429 and 5xx are worth another try; answers about the
 * request itself (400, 401, 403, 404, 413, 422, ...) and local problems never are.
 */
function isRetryable(error) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAppError */ .Y6)(error)) {
        switch (error.code) {
            case 'NETWORK_ERROR':
                return !(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTlsFailure */ .gt)(error);
            case 'REQUEST_TIMEOUT':
                return true;
            case 'API_ERROR': {
                const status = (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
                return status !== undefined && isRetryableStatus(status);
            }
            default:
                return false;
        }
    }
    const status = (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    if (status !== undefined)
        return isRetryableStatus(status);
    // A raw error with a system code (ECONNRESET, UND_ERR_SOCKET, ...) is a network error.
    return (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemCode */ .xU)(error) !== undefined && !(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTlsFailure */ .gt)(error);
}
function checkPolicy(policy) {
    const ok = Number.isInteger(policy.attempts) &&
        policy.attempts >= 1 &&
        policy.baseMs >= 0 &&
        policy.factor >= 1 &&
        policy.capMs >= 0 &&
        policy.budgetMs >= 0;
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('INTERNAL', `Invalid retry policy: ${JSON.stringify(policy)}`);
}
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('CANCELLED', 'The operation was cancelled.', { cause: signal.reason });
}
/**
 * Runs `fn` until it succeeds, a failure is not retryable, the attempts are used up or
 * the next delay would overrun the budget; then throws the last error unchanged.
 */
async function withRetry(fn, options) {
    const { policy, clock, signal } = options;
    checkPolicy(policy);
    const random = options.random ?? Math.random;
    const shouldRetry = options.shouldRetry ?? isRetryable;
    const started = clock.now();
    for (let attempt = 1;; attempt += 1) {
        throwIfCancelled(signal);
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= policy.attempts || signal?.aborted || !shouldRetry(error))
                throw error;
            const delayMs = retryDelay(policy, attempt, (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterOf */ .sT)(error), random, clock.now());
            if (clock.now() - started + delayMs > policy.budgetMs)
                throw error;
            options.onRetry?.({ attempt, delayMs, reason: (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReason */ .Hr)(error), error });
            await clock.sleep(delayMs, signal);
        }
    }
}


/***/ }),

/***/ 97110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export createFakeClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Time as a port: everything that waits or reads the time takes a `Clock`, so tests can
 * run retries and polls without sleeping for real.
 */

function cancelled(signal) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('CANCELLED', 'The operation was cancelled.', { cause: signal.reason });
}
/** The real clock: `Date.now()` and `setTimeout`. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(cancelled(signal));
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            if (signal)
                reject(cancelled(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
function createFakeClock(startMs = Date.UTC(2026, 0, 1)) {
    let time = startMs;
    const sleeps = [];
    return {
        sleeps,
        now: () => time,
        advance: (ms) => {
            time += ms;
        },
        sleep: async (ms, signal) => {
            if (signal?.aborted)
                throw cancelled(signal);
            sleeps.push(ms);
            time += Math.max(0, ms);
        },
    };
}


/***/ }),

/***/ 32693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ truncate),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Small formatters shared by messages and progress lines. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} bytes`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
/** At most `max` characters, an ellipsis marking the cut. */
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ })

};

//# sourceMappingURL=260.index.js.map