export const id = 957;
export const ids = [957];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ configFromFlags),
/* harmony export */   _$: () => (/* binding */ HELP),
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* unused harmony export OPTIONS */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22973);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25303);
/** Command-line flags into the same Config the action builds from its inputs. */






const OPTIONS = {
    manifest: { type: 'string', default: 'avatars.yml' },
    lockfile: { type: 'string' },
    workspace: { type: 'string' },
    results: { type: 'string' },
    json: { type: 'boolean', default: false },
    wait: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '30m' },
    'poll-interval': { type: 'string', default: '30s' },
    'on-timeout': { type: 'string', default: 'fail' },
    concurrency: { type: 'string', default: '4' },
    'api-url': { type: 'string' },
    'request-timeout': { type: 'string', default: '60s' },
    shard: { type: 'string', default: '' },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    quota: { type: 'string' },
    'approve-after': { type: 'string' },
    'reject-pattern': { type: 'string' },
    latency: { type: 'string' },
    'list-pending': { type: 'string' },
    'require-fields': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
function parseFlags(argv) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('INPUT_INVALID', error.message, { hint: 'run creatify-avatars --help' });
    }
}
function configFromFlags(mode, values, env) {
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd());
    const manifest = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .workspacePath */ .X5)(workspace, values.manifest, '--manifest');
    const lockfile = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .workspacePath */ .X5)(workspace, values.lockfile ?? (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultLockfile */ .VL)(manifest.display), '--lockfile');
    return {
        mode,
        workspace,
        manifest,
        lockfile,
        results: values.results
            ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values.results)
            : node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(), 'creatify-avatars', `results-${process.pid}.json`),
        api: {
            url: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseHttpUrl */ .f$)('--api-url', values['api-url'] ?? env.CREATIFY_API_URL ?? _config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_API_URL */ .rK),
            apiId: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCredential */ .nx)('CREATIFY_API_ID', env.CREATIFY_API_ID ?? ''),
            apiKey: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCredential */ .nx)('CREATIFY_API_KEY', env.CREATIFY_API_KEY ?? ''),
            requestTimeoutMs: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)('--request-timeout', values['request-timeout'], _config_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_REQUEST_TIMEOUT_MS */ .qV),
        },
        wait: {
            enabled: values.wait,
            timeoutMs: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)('--timeout', values.timeout),
            pollIntervalMs: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)('--poll-interval', values['poll-interval'], _config_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_POLL_INTERVAL_MS */ .WW),
            onTimeout: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEnum */ .nL)('--on-timeout', values['on-timeout'], ['fail', 'warn']),
        },
        concurrency: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseInteger */ .cG)('--concurrency', values.concurrency, 1, 32),
        shard: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShard */ .uK)('--shard', values.shard),
    };
}
const HELP = `Usage: creatify-avatars <command> [options]

Commands:
  plan       validate the manifest and show what a sync would do (sends nothing)
  sync       create the new and changed avatars on Creatify
  status     refresh the status of the avatars in the lockfile
  merge      merge shard lockfiles: merge --lockfile avatars.lock.json a.lock.json b.lock.json
  emulator   serve a local Creatify emulator
  demo       run a sync of examples/ against an emulator started for the purpose

Options:
  --manifest <path>       manifest, relative to the workspace (default avatars.yml)
  --lockfile <path>       lockfile (default: manifest name + .lock.json)
  --workspace <dir>       repository root (default: current directory)
  --json                  print the result as JSON
  --wait                  block until every avatar is approved
  --timeout <dur>         how long to wait at most (default 30m)
  --poll-interval <dur>   time between status checks (default 30s, at least 1s)
  --on-timeout fail|warn  what a timeout does (default fail)
  --concurrency <n>       uploads in flight at once (default 4)
  --api-url <url>         Creatify base URL (default ${_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_API_URL */ .rK})
  --request-timeout <dur> time limit of one API request (default 60s, at least 1s)
  --shard <i/n>           handle only the i-th of n slices of the manifest
  --results <file>        where to write the results JSON

Emulator options:
  --port <n> --host <addr> --quota <n> --approve-after <dur> --reject-pattern <regex> --latency <dur>
  --list-pending show|hide --require-fields on|off

Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY.
Exit codes: 0 success, 1 failure (manifest errors, API errors, rejection, timeout).`;


/***/ }),

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);



const MODES = ['plan', 'sync', 'status'];
async function main(argv, env = process.env) {
    // never echo a credential, whatever else goes wrong
    const secrets = [env.CREATIFY_API_KEY, env.CREATIFY_API_ID].filter((s) => !!s && s.length >= 4);
    const redact = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    try {
        const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(argv);
        if (values.version) {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}\n`);
            return 0;
        }
        const command = positionals[0];
        if (values.help || command === undefined || command === 'help') {
            process.stdout.write(`${_args_js__WEBPACK_IMPORTED_MODULE_1__/* .HELP */ ._$}\n`);
            return command === undefined && !values.help ? 1 : 0;
        }
        if (command === 'emulator') {
            const { serveEmulator } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(431), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 42495));
            return await serveEmulator(values);
        }
        if (command === 'demo') {
            const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(431), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 46677));
            return await runDemo(values);
        }
        if (command === 'merge') {
            const { runMerge } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(606), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 15682));
            return await runMerge(values.lockfile ?? 'avatars.lock.json', positionals.slice(1));
        }
        if (command === 'schema') {
            const { manifestJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 46470));
            process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
            return 0;
        }
        if (!MODES.includes(command)) {
            process.stderr.write(`error: unknown command "${command}"\n\n${_args_js__WEBPACK_IMPORTED_MODULE_1__/* .HELP */ ._$}\n`);
            return 1;
        }
        const { runCommand } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(728), __webpack_require__.e(606), __webpack_require__.e(32), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 29942));
        return await runCommand(command, values, env, redact);
    }
    catch (error) {
        process.stderr.write(redact(describeError(error)));
        return 1;
    }
}
function describeError(error) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAppError */ .Y6)(error)) {
        const lines = error.problems.map((p) => `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}\n`);
        return `${lines.join('')}error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`;
    }
    return `error: unexpected: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}\n`;
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

//# sourceMappingURL=957.index.js.map