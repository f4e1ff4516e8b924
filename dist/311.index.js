export const id = 311;
export const ids = [311];
export const modules = {

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ defaultLockfile),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/** One typed configuration, built by the action from inputs and by the CLI from flags. */


const DEFAULT_API_URL = 'https://api.creatify.ai';
/** The default lockfile sits beside the manifest: `avatars.yml` → `avatars.lock.json`. */
function defaultLockfile(manifest) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.extname(manifest);
    const base = ext === '.yml' || ext === '.yaml' ? manifest.slice(0, -ext.length) : manifest;
    return `${base}.lock.json`;
}
/** A path given relative to the workspace, kept inside it. */
function workspacePath(workspace, input, name) {
    const posix = input.trim().replace(/\\/g, '/');
    if (posix === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `${name} must not be empty`);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, posix);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, absolute);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `${name} (${input}) must be inside the workspace ${workspace}`);
    }
    return { absolute, display: relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') };
}


/***/ }),

/***/ 5125:
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
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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
        const code = typeof item === 'object' && item !== null ? item.code : undefined;
        if (typeof code === 'string')
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
        if (secret.length >= 4)
            result = result.split(secret).join('***');
    }
    return result;
}
function truncate(text, max = MAX_DETAIL_CHARS) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
function describeErrorBody(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return '';
    try {
        return truncate(formatDrfErrors(JSON.parse(trimmed)));
    }
    catch {
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
function mentionsQuota(detail) {
    return QUOTA_WORDS.test(detail) || (LIMIT_WORDS.test(detail) && AVATAR_WORDS.test(detail));
}
/** The AppError for a non-2xx answer; `status` set, the details in `cause`. */
function errorFromResponse(failure) {
    const { status } = failure;
    const detail = redact(describeErrorBody(failure.body), failure.secrets) || (node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? 'no details');
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
    const text = redact(truncate(raw, 200), context.secrets);
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

/***/ 1509:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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

/***/ 6451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   hM: () => (/* binding */ checkPolicy),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony export parseRetryAfter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5125);
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

/***/ 4248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ createApiFactory)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/clock.ts
var util_clock = __webpack_require__(7110);
// EXTERNAL MODULE: ./src/creatify/api-errors.ts
var api_errors = __webpack_require__(5125);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/form-data/lib/form_data.js
var form_data = __webpack_require__(6454);
var form_data_default = /*#__PURE__*/__webpack_require__.n(form_data);
;// CONCATENATED MODULE: ./src/creatify/multipart.ts
/**
 * The bodies of the two creates. Mainly the multipart body of `POST /api/personas_v2/`:
 * text fields, then the video files streamed from disk with an exact Content-Length
 * (never chunked, never buffered whole). A body is consumed once; the client builds a
 * new one, opening the files afresh, for every attempt.
 */





/** The text parts in sending order; unset and empty optional fields are left out. */
function textParts(fields) {
    const parts = [['creator_name', fields.creator_name]];
    const optional = [
        ['gender', fields.gender],
        ['video_scene', fields.video_scene],
        ['keywords', fields.keywords],
    ];
    for (const [name, value] of optional) {
        if (value !== undefined && value !== '')
            parts.push([name, value]);
    }
    // DRF reads a list field from repeated parts of the same name.
    for (const label of fields.labels ?? [])
        parts.push(['labels', label]);
    if (fields.webhook_url !== undefined && fields.webhook_url !== '')
        parts.push(['webhook_url', fields.webhook_url]);
    return parts;
}
/** The JSON body of `POST /api/personas/`: the set fields, the video URLs. */
function jsonPayload(fields, lipsyncUrl, consentUrl) {
    const payload = {};
    for (const [name, value] of textParts(fields)) {
        if (name !== 'labels')
            payload[name] = value;
    }
    if (fields.labels !== undefined && fields.labels.length > 0)
        payload.labels = [...fields.labels];
    payload.lipsync_input = lipsyncUrl;
    if (consentUrl !== undefined && consentUrl !== '')
        payload.consent_video = consentUrl;
    return payload;
}
/** Fails with FILE_INVALID when the file is gone or its size is not the one checked. */
async function assertUnchanged(file) {
    let size;
    try {
        const info = await (0,promises_.stat)(file.absolutePath);
        if (!info.isFile())
            throw new Error('not a regular file');
        size = info.size;
    }
    catch (error) {
        throw new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} can no longer be read for upload.`, { cause: error });
    }
    if (size !== file.size) {
        throw new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} changed after it was checked (${file.size} bytes then, ${size} now); nothing was uploaded.`, { hint: 'Do not modify videos while the action runs; run it again.' });
    }
    if (size === 0)
        throw new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} is empty.`);
}
/**
 * Builds a fresh body for one attempt. The files are checked again first, and each is
 * read only up to its checked size, so a file growing meanwhile cannot break the length.
 */
async function buildMultipartUpload(fields, lipsync, consent, options = {}) {
    const files = [['lipsync_input', lipsync]];
    if (consent)
        files.push(['consent_video', consent]);
    for (const [, file] of files)
        await assertUnchanged(file);
    const form = new (form_data_default())();
    for (const [name, value] of textParts(fields))
        form.append(name, value);
    const streams = [];
    for (const [name, file] of files) {
        const stream = (0,external_node_fs_.createReadStream)(file.absolutePath, { start: 0, end: file.size - 1 });
        streams.push(stream);
        form.append(name, stream, { knownLength: file.size, filename: file.filename, contentType: file.contentType });
    }
    const length = form.getLengthSync();
    let sent = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            sent += chunk.length;
            options.onBytes?.(sent, length);
            callback(null, chunk);
        },
        flush(callback) {
            // Fewer bytes than announced means a file shrank while it was read.
            if (sent !== length) {
                callback(new errors/* AppError */.uV('FILE_INVALID', `A video changed while it was uploaded (${sent} of ${length} bytes read).`));
            }
            else {
                callback();
            }
        },
    });
    const dispose = () => {
        for (const stream of streams)
            if (!stream.destroyed)
                stream.destroy();
    };
    // form-data is a classic stream: pipe() does not forward its errors, so do it here.
    form.on('error', (error) => counter.destroy(error));
    counter.on('close', dispose);
    form.pipe(counter);
    return {
        body: counter,
        headers: { 'content-type': `multipart/form-data; boundary=${form.getBoundary()}`, 'content-length': String(length) },
        length,
        dispose: () => {
            dispose();
            if (!counter.destroyed)
                counter.destroy();
        },
    };
}

// EXTERNAL MODULE: ./src/creatify/persona.ts
var persona = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/creatify/retry.ts
var retry = __webpack_require__(6451);
;// CONCATENATED MODULE: ./src/creatify/client.ts







const LIST_PATH = '/api/personas_v2/';
/** A list answer with pagination is followed at most this far. */
const MAX_LIST_PAGES = 100;
/** Progress callbacks are spaced at least this far apart (the last one always comes). */
const PROGRESS_INTERVAL_MS = 250;
/** undici's own timers stay as a backstop behind ours, which give clearer messages. */
const BACKSTOP_MS = 5_000;
function first(value) {
    return Array.isArray(value) ? value[0] : value;
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10}s`;
}
function parseBaseUrl(baseUrl) {
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        throw new errors/* AppError */.uV('INPUT_INVALID', `api-url "${baseUrl}" is not a URL.`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
        throw new errors/* AppError */.uV('INPUT_INVALID', `api-url must be an http(s) URL without credentials, got "${url.protocol}//${url.host}".`);
    }
    return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}
function createCreatifyClient(options) {
    if (!options.apiId || !options.apiKey) {
        throw new errors/* AppError */.uV('INPUT_INVALID', 'Creatify api-id and api-key are both required.', {
            hint: 'Set the api-id and api-key inputs (or CREATIFY_API_ID and CREATIFY_API_KEY).',
        });
    }
    const { origin, prefix } = parseBaseUrl(options.baseUrl);
    const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    const uploadTimeoutMs = options.uploadTimeoutMs ?? 120_000;
    const maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
    const policy = options.retry ?? retry/* DEFAULT_RETRY_POLICY */.cO;
    const clock = options.clock ?? util_clock/* systemClock */.m;
    const secrets = [options.apiKey, options.apiId];
    const ownAgent = options.dispatcher
        ? undefined
        : new undici/* Agent */.g6({ connections: options.maxConnections ?? 8, keepAliveTimeout: 4_000, connect: { timeout: 15_000 } });
    const dispatcher = options.dispatcher ?? ownAgent;
    const baseHeaders = {
        'x-api-id': options.apiId,
        'x-api-key': options.apiKey,
        accept: 'application/json',
        'user-agent': options.userAgent,
    };
    /** One request and its whole answer, with our timeout; no status check, no retry. */
    async function exchange(spec) {
        const operation = `${spec.method} ${spec.path}`;
        const cancelled = () => new errors/* AppError */.uV('CANCELLED', `${operation} was cancelled.`);
        if (spec.signal?.aborted)
            throw cancelled();
        const controller = new AbortController();
        const signal = spec.signal ? AbortSignal.any([spec.signal, controller.signal]) : controller.signal;
        let handle;
        let timedOut;
        const timer = {
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
            const response = await (0,undici/* request */.Em)(`${origin}${prefix}${spec.path}`, {
                method: spec.method,
                headers: { ...baseHeaders, ...spec.headers },
                body: spec.body ?? null,
                signal,
                dispatcher,
                headersTimeout: spec.headersTimeoutMs ?? spec.timeoutMs + BACKSTOP_MS,
                bodyTimeout: requestTimeoutMs + BACKSTOP_MS,
            });
            const text = await (0,persona/* readLimitedText */.gw)(response.body, first(response.headers['content-length']), maxResponseBytes, operation);
            return { status: response.statusCode, retryAfter: first(response.headers['retry-after']), text };
        }
        catch (error) {
            if (timedOut !== undefined)
                throw new errors/* AppError */.uV('REQUEST_TIMEOUT', timedOut, { cause: error });
            if (spec.signal?.aborted)
                throw cancelled();
            throw (0,api_errors/* errorFromTransport */.ur)(error, { operation, origin, secrets });
        }
        finally {
            clearTimeout(handle);
        }
    }
    /** Parses a 2xx answer with `parse`; anything else becomes the matching AppError. */
    function interpret(response, operation, parse) {
        if (response.status < 200 || response.status > 299) {
            throw (0,api_errors/* errorFromResponse */.a5)({ status: response.status, retryAfter: response.retryAfter, body: response.text, secrets });
        }
        return parse((0,persona/* parseJsonBody */.Y2)(response.text, operation, response.status), operation, response.status);
    }
    function getJson(path, parse, signal) {
        const operation = `GET ${path}`;
        return (0,retry/* withRetry */.bD)(async () => {
            const response = await exchange({
                method: 'GET',
                path,
                signal,
                timeoutMs: requestTimeoutMs,
                timeoutMessage: `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)}.`,
            });
            return interpret(response, operation, parse);
        }, { policy, clock, signal, random: options.random, onRetry: (info) => options.onRetry?.({ ...info, operation }) });
    }
    /** The path of a DRF `next` link, kept on our own origin so the credentials never go elsewhere. */
    function nextPath(next) {
        let url;
        try {
            url = new URL(next, `${origin}${prefix}/`);
        }
        catch {
            return undefined;
        }
        let path = `${url.pathname}${url.search}`;
        if (prefix && path.startsWith(`${prefix}/`))
            path = path.slice(prefix.length);
        return path.startsWith('/api/') ? path : undefined;
    }
    const createdPersona = (fields) => (value, operation, status) => (0,persona/* parsePersona */.YX)(value, operation, status, fields.creator_name);
    return {
        async createFromFiles(fields, lipsync, consent, callOptions = {}) {
            const path = LIST_PATH;
            const operation = `POST ${path}`;
            let timer;
            let lastReport = Number.NEGATIVE_INFINITY;
            const upload = await buildMultipartUpload(fields, lipsync, consent, {
                onBytes: (sent, total) => {
                    timer?.refresh();
                    const now = clock.now();
                    if (callOptions.onProgress && (sent === total || now - lastReport >= PROGRESS_INTERVAL_MS)) {
                        lastReport = now;
                        callOptions.onProgress({ sent, total });
                    }
                },
            });
            // Once every byte is handed over, the server gets the normal time to answer.
            upload.body.once('end', () => timer?.arm(requestTimeoutMs, `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)} after the upload.`));
            try {
                const response = await exchange({
                    method: 'POST',
                    path,
                    body: upload.body,
                    headers: upload.headers,
                    signal: callOptions.signal,
                    timeoutMs: uploadTimeoutMs,
                    timeoutMessage: `The upload to Creatify (${operation}) made no progress for ${seconds(uploadTimeoutMs)}.`,
                    headersTimeoutMs: 0,
                    watch: (t) => {
                        timer = t;
                    },
                });
                return interpret(response, operation, createdPersona(fields));
            }
            finally {
                upload.dispose();
            }
        },
        async createFromUrls(fields, lipsyncUrl, consentUrl, callOptions = {}) {
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
        get(id, callOptions = {}) {
            if (id.trim() === '')
                return Promise.reject(new errors/* AppError */.uV('INPUT_INVALID', 'An avatar id is required.'));
            return getJson(`/api/personas/${encodeURIComponent(id)}/`, (value, op, status) => (0,persona/* parsePersona */.YX)(value, op, status), callOptions.signal);
        },
        async list(callOptions = {}) {
            const personas = [];
            const seen = new Set();
            let path = LIST_PATH;
            for (let page = 0; path !== undefined && page < MAX_LIST_PAGES; page += 1) {
                seen.add(path);
                const result = await getJson(path, persona/* parsePersonaPage */.Tc, callOptions.signal);
                personas.push(...result.personas);
                const next = result.next === undefined ? undefined : nextPath(result.next);
                path = next !== undefined && !seen.has(next) ? next : undefined;
            }
            return personas;
        },
        count(callOptions = {}) {
            return getJson('/api/personas_v2/count/', persona/* parseCount */.zq, callOptions.signal);
        },
        async close() {
            await ownAgent?.close();
        },
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/api-factory.ts



function createApiFactory(config, product) {
    let api;
    return () => {
        if (api)
            return api;
        const { apiId, apiKey, url, requestTimeoutMs } = config.api;
        if (!apiId || !apiKey) {
            throw new errors/* AppError */.uV('AUTH_FAILED', 'Creatify credentials are missing', {
                hint: 'set the api-id and api-key inputs from repository secrets (CREATIFY_API_ID and CREATIFY_API_KEY for the CLI)',
            });
        }
        const client = createCreatifyClient({
            baseUrl: url,
            apiId,
            apiKey,
            userAgent: `${product}/${version/* VERSION */.x} (node ${process.version})`,
            requestTimeoutMs,
        });
        api = client;
        return client;
    };
}


/***/ }),

/***/ 4421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pV: () => (/* binding */ plannedOutcome),
  HY: () => (/* binding */ preparePlan),
  Fo: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/lock/lockfile.ts + 1 modules
var lockfile = __webpack_require__(1277);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/files/hash.ts
/**
 * SHA-256 of local videos, the identity the lockfile compares against.
 *
 * Two paths, chosen by size. A small file is read with one `read` into one buffer and
 * hashed at once: for a 30 KiB file a stream costs more to set up than to hash, and a
 * plan may hash thousands of them. A large file is streamed in 1 MiB chunks so memory
 * stays flat whatever the video size. Plain file descriptors are used rather than
 * `FileHandle`: on thousands of small files the handle objects alone cost about 1.7x.
 */




/** Files below this size are read whole; above it they are streamed. */
const SMALL_FILE_BYTES = 4 * 1024 * 1024;
const STREAM_CHUNK_BYTES = 1024 * 1024;
/**
 * Default files in flight for `hashFiles`. Hashing is bound by round trips to the libuv
 * pool rather than by the disk, so it wants more than the upload concurrency: 16 was the
 * knee on 5,000 files of 10-50 KiB with 2 cores, whole process timed (4: 0.49 s,
 * 8: 0.36 s, 16: 0.34 s, 32: 0.36 s; `sha256sum` on the same files: 0.34 s).
 */
const HASH_CONCURRENCY = 16;
const openFd = (0,external_node_util_.promisify)(external_node_fs_.open);
const fstatFd = (0,external_node_util_.promisify)(external_node_fs_.fstat);
const closeFd = (0,external_node_util_.promisify)(external_node_fs_.close);
const readFd = (0,external_node_util_.promisify)(external_node_fs_.read);
/** Reads up to `size` bytes from the start; fewer if the file shrank meanwhile. */
async function readWhole(fd, size) {
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
        const { bytesRead } = await readFd(fd, buffer, filled, size - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}
async function streamInto(path, fd, hash) {
    let size = 0;
    const stream = (0,external_node_fs_.createReadStream)(path, { fd, start: 0, autoClose: false, highWaterMark: STREAM_CHUNK_BYTES });
    for await (const chunk of stream) {
        const bytes = chunk;
        hash.update(bytes);
        size += bytes.length;
    }
    return size;
}
/**
 * SHA-256 (hex) and byte size of a file, never holding a large file in memory. The size
 * is the number of bytes hashed, so the two agree even if the file changes during the read
 * (a small file is hashed as it was when its size was taken).
 */
async function hashFile(absolutePath) {
    const fd = await openFd(absolutePath, 'r');
    try {
        const { size } = await fstatFd(fd);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        if (size < SMALL_FILE_BYTES) {
            const bytes = await readWhole(fd, size);
            return { sha256: hash.update(bytes).digest('hex'), size: bytes.length };
        }
        const streamed = await streamInto(absolutePath, fd, hash);
        return { sha256: hash.digest('hex'), size: streamed };
    }
    finally {
        await closeFd(fd);
    }
}
/** Hashes many files with at most `concurrency` open at once; results keep the input order. */
function hashFiles(paths, concurrency = HASH_CONCURRENCY) {
    return mapLimit(paths, concurrency, (file) => hashFile(file));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/files/inspect.ts
/**
 * Tells a real MP4/QuickTime video from the things that commonly sit in its place in a
 * repository: an empty file, a Git LFS pointer, an HTML error page saved as `.mp4`.
 * Only the first bytes are read, so this is cheap enough to run on every file of a plan.
 */

/** Git LFS pointers are at most 1024 bytes by specification; read that much at most. */
const HEAD_BYTES = 1024;
const LFS_PREFIX = 'version https://git-lfs.github.com/spec/v1';
const LFS_HINT = 'use actions/checkout with `lfs: true`, or run `git lfs pull` locally';
const NOT_ISO = 'is not an MP4/QuickTime video (no ftyp box at byte 4)';
/** Top-level atoms an old QuickTime movie may start with, before `ftyp` existed. */
const OLD_QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);
const REMUX_HINT = 're-save it as MP4, e.g. `ffmpeg -i input -c copy output.mp4`';
function fail(message, hint) {
    return hint === undefined ? { ok: false, message } : { ok: false, message, hint };
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} bytes`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 * 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
/** Printable ASCII or UTF-8 with ordinary whitespace only: no other control bytes. */
function looksLikeText(head) {
    for (const byte of head) {
        if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)
            return false;
        if (byte === 0x7f)
            return false;
    }
    return true;
}
function describeLfsPointer(name, text, diskSize) {
    const size = /^size (\d+)$/m.exec(text)?.[1];
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
    const real = size === undefined ? 'an unknown size' : formatBytes(Number(size));
    const id = oid === undefined ? '' : `, oid sha256:${oid.slice(0, 12)}…`;
    return fail(`${name} is a Git LFS pointer (${diskSize} bytes), not the video itself ` +
        `(the real file is ${real}${id})`, LFS_HINT);
}
/** What a non-ISO file seems to be, for a more useful message. */
function describeOther(name, head) {
    const type = head.length >= 8 ? head.toString('latin1', 4, 8) : '';
    if (OLD_QUICKTIME_ATOMS.has(type)) {
        return fail(`${name} ${NOT_ISO}; it looks like an old QuickTime file without one`, REMUX_HINT);
    }
    if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
        return fail(`${name} ${NOT_ISO}; it looks like a WebM/Matroska video`, REMUX_HINT);
    }
    if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'AVI ') {
        return fail(`${name} ${NOT_ISO}; it looks like an AVI video`, REMUX_HINT);
    }
    if (looksLikeText(head)) {
        const firstLine = head.toString('utf8').split(/\r?\n/, 1)[0] ?? '';
        const sample = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
        return fail(`${name} ${NOT_ISO}; it looks like a text file starting with ${JSON.stringify(sample)}`);
    }
    return fail(`${name} ${NOT_ISO}`);
}
/**
 * Checks that `absolutePath` holds an ISO base media file (MP4 or QuickTime) and returns
 * its size and content type. `name` is how the file is shown in messages (its manifest path).
 */
async function inspectVideo(absolutePath, name = absolutePath) {
    let head;
    let size;
    try {
        const handle = await (0,promises_.open)(absolutePath, 'r');
        try {
            size = (await handle.stat()).size;
            head = Buffer.alloc(Math.min(size, HEAD_BYTES));
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            head = head.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        const code = error?.code;
        return fail(`${name} cannot be read: ${typeof code === 'string' ? code : String(error)}`);
    }
    if (size === 0)
        return fail(`${name} is empty`, 'is the file committed with its content?');
    if (head.toString('latin1', 0, LFS_PREFIX.length) === LFS_PREFIX) {
        return describeLfsPointer(name, head.toString('utf8'), size);
    }
    if (head.length < 8 || head.toString('latin1', 4, 8) !== 'ftyp') {
        if (size < 8)
            return fail(`${name} ${NOT_ISO}; it is only ${formatBytes(size)} long`);
        return describeOther(name, head);
    }
    // Box size 1 means a 64-bit size follows the type; 0 ("to the end") makes no sense for ftyp.
    const small = head.readUInt32BE(0);
    let boxSize = small;
    let brandOffset = 8;
    if (small === 1 && head.length >= 16) {
        boxSize = Number(head.readBigUInt64BE(8));
        brandOffset = 16;
    }
    else if (small < 8) {
        return fail(`${name} ${NOT_ISO}; its first box claims a size of ${small} bytes`);
    }
    // major brand and minor version are mandatory: 8 bytes after the header
    if (boxSize < brandOffset + 8 || head.length < brandOffset + 4) {
        return fail(`${name} has a malformed ftyp box (size ${boxSize}); the file is damaged`, REMUX_HINT);
    }
    if (boxSize > size) {
        return fail(`${name} is truncated: its ftyp box alone claims ${boxSize} bytes of ${size}`);
    }
    const brand = head.toString('latin1', brandOffset, brandOffset + 4);
    const contentType = brand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
    return { ok: true, size, contentType, brand };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/files/workspace.ts
/**
 * Confines the paths a manifest names to the workspace (the repository checkout).
 *
 * A manifest path is POSIX and relative to the workspace root. As a courtesy to people
 * writing manifests on Windows, `\` is accepted and read as `/`; on POSIX this means a
 * file whose name really contains a backslash cannot be named, which is a fair price.
 * The check is done twice: on the text as written (no absolute path, no `..` leaving the
 * root) and again after resolving symbolic links, so a link cannot lead out either.
 */


/** True when `candidate` is `root` itself or lies below it. Both must be absolute. */
function isInside(root, candidate) {
    const rel = external_node_path_default().relative(root, candidate);
    if (rel === '')
        return true;
    return rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel);
}
/** `abs` relative to `root` with `/` separators; `.` for the root itself. */
function toPosixRelative(root, abs) {
    const rel = path.relative(root, abs);
    return rel === '' ? '.' : rel.split(path.sep).join('/');
}
/** The checks that need no file system: shape of the text only. */
function checkWritten(written) {
    const shown = written;
    if (written.trim() === '')
        return { problem: 'the path is empty' };
    if (written.includes('\0'))
        return { problem: `${JSON.stringify(written)} contains a NUL character` };
    const slashed = written.replace(/\\/g, '/');
    // `/x`, `\x`, `\\server\share` (all start with `/` once slashed) and `C:\x`, `C:x`.
    if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
        return {
            problem: `${shown} is an absolute path; paths must be relative to the workspace root`,
            hint: 'write the path as it appears in the repository, e.g. media/james.mp4',
        };
    }
    const normal = external_node_path_default().posix.normalize(slashed).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../')) {
        return {
            problem: `${shown} leads outside the workspace`,
            hint: 'only files inside the repository checkout can be used',
        };
    }
    return { relative: normal === '' ? '.' : normal };
}
function errnoCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** The first symbolic link along `relative` (from the root down) that resolves outside. */
async function findEscapingLink(root, realRoot, relative) {
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i += 1) {
        const prefix = parts.slice(0, i).join('/');
        const abs = external_node_path_default().resolve(root, prefix);
        try {
            if (!(await (0,promises_.lstat)(abs)).isSymbolicLink())
                continue;
            const resolved = await (0,promises_.realpath)(abs);
            if (!isInside(realRoot, resolved)) {
                return { link: prefix, target: await (0,promises_.readlink)(abs), resolved };
            }
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** A name in the same directory that differs only in case, for a "did you mean". */
async function caseVariant(root, relative) {
    const dir = external_node_path_default().posix.dirname(relative);
    const base = external_node_path_default().posix.basename(relative).toLowerCase();
    try {
        const names = await (0,promises_.readdir)(external_node_path_default().resolve(root, dir));
        const match = names.find((name) => name.toLowerCase() === base);
        return match === undefined ? undefined : external_node_path_default().posix.join(dir, match);
    }
    catch {
        return undefined;
    }
}
function problem(text, hint) {
    return hint === undefined ? { ok: false, problem: text } : { ok: false, problem: text, hint };
}
/**
 * Resolves a path written in the manifest to a regular file inside the workspace, or
 * says why it cannot be used. Never throws for a bad path; only an unreadable workspace
 * root itself is thrown, since no manifest line is to blame for it.
 */
async function resolveInWorkspace(workspaceRoot, manifestPath) {
    const lexical = checkWritten(manifestPath);
    if ('problem' in lexical)
        return problem(lexical.problem, lexical.hint);
    const { relative } = lexical;
    const shown = relative;
    const root = external_node_path_default().resolve(workspaceRoot);
    const absolute = external_node_path_default().resolve(root, relative);
    const realRoot = await (0,promises_.realpath)(root);
    let real;
    try {
        real = await (0,promises_.realpath)(absolute);
    }
    catch (error) {
        const code = errnoCode(error);
        if (code === 'ELOOP') {
            return problem(`${shown} cannot be resolved: its symbolic links form a loop (ELOOP)`, 'check the links with `ls -l` along the path and point them at a real file');
        }
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            const dangling = await (0,promises_.lstat)(absolute).then((s) => s.isSymbolicLink(), () => false);
            if (dangling) {
                const target = await (0,promises_.readlink)(absolute);
                return problem(`${shown} is a symbolic link to ${target}, which does not exist`);
            }
            const variant = relative === '.' ? undefined : await caseVariant(root, relative);
            return problem(`${shown} does not exist`, variant !== undefined && variant !== relative
                ? `did you mean ${variant}? Paths are case-sensitive`
                : 'paths are relative to the repository root; is the file committed and checked out?');
        }
        if (code === 'EACCES' || code === 'EPERM') {
            return problem(`${shown} cannot be read (permission denied)`);
        }
        return problem(`${shown} cannot be resolved: ${code ?? String(error)}`);
    }
    if (!isInside(realRoot, real)) {
        const escape = await findEscapingLink(root, realRoot, relative);
        const via = escape
            ? `${escape.link} is a symbolic link to ${escape.target}` +
                (escape.target === escape.resolved ? '' : ` (${escape.resolved})`)
            : `it resolves to ${real}`;
        return problem(`${shown} leads outside the workspace: ${via}`, 'copy the file into the repository instead of linking to it');
    }
    const info = await (0,promises_.stat)(real);
    if (info.isDirectory()) {
        return problem(`${shown} is a directory, not a video file`, 'name a file, or use a glob such as dir/*.mp4');
    }
    if (!info.isFile())
        return problem(`${shown} is not a regular file`);
    return { ok: true, absolute, realPath: real, relative };
}

// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(415);
;// CONCATENATED MODULE: ./src/manifest/files.ts




async function checkFiles(avatars, source, workspace, options = {}) {
    const paths = new Set();
    for (const avatar of avatars) {
        if (avatar.lipsync.kind === 'file')
            paths.add(avatar.lipsync.path);
        if (avatar.consent?.kind === 'file')
            paths.add(avatar.consent.path);
    }
    const list = [...paths];
    const results = await (0,limit/* mapLimit */.s)(list, options.concurrency ?? 16, (p) => checkOne(workspace, p));
    const byPath = new Map(list.map((p, i) => [p, results[i]]));
    const problems = [];
    const reported = new Set();
    const resolved = [];
    for (const avatar of avatars) {
        const take = (pending, manifestPath) => {
            if (pending.kind === 'url')
                return pending;
            const result = byPath.get(pending.path);
            if (result.ok)
                return result.source;
            const id = `${pending.path}\u0000${manifestPath.join('.')}`;
            if (!reported.has(id)) {
                reported.add(id);
                problems.push({
                    message: `${result.message}`,
                    location: source.locate(manifestPath),
                    path: `avatars[${avatar.entry}].${String(manifestPath[manifestPath.length - 1])}`,
                    ...(result.hint ? { hint: result.hint } : {}),
                });
            }
            return undefined;
        };
        const lipsync = take(avatar.lipsync, avatar.lipsyncPath);
        const consent = avatar.consent ? take(avatar.consent, avatar.consentPath) : undefined;
        if (!lipsync || (avatar.consent && !consent))
            continue;
        resolved.push({
            key: avatar.key,
            fields: avatar.fields,
            lipsync,
            ...(consent ? { consent } : {}),
            location: avatar.location,
            entry: avatar.entry,
        });
    }
    return { avatars: resolved, problems };
}
async function checkOne(workspace, manifestPath) {
    const place = await resolveInWorkspace(workspace, manifestPath);
    if (!place.ok)
        return { ok: false, message: place.problem, ...(place.hint ? { hint: place.hint } : {}) };
    const inspection = await inspectVideo(place.realPath, place.relative);
    if (!inspection.ok) {
        return { ok: false, message: inspection.message, ...(inspection.hint ? { hint: inspection.hint } : {}) };
    }
    const { sha256, size } = await hashFile(place.realPath);
    return {
        ok: true,
        source: {
            kind: 'file',
            path: place.relative,
            absolutePath: place.realPath,
            size,
            sha256,
            contentType: inspection.contentType,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
;// CONCATENATED MODULE: ./src/manifest/glob.ts
/**
 * Glob expansion against the workspace: sorted, de-duplicated POSIX paths relative to
 * the root. Confinement of each match (symlinks) is checked later, with the other files.
 */


const GLOB_CHARS = /[*?[\]]/;
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
async function expandGlob(workspace, pattern) {
    const rooted = external_node_path_.posix.join(workspace.split(external_node_path_.sep).join('/'), pattern);
    const globber = await (0,glob/* create */.v)(rooted, {
        followSymbolicLinks: false,
        implicitDescendants: false,
        matchDirectories: false,
        omitBrokenSymbolicLinks: true,
    });
    const found = await globber.glob();
    const relative = new Set();
    for (const absolute of found) {
        relative.add(external_node_path_.relative(workspace, absolute).split(external_node_path_.sep).join('/'));
    }
    return [...relative].sort(comparePaths);
}
/** Byte-wise order, the same on every machine and locale. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/manifest/template.ts
/**
 * Placeholders in manifest strings: {stem} {name} {dir} {index}; `{{` and `}}` stand
 * for literal braces.
 */

const TOKEN = /\{\{|\}\}|\{([^{}]*)\}/g;
function fillPlaceholders(template, values) {
    let unknown;
    const value = template.replace(TOKEN, (match, name) => {
        if (match === '{{')
            return '{';
        if (match === '}}')
            return '}';
        if (name !== undefined && schema/* PLACEHOLDERS */.je.includes(name))
            return values[name];
        unknown ??= match;
        return match;
    });
    return unknown === undefined ? { value } : { unknown };
}
function hasPlaceholder(template) {
    return /\{(stem|name|dir|index)\}/.test(template);
}
/** Values for a repository path such as `media/team/ana.mp4`: stem ana, name ana.mp4, dir team. */
function valuesForPath(posixPath, index) {
    const segments = posixPath.split('/').filter((s) => s !== '');
    const name = segments[segments.length - 1] ?? '';
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const dir = segments.length > 1 ? (segments[segments.length - 2] ?? '') : '';
    return { stem, name, dir, index: String(index) };
}
function valuesForUrl(url, index) {
    let pathname = url.pathname;
    try {
        pathname = decodeURIComponent(pathname);
    }
    catch {
        // keep the encoded form
    }
    return valuesForPath(pathname, index);
}

;// CONCATENATED MODULE: ./src/manifest/resolve.ts


const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Tells an https URL from a repository path, and rejects what is neither. */
function classifySource(raw) {
    if ([...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
        return { problem: 'contains a control character' };
    if (/^[a-zA-Z]:[\\/]/.test(raw) || raw.startsWith('/') || raw.startsWith('\\')) {
        return {
            problem: `is an absolute path (${raw})`,
            hint: 'name files relative to the repository root, e.g. media/james.mp4',
        };
    }
    if (URL_SCHEME.test(raw)) {
        let url;
        try {
            url = new URL(raw);
        }
        catch {
            return { problem: `is not a valid URL (${raw})` };
        }
        if (url.protocol !== 'https:') {
            return { problem: `uses ${url.protocol.replace(/:$/, '')}, but only https URLs are allowed`, hint: 'use https://…' };
        }
        return { kind: 'url', url };
    }
    const posix = raw.replace(/\\/g, '/');
    const segments = posix.split('/');
    if (segments.includes('..')) {
        return {
            problem: `leads outside the repository (${raw})`,
            hint: 'videos must be inside the repository; ".." is not allowed',
        };
    }
    const normal = segments.filter((s) => s !== '' && s !== '.').join('/');
    if (normal === '')
        return { problem: 'names no file' };
    return { kind: 'path', path: normal };
}
async function resolveAvatars(manifest, source, workspace, indices = manifest.avatars.map((_, i) => i)) {
    const problems = [];
    const avatars = [];
    const defaults = manifest.defaults ?? {};
    for (const [position, raw] of manifest.avatars.entries()) {
        const entry = indices[position] ?? position;
        const base = ['avatars', entry];
        const location = source.locate(base);
        const merged = { ...defaults, ...raw };
        const problem = (field, message, hint) => {
            const path = [...base, field];
            problems.push({ message: `avatars[${entry}].${field} ${message}`, location: source.locate(path), path: `avatars[${entry}].${field}`, ...(hint ? { hint } : {}) });
        };
        const lipsync = classifySource(merged.lipsync_input);
        if ('problem' in lipsync) {
            problem('lipsync_input', lipsync.problem, lipsync.hint);
            continue;
        }
        let consent;
        if (merged.consent_video !== undefined) {
            consent = classifySource(merged.consent_video);
            if ('problem' in consent) {
                problem('consent_video', consent.problem, consent.hint);
                continue;
            }
            if (consent.kind !== lipsync.kind) {
                problem('consent_video', `is ${consent.kind === 'url' ? 'a URL' : 'a file'} but lipsync_input is ${lipsync.kind === 'url' ? 'a URL' : 'a file'}`, 'both must be files in the repository, or both https URLs');
                continue;
            }
            if (consent.kind === 'path' && isGlob(consent.path)) {
                problem('consent_video', `must name exactly one file, not a glob (${consent.path})`);
                continue;
            }
        }
        const consentSource = consent && !('problem' in consent)
            ? consent.kind === 'url'
                ? { kind: 'url', url: consent.url.href }
                : { kind: 'file', path: consent.path }
            : undefined;
        let matches;
        if (lipsync.kind === 'url') {
            matches = [{ source: { kind: 'url', url: lipsync.url.href }, values: valuesForUrl(lipsync.url, 1) }];
        }
        else if (isGlob(lipsync.path)) {
            let paths;
            try {
                paths = await expandGlob(workspace, lipsync.path);
            }
            catch (error) {
                problem('lipsync_input', `could not be expanded: ${error instanceof Error ? error.message : String(error)}`);
                continue;
            }
            if (paths.length === 0) {
                problem('lipsync_input', `matches no file (${lipsync.path})`, 'check the pattern and that the videos are committed and checked out');
                continue;
            }
            matches = paths.map((p, i) => ({ source: { kind: 'file', path: p }, values: valuesForPath(p, i + 1) }));
        }
        else {
            matches = [{ source: { kind: 'file', path: lipsync.path }, values: valuesForPath(lipsync.path, 1) }];
        }
        for (const match of matches) {
            const filled = fillFields(merged, match.values);
            if ('field' in filled) {
                problem(filled.field, filled.message, filled.hint);
                break;
            }
            avatars.push({
                key: filled.key,
                fields: filled.fields,
                lipsync: match.source,
                ...(consentSource ? { consent: consentSource } : {}),
                location,
                entry,
                lipsyncPath: [...base, 'lipsync_input'],
                consentPath: [...base, 'consent_video'],
            });
        }
    }
    problems.push(...duplicateKeys(avatars));
    return { avatars, problems };
}
function fillFields(avatar, values) {
    const fill = (field, template) => {
        const result = fillPlaceholders(template, values);
        if ('unknown' in result) {
            return {
                field,
                message: `has an unknown placeholder ${result.unknown}`,
                hint: 'placeholders are {stem} {name} {dir} {index}; write {{ and }} for literal braces',
            };
        }
        return result.value;
    };
    const creatorName = fill('creator_name', avatar.creator_name);
    if (typeof creatorName !== 'string')
        return creatorName;
    const length = [...creatorName].length;
    if (length === 0 || creatorName.trim() === '') {
        return { field: 'creator_name', message: 'is empty after placeholders are filled in' };
    }
    if (length > 255) {
        return { field: 'creator_name', message: `is too long: at most 255 characters, found ${length}` };
    }
    let key = creatorName;
    if (avatar.key !== undefined) {
        const filledKey = fill('key', avatar.key);
        if (typeof filledKey !== 'string')
            return filledKey;
        key = filledKey;
    }
    const fields = { creator_name: creatorName };
    if (avatar.gender !== undefined)
        fields.gender = avatar.gender;
    for (const name of ['video_scene', 'keywords']) {
        const value = avatar[name];
        if (value === undefined)
            continue;
        const filled = fill(name, value);
        if (typeof filled !== 'string')
            return filled;
        if ([...filled].length > 255)
            return { field: name, message: `is too long after placeholders are filled in (at most 255 characters)` };
        fields[name] = filled;
    }
    if (avatar.labels !== undefined) {
        const labels = [];
        for (const label of avatar.labels) {
            const filled = fill('labels', label);
            if (typeof filled !== 'string')
                return filled;
            labels.push(filled);
        }
        fields.labels = labels;
    }
    if (avatar.webhook_url !== undefined)
        fields.webhook_url = avatar.webhook_url;
    return { key, fields };
}
function duplicateKeys(avatars) {
    const seen = new Map();
    const problems = [];
    for (const avatar of avatars) {
        const first = seen.get(avatar.key);
        if (!first) {
            seen.set(avatar.key, avatar);
            continue;
        }
        const describe = (a) => `avatars[${a.entry}] (line ${a.location.line}${a.lipsync.kind === 'file' ? `, ${a.lipsync.path}` : ''})`;
        problems.push({
            message: `duplicate avatar key "${avatar.key}": ${describe(avatar)} has the same key as ${describe(first)}`,
            location: avatar.location,
            path: `avatars[${avatar.entry}]`,
            hint: 'give each avatar a unique creator_name or an explicit key (a glob can use {stem} in it)',
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** "Did you mean" for a misspelt name: the closest candidate within a small edit distance. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance && distance <= limit) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Damerau-Levenshtein (optimal string alignment) distance. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, () => new Array(cols).fill(0));
    for (let i = 0; i < rows; i++)
        d[i][0] = i;
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, d[i - 2][j - 2] + 1);
            }
            d[i][j] = value;
        }
    }
    return d[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/manifest/validate.ts


function validateManifest(source) {
    if (source.data === null || source.data === undefined) {
        return {
            problems: [
                {
                    message: 'the manifest is empty',
                    location: { file: source.file, line: 1, column: 1 },
                    hint: 'start it with "version: 1" and a list of "avatars:"',
                },
            ],
        };
    }
    const result = schema/* manifestSchema */.rc.safeParse(source.data);
    if (result.success)
        return { manifest: result.data, indices: result.data.avatars.map((_, i) => i), problems: [] };
    const problems = sortProblems(result.error.issues.flatMap((issue) => issueToProblems(issue, source)));
    return { problems, ...partialManifest(source.data, result.error.issues) };
}
/**
 * When only some avatar entries are invalid, the others are still resolved and their
 * files checked, so one run reports every problem of the manifest.
 */
function partialManifest(data, issues) {
    const bad = new Set();
    for (const issue of issues) {
        const [first, second] = issue.path;
        if (first !== 'avatars' || typeof second !== 'number')
            return {};
        bad.add(second);
    }
    if (typeof data !== 'object' || data === null || !Array.isArray(data.avatars))
        return {};
    const all = data.avatars;
    const indices = all.map((_, i) => i).filter((i) => !bad.has(i));
    if (indices.length === 0)
        return {};
    const result = schema/* manifestSchema */.rc.safeParse({ ...data, avatars: indices.map((i) => all[i]) });
    return result.success ? { manifest: result.data, indices } : {};
}
function sortProblems(problems) {
    return problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
    }
    return out || '(top level)';
}
function knownKeysAt(path) {
    if (path.length === 0)
        return schema/* KNOWN_KEYS */.B.root;
    if (path[0] === 'defaults')
        return schema/* KNOWN_KEYS */.B.defaults;
    return schema/* KNOWN_KEYS */.B.avatar;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return `${typeof value} ${String(value)}`;
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
function issueToProblems(issue, source) {
    const path = issue.path.filter((p) => typeof p === 'string' || typeof p === 'number');
    const where = formatPath(path);
    const found = valueAt(source.data, path);
    const location = source.locate(path);
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = knownKeysAt(path);
            return issue.keys.map((key) => {
                const suggestion = closest(key, known);
                const keyPath = [...path, key];
                return {
                    message: `unknown key "${key}" in ${where}`,
                    path: formatPath(keyPath),
                    location: source.locate(keyPath, { key: true }),
                    hint: suggestion ? `did you mean "${suggestion}"?` : `allowed keys: ${known.join(', ')}`,
                };
            });
        }
        case 'invalid_value': {
            if (path.length === 1 && path[0] === 'version') {
                return [
                    {
                        message: `unsupported manifest version ${JSON.stringify(found)}`,
                        path: where,
                        location,
                        hint: 'this release reads "version: 1"',
                    },
                ];
            }
            const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
            return [{ message: `${where} must be one of ${allowed}, not ${describe(found)}`, path: where, location }];
        }
        case 'invalid_type': {
            if (found === undefined) {
                const parent = path.slice(0, -1);
                const key = String(path[path.length - 1]);
                return [
                    {
                        message: `${formatPath(parent)} is missing the required key "${key}"`,
                        path: where,
                        location: source.locate(parent),
                    },
                ];
            }
            return [{ message: `${where} must be ${article(issue.expected)}, not ${describe(found)}`, path: where, location }];
        }
        case 'too_big': {
            const size = typeof found === 'string' ? `${[...found].length} characters` : Array.isArray(found) ? `${found.length} items` : String(found);
            const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
            return [{ message: `${where} is too long: at most ${String(issue.maximum)}${unit}, found ${size}`, path: where, location }];
        }
        case 'too_small': {
            if (issue.origin === 'string')
                return [{ message: `${where} must not be empty`, path: where, location }];
            if (issue.origin === 'array')
                return [{ message: `${where} must list at least ${String(issue.minimum)} item(s)`, path: where, location }];
            return [{ message: `${where} is too small: at least ${String(issue.minimum)}`, path: where, location }];
        }
        case 'invalid_format': {
            if (path[path.length - 1] === 'webhook_url') {
                return [
                    {
                        message: `${where} must be an https URL, not ${describe(found)}`,
                        path: where,
                        location,
                        hint: 'Creatify only calls https webhooks; use https://…',
                    },
                ];
            }
            return [{ message: `${where} is not a valid ${issue.format}: ${describe(found)}`, path: where, location }];
        }
        default:
            return [{ message: `${where}: ${issue.message}`, path: where, location }];
    }
}
function article(expected) {
    const names = {
        string: 'a string',
        array: 'a list',
        object: 'a mapping',
        number: 'a number',
        boolean: 'true or false',
    };
    return names[expected] ?? expected;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/manifest/yaml-source.ts
/**
 * The manifest's YAML, parsed once with positions kept, so that every later error can
 * point at the line and column of the value (or key) it is about.
 */

function parseYamlSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: true,
        uniqueKeys: true,
        strict: true,
    });
    const at = (offset) => {
        const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
        return { file, line: pos.line, column: pos.col };
    };
    const span = (range) => {
        if (!range)
            return { file, line: 1, column: 1 };
        const start = at(range[0]);
        const end = at(range[1]);
        return { ...start, endLine: end.line, endColumn: end.column };
    };
    // an error found only at the end of the file (an unclosed bracket) is shown on the
    // last line that has content, not on an empty line after it
    const lastContent = text.trimEnd().length;
    const problems = [];
    for (const error of doc.errors) {
        const first = error.message.split('\n')[0] ?? error.message;
        problems.push({
            message: `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`,
            location: at(Math.min(error.pos[0], Math.max(0, lastContent - 1))),
            hint: 'fix the YAML syntax; check indentation and quoting',
        });
    }
    for (const warning of doc.warnings) {
        problems.push({ message: `YAML: ${warning.message.split('\n')[0]}`, location: at(warning.pos[0]) });
    }
    let data = undefined;
    if (problems.length === 0) {
        try {
            data = doc.toJS({ maxAliasCount: 50 });
        }
        catch (error) {
            problems.push({
                message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}`,
                location: { file, line: 1, column: 1 },
            });
        }
    }
    return {
        file,
        data,
        problems,
        locate(path, options = {}) {
            const { node, pair } = findNode(doc, path);
            if (options.key && pair && (0,dist/* isScalar */.jn)(pair.key))
                return span(pair.key.range);
            if (node)
                return span(node.range);
            if (pair && (0,dist/* isScalar */.jn)(pair.key))
                return span(pair.key.range);
            return span(doc.contents?.range);
        },
    };
}
/** Walks as far down `path` as the document goes: a missing key points at its parent. */
function findNode(doc, path) {
    let node = doc.contents;
    let pair = null;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const found = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === segment);
            if (!found)
                return { node: node, pair: null };
            pair = found;
            node = found.value;
            if (node === null || node === undefined)
                return { node: null, pair };
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                return { node: node, pair: null };
            pair = null;
            node = item;
        }
        else {
            return { node: node ?? null, pair };
        }
    }
    return { node: node ?? null, pair };
}

;// CONCATENATED MODULE: ./src/manifest/load.ts
/**
 * Loads a manifest from disk into resolved, checked avatars. Every problem of the
 * manifest is collected and thrown at once as one MANIFEST_INVALID error.
 */






async function loadManifest(options) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(options.path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* AppError */.uV('MANIFEST_NOT_FOUND', code === 'ENOENT'
            ? `manifest ${options.displayPath} not found`
            : `cannot read the manifest ${options.displayPath}: ${error.message}`, { hint: 'set the manifest input (or --manifest) to the path of your avatars.yml, relative to the repository root', cause: error });
    }
    const source = parseYamlSource(text, options.displayPath);
    if (source.problems.length > 0)
        throw invalid(options.displayPath, source.problems);
    const validated = validateManifest(source);
    if (!validated.manifest)
        throw invalid(options.displayPath, validated.problems);
    const resolved = await resolveAvatars(validated.manifest, source, options.workspace, validated.indices);
    const checked = await checkFiles(resolved.avatars, source, options.workspace);
    const problems = [...validated.problems, ...resolved.problems, ...checked.problems];
    if (problems.length > 0)
        throw invalid(options.displayPath, problems);
    return { avatars: checked.avatars, file: options.displayPath };
}
function invalid(file, problems) {
    const sorted = sortProblems([...problems]);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    return new errors/* AppError */.uV('MANIFEST_INVALID', `the manifest ${file} has ${count}`, { problems: sorted });
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/plan/digest.ts
/**
 * The digest of what is sent to Creatify besides the lipsync video's bytes: the text
 * fields, a URL source, and the consent video. A change of any of them means the avatar
 * Creatify holds is no longer the one the manifest describes.
 */

function fieldsDigest(fields, lipsync, consent) {
    const canonical = {
        creator_name: fields.creator_name,
        gender: fields.gender ?? null,
        video_scene: fields.video_scene ?? null,
        keywords: fields.keywords ?? null,
        labels: fields.labels ?? null,
        webhook_url: fields.webhook_url ?? null,
        lipsync_url: lipsync.kind === 'url' ? lipsync.url : null,
        consent: consent === undefined ? null : consent.kind === 'url' ? consent.url : `sha256:${consent.sha256}`,
    };
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts


function computePlan(avatars, lock, allKeys) {
    const planned = avatars.map((avatar) => planOne(avatar, lock.avatars[avatar.key]));
    const keys = allKeys ?? new Set(avatars.map((a) => a.key));
    const orphaned = Object.keys(lock.avatars)
        .filter((key) => !keys.has(key))
        .sort()
        .map((key) => ({ key, entry: lock.avatars[key] }));
    const counts = { create: 0, replace: 0, unchanged: 0, skip: 0 };
    for (const p of planned)
        counts[p.action]++;
    return { avatars: planned, orphaned, counts };
}
function planOne(avatar, entry) {
    const digest = fieldsDigest(avatar.fields, avatar.lipsync, avatar.consent);
    if (!entry) {
        return { avatar, action: 'create', reasons: [], lockedId: null, lockedStatus: null, fieldsDigest: digest };
    }
    const reasons = [];
    if (avatar.lipsync.kind === 'file') {
        if (entry.sha256 !== avatar.lipsync.sha256)
            reasons.push('video content changed');
    }
    else if (entry.source !== avatar.lipsync.url) {
        reasons.push('video URL changed');
    }
    if (entry.fields_digest !== digest) {
        reasons.push(entry.creator_name !== avatar.fields.creator_name ? 'creator_name changed' : 'fields changed');
    }
    return {
        avatar,
        action: reasons.length > 0 ? 'replace' : 'unchanged',
        reasons,
        lockedId: entry.id,
        lockedStatus: entry.status,
        fieldsDigest: digest,
    };
}
function describeSource(avatar) {
    return sourceLabel(avatar.lipsync);
}

// EXTERNAL MODULE: ./src/engine/shard.ts
var shard = __webpack_require__(914);
;// CONCATENATED MODULE: ./src/engine/plan.ts





async function preparePlan(config) {
    const manifest = await loadManifest({ workspace: config.workspace, path: config.manifest.absolute, displayPath: config.manifest.display });
    const locked = await (0,lockfile/* readLockfile */.GQ)(config.lockfile.absolute, config.lockfile.display);
    const allKeys = new Set(manifest.avatars.map((a) => a.key));
    const selected = (0,shard/* selectShard */.X)(manifest.avatars, config.shard);
    const plan = computePlan(selected, locked.lock, allKeys);
    return { plan, lock: locked.lock, lockText: locked.text, total: manifest.avatars.length };
}
function plannedOutcome(p) {
    const outcome = {
        key: p.avatar.key,
        creator_name: p.avatar.fields.creator_name,
        id: p.action === 'unchanged' ? p.lockedId : null,
        status: p.action === 'unchanged' && p.lockedStatus ? p.lockedStatus : 'planned',
        action: p.action,
        source: (0,model/* sourceLabel */.e)(p.avatar.lipsync),
        sha256: p.avatar.lipsync.kind === 'file' ? p.avatar.lipsync.sha256 : null,
    };
    if (p.reasons.length > 0)
        outcome.reasons = p.reasons;
    if (p.action === 'replace' && p.lockedId)
        outcome.supersedes = p.lockedId;
    return outcome;
}
async function runPlan(config) {
    const { plan, total } = await preparePlan(config);
    return {
        mode: 'plan',
        manifest: config.manifest.display,
        lockfile: config.lockfile.display,
        lockfileChanged: false,
        avatars: plan.avatars.map(plannedOutcome),
        created: [],
        orphaned: plan.orphaned.map((o) => ({ key: o.key, id: o.entry.id })),
        superseded: [],
        ...(config.shard ? { shard: { ...config.shard, avatars: plan.avatars.length, of: total } } : {}),
    };
}


/***/ }),

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ idsWithStatus)
/* harmony export */ });
function idsWithStatus(result, statuses) {
    return result.avatars.filter((a) => a.id !== null && statuses.includes(a.status)).map((a) => a.id);
}


/***/ }),

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runMode)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4421);

async function runMode(config, deps) {
    switch (config.mode) {
        case 'plan':
            return (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .runPlan */ .Fo)(config);
        case 'sync': {
            const { runSync } = await __webpack_require__.e(/* import() */ 765).then(__webpack_require__.bind(__webpack_require__, 6765));
            return runSync(config, deps);
        }
        case 'status': {
            const { runStatus } = await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 8678));
            return runStatus(config, deps);
        }
    }
}


/***/ }),

/***/ 914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ selectShard)
/* harmony export */ });
/* unused harmony export shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Deterministic slices of the manifest for a job matrix: an avatar's shard depends on
 * its key alone, so adding an avatar moves no other.
 */

function shardOf(key, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function selectShard(items, shard) {
    if (!shard)
        return [...items];
    return items.filter((item) => shardOf(item.key, shard.count) === shard.index);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   Y6: () => (/* binding */ isAppError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   uV: () => (/* binding */ AppError),
/* harmony export */   up: () => (/* binding */ hasCode)
/* harmony export */ });
class AppError extends Error {
    code;
    hint;
    problems;
    /** HTTP status, when the error is an answer from a server */
    status;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'AppError';
        this.code = code;
        this.hint = options.hint;
        this.problems = options.problems ?? [];
        this.status = options.status;
    }
}
function isAppError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.code === 'string' &&
        error.name === 'AppError');
}
function hasCode(error, code) {
    return isAppError(error) && error.code === code;
}
/** `file:line:col: message` — the form editors and terminals link. */
function formatProblem(problem) {
    const where = problem.location
        ? `${problem.location.file}:${problem.location.line}:${problem.location.column}: `
        : '';
    const hint = problem.hint ? ` (${problem.hint})` : '';
    return `${where}${problem.message}${hint}`;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 1277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fw: () => (/* binding */ LockStore),
  GQ: () => (/* binding */ readLockfile),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: parseLockfile, serializeLockfile

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(104);
;// CONCATENATED MODULE: ./src/lock/schema.ts
/** The lockfile's shape, validated on every read: a corrupt lockfile is never overwritten. */

const LOCKFILE_VERSION = 1;
const schema_status = schemas/* enum */.k5n(['pending', 'approved', 'failed', 'rejected']);
const consent = schemas/* object */.Ikc({
    source: schemas/* string */.YjP(),
    sha256: schemas/* string */.YjP().nullable(),
    size: schemas/* number */.aig().int().nonnegative().nullable(),
});
const lockEntrySchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    creator_name: schemas/* string */.YjP(),
    source: schemas/* string */.YjP(),
    sha256: schemas/* string */.YjP().nullable(),
    size: schemas/* number */.aig().int().nonnegative().nullable(),
    consent: consent.optional(),
    fields_digest: schemas/* string */.YjP(),
    status: schema_status,
    failed_reason: schemas/* string */.YjP().optional(),
    created_at: schemas/* string */.YjP(),
    updated_at: schemas/* string */.YjP(),
    /** ids this key had before, replaced because the video or fields changed */
    superseded: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), replaced_at: schemas/* string */.YjP() })).optional(),
});
/**
 * A create that was started but whose answer is not recorded yet. Written before the
 * request goes out and removed with its answer, so a run that is killed midway leaves
 * behind what the next run must look for on Creatify before creating again.
 */
const inFlightSchema = schemas/* object */.Ikc({
    creator_name: schemas/* string */.YjP(),
    fields_digest: schemas/* string */.YjP(),
    sha256: schemas/* string */.YjP().nullable(),
    started_at: schemas/* string */.YjP(),
});
const lockfileSchema = schemas/* object */.Ikc({
    version: schemas/* number */.aig().int(),
    avatars: schemas/* record */.g1P(schemas/* string */.YjP(), lockEntrySchema),
    in_flight: schemas/* record */.g1P(schemas/* string */.YjP(), inFlightSchema).optional(),
});
function emptyLockfile() {
    return { version: LOCKFILE_VERSION, avatars: {} };
}

;// CONCATENATED MODULE: ./src/lock/lockfile.ts
/**
 * Reading and writing the lockfile. Writes are atomic (temporary file, fsync, rename) and
 * serialised, so a run that dies at any moment leaves the last complete lockfile behind.
 */





async function readLockfile(file, displayPath) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { lock: emptyLockfile(), text: null };
        throw new errors/* AppError */.uV('LOCKFILE_INVALID', `cannot read the lockfile ${displayPath}: ${error.message}`, { cause: error });
    }
    return { lock: parseLockfile(text, displayPath), text };
}
function parseLockfile(text, displayPath) {
    const hint = `restore it from git (git checkout -- ${displayPath}); it is never overwritten while it cannot be read`;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* AppError */.uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is not valid JSON: ${error.message}`, { hint, cause: error });
    }
    if (typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'number' && data.version > LOCKFILE_VERSION) {
        throw new errors/* AppError */.uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has format version ${data.version}, newer than this release reads (${LOCKFILE_VERSION})`, { hint: 'upgrade the action or CLI to the version that wrote it' });
    }
    const result = lockfileSchema.safeParse(data);
    if (!result.success) {
        const first = result.error.issues[0];
        const where = first ? first.path.map(String).join('.') : '';
        throw new errors/* AppError */.uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is malformed at ${where || 'top level'}: ${first?.message ?? 'invalid'}`, { hint });
    }
    if (result.data.version !== LOCKFILE_VERSION) {
        throw new errors/* AppError */.uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has unsupported version ${result.data.version}`, { hint });
    }
    return result.data;
}
const ENTRY_ORDER = [
    'id',
    'creator_name',
    'source',
    'sha256',
    'size',
    'consent',
    'fields_digest',
    'status',
    'failed_reason',
    'created_at',
    'updated_at',
    'superseded',
];
/** Sorted keys, fixed field order, two-space indent, final newline: stable and diffable. */
function serializeLockfile(lock) {
    const avatars = {};
    for (const key of Object.keys(lock.avatars).sort()) {
        const entry = lock.avatars[key];
        const ordered = {};
        for (const field of ENTRY_ORDER) {
            if (entry[field] !== undefined)
                ordered[field] = entry[field];
        }
        avatars[key] = ordered;
    }
    const inFlight = lock.in_flight ?? {};
    const document = { version: LOCKFILE_VERSION, avatars };
    if (Object.keys(inFlight).length > 0) {
        document.in_flight = Object.fromEntries(Object.keys(inFlight).sort().map((key) => [key, inFlight[key]]));
    }
    return `${JSON.stringify(document, null, 2)}\n`;
}
async function writeFileAtomic(file, content) {
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    const handle = await external_node_fs_.promises.open(temp, 'w', 0o644);
    try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await external_node_fs_.promises.rename(temp, file);
    }
    catch (error) {
        await external_node_fs_.promises.rm(temp, { force: true });
        throw error;
    }
}
/**
 * The lockfile as the run goes: every change is written through at once, one write at a
 * time, so that what is on disk is always a complete and current lockfile.
 */
class LockStore {
    file;
    displayPath;
    lock;
    chain = Promise.resolve();
    written;
    constructor(file, displayPath, lock, initialText) {
        this.file = file;
        this.displayPath = displayPath;
        this.lock = lock;
        this.written = initialText ?? '';
    }
    get current() {
        return this.lock;
    }
    get(key) {
        return this.lock.avatars[key];
    }
    /** true when the content on disk differs from what the run started with */
    changedSince(text) {
        return serializeLockfile(this.lock) !== (text ?? '');
    }
    async update(mutate) {
        mutate(this.lock);
        await this.flush();
    }
    flush() {
        const next = this.chain.then(async () => {
            const text = serializeLockfile(this.lock);
            if (text === this.written)
                return;
            try {
                await writeFileAtomic(this.file, text);
            }
            catch (error) {
                throw new errors/* AppError */.uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}`, { cause: error });
            }
            this.written = text;
        });
        this.chain = next.catch(() => undefined);
        return next;
    }
}


/***/ }),

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   manifestJsonSchema: () => (/* binding */ manifestJsonSchema),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* unused harmony exports MANIFEST_VERSION, defaultsSchema, avatarSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3908);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/**
 * The manifest schema: the one source of the manifest's TypeScript types, of its
 * validation and of the JSON Schema file that editors use (schema/avatars.schema.json).
 */

const MANIFEST_VERSION = 1;
/** Placeholders a templated string may hold; see expand.ts. */
const PLACEHOLDERS = ['stem', 'name', 'dir', 'index'];
const gender = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['m', 'f', 'nb'])
    .meta({ description: 'Gender of the person: m (male), f (female) or nb (non-binary).' });
const text255 = (description) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(255).meta({ description });
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5({ protocol: /^https$/, hostname: zod__WEBPACK_IMPORTED_MODULE_1__/* .domain */ .bl })
    .max(200)
    .meta({
    description: 'https URL that Creatify calls when the avatar is created (at most 200 characters).',
    pattern: '^https://',
});
const source = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .meta({
    description: 'A path or glob relative to the repository root (one avatar per matched file), or an https URL.',
});
/** Fields that `defaults` may set and every avatar may override. */
const sharedFields = {
    gender: gender.optional(),
    video_scene: text255('One word for the backdrop of the video, e.g. office.').optional(),
    keywords: text255('Comma-separated keywords, at most 255 characters.').optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(255))
        .meta({ description: 'Free tags stored with the avatar.' })
        .optional(),
    webhook_url: webhookUrl.optional(),
};
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(sharedFields)
    .meta({ description: 'Fields merged into every avatar; an avatar’s own value wins.' });
const avatarSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .max(255)
        .meta({
        description: 'Stable identity of the avatar in the lockfile (default: creator_name). Placeholders {stem} {name} {dir} {index} allowed.',
    })
        .optional(),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .meta({
        description: 'Name of the real person behind the avatar, 1 to 255 characters after placeholders {stem} {name} {dir} {index} are filled in.',
    }),
    lipsync_input: source,
    consent_video: source
        .meta({ description: 'Optional consent clip: one file (no glob) or one https URL, of the same kind as lipsync_input.' })
        .optional(),
    ...sharedFields,
})
    .meta({ description: 'One avatar, or one per file when lipsync_input is a glob.' });
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(MANIFEST_VERSION).meta({ description: 'Manifest format version; must be 1.' }),
    defaults: defaultsSchema.optional(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(avatarSchema).min(1).meta({ description: 'The avatars to create.' }),
})
    .meta({
    title: 'Creatify avatars manifest',
    description: 'Declares the Creatify custom avatars made from videos in this repository.',
});
/** Keys each object of the manifest accepts, for "did you mean" suggestions. */
const KNOWN_KEYS = {
    root: Object.keys(manifestSchema.shape),
    defaults: Object.keys(defaultsSchema.shape),
    avatar: Object.keys(avatarSchema.shape),
};
function manifestJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(manifestSchema, { target: 'draft-2020-12', io: 'input' });
    return { ...schema, $id: 'https://creatify-avatars.dev/schema/avatars.schema.json' };
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ sourceLabel)
/* harmony export */ });
function sourceLabel(source) {
    return source.kind === 'file' ? source.path : source.url;
}


/***/ }),

/***/ 9047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeResults),
/* harmony export */   U: () => (/* binding */ resultsDocument)
/* harmony export */ });
/* harmony import */ var _engine_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1173);
/* harmony import */ var _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1277);


function resultsDocument(result, now) {
    return {
        version: 1,
        generated_at: now.toISOString(),
        mode: result.mode,
        manifest: result.manifest,
        lockfile: result.lockfile,
        ...(result.shard ? { shard: result.shard } : {}),
        avatars: result.avatars,
        created: result.created,
        approved: (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_1__/* .idsWithStatus */ .z)(result, ['approved']),
        pending: (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_1__/* .idsWithStatus */ .z)(result, ['pending']),
        failed: (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_1__/* .idsWithStatus */ .z)(result, ['failed', 'rejected']),
        superseded: result.superseded,
        orphaned: result.orphaned,
        ...(result.quota ? { quota: result.quota } : {}),
        ...(result.incomplete ? { incomplete: result.incomplete } : {}),
    };
}
async function writeResults(file, result, now) {
    await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Zf)(file, `${JSON.stringify(resultsDocument(result, now), null, 2)}\n`);
}


/***/ }),

/***/ 6518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gJ: () => (/* binding */ headline),
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: SUMMARY_LIMIT_BYTES, avatarRows

;// CONCATENATED MODULE: ./src/report/markdown.ts
/** Markdown that renders user text as text: table cells, inline code, byte budgets. */
/** Escapes text for a GitHub-flavoured Markdown table cell (also safe inside HTML). */
function cell(text) {
    if (text === null || text === undefined || text === '')
        return '';
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/\*/g, '&#42;')
        .replace(/_/g, '&#95;')
        .replace(/\[/g, '&#91;')
        .replace(/\]/g, '&#93;')
        .replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.join(' | ')} |`);
    return `${lines.join('\n')}\n`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/summary.ts

const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** room kept for what other steps or later writes add to the same summary */
const SAFETY_BYTES = 64 * 1024;
const ACTION_LABEL = {
    create: '➕ create',
    replace: '🔁 replace',
    unchanged: '✔️ unchanged',
    skip: '⏭️ skip',
};
const STATUS_LABEL = {
    planned: 'planned',
    pending: '⏳ pending',
    approved: '✅ approved',
    failed: '❌ failed',
    rejected: '❌ rejected',
};
function headline(result) {
    const n = (action) => result.avatars.filter((a) => a.action === action).length;
    const verb = result.mode === 'plan' ? 'would' : 'did';
    if (result.mode === 'status') {
        const s = (status) => result.avatars.filter((a) => a.status === status).length;
        return `${s('approved')} approved, ${s('pending')} pending, ${s('rejected') + s('failed')} rejected or failed`;
    }
    return `${verb === 'would' ? 'A sync would create' : 'Created'} ${n('create')}, ${verb === 'would' ? 'replace' : 'replaced'} ${n('replace')}, ${n('unchanged')} unchanged`;
}
function avatarRows(avatars) {
    return avatars.map((a) => [
        cell(a.key),
        cell(a.creator_name),
        a.id ? `<code>${cell(a.id)}</code>` : '',
        ACTION_LABEL[a.action] + (a.reasons?.length ? ` (${cell(a.reasons.join(', '))})` : ''),
        STATUS_LABEL[a.status] + (a.failed_reason ? `: ${cell(a.failed_reason)}` : ''),
        cell(a.source),
    ]);
}
const HEADER = ['Key', 'Creator name', 'ID', 'Action', 'Status', 'Source'];
function renderSummary(result, limit = SUMMARY_LIMIT_BYTES - SAFETY_BYTES) {
    const title = result.mode === 'plan' ? 'Creatify avatars: plan' : result.mode === 'sync' ? 'Creatify avatars: sync' : 'Creatify avatars: status';
    const parts = [`## ${title}\n\n`, `**${headline(result)}** — manifest \`${cell(result.manifest)}\`, lockfile \`${cell(result.lockfile)}\`\n\n`];
    if (result.shard)
        parts.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
    if (result.quota) {
        const fits = result.quota.current + result.quota.planned <= result.quota.max;
        parts.push(`Quota: ${result.quota.current} of ${result.quota.max} custom avatars used; ${result.quota.planned} to create — ${fits ? 'fits' : '**does not fit**'}.\n\n`);
    }
    if (result.incomplete)
        parts.push(`> [!WARNING]\n> ${cell(result.incomplete)}\n\n`);
    const tail = [];
    if (result.superseded.length > 0) {
        tail.push(`\n**Superseded** (Creatify cannot delete; remove them in the Creatify app if unwanted):\n\n`);
        tail.push(table(['Key', 'Old ID', 'New ID'], result.superseded.map((s) => [cell(s.key), `<code>${cell(s.id)}</code>`, `<code>${cell(s.replacedBy)}</code>`])));
    }
    if (result.orphaned.length > 0) {
        tail.push(`\n**In the lockfile but no longer in the manifest** (kept; Creatify has no delete): ${result.orphaned.length}\n`);
    }
    const head = parts.join('');
    const tailText = tail.join('');
    const rows = avatarRows(result.avatars);
    const headerText = table(HEADER, []);
    let budget = limit - byteLength(head) - byteLength(tailText) - byteLength(headerText) - 300;
    const kept = [];
    for (const row of rows) {
        const line = `| ${row.join(' | ')} |\n`;
        const size = byteLength(line);
        if (size > budget)
            break;
        budget -= size;
        kept.push(line);
    }
    let body = headerText + kept.join('');
    if (kept.length < rows.length) {
        body += `\n_Showing ${kept.length} of ${rows.length} avatars to stay under GitHub's 1 MiB summary limit; the full list is in the \`avatars\` output and the results file._\n`;
    }
    return head + body + tailText;
}


/***/ }),

/***/ 7110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export createFakeClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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

/***/ 415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony export createLimit */
/**
 * A small concurrency limiter: at most `n` tasks run at once, the rest wait in order.
 * Kept here instead of a dependency because the whole need is a queue and a counter.
 */
function checkConcurrency(n) {
    if (!Number.isInteger(n) || n < 1) {
        throw new RangeError(`concurrency must be a positive integer, got ${String(n)}`);
    }
}
/** Returns a function that runs tasks with at most `n` in flight, started in call order. */
function createLimit(n) {
    checkConcurrency(n);
    let active = 0;
    const queue = [];
    const next = () => {
        active -= 1;
        const start = queue.shift();
        if (start)
            start();
    };
    return (task) => new Promise((resolve, reject) => {
        const start = () => {
            active += 1;
            // A task that throws synchronously is treated like one that rejects.
            let running;
            try {
                running = task();
            }
            catch (error) {
                running = Promise.reject(error);
            }
            running.then(resolve, reject).finally(next);
        };
        if (active < n)
            start();
        else
            queue.push(start);
    });
}
/**
 * Maps `items` through `fn` with at most `n` calls in flight; the result keeps the order
 * of `items`. On the first rejection no further items are started and that error is
 * thrown once the calls already running have settled, so no work is left dangling.
 */
async function mapLimit(items, n, fn) {
    checkConcurrency(n);
    const results = new Array(items.length);
    let nextIndex = 0;
    let failed = false;
    let firstError;
    const worker = async () => {
        while (!failed && nextIndex < items.length) {
            const index = nextIndex;
            nextIndex += 1;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                if (!failed) {
                    failed = true;
                    firstError = error;
                }
            }
        }
    };
    const workers = [];
    for (let i = 0; i < Math.min(n, items.length); i += 1)
        workers.push(worker());
    await Promise.all(workers);
    if (failed)
        throw firstError;
    return results;
}


/***/ }),

/***/ 5303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Strict parsers for inputs and flags: an invalid value is an error naming the input,
 * never a silent default.
 */

function invalid(name, value, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('INPUT_INVALID', `${name}: ${JSON.stringify(value)} is not valid; expected ${expected}`);
}
function parseBoolean(name, value) {
    const v = value.trim();
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    throw invalid(name, value, 'true or false');
}
function parseInteger(name, value, min, max) {
    const v = value.trim();
    if (!/^\d+$/.test(v))
        throw invalid(name, value, `a whole number from ${min} to ${max}`);
    const n = Number(v);
    if (n < min || n > max)
        throw invalid(name, value, `a whole number from ${min} to ${max}`);
    return n;
}
function parseEnum(name, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v))
        return v;
    throw invalid(name, value, `one of ${allowed.join(', ')}`);
}
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `90s`, `30m`, `2h`, `1h30m`, `500ms` or plain seconds; returns milliseconds. */
function parseDuration(name, value) {
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const parts = [...v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== v) {
        throw invalid(name, value, 'a duration such as 90s, 30m, 2h or a number of seconds');
    }
    let total = 0;
    for (const part of parts)
        total += Number(part[1]) * UNITS[part[2]];
    return Math.round(total);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    const s = Math.round(ms / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', sec || (!h && !m) ? `${sec}s` : ''].join('');
}
/** `i/n` with 1 <= i <= n. */
function parseShard(name, value) {
    const v = value.trim();
    if (v === '')
        return undefined;
    const match = /^(\d+)\/(\d+)$/.exec(v);
    if (!match)
        throw invalid(name, value, 'i/n, e.g. 1/4');
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || index < 1 || index > count)
        throw invalid(name, value, 'i/n with 1 <= i <= n');
    return { index, count };
}
function parseHttpUrl(name, value) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw invalid(name, value, 'an http(s) URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw invalid(name, value, 'an http(s) URL');
    return url.href.replace(/\/+$/, '');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The product's version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';


/***/ })

};

//# sourceMappingURL=311.index.js.map