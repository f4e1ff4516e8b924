export const id = 677;
export const ids = [677];
export const modules = {

/***/ 94541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ inputVariable),
  P: () => (/* binding */ readActionConfig)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/input-schema.ts
var input_schema = __webpack_require__(33051);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
;// CONCATENATED MODULE: ./src/action/mode.ts


function resolveMode(requested, eventName) {
    if (requested !== 'auto')
        return requested;
    return (0,context/* isPullRequestEvent */.T)(eventName ?? '') ? 'plan' : 'sync';
}
function inputsOf(get) {
    return { workspace: '', raw: (name) => get(name) || undefined, label: (name) => name };
}
/** The `mode` input, `auto` when unset. */
function readRequestedMode(get) {
    return readInput(inputsOf(get), 'mode');
}
/** The API inputs; missing credentials are undefined. Throws INPUT_INVALID on a bad url or timeout. */
function readApiSettings(get) {
    const inputs = inputsOf(get);
    return { url: readInput(inputs, 'api-url'), apiId: readInput(inputs, 'api-id'), apiKey: readInput(inputs, 'api-key'), requestTimeoutMs: readInput(inputs, 'request-timeout') };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/** Reads the action's inputs and environment into one typed Config, through the input schema. */




/** The variable through which the runner passes an input (the one @actions/core's getInput reads). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The inputs in `env`; an empty one takes its default, unless empty is a value of its own. */
function actionInputs(env, workspace) {
    return {
        workspace,
        raw: (name, spec) => (env[inputVariable(name)] ?? '').trim() || (spec.keepEmpty ? '' : undefined),
        label: (name) => name,
    };
}
function readActionConfig(env = process.env) {
    const inputs = actionInputs(env, external_node_path_.resolve(env.GITHUB_WORKSPACE || process.cwd()));
    const requestedMode = (0,input_schema/* readInput */.R5)(inputs, 'mode');
    const temp = env.RUNNER_TEMP || external_node_os_.tmpdir();
    const results = external_node_path_.join(temp, 'creatify-avatars', `results-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_JOB ?? 'job'}-${process.pid}.json`);
    return {
        ...(0,input_schema/* readConfig */.Xg)(inputs, resolveMode(requestedMode, env.GITHUB_EVENT_NAME), results),
        requestedMode,
        githubToken: (0,input_schema/* readInput */.R5)(inputs, 'github-token'),
        commitLockfile: (0,input_schema/* readInput */.R5)(inputs, 'commit-lockfile'),
        artifactName: (0,input_schema/* readInput */.R5)(inputs, 'artifact-name'),
    };
}


/***/ }),

/***/ 46677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __webpack_require__(94541);
// EXTERNAL MODULE: ./src/emulator/server.ts + 17 modules
var server = __webpack_require__(69431);
// EXTERNAL MODULE: ./src/input-schema.ts
var input_schema = __webpack_require__(33051);
;// CONCATENATED MODULE: ./src/util/github-output.ts
/** Reads a GITHUB_OUTPUT file (`name=value` lines and `name<<DELIM` heredocs). */
function parseGithubOutput(text) {
    const outputs = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heredoc = /^([^<=]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const value = [];
            i++;
            while (i < lines.length && lines[i] !== delimiter)
                value.push(lines[i++]);
            outputs[name] = value.join('\n');
        }
        else if (line.includes('=')) {
            const at = line.indexOf('=');
            outputs[line.slice(0, at)] = line.slice(at + 1);
        }
    }
    return outputs;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/demo.ts
/**
 * `creatify-avatars demo` (npm start): the whole main job on examples/ against an
 * emulator started for the purpose. The built action runs exactly as the Actions runner
 * runs it: `node dist/index.js` with INPUT_* variables and a GITHUB_OUTPUT file.
 */










const DEMO_ID = 'demo-api-id';
const DEMO_KEY = 'demo-api-key';
async function runDemo(values) {
    // this code runs from a chunk beside dist/index.js
    const bundle = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'index.js');
    const root = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(bundle), '..');
    const workspace = (0,external_node_path_.resolve)(values.workspace ?? (0,external_node_path_.join)(root, 'examples'));
    const manifest = (0,args/* flagValue */.y6)(values, 'manifest') ?? input_schema/* INPUTS */.mc.manifest.default;
    const emulator = await (0,server/* startEmulator */.s)({ credentials: { apiId: DEMO_ID, apiKey: DEMO_KEY }, approveAfterMs: 2000 });
    const inputs = {
        manifest,
        'api-id': DEMO_ID,
        'api-key': DEMO_KEY,
        'api-url': emulator.url,
        mode: 'sync',
        'wait-for-approval': 'true',
        timeout: '2m',
        'poll-interval': '1s',
        concurrency: (0,args/* flagValue */.y6)(values, 'concurrency') ?? '',
    };
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'creatify-demo-'));
    const outputFile = (0,external_node_path_.join)(temp, 'output');
    const summaryFile = (0,external_node_path_.join)(temp, 'summary.md');
    (0,external_node_fs_.writeFileSync)(outputFile, '');
    (0,external_node_fs_.writeFileSync)(summaryFile, '');
    process.stdout.write(`Creatify emulator on ${emulator.url}; syncing ${(0,external_node_path_.join)(workspace, manifest)}\n\n`);
    try {
        const code = await new Promise((done, fail) => {
            const child = (0,external_node_child_process_.spawn)(process.execPath, [bundle], {
                cwd: workspace,
                stdio: ['ignore', 'pipe', 'inherit'],
                env: {
                    ...process.env,
                    CREATIFY_AVATARS_CLI: '',
                    GITHUB_ACTIONS: 'true',
                    GITHUB_WORKSPACE: workspace,
                    GITHUB_OUTPUT: outputFile,
                    GITHUB_STEP_SUMMARY: summaryFile,
                    GITHUB_EVENT_NAME: 'workflow_dispatch',
                    RUNNER_TEMP: temp,
                    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [(0,action_inputs/* inputVariable */.L)(name), value])),
                },
            });
            // the runner hides ::debug:: lines unless debugging; so does the demo
            const debug = process.env.RUNNER_DEBUG === '1';
            let partial = '';
            child.stdout.on('data', (chunk) => {
                const lines = (partial + chunk.toString()).split('\n');
                partial = lines.pop() ?? '';
                for (const line of lines)
                    if (debug || !line.startsWith('::debug::'))
                        process.stdout.write(`${line}\n`);
            });
            child.on('error', fail);
            child.on('close', (exit) => done(exit ?? 1));
        });
        const outputs = parseGithubOutput((0,external_node_fs_.readFileSync)(outputFile, 'utf8'));
        const avatars = JSON.parse(outputs.avatars ?? '[]');
        process.stdout.write('\nAvatars:\n');
        for (const a of avatars)
            process.stdout.write(`  ${a.key.padEnd(20)} ${a.id ?? '-'}  ${a.action}, ${a.status}\n`);
        process.stdout.write(`\nCreated in this run: ${outputs.created ?? '[]'}\n`);
        process.stdout.write(`Lockfile: ${(0,external_node_path_.join)(workspace, outputs.lockfile ?? '')} (run again: nothing is created twice)\n`);
        return code;
    }
    finally {
        await emulator.close();
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
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


/***/ })

};

//# sourceMappingURL=677.index.js.map