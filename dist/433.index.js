export const id = 433;
export const ids = [433];
export const modules = {

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

/***/ 95433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/check-run.ts



const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for a check run's summary and text */
const CHECK_TEXT_LIMIT_BYTES = 65_535;
/** A problem without a place goes on the manifest's first line, so it is still seen. */
function annotationsFor(problems, manifest) {
    return problems.map((problem) => {
        const loc = problem.location;
        const line = loc?.line ?? 1;
        const endLine = loc?.endLine ?? line;
        const sameLine = endLine === line && loc !== undefined;
        return {
            path: loc?.file ?? manifest,
            start_line: line,
            end_line: endLine,
            ...(sameLine ? { start_column: loc.column, end_column: loc.endColumn ?? loc.column } : {}),
            annotation_level: 'failure',
            message: clip((0,errors/* formatProblem */.Vw)({ ...problem, location: undefined }), 60_000),
            title: clip(problem.path ? `Creatify avatars manifest: ${problem.path}` : 'Creatify avatars manifest', 255),
        };
    });
}
function clip(text, maxBytes) {
    if ((0,markdown/* byteLength */.dp)(text) <= maxBytes)
        return text;
    let chars = Array.from(text);
    while ((0,markdown/* byteLength */.dp)(chars.join('')) > maxBytes - 3)
        chars = chars.slice(0, Math.floor(chars.length * 0.9));
    return `${chars.join('')}…`;
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Returns the check run's id. */
async function publishCheckRun(client, gh, content) {
    const base = { owner: gh.owner, repo: gh.repo };
    const created = await client.rest.checks.create({
        ...base,
        name: content.name,
        head_sha: gh.sha,
        status: 'in_progress',
        started_at: new Date().toISOString(),
        ...(gh.runUrl ? { details_url: gh.runUrl } : {}),
        request: github_client/* NO_RETRY */.PE,
    });
    const id = created.data.id;
    const output = { title: clip(content.title, 1000), summary: clip(content.summary, CHECK_TEXT_LIMIT_BYTES) };
    const batches = chunk(content.annotations, ANNOTATIONS_PER_REQUEST);
    try {
        // GitHub appends the annotations of each update to the ones already there
        for (const batch of batches.slice(0, -1)) {
            await client.rest.checks.update({ ...base, check_run_id: id, output: { ...output, annotations: batch } });
        }
    }
    finally {
        // completed even when a batch failed: a check run must not stay in progress
        await client.rest.checks.update({
            ...base,
            check_run_id: id,
            status: 'completed',
            conclusion: content.conclusion,
            completed_at: new Date().toISOString(),
            output: { ...output, annotations: batches.at(-1) ?? [] },
        });
    }
    return id;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * One sticky pull-request comment per manifest: found again by its hidden marker through
 * every page of the PR's comments, edited in place, created only when none exists.
 */

/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT_CHARS = 65_536;
async function findComment(client, gh, pullNumber, marker) {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { owner: gh.owner, repo: gh.repo, issue_number: pullNumber, per_page: 100 });
    for await (const page of pages) {
        const found = page.data.find((c) => c.body?.includes(marker));
        if (found)
            return found.id;
    }
    return undefined;
}
async function upsertComment(client, gh, pullNumber, marker, body) {
    const full = `${marker}\n${body}`;
    if (full.length > COMMENT_LIMIT_CHARS)
        throw new Error(`the comment would be ${full.length} characters, over GitHub's ${COMMENT_LIMIT_CHARS}`);
    const existing = await findComment(client, gh, pullNumber, marker);
    if (existing !== undefined) {
        await client.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: existing, body: full });
        return { id: existing, action: 'updated' };
    }
    const created = await client.rest.issues.createComment({ owner: gh.owner, repo: gh.repo, issue_number: pullNumber, body: full, request: github_client/* NO_RETRY */.PE });
    return { id: created.data.id, action: 'created' };
}

// EXTERNAL MODULE: ./src/github/commit-lockfile.ts
var commit_lockfile = __webpack_require__(55854);
// EXTERNAL MODULE: ./src/util/github-context.ts
var github_context = __webpack_require__(64519);
// EXTERNAL MODULE: ./src/input-schema.ts
var input_schema = __webpack_require__(33051);
;// CONCATENATED MODULE: ./src/github/names.ts
/**
 * The names the action leaves on GitHub, fixed so branch protection and later runs find
 * them again: status context and check name, comment marker, artifact name.
 */

const BASE_NAME = 'Creatify avatars';
const DEFAULT_MANIFEST = input_schema/* INPUTS */.mc.manifest.default;
/**
 * `Creatify avatars` for the default manifest; another manifest or a shard gets its own
 * name, so two of them in one workflow do not overwrite each other's status.
 */
function checkName({ manifest, shard }) {
    const parts = [];
    if (manifest !== DEFAULT_MANIFEST)
        parts.push(manifest);
    if (shard)
        parts.push(`shard ${shard.index}/${shard.count}`);
    return parts.length > 0 ? `${BASE_NAME} (${parts.join(', ')})` : BASE_NAME;
}
/** Hidden in the rendered comment; `--` cannot appear inside an HTML comment. */
function commentMarker({ manifest, shard }) {
    const id = `${manifest}${shard ? `#shard-${shard.index}-of-${shard.count}` : ''}`.replace(/-{2,}/g, '-').replace(/>/g, '');
    return `<!-- creatify-avatars:${id} -->`;
}
/**
 * The default name adds the manifest when it is not the default one (a matrix over
 * manifests needs no artifact-name of its own); a shard adds `-shard-i-of-n`; a re-run
 * (attempt 2 and later) adds `-attempt-k`, because an artifact name can be used once per
 * workflow run and the first attempt's artifact is kept (never deleted) for comparison.
 */
function artifactName(base, { manifest, shard }, runAttempt) {
    // artifact names may not hold " : < > | * ? \ / or line breaks
    const forManifest = base === input_schema/* INPUTS */.mc['artifact-name'].default && manifest !== DEFAULT_MANIFEST ? `-${manifest.replace(/[^A-Za-z0-9._-]+/g, '-')}` : '';
    return `${base}${forManifest}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}${runAttempt > 1 ? `-attempt-${runAttempt}` : ''}`;
}

// EXTERNAL MODULE: ./src/engine/api-factory.ts + 3 modules
var api_factory = __webpack_require__(16850);
;// CONCATENATED MODULE: ./src/github/quota.ts


/** A plan must not wait minutes for a line of its report. */
const QUOTA_RETRY = { attempts: 2, baseMs: 1_000, factor: 2, capMs: 2_000, jitter: 'full', budgetMs: 10_000 };
async function lookUpQuota(api, result) {
    const planned = result.avatars.filter((a) => a.action === 'create' || a.action === 'replace').length;
    const { apiId, apiKey, url } = api;
    if (!apiId || !apiKey)
        return { note: 'Quota not checked: no Creatify credentials in this run (pull requests from forks get no secrets).' };
    if (planned === 0)
        return { note: '' };
    const client = (0,api_factory/* buildClient */.Km)({ url, apiId, apiKey, requestTimeoutMs: Math.min(api.requestTimeoutMs, 20_000) }, api_factory/* ACTION_PRODUCT */.dV, undefined, QUOTA_RETRY);
    try {
        // the count and the list that tells which deletes free a slot first, asked at once
        const [count, freed] = await Promise.all([client.count(), freedFirst(client, result)]);
        return { quota: { max: count.max_count, current: count.current_count, planned, ...freed } };
    }
    catch (error) {
        return { note: `Quota not checked: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    finally {
        await client.close();
    }
}
/**
 * Of the deletes a plan lists (a sync's are made already, and counted), those its sync
 * makes before the creates. The pruner sends a DELETE only for an id the account's list
 * shows, which may leave out avatars under review, and keeps an orphaned key's own id
 * while one of the key's older ids stays. An unreadable list frees nothing.
 */
async function freedFirst(client, result) {
    const deletes = result.mode === 'plan' ? result.wouldDelete : [];
    if (deletes.length === 0)
        return {};
    let listed;
    try {
        listed = new Set((await client.list()).map((persona) => persona.id));
    }
    catch {
        return { uncounted: `the ${deletes.length} that prune would delete, as the account's list could not be read` };
    }
    const own = new Set(result.orphaned.map((o) => o.id));
    const stuck = new Set(deletes.filter((d) => !listed.has(d.id) && !own.has(d.id)).map((d) => d.key));
    const freed = deletes.filter((d) => listed.has(d.id) && !(own.has(d.id) && stuck.has(d.key))).length;
    const left = deletes.length - freed;
    return {
        ...(freed > 0 ? { freed } : {}),
        ...(left > 0 ? { uncounted: `${left} that prune would delete: a sync deletes only the avatars the account's list shows, which may leave out those under review` } : {}),
    };
}

// EXTERNAL MODULE: ./src/report/quota.ts
var report_quota = __webpack_require__(85682);
// EXTERNAL MODULE: ./src/github/report.ts
var report = __webpack_require__(62745);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(32693);
;// CONCATENATED MODULE: ./src/github/status.ts
/**
 * The commit status: one line that says where the avatars stand, and never a pending
 * state without saying what will resolve it.
 */



/** GitHub keeps at most 140 characters of a status description. */
const DESCRIPTION_LIMIT = 140;
function describe(text) {
    return (0,format/* truncate */.x)(text.replace(/\s+/g, ' ').trim(), DESCRIPTION_LIMIT);
}
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function commitStatusFor(result, error, quota) {
    if (!result) {
        const first = error?.problems[0];
        const more = error && error.problems.length > 1 ? ` (+${error.problems.length - 1} more)` : '';
        const what = first ? (0,errors/* formatProblem */.Vw)({ ...first, hint: undefined }) : (error?.message ?? 'the run failed');
        return { state: 'failure', description: describe(`${what}${more}`) };
    }
    const avatars = result.avatars;
    if (result.mode === 'plan') {
        if (result.failure)
            return { state: 'failure', description: describe(result.failure.message) };
        const creates = avatars.filter((a) => a.action === 'create').length;
        const replaces = avatars.filter((a) => a.action === 'replace').length;
        const unchanged = avatars.filter((a) => a.action === 'unchanged').length;
        let text = creates + replaces === 0 ? `nothing to create or replace, ${unchanged} unchanged` : `${creates} to create, ${replaces} to replace`;
        if (quota && !(0,report_quota/* quotaFits */.NV)(quota))
            text += `; the Creatify quota has room for ${(0,report_quota/* quotaRoom */.gL)(quota)} only`;
        return { state: 'success', description: describe(text) };
    }
    const bad = avatars.filter((a) => a.status === 'rejected' || a.status === 'failed');
    if (bad.length > 0) {
        const first = bad[0];
        const more = bad.length > 1 ? ` (+${bad.length - 1} more)` : '';
        return { state: 'failure', description: describe(`${first.key}: ${first.status}${first.failed_reason ? ` — ${first.failed_reason}` : ''}${more}`) };
    }
    if (result.failure)
        return { state: 'failure', description: describe(result.failure.message) };
    const notCreated = avatars.filter((a) => a.status === 'planned').length;
    if (notCreated > 0) {
        return { state: 'failure', description: describe(`${count(notCreated, 'avatar')} not created yet${result.incomplete ? ` (${result.incomplete})` : ''}; run the sync again`) };
    }
    const pending = avatars.filter((a) => a.status === 'pending').length;
    if (pending > 0) {
        return { state: 'pending', description: describe(`${pending} awaiting Creatify review; a scheduled run with mode: status updates this`) };
    }
    const approved = avatars.filter((a) => a.status === 'approved').length;
    return { state: 'success', description: describe(approved === avatars.length ? `all ${count(approved, 'avatar')} approved` : `${approved} of ${avatars.length} approved`) };
}
async function postCommitStatus(client, gh, context, status) {
    await client.rest.repos.createCommitStatus({
        owner: gh.owner,
        repo: gh.repo,
        sha: gh.sha,
        state: status.state,
        context,
        description: status.description,
        ...(gh.runUrl ? { target_url: gh.runUrl } : {}),
    });
}

;// CONCATENATED MODULE: ./src/github/publish.ts
/**
 * Everything the action tells GitHub besides outputs and the job summary: commit status,
 * check run, pull-request comment, results artifact, lockfile commit. Loaded only when
 * a run has a token and something to publish.
 *
 * Only a refused lockfile commit fails the step: a report GitHub would not take (a fork's
 * read-only token, an outage) becomes a warning, since the job summary has it anyway.
 */














async function publish(context) {
    const { config, result, env } = context;
    const published = {};
    const gh = (0,github_context/* readGitHubContext */.L7)(env);
    const naming = { manifest: config.manifest.display, shard: config.shard };
    if (config.artifactName !== '' && result) {
        const id = await uploadArtifact(config, naming, gh?.runAttempt ?? 1, env);
        if (id !== undefined)
            published.artifactId = id;
    }
    const client = gh && config.githubToken ? (0,github_client/* createGitHubClient */.LX)(config.githubToken, gh.apiUrl) : undefined;
    const failure = await commitIfWanted(context, gh, client);
    if (failure)
        published.failure = failure;
    if (!gh || !client)
        return published;
    await publish_report(client, gh, context, naming);
    return published;
}
async function uploadArtifact(config, naming, runAttempt, env) {
    const name = artifactName(config.artifactName, naming, runAttempt);
    try {
        // loaded on demand: the artifact client is most of the bundle
        const { uploadResults } = await Promise.all(/* import() */[__webpack_require__.e(252), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 49721));
        const outcome = await uploadResults({ name, resultsPath: config.results, env });
        if (outcome.kind === 'skipped') {
            core/* info */.pq(`No results artifact: ${outcome.reason}.`);
            return undefined;
        }
        core/* info */.pq(`Results uploaded as the artifact ${outcome.name} (id ${outcome.id}).`);
        return outcome.id;
    }
    catch (error) {
        core/* warning */.$e(`The results artifact ${name} was not uploaded: ${(0,errors/* errorMessage */.gJ)(error)}. The results are in the step's outputs.`);
        return undefined;
    }
}
/** `client` is undefined when there is no GitHub context or no token. */
async function commitIfWanted(context, gh, client) {
    const { config, result } = context;
    if (!config.commitLockfile || !result || result.mode === 'plan')
        return undefined;
    if (gh && (0,github_context/* isPullRequestEvent */.T5)(gh.eventName)) {
        if (result.mode === 'sync' && result.created.length > 0) {
            core/* warning */.$e(`commit-lockfile is ignored on pull requests, and this sync created ${result.created.length} avatar(s): their ids are only in the outputs and the results artifact; commit ${config.lockfile.display} to the pull request's branch, or the run after the merge creates them again.`);
        }
        else {
            core/* info */.pq('commit-lockfile is ignored on pull requests: the lockfile is committed by the run on the branch after the merge.');
        }
        return undefined;
    }
    if (!result.lockfileChanged)
        return undefined;
    const path = config.lockfile.display;
    const refused = (message, hint) => ({ code: 'LOCKFILE_COMMIT', message, hint });
    if (!gh)
        return refused(`commit-lockfile: ${path} was not committed: GITHUB_REPOSITORY and GITHUB_SHA are not set`, 'commit it yourself');
    if (!client)
        return refused(`commit-lockfile: ${path} was not committed: no github-token`, 'pass github-token with contents: write permission, or commit the lockfile yourself');
    if (!gh.branch)
        return refused(`commit-lockfile: ${path} was not committed: this run is not on a branch (GITHUB_REF ${context.env.GITHUB_REF ?? 'unset'})`, 'run the workflow on a branch push, a schedule or workflow_dispatch on a branch');
    try {
        const outcome = await (0,commit_lockfile/* commitLockfile */.j9)(client, gh, { path, absolute: config.lockfile.absolute, branch: gh.branch, startBlob: context.startBlob });
        switch (outcome.kind) {
            case 'committed':
                core/* info */.pq(`Committed ${path} to ${gh.branch} (${outcome.commitSha.slice(0, 7)}${outcome.attempts > 1 ? `, after ${outcome.attempts} tries as the branch moved` : ''}).`);
                return undefined;
            case 'unchanged':
                core/* info */.pq(`${path} on ${gh.branch} is already up to date.`);
                return undefined;
            case 'refused':
                return refused(`commit-lockfile: ${outcome.message}. The avatar ids are in the outputs and the results artifact`, outcome.hint);
        }
    }
    catch (error) {
        return refused(`commit-lockfile: ${path} was not committed (${(0,github_client/* apiMessage */.SX)(error)}). The avatar ids are in the outputs and the results artifact`, 'commit the lockfile from the results, or run the workflow again');
    }
}
/** Commit status always; on a plan the check run; on a pull request the sticky comment. */
async function publish_report(client, gh, context, naming) {
    const { config, result, error } = context;
    const name = checkName(naming);
    const isPlan = config.mode === 'plan';
    const forbidden = [];
    const attempt = async (what, fn) => {
        try {
            core/* info */.pq(await fn());
        }
        catch (failure) {
            if ((0,github_client/* isForbidden */.US)(failure))
                forbidden.push(what);
            else if ((0,github_client/* isRateLimited */.Jz)(failure))
                core/* warning */.$e(`GitHub's rate limit kept the ${what} from being posted, even after waiting (${(0,github_client/* apiMessage */.SX)(failure)}). The report is in this job's summary.`);
            else
                core/* warning */.$e(`Could not update the ${what} on GitHub: ${(0,github_client/* apiMessage */.SX)(failure)}`);
        }
    };
    let quota;
    let quotaNote;
    if (isPlan && result) {
        const looked = await lookUpQuota(config.api, result);
        if ('quota' in looked) {
            quota = looked.quota;
            core/* info */.pq((0,report_quota/* quotaLine */.$f)(quota).replace(/\*\*/g, ''));
        }
        else if (looked.note)
            quotaNote = looked.note;
    }
    const status = commitStatusFor(result, error, quota);
    await attempt('commit status', async () => {
        await postCommitStatus(client, gh, name, status);
        return `Commit status "${name}" on ${gh.sha.slice(0, 7)}: ${status.state} — ${status.description}`;
    });
    const body = (0,report/* renderReport */.B)({ result, error, manifest: naming.manifest, quota, quotaNote, runUrl: gh.runUrl });
    if (isPlan) {
        await attempt('check run', async () => {
            const problems = error?.problems ?? [];
            const id = await publishCheckRun(client, gh, {
                name,
                conclusion: result && !result.failure ? 'success' : 'failure',
                title: result ? (0,summary/* headline */.gJ)(result) : problems.length > 0 ? `${problems.length} problem(s) in ${naming.manifest}` : (error?.message ?? 'the run failed'),
                summary: body,
                annotations: annotationsFor(problems, naming.manifest),
            });
            return `Check run "${name}" (id ${id}) completed${problems.length > 0 ? ` with ${problems.length} annotation(s)` : ''}.`;
        });
    }
    if (gh.pullNumber !== undefined) {
        const pullNumber = gh.pullNumber;
        // <code>, not backticks: the entities cell() writes are not decoded in a code span
        const title = `### ${name}: ${result ? result.mode : config.mode} of <code>${(0,markdown/* cell */.Hn)(naming.manifest)}</code>\n\n`;
        await attempt('pull-request comment', async () => {
            const done = await upsertComment(client, gh, pullNumber, commentMarker(naming), title + body);
            return `Pull-request comment ${done.action} (id ${done.id}).`;
        });
    }
    if (forbidden.length > 0) {
        const why = gh.fromFork
            ? 'a pull request from a fork gets a read-only token'
            : 'give the job permissions statuses: write, checks: write and pull-requests: write';
        const message = `The github-token may not write the ${forbidden.join(', ')} (403: ${why}). The report is in this job's summary.`;
        core/* warning */.$e(message, { title: 'Creatify avatars: report not posted' });
        await core/* summary */.z
            .addRaw(`\n> [!NOTE]\n> ${(0,markdown/* cell */.Hn)(message)}\n`)
            .write()
            .catch(() => undefined);
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


/***/ })

};

//# sourceMappingURL=433.index.js.map