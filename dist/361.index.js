export const id = 361;
export const ids = [361];
export const modules = {

/***/ 61396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ACTION_PRODUCT),
/* harmony export */   startEarlyCheck: () => (/* binding */ startEarlyCheck)
/* harmony export */ });
/* unused harmony export EARLY_ANSWER_MAX_AGE_MS */
/* harmony import */ var _engine_api_factory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95894);
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
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19556);
/* harmony import */ var _input_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33051);


function resolveMode(requested, eventName) {
    if (requested !== 'auto')
        return requested;
    return (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .isPullRequestEvent */ .T)(eventName ?? '') ? 'plan' : 'sync';
}
function inputsOf(get) {
    return { workspace: '', raw: (name) => get(name) || undefined, label: (name) => name };
}
/** The `mode` input, `auto` when unset. */
function readRequestedMode(get) {
    return (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(inputsOf(get), 'mode');
}
/** The API inputs; missing credentials are undefined. Throws INPUT_INVALID on a bad url or timeout. */
function readApiSettings(get) {
    const inputs = inputsOf(get);
    return { url: (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(inputs, 'api-url'), apiId: (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(inputs, 'api-id'), apiKey: (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(inputs, 'api-key'), requestTimeoutMs: (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(inputs, 'request-timeout') };
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readGitHubContext),
/* harmony export */   T: () => (/* binding */ isPullRequestEvent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where the run stands on GitHub: repository, event, the commit to report on, the pull
 * request and the branch, read from the runner's environment and event payload.
 */

/** Events of changes not merged yet (a merge queue's run is one): never committed to. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
function isPullRequestEvent(eventName) {
    return PULL_REQUEST_EVENTS.has(eventName);
}
function field(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
function text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function readPayload(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Undefined outside GitHub Actions (no GITHUB_REPOSITORY or no commit to report on). */
function readGitHubContext(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return undefined;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const pr = field(payload, 'pull_request');
    const isPr = isPullRequestEvent(eventName) && pr !== undefined;
    const prNumber = field(pr, 'number');
    const sha = (isPr ? text(field(pr, 'head', 'sha')) : undefined) ?? text(env.GITHUB_SHA);
    if (!sha)
        return undefined;
    const head = text(field(pr, 'head', 'repo', 'full_name'));
    const base = text(field(pr, 'base', 'repo', 'full_name'));
    const ref = env.GITHUB_REF ?? '';
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10);
    return {
        eventName,
        owner,
        repo,
        sha,
        branch: !isPr && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
        pullNumber: isPr && typeof prNumber === 'number' && Number.isInteger(prNumber) ? prNumber : undefined,
        fromFork: isPr && head !== undefined && base !== undefined && head !== base,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    };
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

//# sourceMappingURL=361.index.js.map