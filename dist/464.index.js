export const id = 464;
export const ids = [464];
export const modules = {

/***/ 72464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startFromBranchLockfile: () => (/* binding */ startFromBranchLockfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91659);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96584);
/* harmony import */ var _github_commit_lockfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55854);
/* harmony import */ var _util_github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64519);
/* harmony import */ var _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58606);
/**
 * Before a sync or status run on a branch: when the lockfile was committed to the branch
 * since this run's commit (by an earlier run with commit-lockfile, or by a step of the
 * user's; a run queued in a concurrency group checks out the older commit), start from
 * the branch's lockfile, or this run would create again what the other created.
 */







/** Returns the blob a lockfile commit must then find on the branch; undefined when the run keeps its checkout's lockfile. */
async function startFromBranchLockfile(config, env) {
    const gh = (0,_util_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readGitHubContext */ .L7)(env);
    if (config.mode === 'plan' || !config.githubToken || !gh || !gh.branch || (0,_util_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .isPullRequestEvent */ .T5)(gh.eventName))
        return undefined;
    const path = config.lockfile.display;
    const branch = gh.branch;
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)(config.githubToken, gh.apiUrl);
    let head;
    try {
        head = await (0,_github_commit_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .lockfileAtBranchHead */ .Hw)(client, gh, { path, branch });
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not read ${path} on ${branch} (${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .apiMessage */ .SX)(error)}); starting from the checked-out lockfile.`);
        return undefined;
    }
    if (!head)
        return undefined;
    // a lockfile an earlier step of this job changed is this job's own: keep it (the commit decides);
    // a checkout with CRLF line ends (Windows, autocrlf) is still the checked-out file
    const local = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(config.lockfile.absolute).catch(() => undefined);
    const localBlobs = local ? [(0,_github_commit_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .gitBlobSha */ .Ak)(local), (0,_github_commit_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .gitBlobSha */ .Ak)(Buffer.from(local.toString('utf8').replace(/\r\n/g, '\n')))] : [undefined];
    if (!localBlobs.includes(head.checkedOut)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`${path} on ${branch} is newer than this run's commit, but a step before this one changed the checked-out copy: starting from that copy.`);
        return undefined;
    }
    if (config.mode === 'sync') {
        // A sync may take the newer lockfile only if nothing else changed since its commit:
        // with a newer manifest or video on the branch, this run's are out of date.
        let changed;
        try {
            changed = await (0,_github_commit_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .filesChangedSince */ .UM)(client, gh, branch);
        }
        catch (error) {
            changed = undefined;
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not compare ${gh.sha.slice(0, 7)} with ${branch} (${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .apiMessage */ .SX)(error)}).`);
        }
        if (changed === undefined || changed.some((file) => file !== path)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .uV('CHECKOUT_OUTDATED', `${branch} has moved past this run's commit ${gh.sha.slice(0, 7)}: ${path} was committed there${changed === undefined ? '' : ' along with other changes'}, so this run's manifest and videos may not be the newest; nothing was created`, {
                hint: `run the workflow for the newest commit of ${branch}; a concurrency group keeps the runs in order`,
            });
        }
    }
    const text = head.content.toString('utf8');
    try {
        (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_6__/* .parseLockfile */ .tg)(text, `${path} on ${branch}`);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .uV('LOCKFILE_INVALID', `the lockfile ${path} at the head of ${branch} cannot be used: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, {
            hint: `fix ${path} on ${branch} (see git show ${branch}:${path}); nothing was created`,
            cause: error,
        });
    }
    await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(config.lockfile.absolute, text);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${path} on ${branch} is newer than this run's commit ${gh.sha.slice(0, 7)} (another run committed it): starting from it.`);
    return head.blob;
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   PE: () => (/* binding */ NO_RETRY),
/* harmony export */   SX: () => (/* binding */ apiMessage),
/* harmony export */   US: () => (/* binding */ isForbidden),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/**
 * The GitHub REST client: octokit from @actions/github pointed at GITHUB_API_URL, with
 * @octokit/plugin-retry for server errors and @octokit/plugin-throttling for GitHub's rate
 * limits, and helpers to read its errors.
 */





/** The longest wait for a rate limit to lift: a report is not worth more of the job. */
const MAX_RATE_LIMIT_WAIT_S = 60;
/**
 * Server errors are retried (409, a branch that moved, is the caller's to handle); a create
 * that must not be repeated passes `request: { retries: 0 }` (see NO_RETRY). A rate-limited
 * request was not carried out, so it is waited out and sent again, twice at most.
 */
function createGitHubClient(token, apiUrl) {
    const onLimit = (what) => (retryAfter, options, _octokit, retryCount) => {
        if (retryCount >= 2 || retryAfter > MAX_RATE_LIMIT_WAIT_S)
            return false;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub's ${what} rate limit on ${options.method} ${options.url}: trying again in ${retryAfter} s`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        userAgent: `creatify-avatars/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`,
        retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
/**
 * For creating a comment or a check run: an answer lost to a server error may hide a
 * create that happened, and a second one would leave a duplicate.
 */
const NO_RETRY = { retries: 0 };
/** The HTTP status of an octokit error, if it is an answer from GitHub. */
function httpStatus(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' && status >= 100 ? status : undefined;
}
/** GitHub's own message for an error answer (`message` of the JSON body), else the error's. */
function apiMessage(error) {
    if (typeof error === 'object' && error !== null) {
        const data = error.response?.data;
        if (typeof data === 'object' && data !== null) {
            const message = data.message;
            if (typeof message === 'string' && message !== '')
                return message;
        }
        const message = error.message;
        if (typeof message === 'string')
            return message;
    }
    return String(error);
}
/** A 403 or 429 that is GitHub's primary or secondary rate limit, still there after the waits. */
function isRateLimited(error) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 429)
        return false;
    const headers = error.response?.headers ?? {};
    return status === 429 || headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(apiMessage(error));
}
/** A 403 that is not a rate limit: the token may not do this (a pull request from a fork, or a missing permission). */
function isForbidden(error) {
    return httpStatus(error) === 403 && !isRateLimited(error);
}


/***/ }),

/***/ 55854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   Hw: () => (/* binding */ lockfileAtBranchHead),
/* harmony export */   UM: () => (/* binding */ filesChangedSince),
/* harmony export */   j9: () => (/* binding */ commitLockfile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58606);
/* harmony import */ var _lock_merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60655);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96584);
/**
 * Commits the updated lockfile back to the branch through the contents API: one commit,
 * conditional on the file's current blob, retried when the branch moved meanwhile, and
 * refused (never forced) when the branch is protected or someone else changed the file.
 */







/** Tries of the commit while the branch keeps moving under it. */
const ATTEMPTS = 4;
/** The id git gives a file's content: what the contents API calls its `sha`. */
function gitBlobSha(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}
const PROTECTED = /protected branch|rule violation|through a pull request|status check|approving review|push declined|cannot update this protected ref/i;
function commitMessage(path) {
    return `chore(avatars): update ${path} [skip ci]`;
}
/** The file at `path` on `ref` as the contents API gives it: its blob sha and, up to 1 MB, its content; undefined when absent. */
async function fileAt(client, gh, path, ref) {
    try {
        const { data } = await client.rest.repos.getContent({ owner: gh.owner, repo: gh.repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file')
            throw new Error(`${path} on ${ref} is not a file`);
        return { sha: data.sha, size: data.size, content: 'content' in data && typeof data.content === 'string' ? data.content : '' };
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_6__/* .httpStatus */ .nG)(error) === 404)
            return undefined;
        throw error;
    }
}
async function blobAt(client, gh, path, ref) {
    return (await fileAt(client, gh, path, ref))?.sha;
}
/** A blob's bytes by its sha (any size the git API serves). */
async function blobContent(client, gh, sha) {
    const { data } = await client.rest.git.getBlob({ owner: gh.owner, repo: gh.repo, file_sha: sha });
    return Buffer.from(data.content, 'base64');
}
/**
 * The lockfile at the head of `branch`, when it is not the one of the commit this run
 * checked out (`gh.sha`): a run queued behind another starts from an older commit, and
 * syncing from its lockfile would create again what the other run created and
 * committed. Undefined when the two are the same, or the branch has no lockfile.
 */
async function lockfileAtBranchHead(client, gh, options) {
    const { path, branch } = options;
    const head = await contentAt(client, gh, path, branch);
    if (!head)
        return undefined;
    const checkedOut = await blobAt(client, gh, path, gh.sha);
    if (head.blob === checkedOut)
        return undefined;
    return { ...head, checkedOut };
}
/** Our lockfile and the branch's, joined against the one both started from. */
async function mergeWithBranch(client, gh, input) {
    const read = async (blob) => (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLockfile */ .tg)((await blobContent(client, gh, blob)).toString('utf8'), `${input.path} (${blob.slice(0, 7)})`);
    const base = input.start === undefined ? undefined : await read(input.start);
    const theirs = await read(input.current);
    const ours = (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLockfile */ .tg)(input.ours.toString('utf8'), input.path);
    try {
        const merged = (0,_lock_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeLockfiles */ .f)(base, [
            { name: 'the branch', lock: theirs },
            { name: 'this run', lock: ours },
        ]);
        return { kind: 'merged', text: (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeLockfile */ .c5)(merged) };
    }
    catch (error) {
        // only a disagreement is a conflict; a failure to read is thrown as it is
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hasCode */ .up)(error, 'LOCKFILE_INVALID'))
            return { kind: 'conflict' };
        throw error;
    }
}
/**
 * The files changed from `gh.sha` to the head of `branch`, when the head descends from it;
 * undefined when it does not, or when the list is too long to be whole (300 files).
 */
async function filesChangedSince(client, gh, branch) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner: gh.owner, repo: gh.repo, basehead: `${gh.sha}...${branch}` });
    const files = data.files ?? [];
    if (data.status !== 'ahead' || files.length >= 300)
        return undefined;
    return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}
async function contentAt(client, gh, path, ref) {
    const file = await fileAt(client, gh, path, ref);
    if (!file)
        return undefined;
    const content = Buffer.from(file.content, 'base64');
    // the contents API leaves out files over 1 MB: fetch those as raw blobs
    return { blob: file.sha, content: content.length === 0 && file.size > 0 ? await blobContent(client, gh, file.sha) : content };
}
async function commitLockfile(client, gh, options) {
    const { path, branch } = options;
    let content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(options.absolute);
    let wanted = gitBlobSha(content);
    // the lockfile as this run found it: anything else on the branch is someone else's work
    let start = options.startBlob ?? (await blobAt(client, gh, path, gh.sha));
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const current = await blobAt(client, gh, path, branch);
        if (current === wanted)
            return { kind: 'unchanged' };
        if (current !== start && current !== undefined) {
            // Someone else committed the lockfile meanwhile: join the two by key, as shards are
            // merged. Other keys, or the same entry, join; one key given two ids does not.
            const merged = await mergeWithBranch(client, gh, { path, start, current, ours: content });
            if (merged.kind === 'merged') {
                await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(options.absolute, merged.text);
                content = Buffer.from(merged.text);
                wanted = gitBlobSha(content);
                start = current;
                if (current === wanted)
                    return { kind: 'unchanged' };
            }
        }
        if (current !== start) {
            return {
                kind: 'refused',
                message: options.startBlob
                    ? `${path} changed on ${branch} while this run worked; it was not overwritten`
                    : `${path} changed on ${branch} since ${gh.sha.slice(0, 7)}, the commit this run started from; it was not overwritten`,
                hint: `the two lockfiles give one key different ids or could not be joined: add this run's ids (in its outputs and artifact) to ${path} on ${branch} by hand; a concurrency group on the workflow keeps two runs from racing`,
            };
        }
        try {
            const { data } = await client.rest.repos.createOrUpdateFileContents({
                owner: gh.owner,
                repo: gh.repo,
                path,
                branch,
                message: commitMessage(path),
                content: content.toString('base64'),
                ...(current ? { sha: current } : {}),
            });
            return { kind: 'committed', commitSha: data.commit.sha ?? '', attempts: attempt };
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_6__/* .httpStatus */ .nG)(error);
            const message = (0,_client_js__WEBPACK_IMPORTED_MODULE_6__/* .apiMessage */ .SX)(error);
            if (PROTECTED.test(message)) {
                return {
                    kind: 'refused',
                    message: `${branch} is protected: GitHub refused the lockfile commit (${message})`,
                    hint: `commit ${path} through a pull request, allow the workflow's token to push to ${branch} (a ruleset bypass), or set commit-lockfile: false`,
                };
            }
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_6__/* .isForbidden */ .US)(error) || status === 404) {
                return {
                    kind: 'refused',
                    message: `the github-token may not push to ${branch} (${status}: ${message})`,
                    hint: 'give the job `permissions: contents: write`, or pass a token that may push',
                };
            }
            // 409 (the branch moved under the commit) or 422 (the blob sha is stale): read again
            if ((status === 409 || status === 422) && attempt < ATTEMPTS) {
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(250 * attempt);
                continue;
            }
            throw error;
        }
    }
    return {
        kind: 'refused',
        message: `${branch} kept moving: the lockfile commit failed ${ATTEMPTS} times`,
        hint: 'run the workflow again; a concurrency group on the workflow keeps two runs from racing',
    };
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


/***/ })

};

//# sourceMappingURL=464.index.js.map