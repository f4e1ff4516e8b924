export const id = 674;
export const ids = [674,145];
export const modules = {

/***/ 34674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// UNUSED EXPORTS: setOutputs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(61173);
// EXTERNAL MODULE: ./src/engine/run.ts
var run = __webpack_require__(62515);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __webpack_require__(89047);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(22973);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/** Reads the action's inputs and environment into one typed Config. */






const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
function input(name, fallback) {
    const value = core/* getInput */.V4(name);
    return value === '' ? fallback : value;
}
function resolveMode(requested, eventName) {
    if (requested !== 'auto')
        return requested;
    return PULL_REQUEST_EVENTS.has(eventName ?? '') ? 'plan' : 'sync';
}
function readActionConfig(env = process.env) {
    const workspace = external_node_path_.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const manifestInput = input('manifest', 'avatars.yml');
    const manifest = (0,config/* workspacePath */.X5)(workspace, manifestInput, 'manifest');
    const lockfile = (0,config/* workspacePath */.X5)(workspace, input('lockfile', (0,config/* defaultLockfile */.VL)(manifest.display)), 'lockfile');
    if (lockfile.absolute === manifest.absolute) {
        throw new errors/* AppError */.uV('INPUT_INVALID', 'lockfile must not be the manifest itself');
    }
    const requestedMode = (0,parse/* parseEnum */.nL)('mode', input('mode', 'auto'), ['auto', 'plan', 'sync', 'status']);
    const apiId = core/* getInput */.V4('api-id') || undefined;
    const apiKey = core/* getInput */.V4('api-key') || undefined;
    const temp = env.RUNNER_TEMP || external_node_os_.tmpdir();
    return {
        mode: resolveMode(requestedMode, env.GITHUB_EVENT_NAME),
        requestedMode,
        workspace,
        manifest,
        lockfile,
        results: external_node_path_.join(temp, 'creatify-avatars', `results-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_JOB ?? 'job'}-${process.pid}.json`),
        api: {
            url: (0,parse/* parseHttpUrl */.f$)('api-url', input('api-url', config/* DEFAULT_API_URL */.rK)),
            apiId,
            apiKey,
            requestTimeoutMs: (0,parse/* parseDuration */.E9)('request-timeout', input('request-timeout', '60s')),
        },
        wait: {
            enabled: (0,parse/* parseBoolean */.yG)('wait-for-approval', input('wait-for-approval', 'false')),
            timeoutMs: (0,parse/* parseDuration */.E9)('timeout', input('timeout', '30m')),
            pollIntervalMs: (0,parse/* parseDuration */.E9)('poll-interval', input('poll-interval', '30s')),
            onTimeout: (0,parse/* parseEnum */.nL)('on-timeout', input('on-timeout', 'fail'), ['fail', 'warn']),
        },
        concurrency: (0,parse/* parseInteger */.cG)('concurrency', input('concurrency', '4'), 1, 32),
        shard: (0,parse/* parseShard */.uK)('shard', core/* getInput */.V4('shard')),
        githubToken: core/* getInput */.V4('github-token') || undefined,
        commitLockfile: (0,parse/* parseBoolean */.yG)('commit-lockfile', input('commit-lockfile', 'false')),
        artifactName: core/* getInput */.V4('artifact-name'),
    };
}

// EXTERNAL MODULE: ./src/engine/api-factory.ts
var api_factory = __webpack_require__(20145);
;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action's adapter: inputs in, engine run, outputs, summary and annotations out.
 * The only place that fails the step.
 */









/** Masks the credentials before anything else can print them. */
function maskSecrets() {
    for (const name of ['api-key', 'api-id', 'github-token']) {
        const value = core/* getInput */.V4(name);
        if (value)
            core/* setSecret */.Pq(value);
    }
}
function reporter() {
    return {
        info: (line) => core/* info */.pq(line),
        warning: (line) => core/* warning */.$e(line),
        debug: (line) => core/* debug */.Yz(line),
        group: (title, fn) => core/* group */.Os(title, fn),
    };
}
function setOutputs(config, result, resultsPath) {
    core/* setOutput */.uH('avatars', JSON.stringify(result.avatars.map((a) => ({
        key: a.key,
        creator_name: a.creator_name,
        id: a.id,
        status: a.status,
        action: a.action,
        source: a.source,
        sha256: a.sha256,
    }))));
    core/* setOutput */.uH('created', JSON.stringify(result.created));
    core/* setOutput */.uH('approved', JSON.stringify((0,engine_result/* idsWithStatus */.z)(result, ['approved'])));
    core/* setOutput */.uH('pending', JSON.stringify((0,engine_result/* idsWithStatus */.z)(result, ['pending'])));
    core/* setOutput */.uH('failed', JSON.stringify((0,engine_result/* idsWithStatus */.z)(result, ['failed', 'rejected'])));
    core/* setOutput */.uH('lockfile', config.lockfile.display);
    if (resultsPath)
        core/* setOutput */.uH('results', resultsPath);
}
/**
 * A cancelled workflow sends SIGINT, then SIGTERM, then kills: on the first signal the
 * engine stops starting work, and the lockfile and outputs are written before exit.
 */
function cancellation() {
    const controller = new AbortController();
    const onSignal = (name) => () => {
        if (!controller.signal.aborted)
            core/* warning */.$e(`${name} received: stopping; the lockfile and outputs are written before exit`);
        controller.abort();
    };
    const onInt = onSignal('SIGINT');
    const onTerm = onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
        },
    };
}
async function run_run() {
    maskSecrets();
    const cancel = cancellation();
    let config;
    let result;
    try {
        config = readActionConfig();
        core/* debug */.Yz(`mode ${config.mode} (requested ${config.requestedMode}), manifest ${config.manifest.display}, lockfile ${config.lockfile.display}`);
        const deps = {
            api: (0,api_factory.createApiFactory)(config, 'creatify-avatars-action', (line) => core/* info */.pq(`retrying ${line}`)),
            clock: clock/* systemClock */.m,
            reporter: reporter(),
            signal: cancel.signal,
        };
        result = await (0,run/* runMode */.r)(config, deps);
        if (cancel.signal.aborted) {
            result.incomplete ??= 'cancelled before the run finished; every avatar created before the cancellation is in the lockfile; run it again to go on where it stopped';
        }
        await (0,results_file/* writeResults */.K)(config.results, result, new Date());
        setOutputs(config, result, config.results);
        await core/* summary */.z.addRaw((0,summary/* renderSummary */.Br)(result)).write();
        for (const warning of result.warnings ?? [])
            core/* warning */.$e(warning);
        const published = await publishIfWanted(config, result, undefined);
        if (result.mode === 'sync' && result.lockfileChanged && !config.commitLockfile) {
            core/* warning */.$e(`${config.lockfile.display} changed: commit it (or set commit-lockfile: true), or the next run will create these avatars again.`, { title: 'Commit the lockfile', file: config.lockfile.display });
        }
        const failure = result.failure ?? published.failure;
        if (failure)
            core/* setFailed */.C1(failure.hint ? `${failure.message} (${failure.hint})` : failure.message);
        // the engine's own account of the cancellation says what is left and how to go on
        else if (cancel.signal.aborted)
            core/* setFailed */.C1(result.incomplete ?? 'cancelled before the run finished; run it again to go on where it stopped');
    }
    catch (error) {
        if (config && (0,errors/* isAppError */.Y6)(error))
            await publishIfWanted(config, undefined, error).catch(() => undefined);
        fail(error);
    }
    finally {
        cancel.dispose();
    }
}
async function publishIfWanted(config, result, error) {
    const wanted = Boolean(config.githubToken) || (config.artifactName !== '' && result !== undefined) || config.commitLockfile;
    if (!wanted)
        return {};
    const { publish } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(833)]).then(__webpack_require__.bind(__webpack_require__, 65833));
    const published = await publish({ config, result, error, resultsPath: result ? config.results : undefined, env: process.env });
    if (published.artifactId !== undefined)
        core/* setOutput */.uH('artifact-id', String(published.artifactId));
    return published;
}
function fail(error) {
    if ((0,errors/* isAppError */.Y6)(error)) {
        for (const problem of error.problems) {
            const loc = problem.location;
            core/* error */.z3(problem.hint ? `${problem.message} (${problem.hint})` : problem.message, {
                title: 'Creatify avatars manifest',
                ...(loc
                    ? {
                        file: loc.file,
                        startLine: loc.line,
                        startColumn: loc.column,
                        ...(loc.endLine === loc.line && loc.endColumn ? { endLine: loc.endLine, endColumn: loc.endColumn } : {}),
                    }
                    : {}),
            });
        }
        const detail = error.problems.length > 0 ? `:\n${error.problems.map(errors/* formatProblem */.Vw).join('\n')}` : '';
        core/* setFailed */.C1(`${error.message}${error.hint ? ` (${error.hint})` : ''}${detail}`);
        core/* debug */.Yz(`error code ${error.code}`);
        return;
    }
    core/* setFailed */.C1(`unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`);
    if (error instanceof Error && error.stack)
        core/* debug */.Yz(error.stack);
}


/***/ }),

/***/ 22973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ defaultLockfile),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
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

/***/ 25693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ createCreatifyClient)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/clock.ts
var util_clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(32693);
// EXTERNAL MODULE: ./src/creatify/api-errors.ts
var api_errors = __webpack_require__(85125);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
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
const SHA256_HEX = /^[0-9a-f]{64}$/i;
/**
 * Builds a fresh body for one attempt. The files are checked again first, and each is
 * read only up to its checked size, so a file growing meanwhile cannot break the length.
 *
 * A file rewritten with other bytes of the same size is caught by hashing each file as it
 * streams out: the last bytes of the body (the closing boundary) are withheld until every
 * streamed SHA-256 equals the planned one. On a mismatch the body fails instead, so the
 * request is aborted with an incomplete body and the server creates nothing from it.
 */
async function buildMultipartUpload(fields, lipsync, consent, options = {}) {
    const files = [['lipsync_input', lipsync]];
    if (consent)
        files.push(['consent_video', consent]);
    for (const [, file] of files)
        await assertUnchanged(file);
    // loaded here, not at start: a run that uploads nothing never needs it (and its MIME
    // database costs about 15 ms to load)
    const { default: FormData } = await Promise.all(/* import() */[__webpack_require__.e(758), __webpack_require__.e(454)]).then(__webpack_require__.t.bind(__webpack_require__, 96454, 23));
    const form = new FormData();
    for (const [name, value] of textParts(fields))
        form.append(name, value);
    const streams = [];
    const digests = [];
    for (const [name, file] of files) {
        // 1 MiB reads: a sixteenth of the reads and buffers of the 64 KiB default on a large video
        const stream = (0,external_node_fs_.createReadStream)(file.absolutePath, { start: 0, end: file.size - 1, highWaterMark: 1024 * 1024 });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const hashing = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                hash.update(chunk);
                callback(null, chunk);
            },
        });
        stream.on('error', (error) => hashing.destroy(error));
        stream.pipe(hashing);
        streams.push(stream, hashing);
        digests.push({ file, field: name, digest: () => hash.digest('hex') });
        form.append(name, hashing, { knownLength: file.size, filename: file.filename, contentType: file.contentType });
    }
    const length = form.getLengthSync();
    // the closing boundary, sent only once the files' bytes are verified
    const withheld = Buffer.byteLength(`--${form.getBoundary()}--\r\n`);
    let read = 0;
    let sent = 0;
    const held = [];
    const pass = (chunk) => {
        sent += chunk.length;
        options.onBytes?.(sent, length);
        return chunk;
    };
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            const free = Math.max(0, length - withheld - read);
            read += chunk.length;
            if (chunk.length <= free) {
                callback(null, pass(chunk));
                return;
            }
            held.push(chunk.subarray(free));
            callback(null, free > 0 ? pass(chunk.subarray(0, free)) : undefined);
        },
        flush(callback) {
            // Fewer bytes than announced means a file shrank while it was read.
            if (read !== length) {
                callback(new errors/* AppError */.uV('FILE_INVALID', `A video changed while it was uploaded (${read} of ${length} bytes read).`));
                return;
            }
            for (const { file, field, digest } of digests) {
                // verified against a planned hash only (callers without one pass a placeholder)
                const streamed = digest();
                if (file.sha256 !== null && SHA256_HEX.test(file.sha256) && streamed !== file.sha256.toLowerCase()) {
                    callback(new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} changed while uploading (its SHA-256 is not the one planned); the upload was aborted before its end, so nothing was created from it.`, { hint: 'Do not modify videos while the action runs; run it again.' }));
                    return;
                }
                options.onHashed?.(field === 'consent_video' ? 'consent_video' : 'lipsync_input', streamed);
            }
            callback(null, held.length > 0 ? pass(Buffer.concat(held)) : undefined);
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
var persona = __webpack_require__(21509);
// EXTERNAL MODULE: ./src/creatify/retry.ts
var retry = __webpack_require__(96451);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/agent.js
var agent = __webpack_require__(57405);
var agent_default = /*#__PURE__*/__webpack_require__.n(agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/api-request.js
var api_request = __webpack_require__(14043);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
;// CONCATENATED MODULE: ./src/creatify/undici-parts.ts


const Agent = (agent_default());
/** undici's `request(url, options)` on a given dispatcher. */
function request(dispatcher, url, options) {
    return api_request_default().call(dispatcher, { ...options, origin: url.origin, path: `${url.pathname}${url.search}` });
}

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
    const dispatcher = options.dispatcher ?? new Agent({ connections: options.maxConnections ?? 8, keepAliveTimeout: 4_000, connect: { timeout: 15_000 } });
    const ownAgent = options.dispatcher ? undefined : dispatcher;
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
            const response = await request(dispatcher, new URL(`${origin}${prefix}${spec.path}`), {
                method: spec.method,
                headers: { ...baseHeaders, ...spec.headers },
                body: spec.body ?? null,
                signal,
                headersTimeout: spec.headersTimeoutMs ?? spec.timeoutMs + BACKSTOP_MS,
                bodyTimeout: requestTimeoutMs + BACKSTOP_MS,
            });
            const text = await (0,persona/* readLimitedText */.gw)(response.body, first(response.headers['content-length']), maxResponseBytes, operation).catch((error) => {
                // keep the status: a 2xx too large to read was still processed (a create is 'accepted')
                if (!(0,errors/* isAppError */.Y6)(error) || error.status !== undefined)
                    throw error;
                throw new errors/* AppError */.uV(error.code, error.message, { status: response.statusCode, cause: error, ...(error.hint ? { hint: error.hint } : {}) });
            });
            return { status: response.statusCode, retryAfter: first(response.headers['retry-after']), location: first(response.headers.location), text };
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
        if (response.status >= 300 && response.status <= 399) {
            // never followed: the credentials would go along to wherever it points
            const to = response.location ? ` to ${(0,format/* truncate */.x)(response.location, 120)}` : '';
            throw new errors/* AppError */.uV('API_ERROR', `Creatify answered ${operation} with a redirect (${response.status})${to}, which is not followed.`, {
                status: response.status,
                hint: 'Check api-url: it must be the API itself (e.g. https://api.creatify.ai), not a page that redirects.',
            });
        }
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
        }, {
            policy,
            clock,
            signal,
            random: options.random,
            // a read changes nothing, so a cut or garbled answer (a proxy, a dropped stream) is
            // worth reading again, unlike a create's
            shouldRetry: (error) => (0,retry/* isRetryable */.r3)(error) || (0,errors/* hasCode */.up)(error, 'API_RESPONSE_INVALID'),
            onRetry: (info) => options.onRetry?.({ ...info, operation }),
        });
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
                ...(callOptions.onHashed ? { onHashed: callOptions.onHashed } : {}),
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


/***/ }),

/***/ 20145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createApiFactory: () => (/* binding */ createApiFactory)
/* harmony export */ });
/* unused harmony export READ_POLICY */
/* harmony import */ var _creatify_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25693);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);



/**
 * Reads are cheap and safe to repeat; a failed read can fail a whole sync (the preflight,
 * the look-up after an unknown create), so they get many tries within five minutes.
 */
const READ_POLICY = { attempts: 8, baseMs: 500, factor: 2, capMs: 30_000, jitter: 'full', budgetMs: 300_000 };
function createApiFactory(config, product, onRetry) {
    let api;
    return () => {
        if (api)
            return api;
        const { apiId, apiKey, url, requestTimeoutMs } = config.api;
        if (!apiId || !apiKey) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('AUTH_FAILED', 'Creatify credentials are missing', {
                hint: 'set the api-id and api-key inputs from repository secrets (CREATIFY_API_ID and CREATIFY_API_KEY for the CLI)',
            });
        }
        const client = (0,_creatify_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createCreatifyClient */ .r)({
            baseUrl: url,
            apiId,
            apiKey,
            userAgent: `${product}/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x} (node ${process.version})`,
            requestTimeoutMs,
            retry: READ_POLICY,
            ...(onRetry
                ? { onRetry: (info) => onRetry(`${info.operation}: ${info.reason}; try ${info.attempt + 1} in ${Math.round(info.delayMs)} ms`) }
                : {}),
        });
        api = client;
        return client;
    };
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

/***/ 25303:
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

//# sourceMappingURL=674.index.js.map