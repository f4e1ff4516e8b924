export const id = 674;
export const ids = [674];
export const modules = {

/***/ 4674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// UNUSED EXPORTS: setOutputs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/run.ts
var run = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(6518);
// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __webpack_require__(9047);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(7110);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(5303);
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

// EXTERNAL MODULE: ./src/engine/api-factory.ts + 2 modules
var api_factory = __webpack_require__(4248);
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
            api: (0,api_factory/* createApiFactory */.b)(config, `creatify-avatars-action`),
            clock: clock/* systemClock */.m,
            reporter: reporter(),
            signal: cancel.signal,
        };
        result = await (0,run/* runMode */.r)(config, deps);
        if (cancel.signal.aborted)
            result.incomplete ??= 'cancelled; every avatar created before the cancellation is in the lockfile';
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
        else if (cancel.signal.aborted)
            core/* setFailed */.C1('cancelled before the run finished; run it again to go on where it stopped');
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
    const { publish } = await __webpack_require__.e(/* import() */ 184).then(__webpack_require__.bind(__webpack_require__, 7184));
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


/***/ })

};

//# sourceMappingURL=674.index.js.map