export const id = 490;
export const ids = [490];
export const modules = {

/***/ 22973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ MODES),
/* harmony export */   a: () => (/* binding */ PRUNE_MODES)
/* harmony export */ });
/** One typed configuration, read by the action from its inputs and by the CLI from its flags (input-schema.ts). */
const MODES = ['plan', 'sync', 'status'];
const PRUNE_MODES = ['none', 'orphaned', 'superseded', 'all'];


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

/***/ 79622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   T0: () => (/* binding */ toPosixRelative),
/* harmony export */   rZ: () => (/* binding */ realPathOutside),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, candidate);
    if (rel === '')
        return true;
    return rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel);
}
/** `abs` relative to `root` with `/` separators; `.` for the root itself. */
function toPosixRelative(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs);
    return rel === '' ? '.' : rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
function cachedRealpath(dir, cache) {
    let found = cache.get(dir);
    if (!found) {
        found = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir);
        cache.set(dir, found);
    }
    return found;
}
async function regularFileIn(realRoot, absolute, cache) {
    try {
        const realDir = await cachedRealpath(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(absolute), cache);
        if (!isInside(realRoot, realDir))
            return undefined;
        // one synchronous lstat: cheaper than a round trip to the libuv pool per file
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
        return info.isFile() ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realDir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(absolute)) : undefined;
    }
    catch {
        return undefined; // the full check below says what is wrong
    }
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
    const normal = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(slashed).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../')) {
        return {
            problem: `${shown} leads outside the workspace`,
            hint: 'only files inside the repository checkout can be used',
        };
    }
    return { relative: normal === '' ? '.' : normal };
}
/** The first symbolic link along `relative` (from the root down) that resolves outside. */
async function findEscapingLink(root, realRoot, relative) {
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i += 1) {
        const prefix = parts.slice(0, i).join('/');
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, prefix);
        try {
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs)).isSymbolicLink())
                continue;
            const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
            if (!isInside(realRoot, resolved)) {
                return { link: prefix, target: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(abs), resolved };
            }
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * A name in the same directory that differs only in case or in unicode form (é as one
 * character or as e and an accent), for a "did you mean".
 */
async function caseVariant(root, relative) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(relative);
    const fold = (name) => name.normalize('NFC').toLowerCase();
    const base = fold(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(relative));
    try {
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, dir));
        const match = names.find((name) => fold(name) === base);
        return match === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(dir, match);
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
async function resolveInWorkspace(workspaceRoot, manifestPath, cache = new Map()) {
    const lexical = checkWritten(manifestPath);
    if ('problem' in lexical)
        return problem(lexical.problem, lexical.hint);
    const { relative } = lexical;
    const shown = relative;
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspaceRoot);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, relative);
    const realRoot = await cachedRealpath(root, cache);
    // The common case in few system calls: a regular file (not a link) in a directory
    // whose real place, resolved once per directory, is inside the root.
    if (relative !== '.') {
        const fast = await regularFileIn(realRoot, absolute, cache);
        if (fast !== undefined)
            return { ok: true, absolute, realPath: fast, relative };
    }
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error);
        if (code === 'ELOOP') {
            return problem(`${shown} cannot be resolved: its symbolic links form a loop (ELOOP)`, 'check the links with `ls -l` along the path and point them at a real file');
        }
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            const dangling = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(absolute).then((s) => s.isSymbolicLink(), () => false);
            if (dangling) {
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(absolute);
                return problem(`${shown} is a symbolic link to ${target}, which does not exist`);
            }
            const variant = relative === '.' ? undefined : await caseVariant(root, relative);
            return problem(`${shown} does not exist`, variant !== undefined && variant !== relative
                ? `did you mean ${variant}? Paths are case-sensitive, and an accented letter may be written in two unicode forms`
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
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    if (info.isDirectory()) {
        return problem(`${shown} is a directory, not a video file`, 'name a file, or use a glob such as dir/*.mp4');
    }
    if (!info.isFile())
        return problem(`${shown} is not a regular file`);
    return { ok: true, absolute, realPath: real, relative };
}
/**
 * Null when `file` (absolute), once its symbolic links are resolved, is inside
 * `workspaceRoot`, or does not exist; else the real path it leads to. The manifest and the
 * lockfile are read through this, so that a link in a pull request cannot have the action
 * read, and quote in its errors, a file elsewhere on the runner.
 */
async function realPathOutside(workspaceRoot, file) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return null;
        throw error;
    }
    return isInside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspaceRoot), real) ? null : real;
}


/***/ }),

/***/ 33051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ inputVariable),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   VL: () => (/* binding */ defaultLockfile),
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   mc: () => (/* binding */ INPUTS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22973);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79622);
/* harmony import */ var _util_github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64519);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25303);
/**
 * The options of a run, once for both adapters: each action input's name, default,
 * description and parser, and the command-line flag that gives the same value.
 * action.yml and the CLI's help are checked against this table by a test.
 */






/** The shortest poll interval and request timeout accepted: shorter ones flood the API, or fail every upload. */
const MIN_INTERVAL_MS = 1000;
const duration = (minMs = 0) => (label, value) => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(label, value, minMs);
const INPUTS = {
    'api-id': { description: 'Creatify X-API-ID, from a repository secret. Masked in all logs.', env: 'CREATIFY_API_ID', secret: true, parse: _util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCredential */ .nx },
    'api-key': { description: 'Creatify X-API-KEY, from a repository secret. Masked in all logs.', env: 'CREATIFY_API_KEY', secret: true, parse: _util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCredential */ .nx },
    manifest: {
        description: 'Path of the manifest, relative to the workspace.',
        default: 'avatars.yml',
        flag: '--manifest <path>',
        parse: (label, value, workspace) => workspacePath(workspace, value, label),
    },
    lockfile: {
        description: "Path of the lockfile (default: the manifest's name with .lock.json, e.g. avatars.lock.json).",
        flag: '--lockfile <path>',
        parse: (label, value, workspace) => (value === '' ? undefined : workspacePath(workspace, value, label)),
    },
    'commit-lockfile': { description: 'Commit the updated lockfile back to the branch (needs `contents: write`).', default: 'false', parse: _util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG },
    mode: {
        description: '`plan` (validate and show, no writes to Creatify), `sync` (create new and changed), `status` (refresh statuses of the avatars in the lockfile), `auto` (`plan` on pull requests and merge queues, else `sync`).',
        default: 'auto',
        parse: (label, value) => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnum */ .nL)(label, value, ['auto', ..._config_js__WEBPACK_IMPORTED_MODULE_5__/* .MODES */ .F]),
    },
    'wait-for-approval': { description: 'Block until every avatar of the manifest is approved by Creatify.', default: 'false', flag: '--wait', parse: _util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG },
    timeout: { description: 'How long to wait for approval at most (`90s`, `30m`, `2h` or plain seconds).', default: '30m', flag: '--timeout <dur>', parse: duration() },
    'poll-interval': { description: 'Time between status checks while waiting (at least 1s).', default: '30s', flag: '--poll-interval <dur>', parse: duration(MIN_INTERVAL_MS) },
    'on-timeout': {
        description: '`fail` or `warn` when the timeout passes with avatars still pending.',
        default: 'fail',
        flag: '--on-timeout fail|warn',
        parse: (label, value) => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnum */ .nL)(label, value, ['fail', 'warn']),
    },
    concurrency: { description: 'Uploads in flight at once (1 to 32).', default: '4', flag: '--concurrency <n>', parse: (label, value) => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInteger */ .cG)(label, value, 1, 32) },
    'api-url': { description: 'Creatify base URL (an emulator, a proxy).', default: 'https://api.creatify.ai', flag: '--api-url <url>', env: 'CREATIFY_API_URL', parse: _util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHttpUrl */ .f$ },
    'request-timeout': {
        description: 'Time limit of one Creatify API request, at least 1s (an upload of videos over 1 MiB times out on no progress instead); also how long a create whose answer was lost is looked for before it is sent again.',
        default: '60s',
        flag: '--request-timeout <dur>',
        help: 'Time limit of one Creatify API request, at least 1s',
        parse: duration(MIN_INTERVAL_MS),
    },
    'github-token': {
        description: 'Token for the check run, the commit status and the pull-request comment.',
        default: '${{ github.token }}',
        keepEmpty: true,
        secret: true,
        parse: (_label, value) => value || undefined,
    },
    'artifact-name': { description: 'Name of the results artifact; empty for none.', default: 'creatify-avatars', keepEmpty: true, parse: (_label, value) => value },
    shard: { description: '`i/n`: handle only the i-th of n deterministic slices of the manifest.', default: '', flag: '--shard <i/n>', parse: _util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseShard */ .uK },
    prune: {
        description: 'Which avatars a run deletes from Creatify, on the default branch only: `none`, `orphaned` (their key left the manifest; deleted before the creates), `superseded` (replaced ones, once the new one is approved) or `all`.',
        default: 'none',
        flag: '--prune <mode>',
        help: 'none, orphaned, superseded or all: delete from Creatify what the lockfile no longer uses',
        parse: (label, value) => (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnum */ .nL)(label, value, _config_js__WEBPACK_IMPORTED_MODULE_5__/* .PRUNE_MODES */ .a),
    },
};
const SPECS = INPUTS;
function readInput(source, name) {
    const spec = SPECS[name];
    return spec.parse(source.label(name, spec), source.raw(name, spec) ?? spec.default ?? '', source.workspace);
}
/** A path given relative to the workspace, kept inside it. */
function workspacePath(workspace, input, name) {
    const posix = input.trim().replace(/\\/g, '/');
    if (posix === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `${name} must not be empty`);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, posix);
    if (!(0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(workspace, absolute))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `${name} (${input}) must be inside the workspace ${workspace}`);
    return { absolute, display: (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .toPosixRelative */ .T0)(workspace, absolute) };
}
/** The default lockfile sits beside the manifest: `avatars.yml` → `avatars.lock.json`. */
function defaultLockfile(manifest) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.extname(manifest);
    const base = ext === '.yml' || ext === '.yaml' ? manifest.slice(0, -ext.length) : manifest;
    return `${base}.lock.json`;
}
/**
 * The Config of a run in `mode`, its results file at `results`. Inside GitHub Actions
 * (`env`), `prune` deletes on the default branch only, whichever adapter runs.
 */
function readConfig(source, mode, results, env) {
    const read = (name) => readInput(source, name);
    const manifest = read('manifest');
    const lockfile = read('lockfile') ?? workspacePath(source.workspace, defaultLockfile(manifest.display), 'lockfile');
    if (lockfile.absolute === manifest.absolute)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', 'lockfile must not be the manifest itself');
    const prune = read('prune');
    const held = prune === 'none' ? undefined : (0,_util_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .notOnDefaultBranch */ .eW)(env);
    return {
        mode,
        workspace: source.workspace,
        manifest,
        lockfile,
        results,
        api: { url: read('api-url'), apiId: read('api-id'), apiKey: read('api-key'), requestTimeoutMs: read('request-timeout') },
        wait: { enabled: read('wait-for-approval'), timeoutMs: read('timeout'), pollIntervalMs: read('poll-interval'), onTimeout: read('on-timeout') },
        concurrency: read('concurrency'),
        shard: read('shard'),
        prune: held === undefined ? { mode: prune } : { mode: prune, held },
    };
}
/** The variable through which the runner passes an input (the one @actions/core's getInput reads). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}


/***/ }),

/***/ 64519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   T5: () => (/* binding */ isPullRequestEvent),
/* harmony export */   eW: () => (/* binding */ notOnDefaultBranch)
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
    const branch = !isPr && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10);
    return {
        eventName,
        owner,
        repo,
        sha,
        branch,
        // a schedule's payload may lack the repository; scheduled runs are on the default branch
        defaultBranch: text(field(payload, 'repository', 'default_branch')) ?? (eventName === 'schedule' ? branch : undefined),
        pullNumber: isPr && typeof prNumber === 'number' && Number.isInteger(prNumber) ? prNumber : undefined,
        fromFork: isPr && head !== undefined && base !== undefined && head !== base,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    };
}
/**
 * Why a run inside GitHub Actions is not on the repository's default branch (a pull
 * request, a tag, another branch), or undefined when it is, or runs outside GitHub Actions.
 * Only a run on the default branch deletes: elsewhere `prune` lists its deletes.
 */
function notOnDefaultBranch(env) {
    const gh = readGitHubContext(env);
    if (!gh)
        return undefined;
    if (isPullRequestEvent(gh.eventName))
        return 'on a pull request';
    if (gh.branch === undefined)
        return `on ${env.GITHUB_REF || 'a ref'}, which is not a branch`;
    if (gh.defaultBranch === undefined)
        return `on ${gh.branch}: the ${gh.eventName || 'run'} event does not name the repository's default branch`;
    if (gh.branch !== gh.defaultBranch)
        return `on ${gh.branch}, which is not the default branch ${gh.defaultBranch}`;
    return undefined;
}


/***/ }),

/***/ 25303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
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
/** The text `parseDuration` reads (before it trims): for schemas that check it up front. */
const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h))+)$/;
/**
 * `90s`, `30m`, `2h`, `1h30m`, `500ms` or plain seconds; returns milliseconds. A value
 * under `minMs` is refused (a poll interval of 0 would flood the API).
 */
function parseDuration(name, value, minMs = 0) {
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return parseDuration(name, `${v}s`, minMs);
    if (!DURATION_PATTERN.test(v))
        throw invalid(name, value, 'a duration such as 90s, 30m, 2h or a number of seconds');
    const parts = [...v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
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

/***/ 37406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
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

//# sourceMappingURL=490.index.js.map