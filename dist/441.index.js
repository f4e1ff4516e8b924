export const id = 441;
export const ids = [441];
export const modules = {

/***/ 1441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitForApproval: () => (/* binding */ waitForApproval)
});

// EXTERNAL MODULE: ./src/approval/poll.ts
var poll = __webpack_require__(2330);
;// CONCATENATED MODULE: ./src/approval/interval.ts
/**
 * Poll spacing: starts at the configured interval and grows gently while nothing
 * changes, capped so an approval is seen within one interval plus a bounded delay.
 */
const GROWTH = 1.25;
/** the most the interval may exceed the configured one */
const MAX_EXTRA_MS = 60_000;
function nextInterval(base, current, changed) {
    if (changed)
        return base;
    const cap = base + Math.min(base, MAX_EXTRA_MS);
    return Math.min(cap, Math.round(current * GROWTH));
}
/** After a transient error: exponential, from 2 s, never more than the interval cap. */
function errorBackoff(base, consecutiveErrors) {
    const cap = base + Math.min(base, MAX_EXTRA_MS);
    return Math.min(cap, 2000 * 2 ** Math.max(0, consecutiveErrors - 1));
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(5303);
;// CONCATENATED MODULE: ./src/engine/wait.ts
/**
 * Waiting for Creatify's review against a deadline fixed before the first poll. Transient
 * errors cost time, never the wait; a final state (approved, rejected, failed) ends it
 * for that avatar; the timeout stops waiting and changes nothing on Creatify.
 */




const FATAL_CODES = ['AUTH_FAILED', 'CANCELLED'];
async function waitForApproval(config, deps, store, result) {
    const { clock, reporter } = deps;
    const api = deps.api();
    const start = clock.now();
    const deadline = start + config.wait.timeoutMs;
    const base = config.wait.pollIntervalMs;
    const tracked = result.avatars.filter((a) => a.id !== null);
    const total = tracked.length;
    let interval = base;
    let errors = 0;
    reporter.info(`Waiting up to ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} for Creatify to approve ${total} avatar(s), checking every ${(0,parse/* formatDuration */.a3)(base)}.`);
    for (let cycle = 1;; cycle++) {
        const pending = tracked.filter((a) => a.status === 'pending' || a.status === 'planned');
        if (pending.length > 0) {
            let seen;
            try {
                seen = await (0,poll/* observe */.l)(api, pending.map((a) => a.id), deps.signal ? { signal: deps.signal } : {});
                errors = 0;
            }
            catch (error) {
                if (FATAL_CODES.some((code) => (0,src_errors/* hasCode */.up)(error, code))) {
                    if ((0,src_errors/* hasCode */.up)(error, 'CANCELLED')) {
                        result.incomplete = 'cancelled while waiting for approval; the lockfile holds every id created';
                        return;
                    }
                    throw error;
                }
                errors++;
                reporter.warning(`status check failed (${(0,src_errors/* errorMessage */.gJ)(error)}); trying again, the wait goes on until the deadline`);
            }
            if (seen) {
                const changed = await apply(seen, pending, store, clock.now());
                interval = nextInterval(base, interval, changed);
            }
            else {
                interval = errorBackoff(base, errors);
            }
        }
        const approved = tracked.filter((a) => a.status === 'approved').length;
        const bad = tracked.filter((a) => a.status === 'rejected' || a.status === 'failed');
        const waiting = tracked.filter((a) => a.status === 'pending' || a.status === 'planned');
        const now = clock.now();
        reporter.info(`[${cycle}] approved ${approved} of ${total}` +
            (waiting.length ? `; pending: ${names(waiting)}` : '') +
            `; elapsed ${(0,parse/* formatDuration */.a3)(now - start)}, ${(0,parse/* formatDuration */.a3)(Math.max(0, deadline - now))} left`);
        if (bad.length > 0) {
            result.failure = {
                code: 'AVATAR_REJECTED',
                message: bad.map((a) => `${a.key} (${a.id}) was ${a.status} by Creatify: ${a.failed_reason || 'no reason given'}`).join('; '),
                hint: 'fix the video or its fields; a changed avatar is created again on the next sync',
            };
            return;
        }
        if (waiting.length === 0) {
            reporter.info(`All ${total} avatar(s) approved.`);
            return;
        }
        if (now >= deadline) {
            const message = `timed out after ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} with ${waiting.length} avatar(s) still under review: ${names(waiting)}`;
            const hint = 'nothing was changed on Creatify; check again later with mode: status (creatify-avatars status), e.g. from a scheduled workflow';
            result.incomplete = message;
            if (config.wait.onTimeout === 'fail')
                result.failure = { code: 'APPROVAL_TIMEOUT', message, hint };
            else
                (result.warnings ??= []).push(`${message}; ${hint}`);
            return;
        }
        try {
            await clock.sleep(Math.min(interval, deadline - now), deps.signal);
        }
        catch (error) {
            if ((0,src_errors/* hasCode */.up)(error, 'CANCELLED')) {
                result.incomplete = 'cancelled while waiting for approval; the lockfile holds every id created';
                return;
            }
            throw error;
        }
    }
}
/** Applies observed statuses to outcomes and lockfile; true when anything changed. */
async function apply(seen, pending, store, now) {
    let changed = false;
    const at = new Date(now).toISOString();
    for (const outcome of pending) {
        const observed = seen.get(outcome.id);
        if (!observed || observed.status === outcome.status)
            continue;
        changed = true;
        outcome.status = observed.status;
        if (observed.failedReason)
            outcome.failed_reason = observed.failedReason;
    }
    await store.update((lock) => {
        for (const outcome of pending) {
            const entry = lock.avatars[outcome.key];
            const observed = seen.get(outcome.id);
            if (!entry || entry.id !== outcome.id || !observed)
                continue;
            if (entry.status !== observed.status) {
                entry.status = observed.status;
                entry.updated_at = at;
            }
            if (observed.failedReason)
                entry.failed_reason = observed.failedReason;
        }
    });
    return changed;
}
function names(avatars) {
    const shown = avatars.slice(0, 10).map((a) => a.key);
    return shown.join(', ') + (avatars.length > 10 ? ` and ${avatars.length - 10} more` : '');
}


/***/ })

};

//# sourceMappingURL=441.index.js.map