export const id = 497;
export const ids = [497,470];
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
/* harmony export */   Ae: () => (/* binding */ parseIds),
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
/**
 * The stock catalogue's ids. Nothing else of its (many) items is read, so nothing else is
 * checked: a stock avatar shaped unlike the documentation fails no import.
 */
const idsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ id: createdSchema.shape.id }));
function parseIds(value, operation, status) {
    const items = Array.isArray(value) ? value : check(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()) }), value, 'something that is not a list of avatars', operation, status).results;
    return check(idsSchema, items, 'something that is not a list of avatars', operation, status).map((item) => item.id);
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
            case 'UPLOAD_INCOMPLETE':
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

/***/ 97219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ reviewStatus)
/* harmony export */ });
function reviewStatus(persona) {
    if (persona.is_active === true)
        return 'approved';
    if (persona.process_status === 'rejected')
        return 'rejected';
    if (persona.process_status === 'failed')
        return 'failed';
    return 'pending';
}


/***/ }),

/***/ 63074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O3: () => (/* binding */ pendingIds),
/* harmony export */   RU: () => (/* binding */ neverAdopt),
/* harmony export */   kc: () => (/* binding */ entryForCreated),
/* harmony export */   sG: () => (/* binding */ knownIds)
/* harmony export */ });
/* harmony import */ var _creatify_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97219);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);


function entryForCreated(planned, persona, previous, sent, now) {
    const { avatar } = planned;
    const at = now.toISOString();
    const entry = {
        id: persona.id,
        creator_name: avatar.fields.creator_name,
        source: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabel */ .en)(avatar.lipsync),
        sha256: sent.sha256,
        size: sent.size,
        fields_digest: planned.fieldsDigest,
        status: (0,_creatify_status_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewStatus */ .n)(persona),
        created_at: at,
        updated_at: at,
    };
    if (avatar.consent) {
        entry.consent = {
            source: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabel */ .en)(avatar.consent),
            sha256: avatar.consent.kind === 'file' ? avatar.consent.sha256 : null,
            size: avatar.consent.kind === 'file' ? avatar.consent.size : null,
        };
    }
    if (persona.failed_reason)
        entry.failed_reason = persona.failed_reason;
    if (previous && previous.id !== persona.id) {
        entry.superseded = [...(previous.superseded ?? []), { id: previous.id, replaced_at: at }];
    }
    return entry;
}
/** The ids the lockfile records as under review. */
function pendingIds(avatars) {
    return Object.values(avatars).flatMap((entry) => (entry.status === 'pending' ? [entry.id] : []));
}
/**
 * The ids a lost create must never adopt: every id of the lockfile's entries, and those
 * it records as deleted or being deleted (a refused delete keeps its record after the
 * entry has gone).
 */
function neverAdopt(lock) {
    const ids = knownIds(lock.avatars);
    for (const id of Object.keys(lock.deleted ?? {}))
        ids.add(id);
    return ids;
}
function knownIds(avatars) {
    const ids = new Set();
    for (const entry of Object.values(avatars)) {
        ids.add(entry.id);
        for (const old of entry.superseded ?? [])
            ids.add(old.id);
    }
    return ids;
}


/***/ }),

/***/ 52059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mM: () => (/* binding */ planParts),
  HY: () => (/* binding */ preparePlan),
  Fo: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/files/hash.ts
var files_hash = __webpack_require__(36667);
// EXTERNAL MODULE: ./src/lock/lockfile.ts
var lockfile = __webpack_require__(58606);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/files/workspace.ts
var files_workspace = __webpack_require__(79622);
;// CONCATENATED MODULE: ./src/files/boxes.ts
/**
 * Reading ISO base media boxes (ISO/IEC 14496-12) by their headers, for video-meta.ts and
 * fragments.ts. A file that breaks the box rules throws Damaged, which they turn into a
 * message naming the file.
 */
class Damaged extends Error {
}
/**
 * The box whose header starts at `at` in `bytes` (`limit` is where its parent ends;
 * `offset` is where `bytes` starts in the file, for messages). Size 1 means a 64-bit size
 * follows the type; size 0 means "to the end of the parent".
 */
function header(bytes, at, limit, offset = 0) {
    if (at + 8 > bytes.length)
        throw new Damaged(`a box header at byte ${offset + at} is cut off`);
    const small = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    let size = small;
    let body = at + 8;
    if (small === 1) {
        if (at + 16 > bytes.length)
            throw new Damaged(`the ${type} box at byte ${offset + at} is cut off`);
        size = Number(bytes.readBigUInt64BE(at + 8));
        body = at + 16;
    }
    else if (small === 0) {
        size = limit - at;
    }
    if (size < body - at)
        throw new Damaged(`the ${type} box at byte ${offset + at} claims a size of ${size} bytes`);
    return { type, start: at, body, end: at + size };
}
function children(bytes, parent) {
    const boxes = [];
    for (let at = parent.body; at + 8 <= parent.end;) {
        const box = header(bytes, at, parent.end);
        if (box.end > parent.end)
            throw new Damaged(`the ${box.type} box inside ${parent.type} runs past it`);
        boxes.push(box);
        at = box.end;
    }
    return boxes;
}
/** Fails unless `box` holds `length` bytes of body. */
function need(box, length) {
    if (box.end - box.body < length)
        throw new Damaged(`the ${box.type} box is too short (${box.end - box.body} bytes)`);
}
/** The version of a full box: 1 means 64-bit times and durations. */
function version(bytes, box) {
    need(box, 4);
    return bytes[box.body];
}
/** The flags of a full box (the 24 bits after its version). */
function flags(bytes, box) {
    need(box, 4);
    return bytes.readUInt32BE(box.body) & 0xffffff;
}
/** A 32-bit field, or with `wide` a 64-bit one, at `at`. */
function uint(bytes, at, wide) {
    return wide ? Number(bytes.readBigUInt64BE(at)) : bytes.readUInt32BE(at);
}
/** Units a second and the length in them, of an mvhd or mdhd box (the two share their layout). */
function timing(bytes, box) {
    const v1 = version(bytes, box) === 1;
    need(box, v1 ? 32 : 20);
    const at = box.body + (v1 ? 20 : 12);
    const timescale = bytes.readUInt32BE(at);
    if (timescale === 0)
        throw new Damaged(`its ${box.type} box has a timescale of 0`);
    return { timescale, units: uint(bytes, at + 4, v1) };
}

;// CONCATENATED MODULE: ./src/files/fragments.ts
/**
 * The length of a fragmented MP4, as recorders write while recording (browsers'
 * MediaRecorder, OBS, ffmpeg's `-movflags frag_keyframe+empty_moov`): its moov holds no
 * samples, or only the first ones, and says so by an `mvex` box. The whole length is in
 * `mvex/mehd` when the writer knew it; otherwise in a `sidx` index after the moov, or only
 * in the `moof` box of each fragment, whose sample durations are added up for one track.
 * Only box headers, `sidx` and `moof` boxes are read, never the media data, and at most
 * MAX_BOXES of them: a file of more fragments has a length this reader does not know.
 */

/** top-level boxes walked after the moov: a moof and an mdat a fragment, so about 10,000 fragments */
const MAX_BOXES = 20_000;
/** a moof lists its samples: a few KiB for a fragment of seconds; more is a damaged file */
const MAX_MOOF_BYTES = 16 * 1024 * 1024;
class Unknown extends Error {
}
/**
 * What the moov of a fragmented file (its `mvex` box given) says of its length: the seconds
 * from mehd when it is there, else the track to add the fragments of (`trak`, the children
 * of the first video track's trak box, else of the first track's; none: the moov's seconds).
 */
function fragmentedMoov(bytes, mvex, movie, trak) {
    const boxes = children(bytes, mvex);
    const mehd = boxes.find((b) => b.type === 'mehd');
    if (mehd) {
        const v1 = version(bytes, mehd) === 1;
        need(mehd, v1 ? 12 : 8);
        const units = uint(bytes, mehd.body + 4, v1);
        // some writers leave 0 where they did not know the length yet
        if (units > 0)
            return { seconds: units / movie.timescale };
    }
    const tkhd = trak?.find((b) => b.type === 'tkhd');
    const mdia = trak?.find((b) => b.type === 'mdia');
    const mdhd = mdia && children(bytes, mdia).find((b) => b.type === 'mdhd');
    if (!tkhd || !mdhd)
        return { seconds: movie.units / movie.timescale };
    need(tkhd, 24);
    const id = bytes.readUInt32BE(tkhd.body + (version(bytes, tkhd) === 1 ? 20 : 12));
    const trex = boxes.find((b) => b.type === 'trex' && b.end - b.body >= 16 && bytes.readUInt32BE(b.body + 4) === id);
    // 0 is no duration a sample can have: the writer did not set one
    const defaultDuration = trex ? bytes.readUInt32BE(trex.body + 12) || undefined : undefined;
    return { id, ...timing(bytes, mdhd), defaultDuration };
}
/**
 * Adds up the fragments that follow the moov (its end at `from`) in a file of `size` bytes.
 * A sidx counts for the fragments it indexes, which are then skipped; a box cut off by the
 * end of the file ends the count there, as a player stops there.
 */
async function fragmentsLength(at, from, size, track) {
    let seconds = 0;
    let units = track.units;
    let walked = 0;
    try {
        for (let position = from; position + 8 <= size; walked += 1) {
            if (walked === MAX_BOXES)
                throw new Unknown(`more than ${MAX_BOXES} boxes follow its moov, too many to add up`);
            const box = header(await at(position, Math.min(16, size - position)), 0, size - position, position);
            const end = position + (box.end - box.start);
            if (end > size)
                break;
            if (box.type === 'moof' || box.type === 'sidx') {
                if (end - position > MAX_MOOF_BYTES)
                    throw new Unknown(`its ${box.type} box at byte ${position} is ${end - position} bytes long`);
                const bytes = await at(position, end - position);
                const whole = header(bytes, 0, bytes.length, position);
                if (box.type === 'moof') {
                    units += moofUnits(bytes, whole, track);
                }
                else {
                    const index = sidx(bytes, whole);
                    seconds += index.seconds;
                    position = end + index.bytes;
                    continue;
                }
            }
            position = end;
        }
    }
    catch (error) {
        if (error instanceof Unknown)
            return { unknown: error.message };
        throw error;
    }
    return { seconds: seconds + units / track.timescale };
}
/** The seconds a sidx indexes, and the bytes it indexes after its own end. */
function sidx(bytes, box) {
    const v1 = version(bytes, box) === 1;
    // reference id and timescale, earliest presentation time and first offset, reserved and count
    const refs = box.body + (v1 ? 32 : 24);
    need(box, refs - box.body);
    const timescale = bytes.readUInt32BE(box.body + 8);
    if (timescale === 0)
        throw new Damaged('its sidx box has a timescale of 0');
    const count = bytes.readUInt16BE(refs - 2);
    need(box, refs - box.body + 12 * count);
    let indexed = uint(bytes, box.body + (v1 ? 20 : 16), v1);
    let units = 0;
    for (let at = refs; at < refs + 12 * count; at += 12) {
        indexed += bytes.readUInt32BE(at) & 0x7fffffff;
        units += bytes.readUInt32BE(at + 4);
    }
    return { seconds: units / timescale, bytes: indexed };
}
/** The units the samples of `track` in one moof last. */
function moofUnits(bytes, moof, track) {
    let units = 0;
    for (const traf of children(bytes, moof).filter((b) => b.type === 'traf')) {
        const boxes = children(bytes, traf);
        const tfhd = boxes.find((b) => b.type === 'tfhd');
        if (!tfhd)
            throw new Damaged('a traf box has no tfhd box');
        need(tfhd, 8);
        if (bytes.readUInt32BE(tfhd.body + 4) !== track.id)
            continue;
        const set = flags(bytes, tfhd);
        let fallback = track.defaultDuration;
        if (set & 0x8) {
            // after the base data offset and the sample description index, when present
            const at = tfhd.body + 8 + (set & 0x1 ? 8 : 0) + (set & 0x2 ? 4 : 0);
            need(tfhd, at + 4 - tfhd.body);
            fallback = bytes.readUInt32BE(at);
        }
        for (const trun of boxes.filter((b) => b.type === 'trun'))
            units += trunUnits(bytes, trun, fallback);
    }
    return units;
}
function trunUnits(bytes, trun, fallback) {
    const set = flags(bytes, trun);
    need(trun, 8);
    const count = bytes.readUInt32BE(trun.body + 4);
    if (!(set & 0x100)) {
        if (fallback === undefined)
            throw new Unknown('its fragments do not say how long their samples last');
        return count * fallback;
    }
    // after the data offset and the first sample's flags, each sample's duration, size, flags
    // and composition offset, each when flagged
    const first = trun.body + 8 + (set & 0x1 ? 4 : 0) + (set & 0x4 ? 4 : 0);
    const stride = 4 * [0x100, 0x200, 0x400, 0x800].filter((bit) => set & bit).length;
    need(trun, first - trun.body + count * stride);
    let units = 0;
    for (let at = first; at < first + count * stride; at += stride)
        units += bytes.readUInt32BE(at);
    return units;
}

;// CONCATENATED MODULE: ./src/files/video-meta.ts
/**
 * What an MP4/QuickTime file's `moov` box says about the clip: its duration, whether it
 * has a video and an audio track, and the video's size as stored and as shown once the
 * track's rotation is applied. The top-level boxes are walked by their headers, wherever
 * the `moov` is (before the media data, or after it as phones write it); only the `moov`
 * itself is read, never the `mdat`. A fragmented file's length is read as fragments.ts says.
 *
 * Hand-written rather than GPAC's mp4box.js (2.4.1), measured on this job: parse the
 * `ftyp`+`moov` of 10,000 clips with a video and an audio track, Node 20, 2 shared cores:
 *   this walker   2.9 µs per file; 4.9 KiB of JavaScript in dist/ (10.5 KiB with the
 *                 fragmented-file reader, which an unfragmented file never enters)
 *   mp4box        137-144 µs per file (it builds every box as a full parser does, and its
 *                 getInfo() throws on a track without a sample description); its import
 *                 alone bundles to 322 KB with ncc, more than dist/index.js 16 times over
 * On the 10,000-file plan mp4box alone would take about 1.4 s, more than the whole plan
 * took before (0.84 s, against a target of 1.5x sha256sum's 0.69 s), and its bundle would
 * be loaded by every run. The boxes read here (mvhd, tkhd, hdlr) have kept their layout
 * since the first edition of ISO/IEC 14496-12. docs/performance.md has the figures.
 */


/** a moov is a few hundred KiB for an hour of video; more is a damaged or hostile file */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;
const REEXPORT_HINT = 'export or copy the clip again from its source; a recording that was cut off has no moov box';
/** Width, height (16.16 fixed point) and the clockwise rotation of the track matrix, in whole quarter turns. */
function trackSize(bytes, tkhd) {
    need(tkhd, 4);
    const v1 = bytes[tkhd.body] === 1;
    // version/flags, times, track id, reserved, duration, reserved, layer, group, volume, reserved
    const matrix = tkhd.body + (v1 ? 52 : 40);
    need(tkhd, matrix - tkhd.body + 44);
    const a = bytes.readInt32BE(matrix);
    const b = bytes.readInt32BE(matrix + 4);
    const degrees = Math.round((Math.atan2(b, a) * 180) / Math.PI / 90) * 90;
    return {
        width: Math.round(bytes.readUInt32BE(matrix + 36) / 0x10000),
        height: Math.round(bytes.readUInt32BE(matrix + 40) / 0x10000),
        rotation: (degrees + 360) % 360,
    };
}
/**
 * The meaning of a `moov` box held in `bytes` from offset 0; `fragments` is set when the
 * file is fragmented and its moov does not say how long it is.
 */
function parseMoov(bytes) {
    const moov = header(bytes, 0, bytes.length);
    if (moov.end > bytes.length)
        throw new Damaged('the moov box is cut off');
    let movie;
    let mvex;
    let video = null;
    let audio = false;
    // the track whose fragments give the length of a fragmented file: the first video track, else the first
    let firstVideo;
    let firstTrack;
    for (const box of children(bytes, moov)) {
        if (box.type === 'mvhd')
            movie = timing(bytes, box);
        if (box.type === 'mvex')
            mvex = box;
        if (box.type !== 'trak')
            continue;
        const trak = children(bytes, box);
        const tkhd = trak.find((b) => b.type === 'tkhd');
        const mdia = trak.find((b) => b.type === 'mdia');
        const hdlr = mdia && children(bytes, mdia).find((b) => b.type === 'hdlr');
        if (!hdlr)
            continue;
        need(hdlr, 12);
        const handler = bytes.toString('latin1', hdlr.body + 8, hdlr.body + 12);
        firstTrack ??= trak;
        if (handler === 'soun')
            audio = true;
        if (handler === 'vide')
            firstVideo ??= trak;
        if (handler === 'vide' && video === null && tkhd)
            video = trackSize(bytes, tkhd);
    }
    if (movie === undefined)
        throw new Damaged('its moov box has no mvhd box');
    const meta = { duration: movie.units / movie.timescale, video, audio };
    if (mvex === undefined)
        return { meta };
    const length = fragmentedMoov(bytes, mvex, movie, firstVideo ?? firstTrack);
    return 'seconds' in length ? { meta: { ...meta, duration: length.seconds } } : { meta, fragments: length };
}
/**
 * Walks the top-level boxes of a file of `size` bytes and parses its `moov`, and for a
 * fragmented file the fragments after it. `head` holds the file's first bytes when the
 * caller has them already; `readAt` fetches the rest.
 */
async function readVideoMeta(head, size, readAt, name) {
    const at = async (position, length) => position + length <= head.length ? head.subarray(position, position + length) : readAt(position, length);
    try {
        for (let position = 0; position + 8 <= size;) {
            const bytes = await at(position, Math.min(16, size - position));
            const box = header(bytes, 0, size - position, position);
            const end = position + (box.end - box.start);
            if (box.type === 'moov') {
                if (end > size) {
                    return { ok: false, message: `${name} is truncated: its moov box claims ${end - position} bytes, but only ${size - position} remain`, hint: REEXPORT_HINT };
                }
                if (end - position > MAX_MOOV_BYTES)
                    return { ok: false, message: `${name} has a moov box of ${end - position} bytes, more than a video's index can be`, hint: REEXPORT_HINT };
                const moov = await at(position, end - position);
                if (moov.length < end - position)
                    return { ok: false, message: `${name} changed while it was read`, hint: 'run again once the file is written' };
                const { meta, fragments } = parseMoov(moov);
                if (!fragments)
                    return { ok: true, meta };
                const length = await fragmentsLength(at, end, size, fragments);
                return { ok: true, meta: 'seconds' in length ? { ...meta, duration: length.seconds } : { ...meta, durationUnknown: length.unknown } };
            }
            position = end;
        }
        return { ok: false, message: `${name} has no moov box, the index a player needs: it is incomplete or damaged`, hint: REEXPORT_HINT };
    }
    catch (error) {
        if (!(error instanceof Damaged))
            throw error;
        return { ok: false, message: `${name} is damaged: ${error.message}`, hint: REEXPORT_HINT };
    }
}
/** The size a player shows: a quarter turn swaps the stored sides. */
function shownSize(video) {
    return video.rotation % 180 === 90 ? { width: video.height, height: video.width } : { width: video.width, height: video.height };
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
;// CONCATENATED MODULE: ./src/manifest/checks.ts



/** Clips Creatify's review is reported to accept: 15 s to 5 min, with speech. */
const DEFAULTS = { minDuration: 15, maxDuration: 300, audio: true, minHeight: null };
function seconds(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (value === null)
        return null;
    return typeof value === 'number' ? value : (0,parse/* parseDuration */.E9)(name, value) / 1000;
}
function resolveChecks(checks, source) {
    const resolved = {
        minDuration: seconds('checks.min_duration', checks?.min_duration, DEFAULTS.minDuration),
        maxDuration: seconds('checks.max_duration', checks?.max_duration, DEFAULTS.maxDuration),
        audio: checks?.audio === undefined ? DEFAULTS.audio : checks.audio === true,
        minHeight: checks?.min_height === undefined ? DEFAULTS.minHeight : checks.min_height,
    };
    const { minDuration: min, maxDuration: max } = resolved;
    if (min !== null && max !== null && min > max) {
        const blamed = checks?.min_duration === undefined ? 'max_duration' : 'min_duration';
        return {
            checks: resolved,
            problems: [
                {
                    message: `checks.min_duration (${(0,model/* formatSeconds */.Xo)(min, true)}) is longer than checks.max_duration (${(0,model/* formatSeconds */.Xo)(max, true)}): no clip could pass`,
                    location: source.locate(['checks', blamed]),
                    path: `checks.${blamed}`,
                    hint: 'make min_duration shorter than max_duration, or set one of them to null',
                },
            ],
        };
    }
    return { checks: resolved, problems: [] };
}
const RANGE_HINT = "Creatify's review is reported to take clips of 15 s to 5 min: trim or re-record the clip, or change checks in the manifest";
/** What a lipsync clip fails of `checks`; empty when it passes. */
function checkLipsync(name, meta, checks) {
    const failures = [];
    if (meta.video === null)
        failures.push(noVideo(name));
    const length = (0,model/* formatSeconds */.Xo)(meta.duration);
    if (meta.durationUnknown !== undefined && (checks.minDuration !== null || checks.maxDuration !== null)) {
        // whether Creatify takes a fragmented MP4 is not known either: a plain one is safe on both counts
        failures.push({
            message: `${name} is a fragmented MP4 whose length cannot be read (${meta.durationUnknown}), so checks.min_duration and checks.max_duration cannot be checked`,
            hint: 'remux it into a plain MP4, which states its length: `ffmpeg -i in.mp4 -c copy -movflags +faststart out.mp4`; or set checks.min_duration and checks.max_duration to null to send it unchecked',
        });
    }
    else if (checks.minDuration !== null && meta.duration < checks.minDuration) {
        failures.push({
            message: `${name} is ${length} long; checks need at least ${(0,model/* formatSeconds */.Xo)(checks.minDuration, true)} (checks.min_duration)`,
            hint: RANGE_HINT,
        });
    }
    else if (checks.maxDuration !== null && meta.duration > checks.maxDuration) {
        failures.push({
            message: `${name} is ${length} long; checks allow at most ${(0,model/* formatSeconds */.Xo)(checks.maxDuration, true)} (checks.max_duration)`,
            hint: RANGE_HINT,
        });
    }
    if (checks.audio && !meta.audio) {
        failures.push({
            message: `${name} has no audio track; checks need one (checks.audio): the avatar learns its lip movements from the speech`,
            hint: 'use a clip recorded with sound, or set checks.audio: false if Creatify should take it anyway',
        });
    }
    if (checks.minHeight !== null && meta.video !== null) {
        const shown = shownSize(meta.video);
        const shorter = Math.min(shown.width, shown.height);
        if (shorter < checks.minHeight) {
            const rotated = meta.video.rotation === 0 ? '' : ` (stored ${meta.video.width}x${meta.video.height}, rotated ${meta.video.rotation}°)`;
            failures.push({
                message: `${name} is ${shown.width}x${shown.height}${rotated}, its shorter side ${shorter} px; checks need at least ${checks.minHeight} px (checks.min_height)`,
                hint: 'use a clip of a higher resolution, or lower checks.min_height',
            });
        }
    }
    return failures;
}
/** A consent clip only has to be a real video. */
function checkConsent(name, meta) {
    return meta.video === null ? [noVideo(name)] : [];
}
function noVideo(name) {
    return { message: `${name} has no video track (it holds only sound or other data)`, hint: 'name the video file itself' };
}

// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(32693);
;// CONCATENATED MODULE: ./src/files/inspect.ts
/**
 * Tells a real MP4/QuickTime video from the things that commonly sit in its place in a
 * repository: an empty file, a Git LFS pointer, an HTML error page saved as `.mp4`; then
 * reads what its `moov` box says (video-meta.ts). Only the first bytes and the `moov` are
 * read (and a fragmented file's moof boxes), so this is cheap enough to run on every file
 * of a plan.
 */





/** Git LFS pointers are at most 1024 bytes by specification; the text checks look at that much. */
const HEAD_BYTES = 1024;
/** read first when only checking: a moov written before the media data is usually within it */
const FIRST_READ_BYTES = 64 * 1024;
const LFS_PREFIX = 'version https://git-lfs.github.com/spec/v1';
const LFS_HINT = 'use actions/checkout with `lfs: true`, or run `git lfs pull` locally';
const NOT_ISO = 'is not an MP4/QuickTime video (no ftyp box at byte 4)';
/** Top-level atoms an old QuickTime movie may start with, before `ftyp` existed. */
const OLD_QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);
const REMUX_HINT = 're-save it as MP4, e.g. `ffmpeg -i input -c copy output.mp4`';
function fail(message, hint) {
    return hint === undefined ? { ok: false, message } : { ok: false, message, hint };
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
    const real = size === undefined ? 'an unknown size' : (0,format/* formatBytes */.z)(Number(size));
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
/** Reads at a position of an open file, blocking: the checks run in the plan, when nothing else does. */
function readAtFd(fd) {
    return async (position, length) => {
        const buffer = Buffer.allocUnsafe(length);
        return buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, length, position));
    };
}
/**
 * Checks that `absolutePath` holds an ISO base media file (MP4 or QuickTime) and returns
 * its size, content type and what its `moov` says. `name` is how the file is shown in
 * messages (its manifest path). The plan's check when it does not hash: its reads block,
 * as the plan's hashing does (files/hash.ts, `blocking`), for nothing else runs then.
 */
function inspectVideo(absolutePath, name = absolutePath) {
    return (0,files_hash/* withReadBuffer */.vm)(async (buffer) => {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(absolutePath, 'r');
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            const head = buffer.subarray(0, Math.min(size, FIRST_READ_BYTES));
            const bytesRead = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            // the checks keep nothing of the head: the buffer goes back when they are done
            return await withMeta(head.subarray(0, bytesRead), size, name, readAtFd(fd));
        }
        catch (error) {
            return fail(`${name} cannot be read: ${(0,errors/* errnoCode */.UK)(error) ?? String(error)}`);
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
    });
}
/**
 * The same on the first bytes of a file (the whole file when shorter) already in memory,
 * for callers that read the file anyway: the file is opened again only when its `moov`
 * lies beyond `head`.
 */
async function inspectHead(head, size, name, absolutePath) {
    let fd;
    try {
        return await withMeta(head, size, name, (position, length) => readAtFd((fd ??= (0,external_node_fs_.openSync)(absolutePath, 'r')))(position, length));
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
async function withMeta(head, size, name, readAt) {
    const container = inspectContainer(head.subarray(0, HEAD_BYTES), size, name);
    if (!container.ok)
        return container;
    const meta = await readVideoMeta(head, size, readAt, name);
    return meta.ok ? { ...container, meta: meta.meta } : meta;
}
/** The container checks on the first bytes of a file (at least 1 KiB, or the whole file when shorter). */
function inspectContainer(head, size, name) {
    if (size === 0)
        return fail(`${name} is empty`, 'is the file committed with its content?');
    if (head.toString('latin1', 0, LFS_PREFIX.length) === LFS_PREFIX) {
        return describeLfsPointer(name, head.toString('utf8'), size);
    }
    if (head.length < 8 || head.toString('latin1', 4, 8) !== 'ftyp') {
        if (size < 8)
            return fail(`${name} ${NOT_ISO}; it is only ${(0,format/* formatBytes */.z)(size)} long`);
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

// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(50415);
;// CONCATENATED MODULE: ./src/manifest/files.ts
/**
 * Checks every local video the resolved avatars name: inside the workspace after links,
 * a real MP4/QuickTime file, not empty, not a Git LFS pointer, a lipsync clip within the
 * manifest's `checks` and a consent clip with a video track; then hashes it by streaming.
 * Each file is read once however many avatars name it.
 */







async function checkFiles(avatars, source, workspace, options) {
    const paths = new Set();
    // a path is hashed now unless every avatar naming it defers it, as its lipsync video
    const hashNow = new Set();
    for (const avatar of avatars) {
        if (avatar.lipsync.kind === 'file') {
            paths.add(avatar.lipsync.path);
            if (!options.deferHash)
                hashNow.add(avatar.lipsync.path);
        }
        if (avatar.consent?.kind === 'file') {
            paths.add(avatar.consent.path);
            hashNow.add(avatar.consent.path);
        }
    }
    const list = [...paths];
    const cache = new Map();
    const results = await (0,limit/* mapLimit */.s)(list, options.concurrency ?? files_hash/* HASH_CONCURRENCY */.T$, (p) => checkOne(workspace, p, cache, hashNow.has(p)));
    const byPath = new Map(list.map((p, i) => [p, results[i]]));
    const problems = [];
    const reported = new Set();
    const resolved = [];
    for (const avatar of avatars) {
        const take = (pending, manifestPath, check) => {
            if (pending.kind === 'url')
                return pending; // not downloaded, so not checked
            const result = byPath.get(pending.path);
            const failures = result.ok ? check(result.source.path, result.meta) : [result];
            if (result.ok && failures.length === 0)
                return result.source;
            const id = `${pending.path}\u0000${manifestPath.join('.')}`;
            if (!reported.has(id)) {
                reported.add(id);
                for (const failure of failures) {
                    problems.push({
                        message: failure.message,
                        location: source.locate(manifestPath),
                        path: `avatars[${avatar.entry}].${String(manifestPath[manifestPath.length - 1])}`,
                        ...(failure.hint ? { hint: failure.hint } : {}),
                    });
                }
            }
            return undefined;
        };
        const lipsync = take(avatar.lipsync, avatar.lipsyncPath, (name, meta) => checkLipsync(name, meta, options.checks));
        const consent = avatar.consent ? take(avatar.consent, avatar.consentPath, checkConsent) : undefined;
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
async function checkOne(workspace, manifestPath, cache, hash) {
    const place = await (0,files_workspace/* resolveInWorkspace */.z1)(workspace, manifestPath, cache);
    if (!place.ok)
        return { ok: false, message: place.problem, ...(place.hint ? { hint: place.hint } : {}) };
    let inspection;
    let hashed;
    if (!hash) {
        inspection = await inspectVideo(place.realPath, place.relative);
    }
    else {
        try {
            ({ check: inspection, hash: hashed } = await (0,files_hash/* checkAndHashFile */.wQ)(place.realPath, (head, length) => inspectHead(head, length, place.relative, place.realPath)));
        }
        catch (error) {
            return { ok: false, message: `${place.relative} cannot be read: ${(0,errors/* errnoCode */.UK)(error) ?? String(error)}` };
        }
    }
    if (!inspection.ok)
        return { ok: false, message: inspection.message, ...(inspection.hint ? { hint: inspection.hint } : {}) };
    // checked and hashed: the size is the bytes hashed; checked only: the size on disk
    return {
        ok: true,
        source: {
            kind: 'file',
            path: place.relative,
            absolutePath: place.realPath,
            size: hashed?.size ?? inspection.size,
            sha256: hashed?.sha256 ?? null,
            contentType: inspection.contentType,
            duration: inspection.meta.durationUnknown === undefined ? inspection.meta.duration : null,
            resolution: inspection.meta.video && { ...shownSize(inspection.meta.video), rotation: inspection.meta.video.rotation },
        },
        meta: inspection.meta,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/django-url.ts
var django_url = __webpack_require__(33005);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/manifest/glob.ts




const GLOB_CHARS = /[*?[\]]/;
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
async function expandGlob(workspace, pattern) {
    const { base, glob } = picomatch_default().scan(pattern);
    if (glob === '')
        return [];
    // The walk enters no linked directory, but the base itself may be reached through one.
    // (A base that cannot be resolved is left to the walk: it matches nothing.)
    if ((await (0,files_workspace/* realPathOutside */.rZ)(workspace, external_node_path_.join(workspace, base)).catch(() => null)) !== null) {
        throw new Error(`its directory ${base} leads outside the repository (a symbolic link), so it is not searched`);
    }
    const matches = picomatch_default()(glob, { dot: true });
    // without `**`, a match lies exactly as many levels below the base as the glob has
    const depth = glob.includes('**') ? Infinity : glob.split('/').length;
    const found = [];
    const walk = (dir, level) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_.join(workspace, base, dir), { withFileTypes: true });
        }
        catch {
            return; // a missing base is a glob that matches nothing
        }
        for (const entry of entries) {
            const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isDirectory()) {
                // git's own store holds no videos of the manifest, only thousands of directories
                if (level < depth && !(entry.name === '.git' && dir === '' && base === ''))
                    walk(relative, level + 1);
            }
            else if ((entry.isFile() || (entry.isSymbolicLink() && !linksToDirectory(external_node_path_.join(workspace, base, relative)))) && matches(relative)) {
                found.push(base === '' ? relative : `${base}/${relative}`);
            }
        }
    };
    walk('', 1);
    // no path twice: each directory is walked once, by its one path, and links to directories not at all
    return found.sort(comparePaths);
}
/** A linked directory is skipped like a directory; a dangling or looping link is kept, to be named. */
function linksToDirectory(link) {
    try {
        return (0,external_node_fs_.statSync)(link).isDirectory();
    }
    catch {
        return false;
    }
}
/** Byte-wise order, the same on every machine and locale. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(46470);
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
/**
 * From a validated manifest to resolved avatars: defaults merged, URLs told from paths,
 * globs expanded, placeholders filled, keys checked for uniqueness. File contents are
 * checked afterwards (files.ts) so that all problems of a manifest are reported at once.
 */






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
        // checked as sent: in the normal form, an international host already in punycode
        const refused = (0,django_url/* urlProblem */.r)(url.href, ['https']);
        if (refused !== undefined)
            return { problem: `is not a URL Creatify accepts: it ${refused}`, hint: django_url/* URL_RULES */.I };
        return { kind: 'url', url };
    }
    const posix = raw.replace(/\\/g, '/');
    const segments = posix.split('/');
    if (segments.includes('..')) {
        const escapes = external_node_path_.posix.normalize(posix).split('/')[0] === '..';
        return {
            problem: escapes ? `leads outside the repository (${raw})` : `contains ".." (${raw})`,
            hint: escapes ? 'videos must be inside the repository; ".." is not allowed' : `write the path without "..": ${external_node_path_.posix.normalize(posix)}`,
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
            // a value the avatar takes from defaults is blamed on defaults, once
            if (!(field in raw) && field in defaults) {
                const where = `defaults.${field}`;
                if (!problems.some((p) => p.path === where && p.message === `${where} ${message}`)) {
                    problems.push({ message: `${where} ${message}`, location: source.locate(['defaults', field]), path: where, ...(hint ? { hint } : {}) });
                }
                return;
            }
            const path = [...base, field];
            problems.push({ message: `avatars[${entry}].${field} ${message}`, location: source.locate(path), path: `avatars[${entry}].${field}`, ...(hint ? { hint } : {}) });
        };
        for (const field of schema/* REQUIRED_AFTER_DEFAULTS */._4) {
            if (merged[field] !== undefined)
                continue;
            problems.push({
                message: `avatars[${entry}] has no ${field}: Creatify requires it for every avatar`,
                location,
                path: `avatars[${entry}]`,
                hint: `set ${field === 'gender' ? 'gender: m, f or nb' : 'video_scene (one word for the backdrop, e.g. office)'} on the avatar, or once in defaults: for all avatars`,
            });
        }
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
        else if (isGlob(lipsync.path) && !(0,external_node_fs_.existsSync)(external_node_path_.join(workspace, lipsync.path))) {
            // (a file whose name really holds [ ] * or ? is named as it is, not matched as a glob)
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
            if (match.source.kind === 'file' && CONTROL.test(match.source.path)) {
                // it would be written into logs, where a line break could start a workflow command
                problem('lipsync_input', `names a file whose name holds a control character: ${JSON.stringify(match.source.path)}`, 'rename the file');
                break;
            }
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
/** C0 and C1 control characters, DEL included. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Fills the placeholders of the text fields. Each value is trimmed as Creatify trims it
 * (a file name can bring spaces into "{stem}"), then checked: not blank, at most 255
 * characters. JavaScript's trim leaves nothing Python's strip would take, once control
 * characters are refused, so what is sent is exactly what Creatify stores.
 */
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
        if (CONTROL.test(result.value)) {
            // names are written into logs, where a line break could start a workflow command
            return { field, message: `holds a control character (a line break, tab or the like): ${JSON.stringify(result.value)}`, hint: 'use plain text on one line' };
        }
        const value = result.value.trim();
        if (value === '')
            return { field, message: 'is empty after placeholders are filled in and surrounding spaces trimmed', hint: 'use {stem} or {name}, or plain text' };
        const length = [...value].length;
        if (length > 255)
            return { field, message: `is too long: at most 255 characters, found ${length}` };
        return value;
    };
    const creatorName = fill('creator_name', avatar.creator_name);
    if (typeof creatorName !== 'string')
        return creatorName;
    // the key is the product's own, but trimmed alike, so that it names the avatar the
    // same way whether it is given or taken from creator_name
    const key = avatar.key === undefined ? creatorName : fill('key', avatar.key);
    if (typeof key !== 'string')
        return key;
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
    // one glob giving one key to many files is one problem, not one per file
    const withinEntry = new Map();
    const describe = (a) => `avatars[${a.entry}] (line ${a.location.line}${a.lipsync.kind === 'file' ? `, ${a.lipsync.path}` : ''})`;
    for (const avatar of avatars) {
        const first = seen.get(avatar.key);
        if (!first) {
            seen.set(avatar.key, avatar);
            continue;
        }
        if (first.entry === avatar.entry) {
            const group = withinEntry.get(avatar.key) ?? { first, count: 1 };
            group.count += 1;
            withinEntry.set(avatar.key, group);
            continue;
        }
        problems.push({
            message: `duplicate avatar key "${avatar.key}": ${describe(avatar)} has the same key as ${describe(first)}`,
            location: avatar.location,
            path: `avatars[${avatar.entry}]`,
            hint: 'give each avatar a unique creator_name or an explicit key (a glob can use {stem} in it)',
        });
    }
    for (const [key, { first, count }] of withinEntry) {
        problems.push({
            message: `duplicate avatar key "${key}": the ${count} files avatars[${first.entry}] matches all get this key`,
            location: first.location,
            path: `avatars[${first.entry}]`,
            hint: 'use {stem} or {name} in creator_name or key, so that each file gets its own',
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(37406);
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
    if (path[0] === 'checks')
        return schema/* KNOWN_KEYS */.B.checks;
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
                const suggestion = (0,suggest/* closest */.k)(key, known);
                const keyPath = [...path, key];
                return {
                    message: `unknown key "${key}" in ${where}`,
                    path: formatPath(keyPath),
                    location: source.locate(keyPath, { key: true }),
                    hint: key === '<<'
                        ? 'YAML merge keys (<<) are not read; put the values avatars share in defaults:'
                        : suggestion
                            ? `did you mean "${suggestion}"?`
                            : `allowed keys: ${known.join(', ')}`,
                };
            });
        }
        case 'invalid_value': {
            if (path.length === 1 && path[0] === 'version') {
                if (found === undefined) {
                    return [{ message: 'the manifest has no "version" key', path: where, location, hint: 'add "version: 1" as its first line' }];
                }
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
            const quote = issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean');
            return [
                {
                    message: `${where} must be ${article(issue.expected)}, not ${describe(found)}`,
                    path: where,
                    location,
                    // YAML reads 2026, 1e3 or yes as a number or a boolean
                    ...(quote ? { hint: `quote it to keep it text: "${String(found)}"` } : {}),
                },
            ];
        }
        case 'too_big': {
            // limits apply to text as Creatify stores it: trimmed
            const size = typeof found === 'string' ? `${[...found.trim()].length} characters` : Array.isArray(found) ? `${found.length} items` : String(found);
            const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
            return [{ message: `${where} is too long: at most ${String(issue.maximum)}${unit}, found ${size}`, path: where, location }];
        }
        case 'too_small': {
            if (issue.origin === 'string') {
                if (typeof found === 'string' && found !== '') {
                    return [{ message: `${where} is blank: Creatify trims surrounding spaces, which leaves nothing`, path: where, location, hint: 'give it a value, or leave it out' }];
                }
                return [{ message: `${where} must not be empty`, path: where, location }];
            }
            if (issue.origin === 'array')
                return [{ message: `${where} must list at least ${String(issue.minimum)} item(s)`, path: where, location }];
            return [{ message: `${where} is too small: at least ${String(issue.minimum)}`, path: where, location }];
        }
        case 'custom': {
            if (issue.params?.url !== true)
                break;
            if (typeof found === 'string' && !/^https:\/\//i.test(found.trim())) {
                return [{ message: `${where} must be an https URL, not ${describe(found)}`, path: where, location, hint: 'Creatify only calls https webhooks; use https://…' }];
            }
            return [
                {
                    message: `${where} is not a URL Creatify accepts: it ${issue.message}`,
                    path: where,
                    location,
                    hint: django_url/* URL_RULES */.I,
                },
            ];
        }
    }
    return [{ message: `${where}: ${issue.message}`, path: where, location }];
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
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/manifest/yaml-source.ts
/**
 * The manifest's YAML, parsed once with positions kept, so that every later error can
 * point at the line and column of the value (or key) it is about.
 */

/** The most alias expansion a manifest may use (see `maxAliasCount` of yaml's toJS). */
const MAX_ALIAS_EXPANSION = 100_000;
/**
 * Where an unclosed quote opens. YAML reports it at the end of the file (a quoted string
 * may span lines); the first line with an odd number of such quotes is where it began.
 */
function unclosedQuote(code, message, text, at) {
    if (code !== 'MISSING_CHAR' || !/quote/i.test(message))
        return undefined;
    const quote = message.includes("'") ? "'" : '"';
    let offset = 0;
    for (const line of text.split('\n')) {
        const content = line.replace(/\\./g, '');
        if ((content.split(quote).length - 1) % 2 === 1)
            return at(offset + line.indexOf(quote));
        offset += line.length + 1;
    }
    return undefined;
}
/** A YAML error in words a manifest's author can act on. */
function yamlProblem(code, message, location, source) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return { message: `invalid YAML: the key ${JSON.stringify(source.split(':')[0]?.trim() || '?')} appears twice in one mapping`, location, hint: 'keep one of them' };
        case 'MULTIPLE_DOCS':
            return { message: 'invalid YAML: the manifest holds more than one YAML document (a line "---" between them)', location, hint: 'keep one document' };
        default:
            return { message: `invalid YAML: ${message}`, location, hint: 'fix the YAML syntax; check indentation and quoting' };
    }
}
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
        const first = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
        const location = unclosedQuote(error.code, first, text, at) ?? at(Math.min(error.pos[0], Math.max(0, lastContent - 1)));
        // the text from the error on, to the end of its line: a duplicate key's name starts it
        const lineEnd = text.indexOf('\n', error.pos[0]);
        problems.push(yamlProblem(error.code, first, location, text.slice(error.pos[0], lineEnd === -1 ? text.length : lineEnd)));
    }
    for (const warning of doc.warnings) {
        problems.push({ message: `YAML: ${warning.message.split('\n')[0]}`, location: at(warning.pos[0]) });
    }
    // an alias inside the node it refers to makes a cyclic value, which nothing downstream can handle
    if (problems.length === 0) {
        (0,dist/* visit */.YR)(doc, {
            Alias(_key, alias) {
                const target = alias.resolve(doc);
                const range = target?.range;
                const at = alias.range?.[0];
                if (range && at !== undefined && at >= range[0] && at < range[1]) {
                    problems.push({
                        message: `invalid YAML: the alias *${alias.source} is inside the node it refers to`,
                        location: span(alias.range),
                        hint: 'an alias must refer to a value defined before and outside it',
                    });
                    return dist/* visit */.YR.BREAK;
                }
                return undefined;
            },
        });
    }
    let data = undefined;
    if (problems.length === 0) {
        // yaml counts each use of an alias times the aliases inside what it refers to: plain
        // reuse of a value by thousands of avatars passes, nested expansion (a "billion laughs") does not
        try {
            data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            problems.push(/alias count/i.test(message)
                ? {
                    message: `invalid YAML: its aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes, which is refused as a resource exhaustion attack`,
                    location: { file, line: 1, column: 1 },
                    hint: 'put values many avatars share in defaults: instead of repeating aliases',
                }
                : { message: `invalid YAML: ${message}`, location: { file, line: 1, column: 1 } });
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
        if ((await (0,files_workspace/* realPathOutside */.rZ)(options.workspace, options.path)) !== null) {
            throw new errors/* AppError */.uV('INPUT_INVALID', `the manifest ${options.displayPath} is a symbolic link that leads outside the repository; it is not read`, {
                hint: 'point the manifest input (or --manifest) at a file in the repository',
            });
        }
        text = decodeUtf8(await external_node_fs_.promises.readFile(options.path), options.displayPath);
    }
    catch (error) {
        if (error instanceof errors/* AppError */.uV)
            throw error;
        const code = (0,errors/* errnoCode */.UK)(error);
        if (code === 'ENOENT' && !(await isDirectory(options.workspace))) {
            throw new errors/* AppError */.uV('INPUT_INVALID', `the workspace ${options.workspace} is not a directory`, {
                hint: 'run from the repository checkout, or pass its path with --workspace',
                cause: error,
            });
        }
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
    const checks = resolveChecks(validated.manifest.checks, source);
    const checked = await checkFiles(resolved.avatars, source, options.workspace, { checks: checks.checks, deferHash: options.deferHash });
    const problems = [...validated.problems, ...checks.problems, ...resolved.problems, ...checked.problems];
    if (problems.length > 0)
        throw invalid(options.displayPath, problems);
    return { avatars: checked.avatars, file: options.displayPath };
}
/**
 * The manifest's text. Bytes that are not UTF-8 would otherwise become U+FFFD silently
 * and be sent to Creatify in names; a byte order mark is dropped.
 */
function decodeUtf8(bytes, displayPath) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
        // where the first undecodable byte is, as a line and column of the text decoded leniently
        const lenient = new TextDecoder('utf-8').decode(bytes);
        const at = Math.max(0, lenient.indexOf('\uFFFD'));
        const before = lenient.slice(0, at);
        const line = before.split('\n').length;
        const column = at - (before.lastIndexOf('\n') + 1) + 1;
        throw invalid(displayPath, [
            {
                message: `the manifest is not UTF-8 text${utf16 ? ' (it is UTF-16)' : ''}: a byte here does not decode`,
                location: { file: displayPath, line, column },
                hint: 'save the manifest as UTF-8',
            },
        ]);
    }
}
async function isDirectory(dir) {
    try {
        return (await external_node_fs_.promises.stat(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
function invalid(file, problems) {
    const sorted = sortProblems([...problems]);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    return new errors/* AppError */.uV('MANIFEST_INVALID', `the manifest ${file} has ${count}`, { problems: sorted });
}

// EXTERNAL MODULE: ./src/plan/digest.ts
var plan_digest = __webpack_require__(31147);
;// CONCATENATED MODULE: ./src/plan/plan.ts

function computePlan(avatars, lock, allKeys) {
    const planned = avatars.map((avatar) => planOne(avatar, lock.avatars[avatar.key]));
    const keys = allKeys ?? new Set(avatars.map((a) => a.key));
    const orphaned = Object.keys(lock.avatars)
        .filter((key) => !keys.has(key))
        .sort()
        .map((key) => ({ key, entry: lock.avatars[key] }));
    return { avatars: planned, orphaned };
}
function planOne(avatar, entry) {
    const digest = (0,plan_digest/* fieldsDigest */._)(avatar.fields, avatar.lipsync, avatar.consent);
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

// EXTERNAL MODULE: ./src/engine/result.ts
var result = __webpack_require__(61173);
// EXTERNAL MODULE: ./src/engine/prune.ts
var prune = __webpack_require__(15550);
// EXTERNAL MODULE: ./src/engine/shard.ts
var shard = __webpack_require__(20914);
;// CONCATENATED MODULE: ./src/engine/plan.ts









/**
 * The manifest is read and validated first, so that a broken one fails before anything
 * touches the network (`beforeLockfile` may ask GitHub for a newer lockfile).
 *
 * `hashing`: which videos are hashed now. `all` (a plan shows every hash); `locked` (a
 * sync hashes a new avatar's video while uploading it, so a large file is read once; one
 * the lockfile knows is compared by its hash now); `none` (only the avatars are wanted).
 */
async function preparePlan(config, deps = {}, hashing = config.mode === 'sync' ? 'locked' : 'all') {
    const manifest = await loadManifest({
        workspace: config.workspace,
        path: config.manifest.absolute,
        displayPath: config.manifest.display,
        deferHash: hashing !== 'all',
    });
    await deps.beforeLockfile?.();
    const { lock, text } = await (0,lockfile/* readLockfile */.GQ)(config.lockfile.absolute, config.lockfile.display, config.workspace);
    const selected = (0,shard/* selectShard */.Xm)(manifest.avatars, config.shard, (avatar) => avatar.fields.creator_name);
    const avatars = hashing === 'locked' ? await (0,limit/* mapLimit */.s)(selected, files_hash/* HASH_CONCURRENCY */.T$, (avatar) => hashIfLocked(avatar, lock)) : selected;
    const keys = new Set(manifest.avatars.map((a) => a.key));
    const plan = computePlan(avatars, lock, keys);
    return { plan, lock, lockText: text, total: manifest.avatars.length, keys };
}
async function hashIfLocked(avatar, lock) {
    const { lipsync } = avatar;
    if (lipsync.kind !== 'file' || lipsync.sha256 !== null || !(avatar.key in lock.avatars))
        return avatar;
    return { ...avatar, lipsync: { ...lipsync, sha256: (await (0,files_hash/* hashFile */.DC)(lipsync.absolutePath, { blocking: true })).sha256 } };
}
function plannedOutcome(p) {
    const outcome = {
        key: p.avatar.key,
        creator_name: p.avatar.fields.creator_name,
        id: p.action === 'unchanged' ? p.lockedId : null,
        status: p.action === 'unchanged' && p.lockedStatus ? p.lockedStatus : 'planned',
        action: p.action,
        source: (0,model/* sourceLabel */.en)(p.avatar.lipsync),
        sha256: p.avatar.lipsync.kind === 'file' ? p.avatar.lipsync.sha256 : null,
    };
    const video = (0,model/* clipShape */.m4)(p.avatar.lipsync);
    if (video)
        outcome.video = video;
    if (p.reasons.length > 0)
        outcome.reasons = p.reasons;
    if (p.action === 'replace' && p.lockedId)
        outcome.supersedes = p.lockedId;
    return outcome;
}
/** The parts of a result that come from the plan. */
function planParts(plan, total) {
    return { avatars: plan.avatars.map(plannedOutcome), orphaned: plan.orphaned.map((o) => ({ key: o.key, id: o.entry.id })), total };
}
async function runPlan(config) {
    const { plan, total, lock, keys } = await preparePlan(config);
    const wouldDelete = (0,prune/* selectDeletes */.zy)(lock, config.prune.mode, (0,prune/* pruneScope */.T7)(config, keys)).map(({ key, id, reason }) => ({ key, id, reason }));
    return (0,result/* assembleResult */.AP)({ mode: 'plan', config, ...planParts(plan, total), prune: { deleted: [], wouldDelete, warnings: [] } });
}


/***/ }),

/***/ 15550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ pruneScope),
/* harmony export */   hU: () => (/* binding */ covers),
/* harmony export */   zy: () => (/* binding */ selectDeletes)
/* harmony export */ });
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20914);

/** The run's scope: its shard's avatars, and the manifest's keys when it read one. */
function pruneScope(config, manifestKeys) {
    return { manifestKeys, owns: (name) => (0,_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .inShard */ .Iw)(name, config.shard) };
}
const covers = (mode, reason) => mode === 'all' || mode === reason;
/**
 * In this order: deletes an earlier run started and left unconfirmed; each orphaned key's
 * superseded ids, then its current id; the superseded ids of each key whose current
 * avatar is approved (never before: the key would be left without a working avatar).
 */
function selectDeletes(lock, mode, scope) {
    if (mode === 'none')
        return [];
    const chosen = new Map();
    const add = (candidate) => {
        if (!chosen.has(candidate.id) && lock.deleted?.[candidate.id]?.deleted_at === undefined)
            chosen.set(candidate.id, candidate);
    };
    for (const [id, deletion] of Object.entries(lock.deleted ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        if (covers(mode, deletion.reason) && scope.owns(deletion.creator_name))
            add({ key: deletion.key, id, creator_name: deletion.creator_name, reason: deletion.reason });
    }
    for (const key of Object.keys(lock.avatars).sort()) {
        const entry = lock.avatars[key];
        if (!scope.owns(entry.creator_name))
            continue;
        const old = (entry.superseded ?? []).map((s) => s.id);
        const orphaned = scope.manifestKeys !== undefined && !scope.manifestKeys.has(key);
        if (orphaned && covers(mode, 'orphaned')) {
            for (const id of [...old, entry.id])
                add({ key, id, creator_name: entry.creator_name, reason: 'orphaned' });
        }
        else if (!orphaned && covers(mode, 'superseded') && entry.status === 'approved') {
            for (const id of old)
                add({ key, id, creator_name: entry.creator_name, reason: 'superseded' });
        }
    }
    return [...chosen.values()];
}


/***/ }),

/***/ 61173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ assembleResult),
/* harmony export */   Ju: () => (/* binding */ failureFrom),
/* harmony export */   Kp: () => (/* binding */ rejectionFailure),
/* harmony export */   jN: () => (/* binding */ idLists)
/* harmony export */ });
/* harmony import */ var _creatify_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97219);

function idsWithStatus(result, statuses) {
    return result.avatars.filter((a) => a.id !== null && statuses.includes(a.status)).map((a) => a.id);
}
/** The id lists of the outputs and the results file. */
function idLists(result) {
    return {
        created: result.created,
        approved: idsWithStatus(result, ['approved']),
        pending: idsWithStatus(result, ['pending']),
        failed: idsWithStatus(result, ['failed', 'rejected']),
        deleted: result.deleted.map((d) => d.id),
    };
}
/** The failure of a run in which Creatify rejected or failed avatars, all named. */
function rejectionFailure(bad) {
    return {
        code: 'AVATAR_REJECTED',
        message: bad.map((a) => `${a.key} (${a.id}) was ${a.status} by Creatify: ${a.failed_reason || 'no reason given'}`).join('; '),
        hint: 'fix the video or its fields; a changed avatar is created again on the next sync',
    };
}
/** An AppError as the run's failure: its code and hint, with `message` (which tells what stopped). */
function failureFrom(error, message) {
    return { code: error.code, message, ...(error.hint ? { hint: error.hint } : {}) };
}
/** The run's result, from the avatars as they were and the outcomes of what the run did. */
function assembleResult(parts) {
    const creates = new Map((parts.creates ?? []).map((o) => [o.planned.avatar.key, o]));
    const avatars = parts.avatars.map((before) => {
        const outcome = { ...before };
        const create = creates.get(before.key);
        if (create?.kind === 'created') {
            const { persona } = create;
            outcome.id = persona.id;
            outcome.status = (0,_creatify_status_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewStatus */ .n)(persona);
            if (persona.failed_reason)
                outcome.failed_reason = persona.failed_reason;
            if (create.adopted)
                outcome.adopted = true;
        }
        // its id stays the key's last confirmed one: the old one for a replace, null for a new key
        if (create?.kind === 'failed' && create.uncertain) {
            outcome.status = 'unconfirmed';
            outcome.id = before.supersedes ?? null;
        }
        if (create && create.planned.avatar.lipsync.kind === 'file')
            outcome.sha256 = create.sha256;
        const seen = parts.review?.statuses.get(before.key);
        if (seen && outcome.id !== null && outcome.status !== 'unconfirmed') {
            outcome.status = seen.status;
            if (seen.failed_reason)
                outcome.failed_reason = seen.failed_reason;
            else
                delete outcome.failed_reason;
        }
        return outcome;
    });
    const created = (parts.creates ?? []).filter((o) => o.kind === 'created');
    const createdKeys = new Set(created.map((o) => o.planned.avatar.key));
    const warnings = [
        ...(parts.creates ?? []).flatMap((o) => (o.kind === 'failed' && o.held ? [`${o.error.message}. ${o.error.hint ?? ''}`.trim()] : [])),
        ...(parts.review?.warning ? [parts.review.warning] : []),
        ...(parts.prune?.warnings ?? []),
    ];
    const { lockfileError } = parts;
    const failure = createFailure(parts.creates ?? []) ??
        parts.review?.failure ??
        parts.prune?.failure ??
        (lockfileError ? failureFrom(lockfileError, lockfileError.message) : undefined);
    const deleted = parts.prune?.deleted ?? [];
    const deletedIds = new Set(deleted.map((d) => d.id));
    const incomplete = parts.review?.incomplete;
    return {
        mode: parts.mode,
        manifest: parts.config.manifest.display,
        lockfile: parts.config.lockfile.display,
        lockfileChanged: parts.lockfileChanged ?? false,
        avatars,
        // in manifest order: completion order varies from run to run
        created: avatars.filter((a) => createdKeys.has(a.key) && a.id !== null).map((a) => a.id),
        orphaned: (parts.orphaned ?? []).filter((o) => !deletedIds.has(o.id)),
        superseded: created.flatMap((o) => o.previous && o.previous.id !== o.persona.id ? [{ key: o.planned.avatar.key, id: o.previous.id, replacedBy: o.persona.id }] : []),
        deleted,
        wouldDelete: parts.prune?.wouldDelete ?? [],
        ...(parts.quota ? { quota: parts.quota } : {}),
        ...(parts.config.shard ? { shard: { ...parts.config.shard, avatars: parts.avatars.length, of: parts.total } } : {}),
        ...(incomplete ? { incomplete } : {}),
        ...(failure ? { failure } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
    };
}
/** The failure of a sync whose creates failed (or could not be recorded), each named. */
function createFailure(creates) {
    const failures = creates.flatMap((o) => {
        // an earlier run's unconfirmed create is a warning: that run failed for it already
        const error = o.kind === 'failed' ? (o.held ? undefined : o.error) : o.lockError;
        return error ? [{ key: o.planned.avatar.key, error }] : [];
    });
    const first = failures[0];
    if (!first)
        return undefined;
    const message = failures.length === 1
        ? `could not create ${first.key}: ${first.error.message}`
        : `could not create ${failures.length} avatars: ${failures.map((f) => `${f.key}: ${f.error.message}`).join('; ')}`;
    return failureFrom(first.error, message);
}


/***/ }),

/***/ 20914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   Xm: () => (/* binding */ selectShard)
/* harmony export */ });
/* unused harmony export shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Deterministic slices of the manifest for a job matrix. An avatar's shard depends on its
 * `creator_name` alone: adding an avatar moves no other, and avatars sharing a name always
 * run in one process, where their creates take turns. Two runners creating the same name
 * at once could not tell their avatars apart after an unknown outcome (Creatify lists an
 * avatar by its name and creation time only).
 */

function shardOf(creatorName, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(creatorName).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
/** Whether the avatars named `creatorName` are this run's: always, unsharded. */
function inShard(creatorName, shard) {
    return !shard || shardOf(creatorName, shard.count) === shard.index;
}
function selectShard(items, shard, nameOf) {
    return items.filter((item) => inShard(nameOf(item), shard));
}


/***/ }),

/***/ 36667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   T$: () => (/* binding */ HASH_CONCURRENCY),
/* harmony export */   vm: () => (/* binding */ withReadBuffer),
/* harmony export */   wQ: () => (/* binding */ checkAndHashFile),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/**
 * SHA-256 of local videos, the identity the lockfile compares against. A video is read by
 * `readChunks`: from its start in fixed-size chunks, each hashed as it is read, so memory
 * stays flat whatever its size. Plain hashing and the upload (which hashes the bytes it
 * actually sends) both read through it; only the upload of a video of one chunk reads it
 * whole into its place in the body (`readInto`), as plain blocking calls.
 */



/** 1 MiB reads: a sixteenth of the reads of Node's 64 KiB default on a large video. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Default files in flight when checking and hashing many. 16 was the knee on 5,000 files
 * of 10-50 KiB with 2 cores when the reads went through the libuv pool; the plan's reads
 * now block, so it only interleaves them (each file with its own lent buffer). 2 was
 * within the noise on 10,000 files (a loaded machine) and peaked 17 MB higher: 16 stays.
 */
const HASH_CONCURRENCY = 16;
const openFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.open);
const fstatFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.fstat);
const readFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.read);
const closeFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.close);
/** The four calls `readChunks` makes, through the libuv pool or blocking. */
const ASYNC_FS = { open: openFd, fstat: fstatFd, read: readFd, close: closeFd };
const BLOCKING_FS = {
    open: (path, flags) => Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, flags)),
    fstat: (fd) => Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd)),
    read: (fd, buffer, offset, length, position) => Promise.resolve({ bytesRead: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, offset, length, position) }),
    close: (fd) => Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd)),
};
/**
 * The bytes of a file from its start, up to the limit and fewer if it shrinks meanwhile,
 * in fresh buffers of at most CHUNK_BYTES, each fed to `hash` before it is yielded. The
 * file is closed when the reading ends or is abandoned. A plain descriptor rather than a
 * `FileHandle`: on thousands of small files the handle objects cost about a third more.
 */
async function* readChunks(path, hash, options = {}) {
    const fs = options.blocking ? BLOCKING_FS : ASYNC_FS;
    const fd = await fs.open(path, 'r');
    try {
        let end = options.limit;
        if (end === undefined || options.sized) {
            const { size } = await fs.fstat(fd);
            options.sized?.(size);
            end ??= size;
        }
        for (let position = 0; position < end;) {
            const length = Math.min(options.into?.length ?? CHUNK_BYTES, end - position);
            const buffer = options.into ? options.into.subarray(0, length) : Buffer.allocUnsafe(length);
            const { bytesRead } = await fs.read(fd, buffer, 0, buffer.length, position);
            if (bytesRead === 0)
                return;
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            position += bytesRead;
            yield chunk;
        }
    }
    finally {
        await fs.close(fd);
    }
}
/**
 * The first `into.length` bytes of a file, read into `into` with blocking calls; returns
 * how many, fewer when the file is shorter. For videos of at most one chunk only: the
 * event loop waits for the read.
 */
function readInto(path, into) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    try {
        let read = 0;
        while (read < into.length) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, into, read, into.length - read, read);
            if (got === 0)
                break;
            read += got;
        }
        return read;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Read buffers of the readers that only look at what they read, each lent to one file at a time. */
const spareBuffers = [];
/** Lends a CHUNK_BYTES buffer to `use`, which must be done with its bytes when it resolves. */
async function withReadBuffer(use) {
    const buffer = spareBuffers.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    try {
        return await use(buffer);
    }
    finally {
        spareBuffers.push(buffer);
    }
}
/**
 * SHA-256 (hex) and byte size of a file. The size is the number of bytes hashed, so the
 * two agree even if the file changes during the read.
 */
function hashFile(absolutePath, options = {}) {
    return withReadBuffer(async (into) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        for await (const chunk of readChunks(absolutePath, hash, { ...options, into }))
            size += chunk.length;
        return { sha256: hash.digest('hex'), size };
    });
}
/**
 * One read for both: `check` looks at the first chunk (the video header checks need its
 * first bytes, and often find the `moov` in it) and the size on disk, and only when it
 * passes is the rest of the file hashed. The plan's path: its reads block (ReadOptions).
 */
function checkAndHashFile(absolutePath, check) {
    return withReadBuffer(async (into) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        let verdict;
        let hashed = 0;
        for await (const chunk of readChunks(absolutePath, hash, { blocking: true, into, sized: (value) => (size = value) })) {
            if (verdict === undefined) {
                // the check is done with the head before the next chunk overwrites it
                verdict = await check(chunk, size);
                // leaving the loop closes the file
                if (!verdict.ok)
                    return { check: verdict };
            }
            hashed += chunk.length;
        }
        verdict ??= await check(Buffer.alloc(0), size);
        return (verdict.ok ? { check: verdict, hash: { sha256: hash.digest('hex'), size: hashed } } : { check: verdict });
    });
}


/***/ }),

/***/ 58606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ readLockfile),
/* harmony export */   PY: () => (/* binding */ withoutSuperseded),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bl: () => (/* binding */ orderEntry),
/* harmony export */   c5: () => (/* binding */ serializeLockfile),
/* harmony export */   fw: () => (/* binding */ LockStore),
/* harmony export */   tg: () => (/* binding */ parseLockfile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79622);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58376);
/**
 * Reading and writing the lockfile. A run's changes go to a journal beside it (each synced
 * to disk before it counts) and are folded into it with one atomic write (temporary file,
 * fsync, rename), so a run that dies at any moment leaves every change it made behind.
 */







/**
 * Reads the lockfile, with the journal a killed run left beside it folded in (and written
 * back, so that every reader sees one file); with `workspace`, refuses one that is a link
 * leading outside it. `text` is the lockfile as it was on disk before any fold.
 */
async function readLockfile(file, displayPath, workspace) {
    let text;
    try {
        if (workspace !== undefined && (await (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .realPathOutside */ .rZ)(workspace, file)) !== null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is a symbolic link that leads outside the repository; it is not read`, {
                hint: 'make it a regular file in the repository (or remove it to start afresh)',
            });
        }
        text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV)
            throw error;
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) !== 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `cannot read the lockfile ${displayPath}: ${error.message}`, { cause: error });
        text = null;
    }
    const lock = text === null ? (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyLockfile */ .rA)() : parseLockfile(text, displayPath);
    await foldJournal(file, displayPath, lock);
    return { lock, text };
}
/** Every whole line of a journal, applied in order; a line cut short by a kill is dropped (its change never counted). */
async function foldJournal(file, displayPath, lock) {
    const journal = journalPath(file);
    let content;
    try {
        content = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(journal, 'utf8');
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `cannot read ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)}, the changes of an interrupted run: ${error.message}`, { cause: error });
    }
    const lines = content.split('\n').slice(0, -1);
    for (const [index, line] of lines.entries()) {
        const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .lockChangeSchema */ .fL.safeParse(safeJson(line));
        if (!parsed.success) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `line ${index + 1} of ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)}, the changes of an interrupted run, is not a lockfile change`, {
                hint: `it is never removed while it cannot be read; look at it, then remove it to start from ${displayPath} alone`,
            });
        }
        applyChange(lock, parsed.data);
    }
    try {
        await writeFileAtomic(file, serializeLockfile(lock));
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(journal, { force: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot fold ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)} into the lockfile ${displayPath}: ${error.message}`, { cause: error });
    }
}
function safeJson(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
function parseLockfile(text, displayPath) {
    const hint = `restore it from git (git checkout -- ${displayPath}); it is never overwritten while it cannot be read`;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is not valid JSON: ${error.message}`, { hint, cause: error });
    }
    if (typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'number' && data.version > _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has format version ${data.version}, newer than this release reads (${_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb})`, { hint: 'upgrade the action or CLI to the version that wrote it' });
    }
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .lockfileSchema */ .vS.safeParse(data);
    if (!result.success) {
        const first = result.error.issues[0];
        const where = first ? first.path.map(String).join('.') : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is malformed at ${where || 'top level'}: ${first?.message ?? 'invalid'}`, { hint });
    }
    if (result.data.version !== _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has unsupported version ${result.data.version}`, { hint });
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
/** An entry's fields in the fixed order the lockfile writes them, undefined ones left out. */
function orderEntry(entry) {
    const ordered = {};
    for (const field of ENTRY_ORDER) {
        if (entry[field] !== undefined)
            ordered[field] = entry[field];
    }
    return ordered;
}
function sortedRecord(record, order) {
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, order(record[key])]));
}
function orderDeletion(d) {
    return { key: d.key, creator_name: d.creator_name, reason: d.reason, started_at: d.started_at, ...(d.deleted_at ? { deleted_at: d.deleted_at } : {}) };
}
/** `entry` without the superseded ids `drop` names; no `superseded` field once none is left. */
function withoutSuperseded(entry, drop) {
    const { superseded = [], ...rest } = entry;
    const left = superseded.filter((old) => !drop(old.id));
    return left.length > 0 ? { ...rest, superseded: left } : rest;
}
/** Sorted keys, fixed field order, two-space indent, final newline: stable and diffable. */
function serializeLockfile(lock) {
    const document = { version: _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb, avatars: sortedRecord(lock.avatars, orderEntry) };
    const inFlight = lock.in_flight ?? {};
    if (Object.keys(inFlight).length > 0)
        document.in_flight = sortedRecord(inFlight, (mark) => mark);
    const deleted = lock.deleted ?? {};
    if (Object.keys(deleted).length > 0)
        document.deleted = sortedRecord(deleted, orderDeletion);
    return `${JSON.stringify(document, null, 2)}\n`;
}
/**
 * Windows refuses to rename over a file another process (an antivirus, an indexer, an
 * editor) holds open, with one of these codes, for as long as the hold lasts: moments,
 * as a rule. Elsewhere a rename rarely fails so, and then waiting costs only the waits.
 */
const RENAME_REFUSED = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_WAITS_MS = [20, 40, 80, 160, 320, 640, 1000, 1000]; // about 3 s in all
/** Temporary file, fsync, rename: a reader sees the old content or the new, whole. `rename` is for tests. */
async function writeFileAtomic(file, content, rename = node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(temp, 'w', 0o644);
    try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    for (let attempt = 0;; attempt += 1) {
        try {
            await rename(temp, file);
            return;
        }
        catch (error) {
            const wait = RENAME_WAITS_MS[attempt];
            if (wait === undefined || !RENAME_REFUSED.has((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) ?? '')) {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temp, { force: true });
                throw error;
            }
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(wait);
        }
    }
}
function applyChange(lock, change) {
    for (const [key, entry] of Object.entries(change.avatars ?? {})) {
        if (entry)
            lock.avatars[key] = entry;
        else
            delete lock.avatars[key];
    }
    for (const [key, mark] of Object.entries(change.in_flight ?? {})) {
        if (mark)
            (lock.in_flight ??= {})[key] = mark;
        else
            delete lock.in_flight?.[key];
    }
    for (const [id, deletion] of Object.entries(change.deleted ?? {})) {
        if (deletion)
            (lock.deleted ??= {})[id] = deletion;
        else
            delete lock.deleted?.[id];
    }
}
/** The journal of changes beside a lockfile (`avatars.lock.json.journal`). */
function journalPath(lockfile) {
    return `${lockfile}.journal`;
}
/**
 * The lockfile as the run goes. Each change is appended to a journal beside the lockfile,
 * one line, and synced to disk before `apply` resolves: a change costs time in proportion
 * to its size, not to the lockfile's. Changes that arrive while a sync is under way go out
 * together with the next one. `close` folds the journal into the lockfile (one atomic
 * write) and removes it; a killed run leaves it behind, and the next read folds it.
 */
class LockStore {
    file;
    displayPath;
    lock;
    queue = [];
    writing;
    journal;
    journalFile;
    constructor(file, displayPath, lock) {
        this.file = file;
        this.displayPath = displayPath;
        this.lock = lock;
        this.journalFile = journalPath(file);
    }
    get current() {
        return this.lock;
    }
    get(key) {
        return this.lock.avatars[key];
    }
    /** true when the lockfile differs from what the run started with; a CRLF checkout (Windows, core.autocrlf) of the same content is no change */
    changedSince(text) {
        return serializeLockfile(this.lock) !== (text ?? '').replaceAll('\r\n', '\n');
    }
    apply(change) {
        applyChange(this.lock, change);
        return new Promise((resolve, reject) => {
            this.queue.push({ line: `${JSON.stringify(change)}\n`, resolve, reject });
            this.writing ??= this.drain();
        });
    }
    async drain() {
        while (this.queue.length > 0) {
            const batch = this.queue.splice(0);
            try {
                // opened for synchronous appends: a write returns once it is on disk, as a write and an fsync would, in one call
                this.journal ??= await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(this.journalFile, 'as', 0o644);
                await this.journal.write(batch.map((b) => b.line).join(''));
                for (const b of batch)
                    b.resolve();
            }
            catch (error) {
                const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}`, { cause: error });
                for (const b of batch)
                    b.reject(failure);
            }
        }
        this.writing = undefined;
    }
    /**
     * `close`, with its failure returned for the run to report (its changes stay in the
     * journal, which the next run folds in).
     */
    async fold() {
        try {
            await this.close();
            return undefined;
        }
        catch (error) {
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAppError */ .Y6)(error) ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`, { cause: error });
        }
    }
    /** Writes the lockfile whole, once every change is in the journal, then removes the journal. */
    async close() {
        await this.writing;
        if (!this.journal)
            return;
        await this.journal.close();
        this.journal = undefined;
        try {
            await writeFileAtomic(this.file, serializeLockfile(this.lock));
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}; its changes are kept in ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(this.journalFile)}, which the next run reads`, { cause: error });
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(this.journalFile, { force: true });
    }
}


/***/ }),

/***/ 58376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ LOCKFILE_VERSION),
/* harmony export */   fL: () => (/* binding */ lockChangeSchema),
/* harmony export */   rA: () => (/* binding */ emptyLockfile),
/* harmony export */   vS: () => (/* binding */ lockfileSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40104);
/** The lockfile's shape, validated on every read: a corrupt lockfile is never overwritten. */

const LOCKFILE_VERSION = 1;
const status = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pending', 'approved', 'failed', 'rejected']);
const consent = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
});
const lockEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    consent: consent.optional(),
    fields_digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status,
    failed_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** ids this key had before, replaced because the video or fields changed */
    superseded: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), replaced_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).optional(),
});
/**
 * A create that was started but whose answer is not recorded yet. Written before the
 * request goes out and removed with its answer, so a run that is killed midway leaves
 * behind what the next run must look for on Creatify before creating again.
 */
const inFlightSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    fields_digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** the lipsync video's hash: planned, or, once `sent_at` is set, that of the bytes sent */
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** true when the create uploads files: the server can create nothing before `sent_at` */
    upload: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** set, with `sha256` and `size` of the bytes sent, just before an upload's last bytes go out */
    sent_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
});
/**
 * A delete of one id, by id. Without `deleted_at` it is under way: written before the
 * request goes out, so a run killed before the answer leaves the id on record. With
 * `deleted_at` it is a tombstone: the id is gone from Creatify, and every merge removes
 * it from the entries it joins, so a deleted key never comes back from an older copy.
 */
const deletionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['orphaned', 'superseded']),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    deleted_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const lockfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), lockEntrySchema),
    in_flight: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), inFlightSchema).optional(),
    deleted: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), deletionSchema).optional(),
});
/** One line of the journal: the keys a change sets, or removes (null). */
const lockChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), lockEntrySchema.nullable()).optional(),
    in_flight: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), inFlightSchema.nullable()).optional(),
    deleted: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), deletionSchema.nullable()).optional(),
});
function emptyLockfile() {
    return { version: LOCKFILE_VERSION, avatars: {} };
}


/***/ }),

/***/ 46470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   _4: () => (/* binding */ REQUIRED_AFTER_DEFAULTS),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   manifestJsonSchema: () => (/* binding */ manifestJsonSchema),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98439);
/* harmony import */ var _util_django_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33005);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);
/**
 * The manifest schema: the one source of the manifest's TypeScript types, of its
 * validation and of the JSON Schema file that editors use (schema/avatars.schema.json).
 */



const MANIFEST_VERSION = 1;
/** Placeholders a templated string may hold; see expand.ts. */
const PLACEHOLDERS = ['stem', 'name', 'dir', 'index'];
const gender = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['m', 'f', 'nb'])
    .meta({
    description: 'Gender of the person: m (male), f (female) or nb (non-binary). Required for every avatar: set it on the avatar or in defaults.',
});
/**
 * Creatify's framework (Django REST Framework) trims text of surrounding whitespace before
 * it checks and stores it, so the manifest does too: limits apply to the trimmed value,
 * and what is sent is what Creatify stores, which the recovery compares with. Limits
 * count characters as Python does (code points; zod's `max` counts UTF-16 units, and
 * would refuse 200 emoji that Creatify takes).
 */
const atMost = (max) => (value, ctx) => {
    if ([...value].length > max)
        ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: value });
};
const trimmed = (max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1).superRefine(atMost(max)).meta({ maxLength: max });
const text255 = (description) => trimmed(255).meta({ description });
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .trim()
    .superRefine(atMost(200))
    .superRefine((value, ctx) => {
    const problem = (0,_util_django_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlProblem */ .r)(value, ['https']);
    if (problem !== undefined)
        ctx.addIssue({ code: 'custom', message: problem, params: { url: true } });
})
    .meta({
    description: 'https URL that Creatify calls when the avatar is created (at most 200 characters).',
    maxLength: 200,
    format: 'uri',
    pattern: '^https://',
});
const source = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .meta({
    description: 'A path or glob relative to the repository root (one avatar per matched file), or an https URL.',
});
/** Fields that `defaults` may set and every avatar may override. */
const sharedFields = {
    gender: gender.optional(),
    video_scene: text255('One word for the backdrop of the video, e.g. office. Required for every avatar: set it on the avatar or in defaults.').optional(),
    keywords: text255('Comma-separated keywords, at most 255 characters.').optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(trimmed(255))
        .meta({ description: 'Free tags stored with the avatar.' })
        .optional(),
    webhook_url: webhookUrl.optional(),
};
const NOT_DURATION = 'must be a duration such as 90s or 5m, a number of seconds, or null to turn the check off';
const duration = (description) => zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
    // a refinement rather than .regex(), for a message that says what a duration is
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .refine((value) => _util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_PATTERN */ .Cq.test(value), { error: (issue) => `${NOT_DURATION}, not ${JSON.stringify(issue.input)}` })
        .meta({ pattern: _util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_PATTERN */ .Cq.source }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ(),
], { error: NOT_DURATION })
    .meta({ description })
    .optional();
const checksSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    min_duration: duration('Shortest clip accepted, e.g. 15s (the default); null turns the check off.'),
    max_duration: duration('Longest clip accepted, e.g. 5m (the default); null turns the check off.'),
    audio: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .nullable()
        .meta({ description: 'The clip must have an audio track (default true: lipsync needs speech); false or null turns the check off.' })
        .optional(),
    min_height: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .positive()
        .nullable()
        .meta({ description: 'Fewest pixels on the shorter side of the video as shown (after rotation); default null, no check.' })
        .optional(),
})
    .meta({ description: 'What every local video must be, checked before anything is uploaded.' });
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej(sharedFields)
    .meta({ description: 'Fields merged into every avatar; an avatar’s own value wins.' });
const avatarSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    key: trimmed(255)
        .meta({
        description: 'Stable identity of the avatar in the lockfile (default: creator_name). Placeholders {stem} {name} {dir} {index} allowed.',
    })
        .optional(),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .trim()
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
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MANIFEST_VERSION).meta({ description: 'Manifest format version; must be 1.' }),
    checks: checksSchema.optional(),
    defaults: defaultsSchema.optional(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(avatarSchema).min(1).meta({ description: 'The avatars to create.' }),
})
    .meta({
    title: 'Creatify avatars manifest',
    description: 'Declares the Creatify custom avatars made from videos in this repository.',
});
/** Keys each object of the manifest accepts, for "did you mean" suggestions. */
const KNOWN_KEYS = {
    root: Object.keys(manifestSchema.shape),
    defaults: Object.keys(defaultsSchema.shape),
    checks: Object.keys(checksSchema.shape),
    avatar: Object.keys(avatarSchema.shape),
};
/** "Required once defaults are applied": when defaults lack the field, every avatar must have it. */
function requiredAfterDefaults(field) {
    return {
        if: { required: ['defaults'], properties: { defaults: { required: [field] } } },
        else: { properties: { avatars: { items: { required: [field] } } } },
    };
}
/** Fields every avatar needs once `defaults` are applied (Creatify's guide lists both as required). */
const REQUIRED_AFTER_DEFAULTS = ['gender', 'video_scene'];
function manifestJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(manifestSchema, { target: 'draft-2020-12', io: 'input' });
    return {
        ...schema,
        $id: 'https://creatify-avatars.dev/schema/avatars.schema.json',
        allOf: REQUIRED_AFTER_DEFAULTS.map(requiredAfterDefaults),
    };
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   lL: () => (/* binding */ clipLabel),
/* harmony export */   m4: () => (/* binding */ clipShape)
/* harmony export */ });
function sourceLabel(source) {
    return source.kind === 'file' ? source.path : source.url;
}
/** `45.2 s`, `1 min`, `4 min 30 s`: a clip's length as people say it; a limit (`whole`) as `15 s`. */
function formatSeconds(seconds, whole = false) {
    if (seconds < 60)
        return `${whole && Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds - minutes * 60);
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
/** What a plan shows of a local lipsync clip; undefined for a URL, which is not read. */
function clipShape(source) {
    return source.kind === 'file' && source.resolution !== null ? { duration: source.duration, ...source.resolution } : undefined;
}
/** `1 min, 1280x720` for the plan's tables; empty for a URL. */
function clipLabel(clip) {
    if (clip === undefined)
        return '';
    return `${clip.duration === null ? 'length unknown' : formatSeconds(clip.duration)}, ${clip.width}x${clip.height}${clip.rotation === 0 ? '' : ` (rotated ${clip.rotation}°)`}`;
}


/***/ }),

/***/ 31147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ fieldsDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}


/***/ }),

/***/ 97110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Time as a port: everything that waits or reads the time takes a `Clock`, so tests can
 * run retries and polls without sleeping for real (test/helpers/fake-clock.ts).
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


/***/ }),

/***/ 33005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ URL_RULES),
/* harmony export */   r: () => (/* binding */ urlProblem)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The rules of Django's URLValidator, which a URLField of Django REST Framework applies,
 * each refusal told with its reason: a server built on Django refuses what these refuse,
 * so a client can refuse it first, where the user can still fix it.
 *
 * One deliberate difference: the host ends at the first `/`, `?` or `#`, as URL parsers
 * split it, where Django's pattern lets a user name hold `?` or `#`; such URLs are refused.
 */


/** Django refuses longer URLs outright (since its 2023 security releases). */
const MAX_URL = 2048;
/** RFC 1034: a host name of at most 253 characters, labels of at most 63. */
const MAX_HOST = 253;
const MAX_LABEL = 63;
/** Django counts every code point from U+00A1 to U+FFFF as a letter of a host name. */
const LABEL_CHAR = /^[a-z0-9\u00a1-\uffff-]$/iu;
const TLD = /^(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})$/iu;
const OCTET = '(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const length = (text) => [...text].length;
/**
 * Why Django would refuse `value` as a URL with one of `schemes` (lower case), or
 * undefined when it accepts it. The reason reads after "the URL …", e.g. "has no host".
 */
function urlProblem(value, schemes) {
    if (length(value) > MAX_URL)
        return `is longer than ${MAX_URL} characters`;
    if (/\s/u.test(value))
        return 'holds a space or a line break (write a space as %20)';
    const separator = value.indexOf('://');
    const scheme = (separator < 0 ? value : value.slice(0, separator)).toLowerCase();
    if (separator < 0 || !schemes.includes(scheme))
        return `does not start with ${schemes.map((s) => `${s}://`).join(' or ')}`;
    const rest = value.slice(separator + 3);
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const at = authority.lastIndexOf('@');
    if (at >= 0 && !/^[^:@]+(?::[^:@]*)?$/.test(authority.slice(0, at)))
        return 'has a malformed user:password@ part';
    const hostAndPort = authority.slice(at + 1);
    const bracketed = hostAndPort.startsWith('[');
    const hostEnd = bracketed ? hostAndPort.indexOf(']') + 1 : hostAndPort.search(/:|$/);
    if (bracketed && hostEnd === 0)
        return 'has an IPv6 address without its closing ]';
    const host = hostAndPort.slice(0, hostEnd);
    const port = hostAndPort.slice(hostEnd);
    if (port !== '' && !/^:[0-9]{1,5}$/.test(port))
        return `has an invalid port "${port.slice(1)}" (1 to 5 digits)`;
    return hostProblem(host);
}
function hostProblem(host) {
    if (host === '')
        return 'has no host';
    if (host.startsWith('[')) {
        const address = host.slice(1, -1);
        return /^[0-9a-f:.]+$/i.test(address) && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(address) ? undefined : `has an invalid IPv6 address "${address}"`;
    }
    if (IPV4.test(host) || host.toLowerCase() === 'localhost')
        return undefined;
    if (/^[0-9.]+$/.test(host))
        return `has an invalid IPv4 address "${host}"`;
    if (length(host) > MAX_HOST)
        return `has a host name longer than ${MAX_HOST} characters`;
    const problem = hostNameProblem(host);
    if (problem === undefined || !/\P{ASCII}/u.test(host))
        return problem;
    // Django tries an international name again in its ASCII (punycode) form
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(host);
    return ascii !== '' && hostNameProblem(ascii) === undefined ? undefined : problem;
}
function hostNameProblem(host) {
    // a trailing dot (an absolute name) is allowed after the top-level domain
    const labels = host.replace(/\.$/, '').split('.');
    if (labels.length < 2)
        return `has the host "${host}" without a top-level domain such as .com (only localhost may go without one)`;
    for (const label of labels) {
        if (label === '')
            return `has an empty part in its host "${host}" (two dots in a row, or a leading dot)`;
        if (length(label) > MAX_LABEL)
            return `has a host name part longer than ${MAX_LABEL} characters`;
        const wrong = [...label].find((c) => !LABEL_CHAR.test(c));
        if (wrong !== undefined)
            return `has the host "${host}", which holds "${wrong}": host names may hold only letters, digits, hyphens and dots`;
        if (label.startsWith('-') || label.endsWith('-'))
            return `has the host "${host}", where "${label}" starts or ends with a hyphen`;
    }
    const tld = labels.at(-1) ?? '';
    if (!TLD.test(tld))
        return `has the top-level domain "${tld}", which is not 2 to 63 letters (nor an xn-- name)`;
    return undefined;
}
/** What Creatify's URL check (Django's) accepts, in a sentence. */
const URL_RULES = 'Creatify checks URLs by Django\'s rules: a host name of letters, digits and hyphens (no "_") ending in a top-level domain such as .com, or an IP address, and no spaces';


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
/** At most `max` characters (code points: an emoji is never cut in half), an ellipsis marking the cut. */
function truncate(text, max) {
    const chars = Array.from(text);
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}


/***/ }),

/***/ 50415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ createLimit),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
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


/***/ })

};

//# sourceMappingURL=497.index.js.map