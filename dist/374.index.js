export const id = 374;
export const ids = [374];
export const modules = {

/***/ 68374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/engine/run.ts + 14 modules
var run = __webpack_require__(91591);
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
// EXTERNAL MODULE: ./src/input-schema.ts
var input_schema = __webpack_require__(33051);
// EXTERNAL MODULE: ./src/util/github-context.ts
var github_context = __webpack_require__(64519);
;// CONCATENATED MODULE: ./src/action/mode.ts

function resolveMode(requested, eventName) {
    if (requested !== 'auto')
        return requested;
    return (0,github_context/* isPullRequestEvent */.T5)(eventName ?? '') ? 'plan' : 'sync';
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/** Reads the action's inputs and environment into one typed Config, through the input schema. */




/** The inputs in `env`; an empty one takes its default, unless empty is a value of its own. */
function actionInputs(env, workspace) {
    return {
        workspace,
        raw: (name, spec) => (env[(0,input_schema/* inputVariable */.LO)(name)] ?? '').trim() || (spec.keepEmpty ? '' : undefined),
        label: (name) => name,
    };
}
function readActionConfig(env = process.env) {
    const inputs = actionInputs(env, external_node_path_.resolve(env.GITHUB_WORKSPACE || process.cwd()));
    const requestedMode = (0,input_schema/* readInput */.R5)(inputs, 'mode');
    const temp = env.RUNNER_TEMP || external_node_os_.tmpdir();
    const results = external_node_path_.join(temp, 'creatify-avatars', `results-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_JOB ?? 'job'}-${process.pid}.json`);
    const config = (0,input_schema/* readConfig */.Xg)(inputs, resolveMode(requestedMode, env.GITHUB_EVENT_NAME), results, env);
    return {
        ...config,
        requestedMode,
        githubToken: (0,input_schema/* readInput */.R5)(inputs, 'github-token'),
        commitLockfile: (0,input_schema/* readInput */.R5)(inputs, 'commit-lockfile'),
        artifactName: (0,input_schema/* readInput */.R5)(inputs, 'artifact-name'),
    };
}

// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(61173);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/action/outputs.ts
/**
 * The step's outputs, their names in one list. GitHub keeps at most 1 MB of a job's outputs,
 * so when the lists would not fit, each keeps the same share of its items (still a valid
 * JSON array) and a notice says so; the results file holds everything. `counts` is always whole.
 */



/** The outputs that hold a JSON array. */
const LISTS = ['avatars', 'created', 'approved', 'pending', 'failed', 'deleted'];
/** Every output, in action.yml's order: a test holds action.yml to it, and `setOutput` sets no other. */
const OUTPUTS = [...LISTS, 'counts', 'lockfile', 'results', 'artifact-id'];
function setOutput(name, value) {
    core/* setOutput */.uH(name, value);
}
/** The outputs of a run; without a result (the run failed first) empty lists, so `fromJSON` still works. */
function setRunOutputs(lockfile, result, resultsPath) {
    const values = result && outputValues(result);
    for (const name of LISTS)
        setOutput(name, values?.lists[name] ?? '[]');
    setOutput('counts', values?.counts ?? '{"total":0}');
    setOutput('lockfile', lockfile);
    if (resultsPath)
        setOutput('results', resultsPath);
    if (values && values.cut.length > 0) {
        const lists = values.cut.map((c) => `${c.name} keeps ${c.kept} of ${c.total}`).join(', ');
        core/* notice */.lm(`The outputs were cut to stay within GitHub's 1 MB for a job's outputs (${lists}); the results file ${resultsPath ?? ''} and the results artifact hold every avatar, and counts has the totals.`);
    }
}
/** GitHub's limit for a job's outputs, less room for the small ones and the file's delimiters. */
const OUTPUT_LIST_BUDGET_BYTES = 1_000_000 - 16 * 1024;
const ACTIONS = ['create', 'replace', 'unchanged'];
const STATUSES = ['planned', 'pending', 'approved', 'failed', 'rejected', 'unconfirmed'];
/** The lists and counts as text, and the lists that were cut (kept and total items). */
function outputValues(result, budget = OUTPUT_LIST_BUDGET_BYTES) {
    const avatars = result.avatars.map((a) => ({ key: a.key, creator_name: a.creator_name, id: a.id, status: a.status, action: a.action, source: a.source, sha256: a.sha256 }));
    const items = { avatars, ...(0,engine_result/* idLists */.jN)(result) };
    const full = Object.fromEntries(Object.entries(items).map(([name, list]) => [name, JSON.stringify(list)]));
    const total = Object.values(full).reduce((sum, text) => sum + (0,markdown/* byteLength */.dp)(text), 0);
    const cut = [];
    if (total > budget) {
        const share = budget / total;
        for (const name of LISTS) {
            const list = items[name];
            const kept = keepWithin(list, Math.floor((0,markdown/* byteLength */.dp)(full[name]) * share));
            if (kept.length < list.length) {
                full[name] = JSON.stringify(kept);
                cut.push({ name, kept: kept.length, total: list.length });
            }
        }
    }
    return { lists: full, counts: JSON.stringify(countsOf(result)), cut };
}
/** The first items whose JSON array fits in `bytes`. */
function keepWithin(list, bytes) {
    let used = 2;
    let n = 0;
    for (const item of list) {
        const size = (0,markdown/* byteLength */.dp)(JSON.stringify(item)) + (n > 0 ? 1 : 0);
        if (used + size > bytes)
            break;
        used += size;
        n++;
    }
    return list.slice(0, n);
}
/** The number of avatars in all, per action and per status, and of ids deleted. */
function countsOf(result) {
    const counts = { total: result.avatars.length };
    for (const name of [...ACTIONS, ...STATUSES])
        counts[name] = 0;
    for (const avatar of result.avatars) {
        counts[avatar.action] = (counts[avatar.action] ?? 0) + 1;
        counts[avatar.status] = (counts[avatar.status] ?? 0) + 1;
    }
    counts.deleted = result.deleted.length;
    return counts;
}

// EXTERNAL MODULE: ./src/engine/api-factory.ts + 3 modules
var api_factory = __webpack_require__(16850);
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
/**
 * A sync logs a line or two per avatar. The lines of one turn of the event loop reach the
 * runner in one write, not one write each, and wake it once: a 1,500-avatar sync makes
 * 3,000 writes fewer (docs/performance.md, sync-scale). Warnings and commands written
 * meanwhile join the same write, in order.
 */
function batchLines() {
    if (process.stdout.writableCorked)
        return;
    process.stdout.cork();
    setImmediate(() => process.stdout.uncork());
}
function reporter() {
    // a run that ends before the next turn (an unexpected throw) still prints its last lines
    process.once('exit', () => {
        while (process.stdout.writableCorked)
            process.stdout.uncork();
    });
    return {
        info: (line) => {
            batchLines();
            core/* info */.pq(line);
        },
        warning: (line) => core/* warning */.$e(line),
        debug: (line) => core/* debug */.Yz(line),
        group: (title, fn) => core/* group */.Os(title, fn),
    };
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
async function run_run() {
    maskSecrets();
    const cancel = cancellation();
    let config;
    let result;
    try {
        config = readActionConfig();
        core/* debug */.Yz(`mode ${config.mode} (requested ${config.requestedMode}), manifest ${config.manifest.display}, lockfile ${config.lockfile.display}`);
        const settings = config;
        let startBlob;
        const deps = {
            api: (0,api_factory.createApiFactory)(config, api_factory/* ACTION_PRODUCT */.dV, (line) => core/* info */.pq(`retrying ${line}`)),
            clock: clock/* systemClock */.m,
            reporter: reporter(),
            signal: cancel.signal,
            // a run on a branch starts from the branch's lockfile, if one was committed since its commit
            beforeLockfile: async () => {
                if (settings.githubToken)
                    startBlob = await (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(464)]).then(__webpack_require__.bind(__webpack_require__, 72464))).startFromBranchLockfile(settings, process.env);
            },
        };
        result = await (0,run/* runMode */.r)(config, deps);
        if (cancel.signal.aborted) {
            result.incomplete ??= 'cancelled before the run finished; every avatar created before the cancellation is in the lockfile; run it again to go on where it stopped';
        }
        await (0,results_file/* writeResults */.K)(config.results, result, new Date());
        setRunOutputs(config.lockfile.display, result, config.results);
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
            setRunOutputs(config.lockfile.display, undefined);
            const title = `## Creatify avatars: ${config.mode}\n\n`;
            await writeSummary(title + (0,report/* renderReport */.B)({ result: undefined, error: (0,errors/* isAppError */.Y6)(error) ? error : undefined, manifest: config.manifest.display }));
            if ((0,errors/* isAppError */.Y6)(error))
                await publishIfWanted(config, undefined, error).catch(() => undefined);
        }
        fail(error);
    }
    finally {
        cancel.dispose();
    }
}
async function publishIfWanted(config, result, error, startBlob) {
    const wanted = Boolean(config.githubToken) || (config.artifactName !== '' && result !== undefined) || config.commitLockfile;
    if (!wanted)
        return {};
    const { publish } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(433)]).then(__webpack_require__.bind(__webpack_require__, 95433));
    const published = await publish({ config, result, error, startBlob, env: process.env });
    if (published.artifactId !== undefined)
        setOutput('artifact-id', String(published.artifactId));
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

/***/ 62745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReport)
/* harmony export */ });
/* unused harmony export REPORT_LIMIT_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _report_deletes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43554);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _report_quota_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85682);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57994);





/** GitHub's limits: 65,535 bytes of check-run summary, 65,536 characters of comment. */
const REPORT_LIMIT_BYTES = 60_000;
/** The body without the marker; `limit` bounds it in UTF-8 bytes. */
function renderReport(input, limit = REPORT_LIMIT_BYTES) {
    const head = [];
    const tail = [];
    if (input.runUrl)
        tail.push(`\n<sub>[Workflow run](${input.runUrl})</sub>\n`);
    if (!input.result) {
        const error = input.error;
        const problems = error?.problems ?? [];
        head.push(`**❌ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(error ? error.message : 'the run failed')}**${error?.hint ? ` — ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(error.hint)}` : ''}\n\n`);
        return head.join('') + bounded(problems.map((p) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))}\n`), limit - (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(head.join('') + tail.join('')), 'problems', 'every one is in the step log') + tail.join('');
    }
    const result = input.result;
    head.push(`**${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .gJ)(result)}**\n\n`);
    if (result.shard)
        head.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
    const quota = input.quota ?? result.quota;
    if (quota)
        head.push(`${(0,_report_quota_js__WEBPACK_IMPORTED_MODULE_3__/* .quotaLine */ .$f)(quota)}\n\n`);
    else if (input.quotaNote)
        head.push(`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(input.quotaNote)}\n\n`);
    if (result.incomplete)
        head.push(`> [!WARNING]\n> ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(result.incomplete)}\n\n`);
    if (result.failure)
        head.push(`**❌ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(result.failure.message)}**\n\n`);
    // a plan lists what changes; unchanged avatars are only counted
    const shown = result.mode === 'plan' ? result.avatars.filter((a) => a.action !== 'unchanged') : result.avatars;
    const deletes = (0,_report_deletes_js__WEBPACK_IMPORTED_MODULE_4__/* .deletesMarkdown */ .m)(result, Math.floor(limit / 10));
    if (shown.length === 0) {
        head.push(result.mode === 'plan' ? 'Nothing to create or replace.\n' : 'No avatars.\n');
        return head.join('') + deletes + tail.join('');
    }
    if (result.orphaned.length > 0 && result.wouldDelete.length === 0) {
        tail.unshift(`\n${result.orphaned.length} avatar(s) in the lockfile are no longer in the manifest (still on Creatify; \`prune: orphaned\` deletes them on the default branch).\n`);
    }
    tail.unshift(deletes);
    const rows = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .avatarRows */ .Pl)(shown).map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .tableLine */ .F0);
    const budget = limit - (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(head.join('') + tail.join('') + _report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .AVATAR_HEADER */ .yw);
    return head.join('') + _report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .AVATAR_HEADER */ .yw + bounded(rows, budget, 'avatars', 'the full list is in the job summary and the results artifact') + tail.join('');
}
/** Keeps whole lines while they fit, then says how many are shown. */
function bounded(lines, budget, what, where) {
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitWithNote */ .K6)(lines, budget, (kept) => `\n_Showing ${kept} of ${lines.length} ${what}; ${where}._\n`);
}


/***/ })

};

//# sourceMappingURL=374.index.js.map