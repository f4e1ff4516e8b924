export const id = 638;
export const ids = [638];
export const modules = {

/***/ 3933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ consoleReporter)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32693);

const PLAIN_PROGRESS_EVERY_MS = 5000;
/** `say` writes a line that shows even when quiet: a retry, say. */
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
        say: line,
        debug: (text) => {
            if (options.verbose || process.env.CREATIFY_AVATARS_DEBUG === '1')
                line(`debug: ${text}`);
        },
        progress: (key, sent, total) => {
            if (options.quiet)
                return;
            const percent = total > 0 ? Math.floor((sent / total) * 100) : 100;
            const text = `uploading ${key}: ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(sent)} of ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(total)} (${percent}%)`;
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


/***/ }),

/***/ 87638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/engine/run.ts + 14 modules
var run = __webpack_require__(91591);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/deletes.ts
var deletes = __webpack_require__(43554);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/report/quota.ts
var quota = __webpack_require__(85682);
// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __webpack_require__(89047);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/cli/reporter.ts
var cli_reporter = __webpack_require__(3933);
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

;// CONCATENATED MODULE: ./src/cli/run-command.ts










/** An interrupted run's exit code, as shells give a process that Ctrl-C ended. */
const EXIT_INTERRUPTED = 130;
async function runCommand(config, options, redact) {
    const reporter = (0,cli_reporter/* consoleReporter */.P)({ quiet: options.json, verbose: options.verbose, redact });
    const controller = new AbortController();
    // The first Ctrl-C stops the run cleanly (lockfile and results written); a second one,
    // with the handler gone, ends the process at once.
    const onSignal = (name) => {
        if (!controller.signal.aborted)
            process.stderr.write(`${name} received: stopping; the lockfile and results are written before exit\n`);
        controller.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const deps = {
        api: await apiFor(config, (line) => reporter.say(`retry: ${line}`)),
        clock: clock/* systemClock */.m,
        reporter,
        signal: controller.signal,
    };
    let result;
    try {
        result = await (0,run/* runMode */.r)(config, deps);
    }
    catch (error) {
        if (!controller.signal.aborted)
            throw error;
        process.stderr.write(redact(`error: interrupted: ${(0,errors/* errorMessage */.gJ)(error)}\n`));
        return EXIT_INTERRUPTED;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
    const interrupted = controller.signal.aborted;
    const stopped = result.incomplete ?? 'cancelled before the run finished; run it again to go on where it stopped';
    const failure = result.failure ?? (interrupted ? { code: 'CANCELLED', message: stopped } : undefined);
    const now = new Date();
    await (0,results_file/* writeResults */.K)(config.results, result, now);
    if (options.json) {
        process.stdout.write(redact(`${JSON.stringify({ ...(0,results_file/* resultsDocument */.U)(result, now), ...(failure ? { failure } : {}) }, null, 2)}\n`));
    }
    else {
        process.stdout.write(redact(`${renderText(result)}\nresults: ${config.results}\n`));
    }
    for (const warning of result.warnings ?? [])
        process.stderr.write(redact(`warning: ${warning}\n`));
    if (result.mode === 'sync' && result.lockfileChanged) {
        process.stderr.write(`note: ${config.lockfile.display} changed; commit it, ${(0,summary/* lockfileAdvice */.Cg)(result)}.\n`);
    }
    if (failure)
        process.stderr.write(redact(`error: ${failure.message}${failure.hint ? ` (${failure.hint})` : ''}\n`));
    if (interrupted)
        return EXIT_INTERRUPTED;
    return failure ? 1 : 0;
}
async function apiFor(config, onRetry) {
    if (config.mode === 'plan') {
        return () => {
            throw new errors/* AppError */.uV('INTERNAL', 'a plan sends nothing to Creatify');
        };
    }
    const { createApiFactory } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(850)]).then(__webpack_require__.bind(__webpack_require__, 16850));
    return createApiFactory(config, 'creatify-avatars-cli', onRetry);
}
function renderText(result) {
    const rows = result.avatars.map((a) => [
        a.key,
        a.creator_name,
        a.action + (a.reasons?.length ? ` (${a.reasons.join(', ')})` : ''),
        a.status + (a.failed_reason ? `: ${a.failed_reason}` : ''),
        a.id ?? '-',
        a.source,
        (0,model/* clipLabel */.lL)(a.video),
    ]);
    const lines = [textTable(['KEY', 'CREATOR NAME', 'ACTION', 'STATUS', 'ID', 'SOURCE', 'VIDEO'], rows), '', (0,summary/* headline */.gJ)(result)];
    if (result.quota)
        lines.push((0,quota/* quotaLine */.$f)(result.quota).replace(/\*\*/g, ''));
    for (const s of result.superseded)
        lines.push(`superseded: ${s.key} ${s.id} -> ${s.replacedBy}`);
    lines.push(...(0,deletes/* deletesText */.O)(result));
    if (result.orphaned.length > 0)
        lines.push(`in the lockfile but not in the manifest (still on Creatify; --prune orphaned deletes them): ${result.orphaned.map((o) => o.key).join(', ')}`);
    if (result.incomplete)
        lines.push(`incomplete: ${result.incomplete}`);
    return lines.join('\n');
}


/***/ })

};

//# sourceMappingURL=638.index.js.map