export const id = 28;
export const ids = [28];
export const modules = {

/***/ 5028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: renderText

// EXTERNAL MODULE: ./src/engine/api-factory.ts + 2 modules
var api_factory = __webpack_require__(4248);
// EXTERNAL MODULE: ./src/engine/run.ts
var run = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __webpack_require__(9047);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(6518);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(7110);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(5303);
;// CONCATENATED MODULE: ./src/cli/args.ts
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
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
function parseFlags(argv) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* AppError */.uV('INPUT_INVALID', error.message, { hint: 'run creatify-avatars --help' });
    }
}
function configFromFlags(mode, values, env) {
    const workspace = external_node_path_.resolve(values.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd());
    const manifest = (0,config/* workspacePath */.X5)(workspace, values.manifest, '--manifest');
    const lockfile = (0,config/* workspacePath */.X5)(workspace, values.lockfile ?? (0,config/* defaultLockfile */.VL)(manifest.display), '--lockfile');
    return {
        mode,
        workspace,
        manifest,
        lockfile,
        results: values.results
            ? external_node_path_.resolve(values.results)
            : external_node_path_.join(external_node_os_.tmpdir(), 'creatify-avatars', `results-${process.pid}.json`),
        api: {
            url: (0,parse/* parseHttpUrl */.f$)('--api-url', values['api-url'] ?? env.CREATIFY_API_URL ?? config/* DEFAULT_API_URL */.rK),
            apiId: env.CREATIFY_API_ID || undefined,
            apiKey: env.CREATIFY_API_KEY || undefined,
            requestTimeoutMs: (0,parse/* parseDuration */.E9)('--request-timeout', values['request-timeout']),
        },
        wait: {
            enabled: values.wait,
            timeoutMs: (0,parse/* parseDuration */.E9)('--timeout', values.timeout),
            pollIntervalMs: (0,parse/* parseDuration */.E9)('--poll-interval', values['poll-interval']),
            onTimeout: (0,parse/* parseEnum */.nL)('--on-timeout', values['on-timeout'], ['fail', 'warn']),
        },
        concurrency: (0,parse/* parseInteger */.cG)('--concurrency', values.concurrency, 1, 32),
        shard: (0,parse/* parseShard */.uK)('--shard', values.shard),
    };
}
const HELP = `Usage: creatify-avatars <command> [options]

Commands:
  plan       validate the manifest and show what a sync would do (sends nothing)
  sync       create the new and changed avatars on Creatify
  status     refresh the status of the avatars in the lockfile
  emulator   serve a local Creatify emulator
  demo       run a sync of examples/ against an emulator started for the purpose

Options:
  --manifest <path>       manifest, relative to the workspace (default avatars.yml)
  --lockfile <path>       lockfile (default: manifest name + .lock.json)
  --workspace <dir>       repository root (default: current directory)
  --json                  print the result as JSON
  --wait                  block until every avatar is approved
  --timeout <dur>         how long to wait at most (default 30m)
  --poll-interval <dur>   time between status checks (default 30s)
  --on-timeout fail|warn  what a timeout does (default fail)
  --concurrency <n>       uploads in flight at once (default 4)
  --api-url <url>         Creatify base URL (default ${config/* DEFAULT_API_URL */.rK})
  --shard <i/n>           handle only the i-th of n slices of the manifest
  --results <file>        where to write the results JSON

Emulator options:
  --port <n> --host <addr> --quota <n> --approve-after <dur> --reject-pattern <regex> --latency <dur>

Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY.
Exit codes: 0 success, 1 failure (manifest errors, API errors, rejection, timeout).`;

;// CONCATENATED MODULE: ./src/cli/reporter.ts
const PLAIN_PROGRESS_EVERY_MS = 5000;
function consoleReporter(options) {
    const tty = process.stderr.isTTY === true;
    const lastPlain = new Map();
    let live = false;
    const clearLive = () => {
        if (live) {
            process.stderr.write('\r\u001b[2K');
            live = false;
        }
    };
    const line = (text) => {
        clearLive();
        process.stderr.write(`${options.redact(text)}\n`);
    };
    return {
        info: (text) => {
            if (!options.quiet)
                line(text);
        },
        warning: (text) => line(`warning: ${text}`),
        debug: (text) => {
            if (process.env.CREATIFY_AVATARS_DEBUG === '1')
                line(`debug: ${text}`);
        },
        progress: (key, sent, total) => {
            if (options.quiet)
                return;
            const percent = total > 0 ? Math.floor((sent / total) * 100) : 100;
            const text = `uploading ${key}: ${formatBytes(sent)} of ${formatBytes(total)} (${percent}%)`;
            if (tty) {
                process.stderr.write(`\r\u001b[2K${options.redact(text)}`);
                live = true;
                if (sent >= total)
                    clearLive();
                return;
            }
            const now = Date.now();
            const last = lastPlain.get(key) ?? 0;
            if (sent >= total || now - last >= PLAIN_PROGRESS_EVERY_MS) {
                lastPlain.set(key, now);
                line(text);
            }
        },
    };
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

;// CONCATENATED MODULE: ./src/cli/table.ts
/** A plain text table for terminals and logs. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length)))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts










const MODES = ['plan', 'sync', 'status'];
/**
 * Libraries made for the Actions runner (@actions/glob) write `::debug::` workflow
 * commands to stdout; on the command line they mean nothing and would spoil --json.
 */
function dropWorkflowDebug() {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => {
        if (typeof chunk === 'string' && chunk.startsWith('::debug::'))
            return true;
        return write(chunk, ...rest);
    });
}
async function main(argv, env = process.env) {
    if (env.GITHUB_ACTIONS !== 'true')
        dropWorkflowDebug();
    // never echo a credential, whatever else goes wrong
    const secrets = [env.CREATIFY_API_KEY, env.CREATIFY_API_ID].filter((s) => !!s && s.length >= 4);
    const redact = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    try {
        const { values, positionals } = parseFlags(argv);
        if (values.version) {
            process.stdout.write(`${version/* VERSION */.x}\n`);
            return 0;
        }
        const command = positionals[0];
        if (values.help || command === undefined || command === 'help') {
            process.stdout.write(`${HELP}\n`);
            return command === undefined && !values.help ? 1 : 0;
        }
        if (command === 'emulator') {
            const { serveEmulator } = await Promise.all(/* import() */[__webpack_require__.e(680), __webpack_require__.e(249), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 2495));
            return await serveEmulator(values);
        }
        if (command === 'demo') {
            const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(680), __webpack_require__.e(249), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 6677));
            return await runDemo(values);
        }
        if (command === 'schema') {
            const { manifestJsonSchema } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6470));
            process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
            return 0;
        }
        if (!MODES.includes(command)) {
            process.stderr.write(`error: unknown command "${command}"\n\n${HELP}\n`);
            return 1;
        }
        const config = configFromFlags(command, values, env);
        const reporter = consoleReporter({ quiet: values.json, redact });
        const controller = new AbortController();
        const onSignal = () => controller.abort();
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        const deps = {
            api: (0,api_factory/* createApiFactory */.b)(config, 'creatify-avatars-cli'),
            clock: clock/* systemClock */.m,
            reporter,
            signal: controller.signal,
        };
        let result;
        try {
            result = await (0,run/* runMode */.r)(config, deps);
        }
        finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
        const now = new Date();
        await (0,results_file/* writeResults */.K)(config.results, result, now);
        if (values.json) {
            process.stdout.write(redact(`${JSON.stringify((0,results_file/* resultsDocument */.U)(result, now), null, 2)}\n`));
        }
        else {
            process.stdout.write(redact(`${renderText(result)}\nresults: ${config.results}\n`));
        }
        for (const warning of result.warnings ?? [])
            process.stderr.write(redact(`warning: ${warning}\n`));
        if (result.mode === 'sync' && result.lockfileChanged) {
            process.stderr.write(`note: ${config.lockfile.display} changed; commit it, or the next run will create these avatars again.\n`);
        }
        if (result.failure) {
            process.stderr.write(redact(`error: ${result.failure.message}${result.failure.hint ? ` (${result.failure.hint})` : ''}\n`));
            return 1;
        }
        return 0;
    }
    catch (error) {
        process.stderr.write(redact(describeError(error)));
        return 1;
    }
}
function describeError(error) {
    if ((0,errors/* isAppError */.Y6)(error)) {
        const lines = error.problems.map((p) => `${(0,errors/* formatProblem */.Vw)(p)}\n`);
        return `${lines.join('')}error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`;
    }
    return `error: unexpected: ${(0,errors/* errorMessage */.gJ)(error)}\n`;
}
function renderText(result) {
    const rows = result.avatars.map((a) => [
        a.key,
        a.creator_name,
        a.action + (a.reasons?.length ? ` (${a.reasons.join(', ')})` : ''),
        a.status + (a.failed_reason ? `: ${a.failed_reason}` : ''),
        a.id ?? '-',
        a.source,
    ]);
    const lines = [textTable(['KEY', 'CREATOR NAME', 'ACTION', 'STATUS', 'ID', 'SOURCE'], rows), '', (0,summary/* headline */.gJ)(result)];
    if (result.quota)
        lines.push(`quota: ${result.quota.current} of ${result.quota.max} used, ${result.quota.planned} to create`);
    for (const s of result.superseded)
        lines.push(`superseded: ${s.key} ${s.id} -> ${s.replacedBy}`);
    if (result.orphaned.length > 0)
        lines.push(`in the lockfile but not in the manifest (kept): ${result.orphaned.map((o) => o.key).join(', ')}`);
    if (result.incomplete)
        lines.push(`incomplete: ${result.incomplete}`);
    return lines.join('\n');
}


/***/ })

};

//# sourceMappingURL=28.index.js.map