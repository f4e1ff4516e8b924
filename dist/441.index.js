export const id = 441;
export const ids = [441];
export const modules = {

/***/ 42330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ pollSignal),
/* harmony export */   l: () => (/* binding */ observe)
/* harmony export */ });
/* harmony import */ var _creatify_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97219);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50415);
/**
 * One status check of many avatars at a cost that does not grow with their number: one
 * list call answers for every avatar it shows; a single GET only for an id it omits.
 */



/** GETs for ids the list omits run at most this many at once. */
const GET_CONCURRENCY = 4;
function observed(persona) {
    return { status: (0,_creatify_status_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewStatus */ .n)(persona), ...(persona.failed_reason ? { failedReason: persona.failed_reason } : {}) };
}
/** Errors after which no other request of this check can succeed. */
function ends(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasCode */ .up)(error, 'AUTH_FAILED') || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasCode */ .up)(error, 'CANCELLED');
}
/**
 * Throws when the list call fails (nothing is known then), or on a cancellation or an
 * authentication error; a failed GET of one id is reported in `errors` and costs the
 * others nothing.
 */
async function observe(api, ids, options = {}) {
    const seen = new Map();
    const errors = [];
    if (ids.length === 0)
        return { seen, errors };
    const wanted = new Set(ids);
    for (const persona of await api.list(options)) {
        if (wanted.has(persona.id))
            seen.set(persona.id, observed(persona));
    }
    const omitted = [...wanted].filter((id) => !seen.has(id));
    await (0,_util_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(omitted, GET_CONCURRENCY, async (id) => {
        try {
            seen.set(id, observed(await api.get(id, options)));
        }
        catch (error) {
            if (ends(error))
                throw error;
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAppError */ .Y6)(error) && error.status === 404) {
                seen.set(id, { status: 'failed', failedReason: 'Creatify does not know this id (404): it was deleted, or belongs to another account', missing: true });
            }
            else {
                errors.push({ id, error });
            }
        }
    });
    return { seen, errors };
}
/**
 * A signal for one poll: aborted by `outer` (the run's cancellation) or after `limitMs`,
 * whichever comes first. `timedOut()` tells the two apart once the poll has failed.
 */
function pollSignal(outer, limitMs) {
    const controller = new AbortController();
    let expired = false;
    const timer = setTimeout(() => {
        expired = true;
        controller.abort();
    }, Math.max(0, limitMs));
    // a poll limit alone must not keep the process alive
    timer.unref();
    return {
        signal: outer ? AbortSignal.any([outer, controller.signal]) : controller.signal,
        timedOut: () => expired && !outer?.aborted,
        dispose: () => clearTimeout(timer),
    };
}


/***/ }),

/***/ 83846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ recordObserved)
/* harmony export */ });
/** Applies `seen` to `outcomes` (those with an id) and their lockfile entries; true when a status changed. */
async function recordObserved(outcomes, seen, store, at) {
    let changed = false;
    for (const outcome of outcomes) {
        const observed = outcome.id === null ? undefined : seen.get(outcome.id);
        if (!observed)
            continue;
        if (observed.status !== outcome.status)
            changed = true;
        outcome.status = observed.status;
        if (observed.failedReason)
            outcome.failed_reason = observed.failedReason;
        else
            delete outcome.failed_reason;
    }
    const stamp = at.toISOString();
    await store.update((lock) => {
        for (const outcome of outcomes) {
            const entry = lock.avatars[outcome.key];
            const observed = outcome.id === null ? undefined : seen.get(outcome.id);
            // an entry that holds another id than the one observed is not this avatar's
            if (!entry || !observed || entry.id !== outcome.id)
                continue;
            if (entry.status !== observed.status) {
                entry.status = observed.status;
                entry.updated_at = stamp;
            }
            if (observed.failedReason)
                entry.failed_reason = observed.failedReason;
            else
                delete entry.failed_reason;
        }
    });
    return changed;
}


/***/ }),

/***/ 91441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitForApproval: () => (/* binding */ waitForApproval)
});

// UNUSED EXPORTS: ERROR_BUDGET

;// CONCATENATED MODULE: ./src/approval/interval.ts
/**
 * Poll spacing. The interval starts at the configured one and grows gently while nothing
 * changes, but never past `intervalCap`: an approval is seen at most one poll-interval
 * plus min(poll-interval, 60 s) after it happens.
 */
const GROWTH = 1.25;
/** the most the spacing may exceed the configured interval */
const MAX_EXTRA_MS = 60_000;
/** The longest spacing between two polls for a configured interval `base`. */
function intervalCap(base) {
    return base + Math.min(base, MAX_EXTRA_MS);
}
/** The spacing after a successful poll: back to `base` on any change, else a little longer. */
function nextInterval(base, current, changed) {
    if (changed)
        return base;
    return Math.min(intervalCap(base), Math.round(current * GROWTH));
}
/**
 * The spacing after `consecutiveErrors` failed polls in a row (1 = the first): the normal
 * interval, doubling per further failure, within the same cap, so a recovered API is
 * noticed as fast as an approval would be. A server's `Retry-After` is honoured up to the
 * cap too.
 */
function errorBackoff(base, consecutiveErrors, retryAfterMs) {
    const backoff = base * 2 ** Math.max(0, consecutiveErrors - 1);
    return Math.min(intervalCap(base), Math.max(backoff, retryAfterMs ?? 0));
}

// EXTERNAL MODULE: ./src/approval/poll.ts
var poll = __webpack_require__(42330);
// EXTERNAL MODULE: ./src/approval/record.ts
var record = __webpack_require__(83846);
// EXTERNAL MODULE: ./src/creatify/api-errors.ts
var api_errors = __webpack_require__(85125);
// EXTERNAL MODULE: ./src/creatify/retry.ts
var retry = __webpack_require__(96451);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(61173);
;// CONCATENATED MODULE: ./src/engine/wait.ts
/**
 * Waiting for Creatify's review against a deadline fixed before the first poll. Each poll
 * is bounded in time; a failed poll costs a backoff and a share of the error budget but
 * never ends the wait; a final state (approved, rejected, failed) does; the timeout stops
 * waiting and changes nothing on Creatify. Progress lines go in a log group; the verdict
 * is reported after the group closes, where it cannot be folded away.
 */








/** How long a poll may run past the deadline, so that the last one, at the deadline, can finish. */
const POLL_GRACE_MS = 10_000;
/** Failed polls in a row that are reported as plain lines; the next one is a warning. */
const ERROR_BUDGET = 3;
/** Codes of failures that a later poll may not see again (the network, the server, a slow answer). */
const TRANSIENT = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT', 'API_RESPONSE_INVALID']);
/** The longest a timer can be set for (setTimeout overflows beyond it). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A failure a later poll may not see again; a 4xx other than 408 and 429 will be seen every time. */
function isTransient(error) {
    if (!(0,src_errors/* isAppError */.Y6)(error))
        return false;
    return TRANSIENT.has(error.code) || (error.code === 'API_ERROR' && (0,retry/* isRetryable */.r3)(error));
}
async function waitForApproval(config, deps, store, result, options = {}) {
    const { clock, reporter } = deps;
    const tracked = result.avatars.filter((a) => a.id !== null);
    if (tracked.length === 0) {
        reporter.info('No avatar to wait for: none has a Creatify id yet.');
        return;
    }
    const start = clock.now();
    const deadline = start + config.wait.timeoutMs;
    const title = `Waiting up to ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} for Creatify to approve ${tracked.length} avatar(s), checking every ${(0,parse/* formatDuration */.a3)(config.wait.pollIntervalMs)}`;
    const loop = () => wait_poll(config, deps, store, tracked, { start, deadline, recheckAll: options.recheckAll ?? false });
    let verdict;
    if (reporter.group) {
        verdict = await reporter.group(title, loop);
    }
    else {
        reporter.info(`${title}.`);
        verdict = await loop();
    }
    conclude(verdict, config, deps, tracked, result, clock.now() - start);
}
async function wait_poll(config, deps, store, tracked, state) {
    const { clock, reporter } = deps;
    const { start, deadline } = state;
    const base = config.wait.pollIntervalMs;
    let api;
    try {
        api = deps.api();
    }
    catch (error) {
        return { kind: 'fatal', error };
    }
    let interval = base;
    let failures = 0;
    let lastError;
    // With recheckAll, the lockfile's statuses are the question, not the answer: no verdict
    // comes from them until one poll of every avatar has succeeded.
    let refreshed = !state.recheckAll;
    for (let cycle = 1;; cycle++) {
        const targets = refreshed ? underReview(tracked) : tracked;
        let changed = false;
        let failure;
        if (targets.length > 0) {
            const limitMs = Math.min(Math.max(0, deadline - clock.now()) + POLL_GRACE_MS, MAX_TIMER_MS);
            const bounded = (0,poll/* pollSignal */.G)(deps.signal, limitMs);
            try {
                const { seen, errors } = await (0,poll/* observe */.l)(api, targets.map((a) => a.id), { signal: bounded.signal });
                changed = await (0,record/* recordObserved */.I)(targets, seen, store, new Date(clock.now()));
                const firstError = errors[0];
                if (firstError) {
                    const key = targets.find((a) => a.id === firstError.id)?.key ?? firstError.id;
                    failure = new src_errors/* AppError */.uV('API_ERROR', `${errors.length} avatar(s) not checked, e.g. ${key}: ${(0,src_errors/* errorMessage */.gJ)(firstError.error)}`, { cause: firstError.error });
                }
            }
            catch (error) {
                if (deps.signal?.aborted)
                    return { kind: 'cancelled' };
                if (bounded.timedOut())
                    failure = new src_errors/* AppError */.uV('REQUEST_TIMEOUT', `the status check took longer than ${(0,parse/* formatDuration */.a3)(limitMs)}`, { cause: error });
                else if (isTransient(error))
                    failure = error;
                else
                    return { kind: 'fatal', error };
            }
            finally {
                bounded.dispose();
            }
        }
        if (failure === undefined) {
            refreshed = true;
            // the first gap, and the first after a failed poll, is the configured one; growth starts from there
            interval = cycle === 1 || failures > 0 ? base : nextInterval(base, interval, changed);
            failures = 0;
            lastError = undefined;
        }
        else {
            failures++;
            lastError = (0,src_errors/* errorMessage */.gJ)(failure);
            const hinted = (0,retry/* parseRetryAfter */.mu)((0,api_errors/* retryAfterOf */.sT)(failure), clock.now());
            interval = errorBackoff(base, failures, hinted);
            const line = `status check failed (${lastError}); the wait goes on until the deadline`;
            // a few failures in a row are routine on a long wait; a streak beyond the budget is worth one warning
            if (failures === ERROR_BUDGET + 1)
                reporter.warning(`${failures} status checks in a row failed, the last: ${lastError}; still waiting until the deadline`);
            else
                reporter.info(line);
        }
        const now = clock.now();
        const bad = tracked.filter((a) => a.status === 'rejected' || a.status === 'failed');
        const open = underReview(tracked);
        const approved = tracked.filter((a) => a.status === 'approved').length;
        const sleep = Math.max(0, Math.min(interval, deadline - now));
        const going = (!refreshed || (bad.length === 0 && open.length > 0)) && now < deadline;
        reporter.info(`[${cycle}] approved ${approved} of ${tracked.length}` +
            (open.length > 0 ? `; pending: ${names(open)}` : '') +
            (bad.length > 0 ? `; rejected or failed: ${names(bad)}` : '') +
            `; elapsed ${(0,parse/* formatDuration */.a3)(now - start)}, ${(0,parse/* formatDuration */.a3)(Math.max(0, deadline - now))} left` +
            (going ? `; next check in ${(0,parse/* formatDuration */.a3)(sleep)}` : ''));
        if (refreshed && bad.length > 0)
            return { kind: 'rejected', bad };
        if (refreshed && open.length === 0)
            return { kind: 'approved' };
        if (now >= deadline)
            return { kind: 'timeout', lastError, unchecked: !refreshed };
        try {
            await clock.sleep(sleep, deps.signal);
        }
        catch (error) {
            if ((0,src_errors/* hasCode */.up)(error, 'CANCELLED'))
                return { kind: 'cancelled' };
            throw error;
        }
    }
}
const CHECK_LATER = 'nothing was changed on Creatify; check again later with mode: status (on the command line: creatify-avatars status), e.g. from a scheduled workflow, or wait longer with a larger timeout';
function conclude(verdict, config, deps, tracked, result, elapsedMs) {
    const open = underReview(tracked);
    switch (verdict.kind) {
        case 'approved':
            deps.reporter.info(`All ${tracked.length} avatar(s) approved by Creatify after ${(0,parse/* formatDuration */.a3)(elapsedMs)}.`);
            return;
        case 'rejected':
            result.failure = (0,engine_result/* rejectionFailure */.Kp)(verdict.bad);
            return;
        case 'timeout': {
            const last = verdict.lastError ? ` (the last status check failed: ${verdict.lastError})` : '';
            const message = verdict.unchecked
                ? `timed out after ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} without one successful status check of the ${tracked.length} avatar(s)${last}; the lockfile's statuses were not refreshed`
                : `timed out after ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} with ${open.length} of ${tracked.length} avatar(s) still under review: ${names(open)}${last}`;
            result.incomplete = message;
            if (config.wait.onTimeout === 'fail')
                result.failure = { code: 'APPROVAL_TIMEOUT', message, hint: CHECK_LATER };
            else
                (result.warnings ??= []).push(`${message}; ${CHECK_LATER}`);
            return;
        }
        case 'cancelled':
            result.incomplete = `cancelled while waiting for approval, with ${open.length} avatar(s) still under review: ${names(open)}; every id is in the lockfile; check again later with mode: status (on the command line: creatify-avatars status)`;
            return;
        case 'fatal': {
            const { error } = verdict;
            if (!(0,src_errors/* isAppError */.Y6)(error))
                throw error;
            result.failure = (0,engine_result/* failureFrom */.Ju)(error, `stopped waiting for approval: ${error.message}`);
            return;
        }
    }
}
/** The avatars Creatify has not decided on yet. */
function underReview(avatars) {
    return avatars.filter((a) => a.status === 'pending' || a.status === 'planned');
}
function names(avatars) {
    const shown = avatars.slice(0, 10).map((a) => a.key);
    return shown.join(', ') + (avatars.length > 10 ? ` and ${avatars.length - 10} more` : '');
}


/***/ })

};

//# sourceMappingURL=441.index.js.map