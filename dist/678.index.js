export const id = 678;
export const ids = [678];
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

/***/ 97219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ reviewStatus)
/* harmony export */ });
function reviewStatus(persona) {
    if (persona.is_active === true)
        return 'approved';
    if (persona.process_status === 'rejected')
        return 'rejected';
    if (persona.process_status === 'failed')
        return 'failed';
    return 'pending';
}


/***/ }),

/***/ 28678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _approval_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42330);
/* harmony import */ var _approval_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83846);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58606);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61173);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20914);
/**
 * Mode `status`: no uploads. Refreshes the review status of every avatar in the lockfile
 * (one list call, a GET only for ids the list omits), writes it back, and optionally
 * waits like a sync does.
 */






async function runStatus(config, deps) {
    const { lock, text } = await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .readLockfile */ .GQ)(config.lockfile.absolute, config.lockfile.display, config.workspace);
    const store = new _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .LockStore */ .fw(config.lockfile.absolute, config.lockfile.display, lock, text);
    const keys = (0,_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .selectShard */ .X)(Object.keys(lock.avatars).sort(), config.shard, (key) => lock.avatars[key].creator_name);
    const outcomes = keys.map((key) => {
        const entry = lock.avatars[key];
        return {
            key,
            creator_name: entry.creator_name,
            id: entry.id,
            status: entry.status,
            action: 'unchanged',
            source: entry.source,
            sha256: entry.sha256,
            ...(entry.failed_reason ? { failed_reason: entry.failed_reason } : {}),
        };
    });
    const result = {
        mode: 'status',
        manifest: config.manifest.display,
        lockfile: config.lockfile.display,
        lockfileChanged: false,
        avatars: outcomes,
        created: [],
        orphaned: [],
        superseded: [],
        ...(config.shard ? { shard: { ...config.shard, avatars: keys.length, of: Object.keys(lock.avatars).length } } : {}),
    };
    if (outcomes.length === 0) {
        deps.reporter.info(Object.keys(lock.avatars).length === 0
            ? `${config.lockfile.display} lists no avatars yet; run a sync first.`
            : `None of the ${Object.keys(lock.avatars).length} avatars of ${config.lockfile.display} is in shard ${config.shard?.index}/${config.shard?.count}; nothing to check.`);
        return result;
    }
    if (config.wait.enabled) {
        const { waitForApproval } = await __webpack_require__.e(/* import() */ 822).then(__webpack_require__.bind(__webpack_require__, 91441));
        // the wait's first poll is the refresh: approved and rejected avatars are checked again too
        await waitForApproval(config, deps, store, result, { recheckAll: true });
    }
    else {
        await refreshOnce(deps, store, result);
    }
    result.lockfileChanged = store.changedSince(text);
    return result;
}
async function refreshOnce(deps, store, result) {
    const outcomes = result.avatars;
    try {
        const { seen, errors } = await (0,_approval_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .observe */ .l)(deps.api(), outcomes.map((o) => o.id), deps.signal ? { signal: deps.signal } : {});
        await (0,_approval_record_js__WEBPACK_IMPORTED_MODULE_4__/* .recordObserved */ .I)(outcomes, seen, store, new Date(deps.clock.now()));
        for (const { id, error } of errors) {
            const key = outcomes.find((o) => o.id === id)?.key ?? id;
            deps.reporter.warning(`could not check ${key} (${id}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}; its status stays as the lockfile had it`);
        }
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasCode */ .up)(error, 'CANCELLED')) {
            result.incomplete = 'cancelled before the statuses were refreshed; the lockfile is unchanged';
            return;
        }
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAppError */ .Y6)(error))
            throw error;
        // the outputs still carry what the lockfile knew
        result.failure = (0,_result_js__WEBPACK_IMPORTED_MODULE_5__/* .failureFrom */ .Ju)(error, `could not refresh the statuses: ${error.message}; the lockfile keeps the ones known before`);
        return;
    }
    const approved = outcomes.filter((o) => o.status === 'approved').length;
    const pending = outcomes.filter((o) => o.status === 'pending');
    const bad = outcomes.filter((o) => o.status === 'rejected' || o.status === 'failed');
    deps.reporter.info(`approved ${approved} of ${outcomes.length}` +
        (pending.length > 0 ? `; pending: ${pending.map((o) => o.key).join(', ')}` : '') +
        (bad.length > 0 ? `; rejected or failed: ${bad.map((o) => o.key).join(', ')}` : ''));
    if (bad.length > 0)
        result.failure = (0,_result_js__WEBPACK_IMPORTED_MODULE_5__/* .rejectionFailure */ .Kp)(bad);
}


/***/ })

};

//# sourceMappingURL=678.index.js.map