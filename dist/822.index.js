export const id = 822;
export const ids = [822];
export const modules = {

/***/ 85125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   RT: () => (/* binding */ isUnknownHost),
/* harmony export */   a5: () => (/* binding */ errorFromResponse),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   hW: () => (/* binding */ isConnectFailure),
/* harmony export */   ot: () => (/* binding */ isPermanentTransportFailure),
/* harmony export */   sT: () => (/* binding */ retryAfterOf),
/* harmony export */   ur: () => (/* binding */ errorFromTransport),
/* harmony export */   xU: () => (/* binding */ systemCode)
/* harmony export */ });
/* unused harmony export formatDrfErrors */
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
function isUnknownHost(error) {
    const code = systemCode(error);
    return code !== undefined && UNKNOWN_HOST_CODES.has(code);
}
/** Failures below HTTP that no retry can change: a refused certificate, an unusable URL. */
function isPermanentTransportFailure(error) {
    const code = systemCode(error);
    return code !== undefined && (TLS_FAILURE_CODES.has(code) || INVALID_REQUEST_CODES.has(code));
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
/**
 * The AppError for a failure below HTTP: DNS, refused or reset connections, timeouts.
 * What a retry cannot change (a certificate, an unusable URL, a host that stays unknown
 * past the grace) is INPUT_INVALID: nothing was sent, and nothing retries or waits on it.
 */
function errorFromTransport(error, context) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppError */ .Y6)(error))
        return error;
    const code = systemCode(error);
    const raw = error instanceof Error ? error.message : String(error);
    const text = (0,_util_format_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(redact(raw, context.secrets), 200);
    const where = `Creatify at ${context.origin} (${context.operation})${context.proxy ? ` through the proxy ${context.proxy}` : ''}`;
    const check = context.proxy ? 'the proxy (HTTPS_PROXY or HTTP_PROXY; NO_PROXY to go direct) and api-url' : 'api-url';
    const withCode = `${text}${code && !text.includes(code) ? ` (${code})` : ''}`;
    if (code !== undefined && TIMEOUT_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('REQUEST_TIMEOUT', `Creatify at ${context.origin} did not answer in time (${context.operation}, ${code}).`, {
            cause: error,
        });
    }
    if (code !== undefined && TLS_FAILURE_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `The TLS certificate of ${where} was not accepted: ${withCode}`, {
            cause: error,
            hint: 'Check that api-url names the Creatify API host over https; a proxy that inspects TLS needs its CA in NODE_EXTRA_CA_CERTS.',
        });
    }
    if (code !== undefined && INVALID_REQUEST_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `No request could be made to ${where}: ${withCode}`, { cause: error, hint: `Check ${check}.` });
    }
    // undici's words when a proxy answers its CONNECT with anything but 200
    const refused = context.proxy ? /Proxy response \((40[37])\)/.exec(raw)?.[1] : undefined;
    if (refused) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `The proxy ${context.proxy} refused to connect to Creatify at ${context.origin} (HTTP ${refused}).`, {
            cause: error,
            hint: 'Check the proxy settings (HTTPS_PROXY or HTTP_PROXY, with credentials if it needs them; NO_PROXY to go direct).',
        });
    }
    if (isUnknownHost(error) && (context.unresolvedForMs ?? 0) >= UNKNOWN_HOST_GRACE_MS) {
        const host = new URL(context.proxy ?? context.origin).hostname;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `The host ${host} could not be resolved for ${Math.round((context.unresolvedForMs ?? 0) / 1000)} s (${code}).`, {
            cause: error,
            hint: `Check ${check} (now ${context.proxy ?? context.origin}) for a typo, and that the runner can resolve DNS names.`,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('NETWORK_ERROR', `Could not talk to ${where}: ${withCode}`, {
        cause: error,
        hint: `Check ${check} and the network access of the runner.`,
    });
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
    return (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemCode */ .xU)(error) !== undefined && !(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isPermanentTransportFailure */ .ot)(error);
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

/***/ 91441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitForApproval: () => (/* binding */ waitForApproval)
});

// UNUSED EXPORTS: ERROR_BUDGET

;// CONCATENATED MODULE: ./src/approval/interval.ts
/**
 * Poll spacing. The interval starts at the configured one and grows gently while nothing
 * changes, but never past `intervalCap`: an approval is seen at most one poll-interval
 * plus min(poll-interval, 60 s) after it happens.
 */
const GROWTH = 1.25;
/** the most the spacing may exceed the configured interval */
const MAX_EXTRA_MS = 60_000;
/** The longest spacing between two polls for a configured interval `base`. */
function intervalCap(base) {
    return base + Math.min(base, MAX_EXTRA_MS);
}
/** The spacing after a successful poll: back to `base` on any change, else a little longer. */
function nextInterval(base, current, changed) {
    if (changed)
        return base;
    return Math.min(intervalCap(base), Math.round(current * GROWTH));
}
/**
 * The spacing after `consecutiveErrors` failed polls in a row (1 = the first): the normal
 * interval, doubling per further failure, within the same cap, so a recovered API is
 * noticed as fast as an approval would be. A server's `Retry-After` is honoured up to the
 * cap too.
 */
function errorBackoff(base, consecutiveErrors, retryAfterMs) {
    const backoff = base * 2 ** Math.max(0, consecutiveErrors - 1);
    return Math.min(intervalCap(base), Math.max(backoff, retryAfterMs ?? 0));
}

// EXTERNAL MODULE: ./src/approval/poll.ts
var poll = __webpack_require__(42330);
// EXTERNAL MODULE: ./src/approval/record.ts
var record = __webpack_require__(83846);
// EXTERNAL MODULE: ./src/creatify/api-errors.ts
var api_errors = __webpack_require__(85125);
// EXTERNAL MODULE: ./src/creatify/retry.ts
var retry = __webpack_require__(96451);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(61173);
;// CONCATENATED MODULE: ./src/engine/wait.ts
/**
 * Waiting for Creatify's review against a deadline fixed before the first poll. Each poll
 * is bounded in time; a failed poll costs a backoff and a share of the error budget but
 * never ends the wait; a final state (approved, rejected, failed) does; the timeout stops
 * waiting and changes nothing on Creatify. Progress lines go in a log group; the verdict
 * is reported after the group closes, where it cannot be folded away.
 */








/** How long a poll may run past the deadline, so that the last one, at the deadline, can finish. */
const POLL_GRACE_MS = 10_000;
/** Failed polls in a row that are reported as plain lines; the next one is a warning. */
const ERROR_BUDGET = 3;
/** Codes of failures that a later poll may not see again (the network, the server, a slow answer). */
const TRANSIENT = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT', 'API_RESPONSE_INVALID']);
/** The longest a timer can be set for (setTimeout overflows beyond it). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A failure a later poll may not see again; a 4xx other than 408 and 429 will be seen every time. */
function isTransient(error) {
    if (!(0,src_errors/* isAppError */.Y6)(error))
        return false;
    return TRANSIENT.has(error.code) || (error.code === 'API_ERROR' && (0,retry/* isRetryable */.r3)(error));
}
async function waitForApproval(config, deps, store, result, options = {}) {
    const { clock, reporter } = deps;
    const tracked = result.avatars.filter((a) => a.id !== null);
    if (tracked.length === 0) {
        reporter.info('No avatar to wait for: none has a Creatify id yet.');
        return;
    }
    const start = clock.now();
    const deadline = start + config.wait.timeoutMs;
    const title = `Waiting up to ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} for Creatify to approve ${tracked.length} avatar(s), checking every ${(0,parse/* formatDuration */.a3)(config.wait.pollIntervalMs)}`;
    const loop = () => wait_poll(config, deps, store, tracked, { start, deadline, recheckAll: options.recheckAll ?? false });
    let verdict;
    if (reporter.group) {
        verdict = await reporter.group(title, loop);
    }
    else {
        reporter.info(`${title}.`);
        verdict = await loop();
    }
    conclude(verdict, config, deps, tracked, result, clock.now() - start);
}
async function wait_poll(config, deps, store, tracked, state) {
    const { clock, reporter } = deps;
    const { start, deadline } = state;
    const base = config.wait.pollIntervalMs;
    let api;
    try {
        api = deps.api();
    }
    catch (error) {
        return { kind: 'fatal', error };
    }
    let interval = base;
    let failures = 0;
    let lastError;
    // With recheckAll, the lockfile's statuses are the question, not the answer: no verdict
    // comes from them until one poll of every avatar has succeeded.
    let refreshed = !state.recheckAll;
    for (let cycle = 1;; cycle++) {
        const targets = refreshed ? underReview(tracked) : tracked;
        let changed = false;
        let failure;
        if (targets.length > 0) {
            const limitMs = Math.min(Math.max(0, deadline - clock.now()) + POLL_GRACE_MS, MAX_TIMER_MS);
            const bounded = (0,poll/* pollSignal */.G)(deps.signal, limitMs);
            try {
                const { seen, errors } = await (0,poll/* observe */.l)(api, targets.map((a) => a.id), { signal: bounded.signal });
                changed = await (0,record/* recordObserved */.I)(targets, seen, store, new Date(clock.now()));
                const firstError = errors[0];
                if (firstError) {
                    const key = targets.find((a) => a.id === firstError.id)?.key ?? firstError.id;
                    failure = new src_errors/* AppError */.uV('API_ERROR', `${errors.length} avatar(s) not checked, e.g. ${key}: ${(0,src_errors/* errorMessage */.gJ)(firstError.error)}`, { cause: firstError.error });
                }
            }
            catch (error) {
                if (deps.signal?.aborted)
                    return { kind: 'cancelled' };
                if (bounded.timedOut())
                    failure = new src_errors/* AppError */.uV('REQUEST_TIMEOUT', `the status check took longer than ${(0,parse/* formatDuration */.a3)(limitMs)}`, { cause: error });
                else if (isTransient(error))
                    failure = error;
                else
                    return { kind: 'fatal', error };
            }
            finally {
                bounded.dispose();
            }
        }
        if (failure === undefined) {
            refreshed = true;
            // the first gap, and the first after a failed poll, is the configured one; growth starts from there
            interval = cycle === 1 || failures > 0 ? base : nextInterval(base, interval, changed);
            failures = 0;
            lastError = undefined;
        }
        else {
            failures++;
            lastError = (0,src_errors/* errorMessage */.gJ)(failure);
            const hinted = (0,retry/* parseRetryAfter */.mu)((0,api_errors/* retryAfterOf */.sT)(failure), clock.now());
            interval = errorBackoff(base, failures, hinted);
            const line = `status check failed (${lastError}); the wait goes on until the deadline`;
            // a few failures in a row are routine on a long wait; a streak beyond the budget is worth one warning
            if (failures === ERROR_BUDGET + 1)
                reporter.warning(`${failures} status checks in a row failed, the last: ${lastError}; still waiting until the deadline`);
            else
                reporter.info(line);
        }
        const now = clock.now();
        const bad = tracked.filter((a) => a.status === 'rejected' || a.status === 'failed');
        const open = underReview(tracked);
        const approved = tracked.filter((a) => a.status === 'approved').length;
        const sleep = Math.max(0, Math.min(interval, deadline - now));
        const going = (!refreshed || (bad.length === 0 && open.length > 0)) && now < deadline;
        reporter.info(`[${cycle}] approved ${approved} of ${tracked.length}` +
            (open.length > 0 ? `; pending: ${names(open)}` : '') +
            (bad.length > 0 ? `; rejected or failed: ${names(bad)}` : '') +
            `; elapsed ${(0,parse/* formatDuration */.a3)(now - start)}, ${(0,parse/* formatDuration */.a3)(Math.max(0, deadline - now))} left` +
            (going ? `; next check in ${(0,parse/* formatDuration */.a3)(sleep)}` : ''));
        if (refreshed && bad.length > 0)
            return { kind: 'rejected', bad };
        if (refreshed && open.length === 0)
            return { kind: 'approved' };
        if (now >= deadline)
            return { kind: 'timeout', lastError, unchecked: !refreshed };
        try {
            await clock.sleep(sleep, deps.signal);
        }
        catch (error) {
            if ((0,src_errors/* hasCode */.up)(error, 'CANCELLED'))
                return { kind: 'cancelled' };
            throw error;
        }
    }
}
const CHECK_LATER = 'nothing was changed on Creatify; check again later with mode: status (on the command line: creatify-avatars status), e.g. from a scheduled workflow, or wait longer with a larger timeout';
function conclude(verdict, config, deps, tracked, result, elapsedMs) {
    const open = underReview(tracked);
    switch (verdict.kind) {
        case 'approved':
            deps.reporter.info(`All ${tracked.length} avatar(s) approved by Creatify after ${(0,parse/* formatDuration */.a3)(elapsedMs)}.`);
            return;
        case 'rejected':
            result.failure = (0,engine_result/* rejectionFailure */.Kp)(verdict.bad);
            return;
        case 'timeout': {
            const last = verdict.lastError ? ` (the last status check failed: ${verdict.lastError})` : '';
            const message = verdict.unchecked
                ? `timed out after ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} without one successful status check of the ${tracked.length} avatar(s)${last}; the lockfile's statuses were not refreshed`
                : `timed out after ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} with ${open.length} of ${tracked.length} avatar(s) still under review: ${names(open)}${last}`;
            result.incomplete = message;
            if (config.wait.onTimeout === 'fail')
                result.failure = { code: 'APPROVAL_TIMEOUT', message, hint: CHECK_LATER };
            else
                (result.warnings ??= []).push(`${message}; ${CHECK_LATER}`);
            return;
        }
        case 'cancelled':
            result.incomplete = `cancelled while waiting for approval, with ${open.length} avatar(s) still under review: ${names(open)}; every id is in the lockfile; check again later with mode: status (on the command line: creatify-avatars status)`;
            return;
        case 'fatal': {
            const { error } = verdict;
            if (!(0,src_errors/* isAppError */.Y6)(error))
                throw error;
            result.failure = (0,engine_result/* failureFrom */.Ju)(error, `stopped waiting for approval: ${error.message}`);
            return;
        }
    }
}
/** The avatars Creatify has not decided on yet. */
function underReview(avatars) {
    return avatars.filter((a) => a.status === 'pending' || a.status === 'planned');
}
function names(avatars) {
    const shown = avatars.slice(0, 10).map((a) => a.key);
    return shown.join(', ') + (avatars.length > 10 ? ` and ${avatars.length - 10} more` : '');
}


/***/ })

};

//# sourceMappingURL=822.index.js.map