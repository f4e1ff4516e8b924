export const id = 606;
export const ids = [606];
export const modules = {

/***/ 79622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rZ: () => (/* binding */ realPathOutside),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* unused harmony exports isInside, toPosixRelative */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * Confines the paths a manifest names to the workspace (the repository checkout).
 *
 * A manifest path is POSIX and relative to the workspace root. As a courtesy to people
 * writing manifests on Windows, `\` is accepted and read as `/`; on POSIX this means a
 * file whose name really contains a backslash cannot be named, which is a fair price.
 * The check is done twice: on the text as written (no absolute path, no `..` leaving the
 * root) and again after resolving symbolic links, so a link cannot lead out either.
 */




/** True when `candidate` is `root` itself or lies below it. Both must be absolute. */
function isInside(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, candidate);
    if (rel === '')
        return true;
    return rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel);
}
/** `abs` relative to `root` with `/` separators; `.` for the root itself. */
function toPosixRelative(root, abs) {
    const rel = path.relative(root, abs);
    return rel === '' ? '.' : rel.split(path.sep).join('/');
}
function cachedRealpath(dir, cache) {
    let found = cache.get(dir);
    if (!found) {
        found = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir);
        cache.set(dir, found);
    }
    return found;
}
async function regularFileIn(realRoot, absolute, cache) {
    try {
        const realDir = await cachedRealpath(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(absolute), cache);
        if (!isInside(realRoot, realDir))
            return undefined;
        // one synchronous lstat: cheaper than a round trip to the libuv pool per file
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
        return info.isFile() ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realDir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(absolute)) : undefined;
    }
    catch {
        return undefined; // the full check below says what is wrong
    }
}
/** The checks that need no file system: shape of the text only. */
function checkWritten(written) {
    const shown = written;
    if (written.trim() === '')
        return { problem: 'the path is empty' };
    if (written.includes('\0'))
        return { problem: `${JSON.stringify(written)} contains a NUL character` };
    const slashed = written.replace(/\\/g, '/');
    // `/x`, `\x`, `\\server\share` (all start with `/` once slashed) and `C:\x`, `C:x`.
    if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
        return {
            problem: `${shown} is an absolute path; paths must be relative to the workspace root`,
            hint: 'write the path as it appears in the repository, e.g. media/james.mp4',
        };
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(slashed).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../')) {
        return {
            problem: `${shown} leads outside the workspace`,
            hint: 'only files inside the repository checkout can be used',
        };
    }
    return { relative: normal === '' ? '.' : normal };
}
/** The first symbolic link along `relative` (from the root down) that resolves outside. */
async function findEscapingLink(root, realRoot, relative) {
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i += 1) {
        const prefix = parts.slice(0, i).join('/');
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, prefix);
        try {
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs)).isSymbolicLink())
                continue;
            const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
            if (!isInside(realRoot, resolved)) {
                return { link: prefix, target: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(abs), resolved };
            }
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * A name in the same directory that differs only in case or in unicode form (é as one
 * character or as e and an accent), for a "did you mean".
 */
async function caseVariant(root, relative) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(relative);
    const fold = (name) => name.normalize('NFC').toLowerCase();
    const base = fold(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(relative));
    try {
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, dir));
        const match = names.find((name) => fold(name) === base);
        return match === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(dir, match);
    }
    catch {
        return undefined;
    }
}
function problem(text, hint) {
    return hint === undefined ? { ok: false, problem: text } : { ok: false, problem: text, hint };
}
/**
 * Resolves a path written in the manifest to a regular file inside the workspace, or
 * says why it cannot be used. Never throws for a bad path; only an unreadable workspace
 * root itself is thrown, since no manifest line is to blame for it.
 */
async function resolveInWorkspace(workspaceRoot, manifestPath, cache = new Map()) {
    const lexical = checkWritten(manifestPath);
    if ('problem' in lexical)
        return problem(lexical.problem, lexical.hint);
    const { relative } = lexical;
    const shown = relative;
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspaceRoot);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, relative);
    const realRoot = await cachedRealpath(root, cache);
    // The common case in few system calls: a regular file (not a link) in a directory
    // whose real place, resolved once per directory, is inside the root.
    if (relative !== '.') {
        const fast = await regularFileIn(realRoot, absolute, cache);
        if (fast !== undefined)
            return { ok: true, absolute, realPath: fast, relative };
    }
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error);
        if (code === 'ELOOP') {
            return problem(`${shown} cannot be resolved: its symbolic links form a loop (ELOOP)`, 'check the links with `ls -l` along the path and point them at a real file');
        }
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            const dangling = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(absolute).then((s) => s.isSymbolicLink(), () => false);
            if (dangling) {
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(absolute);
                return problem(`${shown} is a symbolic link to ${target}, which does not exist`);
            }
            const variant = relative === '.' ? undefined : await caseVariant(root, relative);
            return problem(`${shown} does not exist`, variant !== undefined && variant !== relative
                ? `did you mean ${variant}? Paths are case-sensitive, and an accented letter may be written in two unicode forms`
                : 'paths are relative to the repository root; is the file committed and checked out?');
        }
        if (code === 'EACCES' || code === 'EPERM') {
            return problem(`${shown} cannot be read (permission denied)`);
        }
        return problem(`${shown} cannot be resolved: ${code ?? String(error)}`);
    }
    if (!isInside(realRoot, real)) {
        const escape = await findEscapingLink(root, realRoot, relative);
        const via = escape
            ? `${escape.link} is a symbolic link to ${escape.target}` +
                (escape.target === escape.resolved ? '' : ` (${escape.resolved})`)
            : `it resolves to ${real}`;
        return problem(`${shown} leads outside the workspace: ${via}`, 'copy the file into the repository instead of linking to it');
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    if (info.isDirectory()) {
        return problem(`${shown} is a directory, not a video file`, 'name a file, or use a glob such as dir/*.mp4');
    }
    if (!info.isFile())
        return problem(`${shown} is not a regular file`);
    return { ok: true, absolute, realPath: real, relative };
}
/**
 * Null when `file` (absolute), once its symbolic links are resolved, is inside
 * `workspaceRoot`, or does not exist; else the real path it leads to. The manifest and the
 * lockfile are read through this, so that a link in a pull request cannot have the action
 * read, and quote in its errors, a file elsewhere on the runner.
 */
async function realPathOutside(workspaceRoot, file) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return null;
        throw error;
    }
    return isInside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspaceRoot), real) ? null : real;
}


/***/ }),

/***/ 58606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ readLockfile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bl: () => (/* binding */ orderEntry),
/* harmony export */   c5: () => (/* binding */ serializeLockfile),
/* harmony export */   fw: () => (/* binding */ LockStore),
/* harmony export */   tg: () => (/* binding */ parseLockfile)
/* harmony export */ });
/* unused harmony exports applyChange, journalPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79622);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58376);
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
        if (workspace !== undefined && (await (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .realPathOutside */ .rZ)(workspace, file)) !== null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is a symbolic link that leads outside the repository; it is not read`, {
                hint: 'make it a regular file in the repository (or remove it to start afresh)',
            });
        }
        text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV)
            throw error;
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) !== 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `cannot read the lockfile ${displayPath}: ${error.message}`, { cause: error });
        text = null;
    }
    const lock = text === null ? (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyLockfile */ .rA)() : parseLockfile(text, displayPath);
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `cannot read ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)}, the changes of an interrupted run: ${error.message}`, { cause: error });
    }
    const lines = content.split('\n').slice(0, -1);
    for (const [index, line] of lines.entries()) {
        const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .lockChangeSchema */ .fL.safeParse(safeJson(line));
        if (!parsed.success) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `line ${index + 1} of ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)}, the changes of an interrupted run, is not a lockfile change`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot fold ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(journal)} into the lockfile ${displayPath}: ${error.message}`, { cause: error });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is not valid JSON: ${error.message}`, { hint, cause: error });
    }
    if (typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'number' && data.version > _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCKFILE_VERSION */ .Rb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has format version ${data.version}, newer than this release reads (${_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCKFILE_VERSION */ .Rb})`, { hint: 'upgrade the action or CLI to the version that wrote it' });
    }
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .lockfileSchema */ .vS.safeParse(data);
    if (!result.success) {
        const first = result.error.issues[0];
        const where = first ? first.path.map(String).join('.') : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} is malformed at ${where || 'top level'}: ${first?.message ?? 'invalid'}`, { hint });
    }
    if (result.data.version !== _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCKFILE_VERSION */ .Rb) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${displayPath} has unsupported version ${result.data.version}`, { hint });
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
/** Sorted keys, fixed field order, two-space indent, final newline: stable and diffable. */
function serializeLockfile(lock) {
    const avatars = {};
    for (const key of Object.keys(lock.avatars).sort()) {
        avatars[key] = orderEntry(lock.avatars[key]);
    }
    const inFlight = lock.in_flight ?? {};
    const document = { version: _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCKFILE_VERSION */ .Rb, avatars };
    if (Object.keys(inFlight).length > 0) {
        document.in_flight = Object.fromEntries(Object.keys(inFlight).sort().map((key) => [key, inFlight[key]]));
    }
    return `${JSON.stringify(document, null, 2)}\n`;
}
async function writeFileAtomic(file, content) {
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
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(temp, file);
    }
    catch (error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temp, { force: true });
        throw error;
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
    /** true when the lockfile differs from what the run started with */
    changedSince(text) {
        return serializeLockfile(this.lock) !== (text ?? '');
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
                this.journal ??= await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(this.journalFile, 'a', 0o644);
                await this.journal.write(batch.map((b) => b.line).join(''));
                await this.journal.sync();
                for (const b of batch)
                    b.resolve();
            }
            catch (error) {
                const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}`, { cause: error });
                for (const b of batch)
                    b.reject(failure);
            }
        }
        this.writing = undefined;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}; its changes are kept in ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(this.journalFile)}, which the next run reads`, { cause: error });
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(this.journalFile, { force: true });
    }
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
/* unused harmony export lockEntrySchema */
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
const lockfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), lockEntrySchema),
    in_flight: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), inFlightSchema).optional(),
});
/** One line of the journal: the keys a change sets, or removes (null). */
const lockChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), lockEntrySchema.nullable()).optional(),
    in_flight: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), inFlightSchema.nullable()).optional(),
});
function emptyLockfile() {
    return { version: LOCKFILE_VERSION, avatars: {} };
}


/***/ })

};

//# sourceMappingURL=606.index.js.map