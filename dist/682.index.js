export const id = 682;
export const ids = [682];
export const modules = {

/***/ 15682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runMerge: () => (/* binding */ runMerge)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58606);
/* harmony import */ var _lock_merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60655);
/**
 * `creatify-avatars merge --lockfile avatars.lock.json shard-1.lock.json …`: the shards'
 * lockfiles merged into the base lockfile, written atomically.
 */




async function runMerge(target, files) {
    if (files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', 'merge needs the lockfiles to merge', {
            hint: 'creatify-avatars merge --lockfile avatars.lock.json shard-1/avatars.lock.json shard-2/avatars.lock.json',
        });
    }
    const base = await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .readLockfile */ .GQ)(target, target);
    const inputs = [];
    for (const file of files) {
        const read = await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .readLockfile */ .GQ)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(file), file);
        if (read.text === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV('INPUT_INVALID', `${file} does not exist`);
        inputs.push({ name: file, lock: read.lock });
    }
    const merged = (0,_lock_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeLockfiles */ .f)(base.lock, inputs);
    await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(target, (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeLockfile */ .c5)(merged));
    const count = Object.keys(merged.avatars).length;
    process.stdout.write(`merged ${files.length} lockfile(s) into ${target}: ${count} avatar(s)\n`);
    return 0;
}


/***/ }),

/***/ 60655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ mergeLockfiles)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58606);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58376);
/**
 * Merging the lockfiles of shards back into one. Each shard starts from the same base
 * lockfile and changes only its own keys; a key changed differently by two inputs is a
 * conflict, refused with both ids named, never resolved by guessing.
 */



/** An entry as the lockfile writes it, so two entries are the same when they would be written the same. */
const canonical = (entry) => JSON.stringify((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .orderEntry */ .bl)(entry));
const same = (a, b) => a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));
function mergeLockfiles(base, inputs) {
    const start = base ?? (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyLockfile */ .rA)();
    const merged = { version: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCKFILE_VERSION */ .Rb, avatars: { ...start.avatars } };
    const changedBy = new Map();
    const conflicts = [];
    for (const { name, lock } of inputs) {
        // A key an input lacks is kept: runs never remove one, and an input that started from
        // an older lockfile than the base must not take ids away (an id lost is worse than an
        // entry removed by hand coming back).
        for (const [key, entry] of Object.entries(lock.avatars)) {
            const original = start.avatars[key];
            if (same(entry, original))
                continue;
            const current = merged.avatars[key];
            const by = changedBy.get(key);
            if (by !== undefined && !same(entry, current)) {
                const joined = current ? join(current, entry) : undefined;
                if (!joined) {
                    conflicts.push(`${key}: ${by} has ${current?.id ?? 'nothing'}, ${name} has ${entry.id}`);
                    continue;
                }
                merged.avatars[key] = joined;
                continue;
            }
            merged.avatars[key] = entry;
            changedBy.set(key, name);
        }
    }
    const inFlight = mergeInFlight(start, inputs);
    if (Object.keys(inFlight).length > 0)
        merged.in_flight = inFlight;
    conflicts.push(...sharedIds(merged));
    if (conflicts.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfiles disagree on ${conflicts.length} avatar(s): ${conflicts.join('; ')}`, {
            hint: 'each avatar belongs to one shard; were the shards run with different manifests or shard counts?',
        });
    }
    return merged;
}
/**
 * One key changed by two inputs: the same avatar seen at two times (its status refreshed)
 * is the later sight; a replacement whose `superseded` names the other's id wins over it.
 * Two avatars neither of which replaced the other do not join.
 */
function join(a, b) {
    if (a.id === b.id)
        return a.updated_at >= b.updated_at ? a : b;
    if ((b.superseded ?? []).some((old) => old.id === a.id))
        return b;
    if ((a.superseded ?? []).some((old) => old.id === b.id))
        return a;
    return undefined;
}
/**
 * In-flight marks as the shards left them: a mark still as in the base was not touched by
 * that shard (it belongs to another), so the shard that added, changed or removed it wins.
 */
function mergeInFlight(start, inputs) {
    const before = start.in_flight ?? {};
    const result = { ...before };
    const keys = new Set([...Object.keys(before), ...inputs.flatMap(({ lock }) => Object.keys(lock.in_flight ?? {}))]);
    for (const key of keys) {
        const original = JSON.stringify(before[key] ?? null);
        const changed = inputs.map(({ lock }) => lock.in_flight?.[key]).filter((mark) => JSON.stringify(mark ?? null) !== original);
        if (changed.length === 0)
            continue;
        // Two shards changing one mark differently (an avatar moved shards): a mark kept costs
        // the next run one list, a mark lost may cost a duplicate, so a present one wins.
        const kept = changed.filter((mark) => mark !== undefined).pop();
        if (kept)
            result[key] = kept;
        else
            delete result[key];
    }
    return result;
}
/** One Creatify avatar recorded under two keys: a merge must never produce it. */
function sharedIds(lock) {
    const owner = new Map();
    const found = [];
    for (const [key, entry] of Object.entries(lock.avatars)) {
        for (const id of [entry.id, ...(entry.superseded ?? []).map((old) => old.id)]) {
            const other = owner.get(id);
            if (other !== undefined && other !== key)
                found.push(`${id} is recorded for both ${other} and ${key}`);
            else
                owner.set(id, key);
        }
    }
    return found;
}


/***/ })

};

//# sourceMappingURL=682.index.js.map