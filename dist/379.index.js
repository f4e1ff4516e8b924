export const id = 379;
export const ids = [379];
export const modules = {

/***/ 61396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ACTION_PRODUCT),
/* harmony export */   startEarlyCheck: () => (/* binding */ startEarlyCheck)
/* harmony export */ });
/* unused harmony export EARLY_ANSWER_MAX_AGE_MS */
/* harmony import */ var _engine_api_factory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16850);
/* harmony import */ var _mode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35795);


const ACTION_PRODUCT = 'creatify-avatars-action';
/** An answer older than this is asked for again: other runs may have created avatars since. */
const EARLY_ANSWER_MAX_AGE_MS = 60_000;
/**
 * An input as the runner passes it, in `INPUT_<NAME>` (the variable @actions/core's
 * getInput reads; that module is not loaded yet).
 */
function runnerInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** The API settings of a sync with credentials; undefined for any other run. */
function syncSettings(env) {
    const get = (name) => runnerInput(env, name);
    try {
        if ((0,_mode_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveMode */ .U5)((0,_mode_js__WEBPACK_IMPORTED_MODULE_1__/* .readRequestedMode */ .OY)(get), env.GITHUB_EVENT_NAME) !== 'sync')
            return undefined;
        const settings = (0,_mode_js__WEBPACK_IMPORTED_MODULE_1__/* .readApiSettings */ .EG)(get);
        const { apiId, apiKey } = settings;
        if (!apiId || !apiKey)
            return undefined;
        return { ...settings, apiId, apiKey };
    }
    catch {
        // an input that does not parse is reported by the full reading of the inputs
        return undefined;
    }
}
function sameSettings(a, b) {
    return a.url === b.url && a.apiId === b.apiId && a.apiKey === b.apiKey && a.requestTimeoutMs === b.requestTimeoutMs;
}
function startEarlyCheck(env = process.env, now = Date.now) {
    const settings = syncSettings(env);
    if (!settings)
        return undefined;
    // retry lines wait for the run's reporter, which prints only after the masking
    const waiting = [];
    let sink;
    let client;
    try {
        client = (0,_engine_api_factory_js__WEBPACK_IMPORTED_MODULE_0__/* .buildClient */ .K)(settings, ACTION_PRODUCT, (line) => (sink ? sink(line) : waiting.push(line)));
    }
    catch {
        // whatever the client refuses is reported by the full run, once the key is masked
        return undefined;
    }
    const controller = new AbortController();
    const sentAt = now();
    let early = client.count({ signal: controller.signal });
    // read later by the engine, or dropped: never an unhandled rejection
    early.catch(() => undefined);
    let adopted = false;
    return {
        adopt(wanted, onRetry) {
            if (adopted || !sameSettings(wanted, settings))
                return undefined;
            adopted = true;
            sink = onRetry ?? (() => undefined);
            for (const line of waiting.splice(0))
                sink(line);
            return {
                ...client,
                count(options = {}) {
                    const answer = early;
                    early = undefined;
                    if (!answer || now() - sentAt > EARLY_ANSWER_MAX_AGE_MS) {
                        controller.abort();
                        return client.count(options);
                    }
                    if (options.signal?.aborted)
                        controller.abort();
                    else
                        options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
                    return answer;
                },
            };
        },
        dispose() {
            if (early)
                controller.abort();
            early = undefined;
        },
    };
}


/***/ }),

/***/ 35795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ readApiSettings),
/* harmony export */   OY: () => (/* binding */ readRequestedMode),
/* harmony export */   U5: () => (/* binding */ resolveMode)
/* harmony export */ });
/* unused harmony export MODES */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22973);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);
/**
 * Which mode an action run is in (`auto` plans on pull requests and merge queues and syncs
 * otherwise), and
 * the inputs read both by the early check and by the full reading of the inputs. Loads no
 * @actions/core: the early check runs before it is loaded.
 */


const MODES = ['auto', 'plan', 'sync', 'status'];
/** Events of changes not merged yet: `auto` plans on them (a merge queue's run is one). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
function resolveMode(requested, eventName) {
    if (requested !== 'auto')
        return requested;
    return PULL_REQUEST_EVENTS.has(eventName ?? '') ? 'plan' : 'sync';
}
/** The `mode` input, `auto` when unset. */
function readRequestedMode(get) {
    return (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnum */ .nL)('mode', get('mode') || 'auto', MODES);
}
/** The API inputs; missing credentials are undefined. Throws INPUT_INVALID on a bad url or timeout. */
function readApiSettings(get) {
    return {
        url: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseHttpUrl */ .f$)('api-url', get('api-url') || _config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_API_URL */ .rK),
        apiId: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCredential */ .nx)('api-id', get('api-id')),
        apiKey: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCredential */ .nx)('api-key', get('api-key')),
        requestTimeoutMs: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)('request-timeout', get('request-timeout') || '60s', _config_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REQUEST_TIMEOUT_MS */ .qV),
    };
}


/***/ }),

/***/ 22973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ defaultLockfile),
/* harmony export */   WW: () => (/* binding */ MIN_POLL_INTERVAL_MS),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   qV: () => (/* binding */ MIN_REQUEST_TIMEOUT_MS),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/** One typed configuration, built by the action from inputs and by the CLI from flags. */


const DEFAULT_API_URL = 'https://api.creatify.ai';
/** The shortest poll interval accepted: a shorter one would flood the API with status checks. */
const MIN_POLL_INTERVAL_MS = 1000;
/** The shortest request timeout accepted: a shorter one fails every upload. */
const MIN_REQUEST_TIMEOUT_MS = 1000;
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

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UK: () => (/* binding */ errnoCode),
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
/** The `code` of a Node system error (ENOENT, ELOOP, …), if it has one. */
function errnoCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 36667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   T$: () => (/* binding */ HASH_CONCURRENCY),
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
 * SHA-256 of local videos, the identity the lockfile compares against. A video is read one
 * way only, `readChunks`: from its start in fixed-size chunks, each hashed as it is read,
 * so memory stays flat whatever its size. Plain hashing and the upload (which hashes the
 * bytes it actually sends) both read through it.
 */



/** 1 MiB reads: a sixteenth of the reads of Node's 64 KiB default on a large video. */
const CHUNK_BYTES = 1024 * 1024;
/** what `checkAndHashFile` shows its check: enough for an ftyp box or a Git LFS pointer */
const HEAD_BYTES = 1024;
/**
 * Default files in flight when checking and hashing many. Hashing is bound by round trips
 * to the libuv pool rather than by the disk, so it wants more than the upload concurrency:
 * 16 was the knee on 5,000 files of 10-50 KiB with 2 cores.
 */
const HASH_CONCURRENCY = 16;
const openFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.open);
const fstatFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.fstat);
const readFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.read);
const closeFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.close);
/**
 * The bytes of a file from its start, up to the limit and fewer if it shrinks meanwhile,
 * in fresh buffers of at most CHUNK_BYTES, each fed to `hash` before it is yielded. The
 * file is closed when the reading ends or is abandoned. A plain descriptor rather than a
 * `FileHandle`: on thousands of small files the handle objects cost about a third more.
 */
async function* readChunks(path, hash, options = {}) {
    const fd = await openFd(path, 'r');
    try {
        let end = options.limit;
        if (end === undefined || options.sized) {
            const { size } = await fstatFd(fd);
            options.sized?.(size);
            end ??= size;
        }
        for (let position = 0; position < end;) {
            const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - position));
            const { bytesRead } = await readFd(fd, buffer, 0, buffer.length, position);
            if (bytesRead === 0)
                return;
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            position += bytesRead;
            yield chunk;
        }
    }
    finally {
        await closeFd(fd);
    }
}
/**
 * SHA-256 (hex) and byte size of a file. The size is the number of bytes hashed, so the
 * two agree even if the file changes during the read.
 */
async function hashFile(absolutePath) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of readChunks(absolutePath, hash))
        size += chunk.length;
    return { sha256: hash.digest('hex'), size };
}
/**
 * One read for both: `check` looks at the first bytes (what the video header checks need)
 * and the size on disk, and only when it passes is the rest of the file hashed.
 */
async function checkAndHashFile(absolutePath, check) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    let verdict;
    let hashed = 0;
    for await (const chunk of readChunks(absolutePath, hash, { sized: (value) => (size = value) })) {
        if (verdict === undefined) {
            verdict = check(chunk.subarray(0, HEAD_BYTES), size);
            // leaving the loop closes the file
            if (!verdict.ok)
                return { check: verdict };
        }
        hashed += chunk.length;
    }
    verdict ??= check(Buffer.alloc(0), size);
    return (verdict.ok ? { check: verdict, hash: { sha256: hash.digest('hex'), size: hashed } } : { check: verdict });
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


/***/ }),

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   nx: () => (/* binding */ parseCredential),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
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
/**
 * `90s`, `30m`, `2h`, `1h30m`, `500ms` or plain seconds; returns milliseconds. A value
 * under `minMs` is refused (a poll interval of 0 would flood the API).
 */
function parseDuration(name, value, minMs = 0) {
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return parseDuration(name, `${v}s`, minMs);
    const parts = [...v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== v) {
        throw invalid(name, value, 'a duration such as 90s, 30m, 2h or a number of seconds');
    }
    let total = 0;
    for (const part of parts)
        total += Number(part[1]) * UNITS[part[2]];
    if (total < minMs)
        throw invalid(name, value, `a duration of at least ${formatDuration(minMs)}`);
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
/**
 * An API credential (undefined when unset). It goes in an HTTP header, so it must be
 * printable ASCII without spaces; the error never repeats the value.
 */
function parseCredential(name, value) {
    const v = value.trim();
    if (v === '')
        return undefined;
    if (!/^[\x21-\x7e]+$/.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('INPUT_INVALID', `${name} holds characters an HTTP header cannot carry (a space, a line break or a non-ASCII character).`, {
            hint: `copy ${name} again from the Creatify API dashboard into the secret, without anything around it`,
        });
    }
    return v;
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
    // Credentials in a URL would be printed wherever the URL is; they go in api-id and api-key.
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('INPUT_INVALID', `${name}: the URL holds a user name or password, which is not accepted.`, {
            hint: 'Give the URL without credentials; the API credentials go in api-id and api-key.',
        });
    }
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

//# sourceMappingURL=379.index.js.map