export const id = 343;
export const ids = [343];
export const modules = {

/***/ 55343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish),
  startFromBranchLockfile: () => (/* binding */ startFromBranchLockfile)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/util/clock.ts
var util_clock = __webpack_require__(97110);
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
async function publishCheckRun(client, gh, content, clock = util_clock/* systemClock */.m) {
    const base = { owner: gh.owner, repo: gh.repo };
    const created = await client.rest.checks.create({
        ...base,
        name: content.name,
        head_sha: gh.sha,
        status: 'in_progress',
        started_at: new Date(clock.now()).toISOString(),
        ...(gh.runUrl ? { details_url: gh.runUrl } : {}),
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
            completed_at: new Date(clock.now()).toISOString(),
            output: { ...output, annotations: batches.at(-1) ?? [] },
        });
    }
    return id;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub REST client: octokit from @actions/github pointed at GITHUB_API_URL, with a
 * short retry of requests that are safe to repeat, and helpers to read its errors.
 */



const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const TRIES = 3;
/**
 * Reads, edits and commit statuses can be repeated; creating a comment or a check run
 * cannot (a lost answer would leave a duplicate), so those are tried once.
 */
function repeatable(method, url) {
    if (method === 'GET' || method === 'PATCH' || method === 'PUT')
        return true;
    return method === 'POST' && url.includes('/statuses/');
}
function createGitHubClient(token, apiUrl, clock = util_clock/* systemClock */.m) {
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl, userAgent: `creatify-avatars/${version/* VERSION */.x}` });
    octokit.hook.wrap('request', async (request, options) => {
        const method = String(options.method).toUpperCase();
        const url = String(options.url);
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                // @octokit/request gives a failed fetch (reset, refused, timeout) the status 500
                const status = httpStatus(error);
                const transient = status !== undefined && RETRY_STATUSES.has(status);
                if (!transient || attempt >= TRIES || !repeatable(method, url))
                    throw error;
                await clock.sleep(500 * 2 ** (attempt - 1));
            }
        }
    });
    return octokit;
}
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
/** A 403: the token may not do this (a pull request from a fork, or a missing permission). */
function isForbidden(error) {
    return httpStatus(error) === 403;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
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
    const created = await client.rest.issues.createComment({ owner: gh.owner, repo: gh.repo, issue_number: pullNumber, body: full });
    return { id: created.data.id, action: 'created' };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lock/lockfile.ts
var lockfile = __webpack_require__(58606);
// EXTERNAL MODULE: ./src/lock/merge.ts
var merge = __webpack_require__(60655);
;// CONCATENATED MODULE: ./src/github/commit-lockfile.ts
/**
 * Commits the updated lockfile back to the branch through the contents API: one commit,
 * conditional on the file's current blob, retried when the branch moved meanwhile, and
 * refused (never forced) when the branch is protected or someone else changed the file.
 */







/** Tries of the commit while the branch keeps moving under it. */
const ATTEMPTS = 4;
/** The id git gives a file's content: what the contents API calls its `sha`. */
function gitBlobSha(content) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
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
        if (httpStatus(error) === 404)
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
    const read = async (blob) => (0,lockfile/* parseLockfile */.tg)((await blobContent(client, gh, blob)).toString('utf8'), `${input.path} (${blob.slice(0, 7)})`);
    const base = input.start === undefined ? undefined : await read(input.start);
    const theirs = await read(input.current);
    const ours = (0,lockfile/* parseLockfile */.tg)(input.ours.toString('utf8'), input.path);
    try {
        const merged = (0,merge/* mergeLockfiles */.f)(base, [
            { name: 'the branch', lock: theirs },
            { name: 'this run', lock: ours },
        ]);
        return { kind: 'merged', text: (0,lockfile/* serializeLockfile */.c5)(merged) };
    }
    catch (error) {
        // only a disagreement is a conflict; a failure to read is thrown as it is
        if ((0,errors/* hasCode */.up)(error, 'LOCKFILE_INVALID'))
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
    const clock = options.clock ?? util_clock/* systemClock */.m;
    let content = await (0,promises_.readFile)(options.absolute);
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
                await (0,lockfile/* writeFileAtomic */.Zf)(options.absolute, merged.text);
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
            const status = httpStatus(error);
            const message = apiMessage(error);
            if (PROTECTED.test(message)) {
                return {
                    kind: 'refused',
                    message: `${branch} is protected: GitHub refused the lockfile commit (${message})`,
                    hint: `commit ${path} through a pull request, allow the workflow's token to push to ${branch} (a ruleset bypass), or set commit-lockfile: false`,
                };
            }
            if (status === 403 || status === 404) {
                return {
                    kind: 'refused',
                    message: `the github-token may not push to ${branch} (${status}: ${message})`,
                    hint: 'give the job `permissions: contents: write`, or pass a token that may push',
                };
            }
            // 409 (the branch moved under the commit) or 422 (the blob sha is stale): read again
            if ((status === 409 || status === 422) && attempt < ATTEMPTS) {
                await clock.sleep(250 * attempt);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * Where the run stands on GitHub: repository, event, the commit to report on, the pull
 * request and the branch, read from the runner's environment and event payload.
 */

/** Events of changes not merged yet (a merge queue's run is one): never committed to. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
function isPullRequestEvent(eventName) {
    return PULL_REQUEST_EVENTS.has(eventName);
}
function field(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
function context_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function readPayload(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Undefined outside GitHub Actions (no GITHUB_REPOSITORY or no commit to report on). */
function readGitHubContext(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return undefined;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const pr = field(payload, 'pull_request');
    const isPr = isPullRequestEvent(eventName) && pr !== undefined;
    const prNumber = field(pr, 'number');
    const sha = (isPr ? context_text(field(pr, 'head', 'sha')) : undefined) ?? context_text(env.GITHUB_SHA);
    if (!sha)
        return undefined;
    const head = context_text(field(pr, 'head', 'repo', 'full_name'));
    const base = context_text(field(pr, 'base', 'repo', 'full_name'));
    const ref = env.GITHUB_REF ?? '';
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10);
    return {
        eventName,
        owner,
        repo,
        sha,
        branch: !isPr && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
        pullNumber: isPr && typeof prNumber === 'number' && Number.isInteger(prNumber) ? prNumber : undefined,
        fromFork: isPr && head !== undefined && base !== undefined && head !== base,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    };
}

;// CONCATENATED MODULE: ./src/github/names.ts
/**
 * The names the action leaves on GitHub, fixed so branch protection and later runs find
 * them again: status context and check name, comment marker, artifact name.
 */
const BASE_NAME = 'Creatify avatars';
const DEFAULT_MANIFEST = 'avatars.yml';
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
 * A shard adds `-shard-i-of-n`; a re-run (attempt 2 and later) adds `-attempt-k`,
 * because an artifact name can be used once per workflow run and the first attempt's
 * artifact is kept (never deleted) for comparison.
 */
function artifactName(base, shard, runAttempt) {
    return `${base}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}${runAttempt > 1 ? `-attempt-${runAttempt}` : ''}`;
}

// EXTERNAL MODULE: ./src/action/early-check.ts
var early_check = __webpack_require__(61396);
// EXTERNAL MODULE: ./src/engine/api-factory.ts + 3 modules
var api_factory = __webpack_require__(16850);
;// CONCATENATED MODULE: ./src/github/quota.ts
/**
 * A plan's quota line: when credentials are present, one read of the account's avatar
 * count tells whether the creates of the plan would fit. Never fails the run.
 */



/** A plan must not wait minutes for a line of its report. */
const QUOTA_RETRY = { attempts: 2, baseMs: 1_000, factor: 2, capMs: 2_000, jitter: 'full', budgetMs: 10_000 };
async function lookUpQuota(config, result) {
    const planned = result.avatars.filter((a) => a.action === 'create' || a.action === 'replace').length;
    const { apiId, apiKey, url } = config.api;
    if (!apiId || !apiKey)
        return { note: 'Quota not checked: no Creatify credentials in this run (pull requests from forks get no secrets).' };
    if (planned === 0)
        return { note: '' };
    const client = (0,api_factory/* buildClient */.K)({ url, apiId, apiKey, requestTimeoutMs: Math.min(config.api.requestTimeoutMs, 20_000) }, early_check/* ACTION_PRODUCT */.d, undefined, QUOTA_RETRY);
    try {
        const count = await client.count();
        return { quota: { max: count.max_count, current: count.current_count, planned } };
    }
    catch (error) {
        return { note: `Quota not checked: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    finally {
        await client.close();
    }
}

// EXTERNAL MODULE: ./src/github/report.ts
var report = __webpack_require__(62745);
// EXTERNAL MODULE: ./src/report/quota.ts
var report_quota = __webpack_require__(85682);
;// CONCATENATED MODULE: ./src/github/status.ts


/** GitHub keeps at most 140 characters of a status description. */
const DESCRIPTION_LIMIT = 140;
function truncate(text, limit = DESCRIPTION_LIMIT) {
    const line = text.replace(/\s+/g, ' ').trim();
    const chars = Array.from(line);
    return chars.length <= limit ? line : `${chars.slice(0, limit - 1).join('')}…`;
}
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function commitStatusFor(result, error, quota) {
    if (!result) {
        const first = error?.problems[0];
        const more = error && error.problems.length > 1 ? ` (+${error.problems.length - 1} more)` : '';
        const what = first ? (0,errors/* formatProblem */.Vw)({ ...first, hint: undefined }) : (error?.message ?? 'the run failed');
        return { state: 'failure', description: truncate(`${what}${more}`) };
    }
    const avatars = result.avatars;
    if (result.mode === 'plan') {
        if (result.failure)
            return { state: 'failure', description: truncate(result.failure.message) };
        const creates = avatars.filter((a) => a.action === 'create').length;
        const replaces = avatars.filter((a) => a.action === 'replace').length;
        const unchanged = avatars.filter((a) => a.action === 'unchanged').length;
        let text = creates + replaces === 0 ? `nothing to create or replace, ${unchanged} unchanged` : `${creates} to create, ${replaces} to replace`;
        if (quota && !(0,report_quota/* quotaFits */.N)(quota))
            text += `; the Creatify quota has room for ${(0,report_quota/* quotaRoom */.g)(quota)} only`;
        return { state: 'success', description: truncate(text) };
    }
    const bad = avatars.filter((a) => a.status === 'rejected' || a.status === 'failed');
    if (bad.length > 0) {
        const first = bad[0];
        const more = bad.length > 1 ? ` (+${bad.length - 1} more)` : '';
        return { state: 'failure', description: truncate(`${first.key}: ${first.status}${first.failed_reason ? ` — ${first.failed_reason}` : ''}${more}`) };
    }
    if (result.failure)
        return { state: 'failure', description: truncate(result.failure.message) };
    const notCreated = avatars.filter((a) => a.status === 'planned').length;
    if (notCreated > 0) {
        return { state: 'failure', description: truncate(`${count(notCreated, 'avatar')} not created yet${result.incomplete ? ` (${result.incomplete})` : ''}; run the sync again`) };
    }
    const pending = avatars.filter((a) => a.status === 'pending').length;
    if (pending > 0) {
        return { state: 'pending', description: truncate(`${pending} awaiting Creatify review; a scheduled run with mode: status updates this`) };
    }
    const approved = avatars.filter((a) => a.status === 'approved').length;
    return { state: 'success', description: truncate(approved === avatars.length ? `all ${count(approved, 'avatar')} approved` : `${approved} of ${avatars.length} approved`) };
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
    const gh = readGitHubContext(env);
    const naming = { manifest: config.manifest.display, shard: config.shard };
    if (config.artifactName !== '' && result && context.resultsPath) {
        const id = await uploadArtifact(config, context.resultsPath, naming, gh?.runAttempt ?? 1, env);
        if (id !== undefined)
            published.artifactId = id;
    }
    const client = gh && config.githubToken ? createGitHubClient(config.githubToken, gh.apiUrl) : undefined;
    const failure = await commitIfWanted(context, gh, client);
    if (failure)
        published.failure = failure;
    if (!gh || !client)
        return published;
    await publish_report(client, gh, context, naming);
    return published;
}
async function uploadArtifact(config, resultsPath, naming, runAttempt, env) {
    const name = artifactName(config.artifactName, naming.shard, runAttempt);
    try {
        // loaded on demand: the artifact client is most of the bundle
        const { uploadResults } = await Promise.all(/* import() */[__webpack_require__.e(758), __webpack_require__.e(645), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 49721));
        const outcome = await uploadResults({ name, resultsPath, env });
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
/**
 * Before a sync or status run on a branch: when the lockfile was committed to the branch
 * since this run's commit (by an earlier run with commit-lockfile, or by a step of the
 * user's; a run queued in a concurrency group checks out the older commit), start from
 * the branch's lockfile, or this run would create again what the other created. Returns
 * the blob a lockfile commit must then find on the branch.
 */
async function startFromBranchLockfile(config, env) {
    const gh = readGitHubContext(env);
    if (config.mode === 'plan' || !config.githubToken || !gh || !gh.branch || isPullRequestEvent(gh.eventName))
        return undefined;
    const path = config.lockfile.display;
    const client = createGitHubClient(config.githubToken, gh.apiUrl);
    let head;
    try {
        head = await lockfileAtBranchHead(client, gh, { path, branch: gh.branch });
    }
    catch (error) {
        core/* warning */.$e(`Could not read ${path} on ${gh.branch} (${apiMessage(error)}); starting from the checked-out lockfile.`);
        return undefined;
    }
    if (!head)
        return undefined;
    // a lockfile an earlier step of this job changed is this job's own: keep it (the commit decides);
    // a checkout with CRLF line ends (Windows, autocrlf) is still the checked-out file
    const local = await (0,promises_.readFile)(config.lockfile.absolute).catch(() => undefined);
    const localBlobs = local ? [gitBlobSha(local), gitBlobSha(Buffer.from(local.toString('utf8').replace(/\r\n/g, '\n')))] : [undefined];
    if (!localBlobs.includes(head.checkedOut)) {
        core/* warning */.$e(`${path} on ${gh.branch} is newer than this run's commit, but a step before this one changed the checked-out copy: starting from that copy.`);
        return undefined;
    }
    const branch = gh.branch;
    if (config.mode === 'sync') {
        // A sync may take the newer lockfile only if nothing else changed since its commit:
        // with a newer manifest or video on the branch, this run's are out of date.
        let changed;
        try {
            changed = await filesChangedSince(client, gh, branch);
        }
        catch (error) {
            changed = undefined;
            core/* warning */.$e(`Could not compare ${gh.sha.slice(0, 7)} with ${branch} (${apiMessage(error)}).`);
        }
        if (changed === undefined || changed.some((file) => file !== path)) {
            throw new errors/* AppError */.uV('CHECKOUT_OUTDATED', `${branch} has moved past this run's commit ${gh.sha.slice(0, 7)}: ${path} was committed there${changed === undefined ? '' : ' along with other changes'}, so this run's manifest and videos may not be the newest; nothing was created`, {
                hint: `run the workflow for the newest commit of ${branch}; a concurrency group keeps the runs in order`,
            });
        }
    }
    const text = head.content.toString('utf8');
    try {
        (0,lockfile/* parseLockfile */.tg)(text, `${path} on ${branch}`);
    }
    catch (error) {
        throw new errors/* AppError */.uV('LOCKFILE_INVALID', `the lockfile ${path} at the head of ${branch} cannot be used: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            hint: `fix ${path} on ${branch} (see git show ${branch}:${path}); nothing was created`,
            cause: error,
        });
    }
    await (0,lockfile/* writeFileAtomic */.Zf)(config.lockfile.absolute, text);
    core/* info */.pq(`${path} on ${gh.branch} is newer than this run's commit ${gh.sha.slice(0, 7)} (another run committed it): starting from it.`);
    return head.blob;
}
/** `client` is undefined when there is no GitHub context or no token. */
async function commitIfWanted(context, gh, client) {
    const { config, result } = context;
    if (!config.commitLockfile || !result || result.mode === 'plan')
        return undefined;
    if (gh && isPullRequestEvent(gh.eventName)) {
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
        const outcome = await commitLockfile(client, gh, { path, absolute: config.lockfile.absolute, branch: gh.branch, startBlob: context.startBlob });
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
        return refused(`commit-lockfile: ${path} was not committed (${apiMessage(error)}). The avatar ids are in the outputs and the results artifact`, 'commit the lockfile from the results, or run the workflow again');
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
            if (isForbidden(failure))
                forbidden.push(what);
            else
                core/* warning */.$e(`Could not update the ${what} on GitHub: ${apiMessage(failure)}`);
        }
    };
    let quota;
    let quotaNote;
    if (isPlan && result) {
        const looked = await lookUpQuota(config, result);
        if ('quota' in looked) {
            quota = looked.quota;
            core/* info */.pq((0,report/* quotaLine */.$f)(quota).replace(/\*\*/g, ''));
        }
        else if (looked.note)
            quotaNote = looked.note;
    }
    const status = commitStatusFor(result, error, quota);
    await attempt('commit status', async () => {
        await postCommitStatus(client, gh, name, status);
        return `Commit status "${name}" on ${gh.sha.slice(0, 7)}: ${status.state} — ${status.description}`;
    });
    const body = (0,report/* renderReport */.B1)({ result, error, manifest: naming.manifest, quota, quotaNote, runUrl: gh.runUrl });
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

//# sourceMappingURL=343.index.js.map