export const id = 616;
export const ids = [616];
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
// EXTERNAL MODULE: ./src/github/report.ts
var report = __webpack_require__(62745);
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
// EXTERNAL MODULE: ./src/action/mode.ts
var mode = __webpack_require__(35795);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/** Reads the action's inputs and environment into one typed Config. */







function input(name, fallback) {
    const value = core/* getInput */.V4(name);
    return value === '' ? fallback : value;
}
function readActionConfig(env = process.env) {
    const workspace = external_node_path_.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const manifestInput = input('manifest', 'avatars.yml');
    const manifest = (0,config/* workspacePath */.X5)(workspace, manifestInput, 'manifest');
    const lockfile = (0,config/* workspacePath */.X5)(workspace, input('lockfile', (0,config/* defaultLockfile */.VL)(manifest.display)), 'lockfile');
    if (lockfile.absolute === manifest.absolute) {
        throw new errors/* AppError */.uV('INPUT_INVALID', 'lockfile must not be the manifest itself');
    }
    const requestedMode = (0,mode/* readRequestedMode */.OY)(core/* getInput */.V4);
    const temp = env.RUNNER_TEMP || external_node_os_.tmpdir();
    return {
        mode: (0,mode/* resolveMode */.U5)(requestedMode, env.GITHUB_EVENT_NAME),
        requestedMode,
        workspace,
        manifest,
        lockfile,
        results: external_node_path_.join(temp, 'creatify-avatars', `results-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_JOB ?? 'job'}-${process.pid}.json`),
        api: (0,mode/* readApiSettings */.EG)(core/* getInput */.V4),
        wait: {
            enabled: (0,parse/* parseBoolean */.yG)('wait-for-approval', input('wait-for-approval', 'false')),
            timeoutMs: (0,parse/* parseDuration */.E9)('timeout', input('timeout', '30m')),
            pollIntervalMs: (0,parse/* parseDuration */.E9)('poll-interval', input('poll-interval', '30s'), config/* MIN_POLL_INTERVAL_MS */.WW),
            onTimeout: (0,parse/* parseEnum */.nL)('on-timeout', input('on-timeout', 'fail'), ['fail', 'warn']),
        },
        concurrency: (0,parse/* parseInteger */.cG)('concurrency', input('concurrency', '4'), 1, 32),
        shard: (0,parse/* parseShard */.uK)('shard', core/* getInput */.V4('shard')),
        githubToken: core/* getInput */.V4('github-token') || undefined,
        commitLockfile: (0,parse/* parseBoolean */.yG)('commit-lockfile', input('commit-lockfile', 'false')),
        artifactName: core/* getInput */.V4('artifact-name'),
    };
}

// EXTERNAL MODULE: ./src/engine/api-factory.ts + 3 modules
var api_factory = __webpack_require__(16850);
// EXTERNAL MODULE: ./src/action/early-check.ts
var early_check = __webpack_require__(61396);
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
    core/* setOutput */.uH('approved', JSON.stringify((0,engine_result/* idsWithStatus */.zk)(result, ['approved'])));
    core/* setOutput */.uH('pending', JSON.stringify((0,engine_result/* idsWithStatus */.zk)(result, ['pending'])));
    core/* setOutput */.uH('failed', JSON.stringify((0,engine_result/* idsWithStatus */.zk)(result, ['failed', 'rejected'])));
    core/* setOutput */.uH('lockfile', config.lockfile.display);
    if (resultsPath)
        core/* setOutput */.uH('results', resultsPath);
}
/** Outputs of a run that failed before it had a result: empty lists, so `fromJSON` still works. */
function setEmptyOutputs(config) {
    for (const name of ['avatars', 'created', 'approved', 'pending', 'failed'])
        core/* setOutput */.uH(name, '[]');
    core/* setOutput */.uH('lockfile', config.lockfile.display);
}
/** Appends to the job summary; a runner without one (GITHUB_STEP_SUMMARY unset) gets a warning, not a failure. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* warning */.$e('GITHUB_STEP_SUMMARY is not set: this runner has no job summary, so none is written.');
        return;
    }
    try {
        await core/* summary */.z.addRaw(markdown).write();
    }
    catch (error) {
        core/* warning */.$e(`the job summary could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
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
/** `early`: the quota check sent at start (see early-check.ts), if there is one. */
async function run_run(early) {
    maskSecrets();
    const cancel = cancellation();
    let config;
    let result;
    try {
        config = readActionConfig();
        core/* debug */.Yz(`mode ${config.mode} (requested ${config.requestedMode}), manifest ${config.manifest.display}, lockfile ${config.lockfile.display}`);
        const deps = {
            api: (0,api_factory.createApiFactory)(config, early_check/* ACTION_PRODUCT */.d, (line) => core/* info */.pq(`retrying ${line}`), early),
            clock: clock/* systemClock */.m,
            reporter: reporter(),
            signal: cancel.signal,
        };
        // a run on a branch starts from the branch's lockfile, if one was committed since its commit
        const startBlob = config.githubToken && config.mode !== 'plan'
            ? await (await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 55343))).startFromBranchLockfile(config, process.env)
            : undefined;
        result = await (0,run/* runMode */.r)(config, deps);
        if (cancel.signal.aborted) {
            result.incomplete ??= 'cancelled before the run finished; every avatar created before the cancellation is in the lockfile; run it again to go on where it stopped';
        }
        await (0,results_file/* writeResults */.K)(config.results, result, new Date());
        setOutputs(config, result, config.results);
        await writeSummary((0,summary/* renderSummary */.Br)(result));
        for (const warning of result.warnings ?? [])
            core/* warning */.$e(warning);
        const published = await publishIfWanted(config, result, undefined, startBlob);
        if (result.mode === 'sync' && result.lockfileChanged && !config.commitLockfile) {
            core/* warning */.$e(`${config.lockfile.display} changed: commit it (or set commit-lockfile: true), ${(0,summary/* lockfileAdvice */.Cg)(result)}.`, { title: 'Commit the lockfile', file: config.lockfile.display });
        }
        const failure = result.failure ?? published.failure;
        if (failure)
            core/* setFailed */.C1(failure.hint ? `${failure.message} (${failure.hint})` : failure.message);
        // the engine's own account of the cancellation says what is left and how to go on
        else if (cancel.signal.aborted)
            core/* setFailed */.C1(result.incomplete ?? 'cancelled before the run finished; run it again to go on where it stopped');
    }
    catch (error) {
        if (config) {
            // the outputs a later step reads, and a summary saying why there is nothing in them
            setEmptyOutputs(config);
            const title = `## Creatify avatars: ${config.mode}\n\n`;
            await writeSummary(title + (0,report/* renderReport */.B1)({ result: undefined, error: (0,errors/* isAppError */.Y6)(error) ? error : undefined, manifest: config.manifest.display }));
            if ((0,errors/* isAppError */.Y6)(error))
                await publishIfWanted(config, undefined, error).catch(() => undefined);
        }
        fail(error);
    }
    finally {
        early?.dispose();
        cancel.dispose();
    }
}
async function publishIfWanted(config, result, error, startBlob) {
    const wanted = Boolean(config.githubToken) || (config.artifactName !== '' && result !== undefined) || config.commitLockfile;
    if (!wanted)
        return {};
    const { publish } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 55343));
    const published = await publish({ config, result, error, startBlob, resultsPath: result ? config.results : undefined, env: process.env });
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

/***/ 62745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ quotaLine),
/* harmony export */   B1: () => (/* binding */ renderReport)
/* harmony export */ });
/* unused harmony export REPORT_LIMIT_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54285);
/* harmony import */ var _report_quota_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85682);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57994);




/** GitHub's limits: 65,535 bytes of check-run summary, 65,536 characters of comment. */
const REPORT_LIMIT_BYTES = 60_000;
function quotaLine(quota) {
    return (0,_report_quota_js__WEBPACK_IMPORTED_MODULE_2__/* .quotaFits */ .N)(quota)
        ? `Quota: ${quota.current} of ${quota.max} custom avatars used; the ${quota.planned} to create fit.`
        : `Quota: ${quota.planned} to create but the Creatify account has room for ${(0,_report_quota_js__WEBPACK_IMPORTED_MODULE_2__/* .quotaRoom */ .g)(quota)} (${quota.current} of ${quota.max} used): **a sync would fail**.`;
}
/** The body without the marker; `limit` bounds it in UTF-8 bytes. */
function renderReport(input, limit = REPORT_LIMIT_BYTES) {
    const head = [];
    const tail = [];
    if (input.runUrl)
        tail.push(`\n<sub>[Workflow run](${input.runUrl})</sub>\n`);
    if (!input.result) {
        const error = input.error;
        const problems = error?.problems ?? [];
        head.push(`**❌ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(error ? error.message : 'the run failed')}**${error?.hint ? ` — ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(error.hint)}` : ''}\n\n`);
        return head.join('') + bounded(problems.map((p) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}\n`), limit - (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(head.join('') + tail.join('')), 'problems', 'every one is in the step log') + tail.join('');
    }
    const result = input.result;
    head.push(`**${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .gJ)(result)}**\n\n`);
    if (result.shard)
        head.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
    const quota = input.quota ?? result.quota;
    if (quota)
        head.push(`${quotaLine(quota)}\n\n`);
    else if (input.quotaNote)
        head.push(`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(input.quotaNote)}\n\n`);
    if (result.incomplete)
        head.push(`> [!WARNING]\n> ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(result.incomplete)}\n\n`);
    if (result.failure)
        head.push(`**❌ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(result.failure.message)}**\n\n`);
    // a plan lists what changes; unchanged avatars are only counted
    const shown = result.mode === 'plan' ? result.avatars.filter((a) => a.action !== 'unchanged') : result.avatars;
    if (shown.length === 0) {
        head.push(result.mode === 'plan' ? 'Nothing to create or replace.\n' : 'No avatars.\n');
        return head.join('') + tail.join('');
    }
    if (result.orphaned.length > 0)
        tail.unshift(`\n${result.orphaned.length} avatar(s) in the lockfile are no longer in the manifest (kept; Creatify has no delete).\n`);
    const rows = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .avatarRows */ .Pl)(shown).map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableLine */ .F0);
    const budget = limit - (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(head.join('') + tail.join('') + _report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .AVATAR_HEADER */ .yw);
    return head.join('') + _report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .AVATAR_HEADER */ .yw + bounded(rows, budget, 'avatars', 'the full list is in the job summary and the results artifact') + tail.join('');
}
/** Keeps whole lines while they fit, then says how many are shown. */
function bounded(lines, budget, what, where) {
    const note = (kept) => `\n_Showing ${kept} of ${lines.length} ${what}; ${where}._\n`;
    const { kept } = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fitLines */ .RV)(lines, budget - (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(note(lines.length)));
    return kept.join('') + (kept.length < lines.length ? note(kept.length) : '');
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

//# sourceMappingURL=616.index.js.map