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

/***/ 58606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ readLockfile),
/* harmony export */   PY: () => (/* binding */ withoutSuperseded),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bl: () => (/* binding */ orderEntry),
/* harmony export */   c5: () => (/* binding */ serializeLockfile),
/* harmony export */   fw: () => (/* binding */ LockStore),
/* harmony export */   tg: () => (/* binding */ parseLockfile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79622);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58376);
/**
 * Reading and writing the lockfile. A run's changes go to a journal beside it (each synced
 * to disk before it counts) and are folded into it with one atomic write (temporary file,
 * fsync, rename), so a run that dies at any moment leaves every change it made behind.
 */







/**
 * Reads the lockfile, with the journal a killed run left beside it folded in (and written
 * back, so that every reader sees one file); with `workspace`, refuses one that is a link
 * leading outside it. `text` is the lockfile as it was on disk before any fold.
 */
async function readLockfile(file, displayPath, workspace) {
    let text;
    try {
        if (workspace !== undefined && (await (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .realPathOutside */ .rZ)(workspace, file)) !== null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is a symbolic link that leads outside the repository; it is not read`, {
                hint: 'make it a regular file in the repository (or remove it to start afresh)',
            });
        }
        text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV)
            throw error;
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) !== 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `cannot read the lockfile ${displayPath}: ${error.message}`, { cause: error });
        text = null;
    }
    const lock = text === null ? (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyLockfile */ .rA)() : parseLockfile(text, displayPath);
    await foldJournal(file, displayPath, lock);
    return { lock, text };
}
/** Every whole line of a journal, applied in order; a line cut short by a kill is dropped (its change never counted). */
async function foldJournal(file, displayPath, lock) {
    const journal = journalPath(file);
    let content;
    try {
        content = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(journal, 'utf8');
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `cannot read ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)}, the changes of an interrupted run: ${error.message}`, { cause: error });
    }
    const lines = content.split('\n').slice(0, -1);
    for (const [index, line] of lines.entries()) {
        const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .lockChangeSchema */ .fL.safeParse(safeJson(line));
        if (!parsed.success) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `line ${index + 1} of ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)}, the changes of an interrupted run, is not a lockfile change`, {
                hint: `it is never removed while it cannot be read; look at it, then remove it to start from ${displayPath} alone`,
            });
        }
        applyChange(lock, parsed.data);
    }
    try {
        await writeFileAtomic(file, serializeLockfile(lock));
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(journal, { force: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot fold ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)} into the lockfile ${displayPath}: ${error.message}`, { cause: error });
    }
}
function safeJson(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
function parseLockfile(text, displayPath) {
    const hint = `restore it from git (git checkout -- ${displayPath}); it is never overwritten while it cannot be read`;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is not valid JSON: ${error.message}`, { hint, cause: error });
    }
    if (typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'number' && data.version > _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has format version ${data.version}, newer than this release reads (${_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb})`, { hint: 'upgrade the action or CLI to the version that wrote it' });
    }
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .lockfileSchema */ .vS.safeParse(data);
    if (!result.success) {
        const first = result.error.issues[0];
        const where = first ? first.path.map(String).join('.') : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is malformed at ${where || 'top level'}: ${first?.message ?? 'invalid'}`, { hint });
    }
    if (result.data.version !== _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has unsupported version ${result.data.version}`, { hint });
    }
    return result.data;
}
const ENTRY_ORDER = [
    'id',
    'creator_name',
    'source',
    'sha256',
    'size',
    'consent',
    'fields_digest',
    'status',
    'failed_reason',
    'created_at',
    'updated_at',
    'superseded',
];
/** An entry's fields in the fixed order the lockfile writes them, undefined ones left out. */
function orderEntry(entry) {
    const ordered = {};
    for (const field of ENTRY_ORDER) {
        if (entry[field] !== undefined)
            ordered[field] = entry[field];
    }
    return ordered;
}
function sortedRecord(record, order) {
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, order(record[key])]));
}
function orderDeletion(d) {
    return { key: d.key, creator_name: d.creator_name, reason: d.reason, started_at: d.started_at, ...(d.deleted_at ? { deleted_at: d.deleted_at } : {}) };
}
/** `entry` without the superseded ids `drop` names; no `superseded` field once none is left. */
function withoutSuperseded(entry, drop) {
    const { superseded = [], ...rest } = entry;
    const left = superseded.filter((old) => !drop(old.id));
    return left.length > 0 ? { ...rest, superseded: left } : rest;
}
/** Sorted keys, fixed field order, two-space indent, final newline: stable and diffable. */
function serializeLockfile(lock) {
    const document = { version: _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_VERSION */ .Rb, avatars: sortedRecord(lock.avatars, orderEntry) };
    const inFlight = lock.in_flight ?? {};
    if (Object.keys(inFlight).length > 0)
        document.in_flight = sortedRecord(inFlight, (mark) => mark);
    const deleted = lock.deleted ?? {};
    if (Object.keys(deleted).length > 0)
        document.deleted = sortedRecord(deleted, orderDeletion);
    return `${JSON.stringify(document, null, 2)}\n`;
}
/**
 * Windows refuses to rename over a file another process (an antivirus, an indexer, an
 * editor) holds open, with one of these codes, for as long as the hold lasts: moments,
 * as a rule. Elsewhere a rename rarely fails so, and then waiting costs only the waits.
 */
const RENAME_REFUSED = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_WAITS_MS = [20, 40, 80, 160, 320, 640, 1000, 1000]; // about 3 s in all
/** Temporary file, fsync, rename: a reader sees the old content or the new, whole. `rename` is for tests. */
async function writeFileAtomic(file, content, rename = node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(temp, 'w', 0o644);
    try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    for (let attempt = 0;; attempt += 1) {
        try {
            await rename(temp, file);
            return;
        }
        catch (error) {
            const wait = RENAME_WAITS_MS[attempt];
            if (wait === undefined || !RENAME_REFUSED.has((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) ?? '')) {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temp, { force: true });
                throw error;
            }
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(wait);
        }
    }
}
function applyChange(lock, change) {
    for (const [key, entry] of Object.entries(change.avatars ?? {})) {
        if (entry)
            lock.avatars[key] = entry;
        else
            delete lock.avatars[key];
    }
    for (const [key, mark] of Object.entries(change.in_flight ?? {})) {
        if (mark)
            (lock.in_flight ??= {})[key] = mark;
        else
            delete lock.in_flight?.[key];
    }
    for (const [id, deletion] of Object.entries(change.deleted ?? {})) {
        if (deletion)
            (lock.deleted ??= {})[id] = deletion;
        else
            delete lock.deleted?.[id];
    }
}
/** The journal of changes beside a lockfile (`avatars.lock.json.journal`). */
function journalPath(lockfile) {
    return `${lockfile}.journal`;
}
/**
 * The lockfile as the run goes. Each change is appended to a journal beside the lockfile,
 * one line, and synced to disk before `apply` resolves: a change costs time in proportion
 * to its size, not to the lockfile's. Changes that arrive while a sync is under way go out
 * together with the next one. `close` folds the journal into the lockfile (one atomic
 * write) and removes it; a killed run leaves it behind, and the next read folds it.
 */
class LockStore {
    file;
    displayPath;
    lock;
    queue = [];
    writing;
    journal;
    journalFile;
    constructor(file, displayPath, lock) {
        this.file = file;
        this.displayPath = displayPath;
        this.lock = lock;
        this.journalFile = journalPath(file);
    }
    get current() {
        return this.lock;
    }
    get(key) {
        return this.lock.avatars[key];
    }
    /** true when the lockfile differs from what the run started with; a CRLF checkout (Windows, core.autocrlf) of the same content is no change */
    changedSince(text) {
        return serializeLockfile(this.lock) !== (text ?? '').replaceAll('\r\n', '\n');
    }
    apply(change) {
        applyChange(this.lock, change);
        return new Promise((resolve, reject) => {
            this.queue.push({ line: `${JSON.stringify(change)}\n`, resolve, reject });
            this.writing ??= this.drain();
        });
    }
    async drain() {
        while (this.queue.length > 0) {
            const batch = this.queue.splice(0);
            try {
                // opened for synchronous appends: a write returns once it is on disk, as a write and an fsync would, in one call
                this.journal ??= await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(this.journalFile, 'as', 0o644);
                await this.journal.write(batch.map((b) => b.line).join(''));
                for (const b of batch)
                    b.resolve();
            }
            catch (error) {
                const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}`, { cause: error });
                for (const b of batch)
                    b.reject(failure);
            }
        }
        this.writing = undefined;
    }
    /**
     * `close`, with its failure returned for the run to report (its changes stay in the
     * journal, which the next run folds in).
     */
    async fold() {
        try {
            await this.close();
            return undefined;
        }
        catch (error) {
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAppError */ .Y6)(error) ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`, { cause: error });
        }
    }
    /** Writes the lockfile whole, once every change is in the journal, then removes the journal. */
    async close() {
        await this.writing;
        if (!this.journal)
            return;
        await this.journal.close();
        this.journal = undefined;
        try {
            await writeFileAtomic(this.file, serializeLockfile(this.lock));
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}; its changes are kept in ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(this.journalFile)}, which the next run reads`, { cause: error });
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(this.journalFile, { force: true });
    }
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
    const inFlight = mergeMarks(start.in_flight, inputs.map(({ lock }) => lock.in_flight));
    if (Object.keys(inFlight).length > 0)
        merged.in_flight = inFlight;
    const deleted = mergeDeleted(start, inputs);
    if (Object.keys(deleted).length > 0) {
        merged.deleted = deleted;
        buryDeleted(merged);
    }
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
 * Marks (in-flight creates, deletes) as the shards left them: a mark still as in the base
 * was not touched by that shard (it belongs to another), so the shard that added, changed
 * or removed it wins.
 */
function mergeMarks(start, inputs) {
    const before = start ?? {};
    const result = { ...before };
    const keys = new Set([...Object.keys(before), ...inputs.flatMap((marks) => Object.keys(marks ?? {}))]);
    for (const key of keys) {
        const original = JSON.stringify(before[key] ?? null);
        const changed = inputs.map((marks) => marks?.[key]).filter((mark) => JSON.stringify(mark ?? null) !== original);
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
/** Deletes by id; a tombstone (the id is gone from Creatify) wins over anything else and is never dropped. */
function mergeDeleted(start, inputs) {
    const all = [start.deleted, ...inputs.map(({ lock }) => lock.deleted)];
    const result = mergeMarks(start.deleted, inputs.map(({ lock }) => lock.deleted));
    for (const deleted of all) {
        for (const [id, deletion] of Object.entries(deleted ?? {})) {
            if (deletion.deleted_at !== undefined && result[id]?.deleted_at === undefined)
                result[id] = deletion;
        }
    }
    return result;
}
/**
 * Removes every tombstoned id from the entries: from `superseded`, and a key whose current
 * id is gone with nothing else left. An input that never saw the delete keeps the entry as
 * it was; without this, the merge would bring the deleted key back.
 */
function buryDeleted(lock) {
    const gone = (id) => lock.deleted?.[id]?.deleted_at !== undefined;
    for (const [key, entry] of Object.entries(lock.avatars)) {
        const buried = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutSuperseded */ .PY)(entry, gone);
        if (gone(entry.id) && buried.superseded === undefined)
            delete lock.avatars[key];
        else if ((buried.superseded?.length ?? 0) !== (entry.superseded?.length ?? 0))
            lock.avatars[key] = buried;
    }
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


/***/ }),

/***/ 58376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ LOCKFILE_VERSION),
/* harmony export */   fL: () => (/* binding */ lockChangeSchema),
/* harmony export */   rA: () => (/* binding */ emptyLockfile),
/* harmony export */   vS: () => (/* binding */ lockfileSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40104);
/** The lockfile's shape, validated on every read: a corrupt lockfile is never overwritten. */

const LOCKFILE_VERSION = 1;
const status = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pending', 'approved', 'failed', 'rejected']);
const consent = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
});
const lockEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    consent: consent.optional(),
    fields_digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status,
    failed_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** ids this key had before, replaced because the video or fields changed */
    superseded: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), replaced_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).optional(),
});
/**
 * A create that was started but whose answer is not recorded yet. Written before the
 * request goes out and removed with its answer, so a run that is killed midway leaves
 * behind what the next run must look for on Creatify before creating again.
 */
const inFlightSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    fields_digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** the lipsync video's hash: planned, or, once `sent_at` is set, that of the bytes sent */
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** true when the create uploads files: the server can create nothing before `sent_at` */
    upload: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** set, with `sha256` and `size` of the bytes sent, just before an upload's last bytes go out */
    sent_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
});
/**
 * A delete of one id, by id. Without `deleted_at` it is under way: written before the
 * request goes out, so a run killed before the answer leaves the id on record. With
 * `deleted_at` it is a tombstone: the id is gone from Creatify, and every merge removes
 * it from the entries it joins, so a deleted key never comes back from an older copy.
 */
const deletionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['orphaned', 'superseded']),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    deleted_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const lockfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), lockEntrySchema),
    in_flight: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), inFlightSchema).optional(),
    deleted: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), deletionSchema).optional(),
});
/** One line of the journal: the keys a change sets, or removes (null). */
const lockChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), lockEntrySchema.nullable()).optional(),
    in_flight: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), inFlightSchema.nullable()).optional(),
    deleted: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), deletionSchema.nullable()).optional(),
});
function emptyLockfile() {
    return { version: LOCKFILE_VERSION, avatars: {} };
}


/***/ })

};

//# sourceMappingURL=682.index.js.map