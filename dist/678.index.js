export const id = 678;
export const ids = [678];
export const modules = {

/***/ 2330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ observe)
/* harmony export */ });
/* harmony import */ var _creatify_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7219);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * One status check of many avatars at a cost that does not grow with their number: one
 * list call answers for every avatar it shows; a single GET only for an id it omits.
 */


async function observe(api, ids, options = {}) {
    const seen = new Map();
    if (ids.length === 0)
        return seen;
    const wanted = new Set(ids);
    const listed = await api.list(options);
    for (const persona of listed) {
        if (!wanted.has(persona.id))
            continue;
        const status = (0,_creatify_status_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewStatus */ .n)(persona);
        seen.set(persona.id, { status, ...(persona.failed_reason ? { failedReason: persona.failed_reason } : {}) });
    }
    for (const id of ids) {
        if (seen.has(id))
            continue;
        try {
            const persona = await api.get(id, options);
            const status = (0,_creatify_status_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewStatus */ .n)(persona);
            seen.set(id, { status, ...(persona.failed_reason ? { failedReason: persona.failed_reason } : {}) });
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAppError */ .Y6)(error) && error.status === 404 && !(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasCode */ .up)(error, 'AUTH_FAILED')) {
                seen.set(id, { status: 'failed', failedReason: 'Creatify does not know this id (404)', missing: true });
                continue;
            }
            throw error;
        }
    }
    return seen;
}


/***/ }),

/***/ 7219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ reviewStatus)
/* harmony export */ });
/* unused harmony export isFinal */
function reviewStatus(persona) {
    if (persona.is_active === true)
        return 'approved';
    if (persona.process_status === 'rejected')
        return 'rejected';
    if (persona.process_status === 'failed')
        return 'failed';
    return 'pending';
}
function isFinal(status) {
    return status !== 'pending';
}


/***/ }),

/***/ 8678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _approval_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2330);
/* harmony import */ var _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1277);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(914);
/**
 * Mode `status`: no uploads. Refreshes the review status of every avatar in the
 * lockfile, writes it back, and optionally waits like a sync does.
 */



async function runStatus(config, deps) {
    const { lock, text } = await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .readLockfile */ .GQ)(config.lockfile.absolute, config.lockfile.display);
    const store = new _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .LockStore */ .fw(config.lockfile.absolute, config.lockfile.display, lock, text);
    const keys = (0,_shard_js__WEBPACK_IMPORTED_MODULE_2__/* .selectShard */ .X)(Object.keys(lock.avatars).sort().map((key) => ({ key })), config.shard).map((k) => k.key);
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
    };
    if (outcomes.length === 0) {
        deps.reporter.info(`${config.lockfile.display} lists no avatars yet; run a sync first.`);
        return result;
    }
    const api = deps.api();
    const open = outcomes.filter((o) => o.status === 'pending');
    const seen = await (0,_approval_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .observe */ .l)(api, open.map((o) => o.id), deps.signal ? { signal: deps.signal } : {});
    const at = new Date(deps.clock.now()).toISOString();
    for (const outcome of open) {
        const observed = seen.get(outcome.id);
        if (!observed)
            continue;
        outcome.status = observed.status;
        if (observed.failedReason)
            outcome.failed_reason = observed.failedReason;
    }
    await store.update((l) => {
        for (const outcome of open) {
            const entry = l.avatars[outcome.key];
            if (entry.status !== outcome.status) {
                entry.status = outcome.status;
                entry.updated_at = at;
            }
            if (outcome.failed_reason)
                entry.failed_reason = outcome.failed_reason;
        }
    });
    if (config.wait.enabled) {
        const { waitForApproval } = await __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 1441));
        await waitForApproval(config, deps, store, result);
    }
    else {
        const bad = outcomes.filter((o) => o.status === 'rejected' || o.status === 'failed');
        if (bad.length > 0) {
            result.failure = {
                code: 'AVATAR_REJECTED',
                message: bad.map((o) => `${o.key} (${o.id}) was ${o.status} by Creatify: ${o.failed_reason || 'no reason given'}`).join('; '),
            };
        }
    }
    result.lockfileChanged = store.changedSince(text);
    return result;
}


/***/ })

};

//# sourceMappingURL=678.index.js.map