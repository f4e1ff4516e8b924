export const id = 732;
export const ids = [732];
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

/***/ 21509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ timestampMs),
/* harmony export */   Tc: () => (/* binding */ parsePersonaPage),
/* harmony export */   Y2: () => (/* binding */ parseJsonBody),
/* harmony export */   YX: () => (/* binding */ parsePersona),
/* harmony export */   gw: () => (/* binding */ readLimitedText),
/* harmony export */   qQ: () => (/* binding */ parseCreated),
/* harmony export */   tb: () => (/* binding */ isUnparsedBody),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40104);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Parsing of Creatify answers: lenient about extra fields and documented variants (a DRF
 * page envelope around a list, nulls), strict about the fields the program relies on.
 */


function invalid(message, status, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('API_RESPONSE_INVALID', message, {
        status,
        cause,
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
/** JSON.parse with an API_RESPONSE_INVALID error naming the operation (its cause the SyntaxError). */
function isUnparsedBody(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAppError */ .Y6)(error) && error.code === 'API_RESPONSE_INVALID' && error.cause instanceof SyntaxError;
}
function parseJsonBody(text, operation, status) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const shown = text.trim() === '' ? 'an empty body' : `"${excerpt(text)}"`;
        throw invalid(`Creatify answered ${operation} with ${shown} instead of JSON.`, status, error);
    }
}
/** `[2].created_at`, `max_count`: where in the answer a problem is. */
function fieldPath(path) {
    return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}
/** `value` checked against `schema`; a mismatch is API_RESPONSE_INVALID naming the first bad field. */
function check(schema, value, what, operation, status) {
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${fieldPath(issue.path)}: ${issue.message})` : issue ? ` (${issue.message})` : '';
    throw invalid(`Creatify answered ${operation} with ${what}${where}.`, status);
}
const dateTime = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((value) => timestampMs(value) !== undefined, 'not a date-time');
/**
 * A create's answer: only the id is relied on (the name sent and our own clock fill the
 * rest). The answer of the URL create was never documented, so nothing more is required.
 * Unknown fields pass through untouched; the fields the program reads must have their
 * documented type (null accepted) rather than being silently dropped.
 */
const createdSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    // a uuid as documented; an integer id (seen from look-alike servers) is taken as its digits
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().transform(String)]),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    is_active: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().nullish(),
    process_status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    failed_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
});
/**
 * A persona from a GET or a list: also its name and creation time, documented as always
 * there, which finding a create whose answer was lost depends on.
 */
const personaSchema = createdSchema.extend({ creator_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), created_at: dateTime });
/** A GET's answer. */
function parsePersona(value, operation, status) {
    return check(personaSchema, value, 'an avatar that is not as documented', operation, status);
}
/** A create's answer; `sentName` stands in for a `creator_name` it does not echo. */
function parseCreated(value, operation, status, sentName) {
    const persona = check(createdSchema, value, 'an avatar that is not as documented', operation, status);
    return { ...persona, creator_name: persona.creator_name ?? sentName };
}
/**
 * A list answer: a bare array (documented) or `{results: [...], next}` (DRF pagination).
 * Every item must be a whole persona: one skipped could be the very avatar a lost create
 * made, and a run that cannot see it would create it again.
 */
const listSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(personaSchema);
const pageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ results: listSchema, next: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish() });
function parsePersonaPage(value, operation, status) {
    const what = 'something that is not a list of avatars as documented';
    if (Array.isArray(value))
        return { personas: check(listSchema, value, what, operation, status), next: undefined };
    const page = check(pageSchema, value, what, operation, status);
    return { personas: page.results, next: page.next || undefined };
}
/** A count: an integer, also accepted as a string of digits. */
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\s*\d+\s*$/).transform(Number)]).pipe(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0));
const countSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ max_count: count, current_count: count });
function parseCount(value, operation, status) {
    return check(countSchema, value, 'a count that is not as documented', operation, status);
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


/***/ })

};

//# sourceMappingURL=732.index.js.map