export const id = 765;
export const ids = [765];
export const modules = {

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

/***/ 16765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSync: () => (/* binding */ runSync)
});

// UNUSED EXPORTS: settlePeriod

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/creatify/api-errors.ts
var api_errors = __webpack_require__(85125);
// EXTERNAL MODULE: ./src/creatify/persona.ts
var creatify_persona = __webpack_require__(21509);
// EXTERNAL MODULE: ./src/creatify/retry.ts
var retry = __webpack_require__(96451);
;// CONCATENATED MODULE: ./src/creatify/create-once.ts
/**
 * Creating an avatar exactly once. Creatify has no idempotency key and no delete, so a
 * POST whose outcome is unknown (connection lost after sending, timeout, a proxy's 502)
 * is never repeated blindly: the account's avatars are listed first and a match created
 * since the first attempt is adopted instead of creating a second one.
 *
 * Concurrency: several creates may run at once in one process. `match.excludeIds` must be
 * a live set holding every id already recorded, created or adopted by any of them; the
 * caller adds each returned `persona.id` to it at once (or passes `claim`, which is asked
 * synchronously before an adoption, so two siblings can never adopt the same avatar).
 * Creates that share a `creator_name` should not run at the same time: a sibling's
 * success that has not been answered yet looks exactly like our own unknown outcome.
 */




/**
 * How much earlier than our first attempt (by our clock) Creatify's `created_at` may be
 * and still count as ours: the two clocks are not in sync, and runners' clocks drift.
 * Ten minutes is far above usual skew yet short enough not to pick up old avatars.
 */
const CLOCK_SKEW_ALLOWANCE_MS = 10 * 60 * 1000;
function classifyCreateFailure(error) {
    if (!(0,errors/* isAppError */.Y6)(error))
        return 'final';
    const status = (0,api_errors/* statusOf */.c2)(error);
    switch (error.code) {
        case 'NETWORK_ERROR':
        case 'REQUEST_TIMEOUT':
            return (0,api_errors/* isConnectFailure */.hW)(error) ? 'not-processed' : 'unknown';
        case 'API_RESPONSE_INVALID':
            return status !== undefined && status >= 200 && status <= 299 ? 'accepted' : 'final';
        case 'API_ERROR':
            if (status === 429)
                return 'not-processed';
            if (status === 408 || (status !== undefined && status >= 500))
                return 'unknown';
            return 'final';
        default:
            return 'final';
    }
}
/**
 * The personas a create started at `since` may have made: same name, not taken (`free`),
 * created no earlier than the clock-skew allowance before `since`. Without a creation
 * time nothing proves an avatar is ours, so it is left out.
 */
function candidatesSince(personas, creatorName, since, free) {
    return personas
        .map((persona) => ({ persona, created: (0,creatify_persona/* timestampMs */.R5)(persona.created_at) }))
        .filter((item) => item.persona.creator_name === creatorName && free(item.persona.id) && item.created !== undefined && item.created >= since - CLOCK_SKEW_ALLOWANCE_MS);
}
/** The newest persona that our attempts may have created, if any. */
function findCreated(personas, match, since, claim) {
    const candidates = candidatesSince(personas, match.creatorName, since, (id) => !match.excludeIds.has(id)).sort((a, b) => b.created - a.created);
    for (const { persona } of candidates) {
        if (!claim || claim(persona.id))
            return persona;
    }
    return undefined;
}
/** Errors thrown after an attempt whose outcome stayed unknown. */
const AFTER_UNKNOWN = new WeakSet();
/**
 * Whether a failed `createExactlyOnce` may still have created the avatar: some attempt's
 * outcome was unknown or accepted, or it was cancelled (mid-request). The caller keeps its
 * in-flight record for such a failure, so that the next run looks for the avatar first.
 */
function mayHaveCreated(error) {
    if (typeof error === 'object' && error !== null && AFTER_UNKNOWN.has(error))
        return true;
    if ((0,errors/* isAppError */.Y6)(error) && error.code === 'CANCELLED')
        return true;
    return classifyCreateFailure(error) !== 'final';
}
/** Growing pauses between the lists of a settle period, summing to `settleMs`. */
function settleSchedule(settleMs) {
    const pauses = [];
    let left = settleMs;
    for (let pause = 2000; left > 0; pause *= 2) {
        const next = pause * 2 > left ? left : pause;
        pauses.push(next);
        left -= next;
    }
    return pauses;
}
function exhausted(creatorName, attempts, error) {
    return new errors/* AppError */.uV('CREATE_FAILED', `Creating avatar "${creatorName}" failed after ${attempts} attempt(s): ${(0,errors/* errorMessage */.gJ)(error)}`, {
        cause: error,
        status: (0,api_errors/* statusOf */.c2)(error),
        hint: (0,errors/* isAppError */.Y6)(error) ? error.hint : undefined,
    });
}
/**
 * Runs `attempt` (one POST) until it succeeds, adopting instead when an unknown outcome
 * turns out to have created the avatar. Final failures are thrown unchanged (so callers
 * can still branch on AUTH_FAILED or QUOTA_EXCEEDED); running out of attempts or budget
 * throws CREATE_FAILED with the last failure as `cause`.
 */
async function createExactlyOnce(api, attempt, match, options) {
    const uncertain = { seen: false };
    try {
        return await createLoop(api, attempt, match, options, uncertain);
    }
    catch (error) {
        if (uncertain.seen && typeof error === 'object' && error !== null)
            AFTER_UNKNOWN.add(error);
        throw error;
    }
}
async function createLoop(api, attempt, match, options, uncertain) {
    const { policy, clock, signal } = options;
    (0,retry/* checkPolicy */.hM)(policy);
    const random = options.random ?? Math.random;
    const emit = options.onEvent ?? (() => undefined);
    const started = clock.now();
    for (let n = 1;; n += 1) {
        try {
            const persona = await attempt(signal);
            return { persona, adopted: false, attempts: n };
        }
        catch (error) {
            const kind = classifyCreateFailure(error);
            if (kind === 'final' || signal?.aborted)
                throw error;
            if (kind !== 'not-processed')
                uncertain.seen = true;
            const delayMs = (0,retry/* retryDelay */.a2)(policy, n, (0,api_errors/* retryAfterOf */.sT)(error), random, clock.now());
            const mayRetry = (extraMs) => kind !== 'accepted' &&
                n < policy.attempts &&
                clock.now() - started + delayMs + extraMs <= policy.budgetMs &&
                (kind === 'not-processed' || (0,retry/* isRetryable */.r3)(error));
            if (kind === 'not-processed') {
                if (!mayRetry(0))
                    throw exhausted(match.creatorName, n, error);
                emit({ type: 'retry', attempt: n, delayMs, reason: (0,api_errors/* failureReason */.Hr)(error), kind });
                await clock.sleep(delayMs, signal);
                continue;
            }
            // Unknown outcome. Waiting first gives a slow server the time to finish a create
            // that is still under way, so the list below can see it; if it does not, the list is
            // repeated over the settle period (at most a quarter of the budget, so that a long
            // request-timeout leaves room to retry) before the create goes out again.
            const settleMs = Math.min(options.settleMs, policy.budgetMs / 4);
            const retrying = mayRetry(settleMs);
            const pauses = retrying ? [delayMs, ...settleSchedule(settleMs)] : [0];
            for (const [index, pause] of pauses.entries()) {
                // the lists take time too: past the budget, stop looking and give up (uncertain)
                if (index > 0 && clock.now() - started + pause > policy.budgetMs)
                    throw exhausted(match.creatorName, n, error);
                if (pause > 0)
                    await clock.sleep(pause, signal);
                emit({ type: 'reconcile', attempt: n, reason: index === 0 ? (0,api_errors/* failureReason */.Hr)(error) : 'still looking for it' });
                const adopted = findCreated(await listAfterUnknown(api, match, error, signal), match, started, options.claim);
                if (adopted) {
                    emit({ type: 'adopted', attempt: n, id: adopted.id });
                    return { persona: adopted, adopted: true, attempts: n };
                }
                emit({ type: 'no-match', attempt: n });
            }
            if (kind === 'accepted') {
                throw new errors/* AppError */.uV('CREATE_FAILED', `Creatify accepted avatar "${match.creatorName}" but its answer could not be read, and no matching avatar was found by listing: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error, status: (0,api_errors/* statusOf */.c2)(error), hint: 'Not retried, to avoid creating the avatar twice. Check the avatars in Creatify before running again.' });
            }
            if (!retrying)
                throw exhausted(match.creatorName, n, error);
            emit({ type: 'retry', attempt: n, delayMs: 0, reason: (0,api_errors/* failureReason */.Hr)(error), kind });
        }
    }
}
async function listAfterUnknown(api, match, error, signal) {
    try {
        return await api.list({ signal });
    }
    catch (listError) {
        if (signal?.aborted)
            throw listError;
        throw new errors/* AppError */.uV('CREATE_FAILED', `Creating avatar "${match.creatorName}" may or may not have succeeded (${(0,api_errors/* failureReason */.Hr)(error)}), and the avatars could not be listed to find out: ${(0,errors/* errorMessage */.gJ)(listError)}`, {
            cause: error,
            hint: 'Not retried, to avoid creating the avatar twice. The next run looks for it before creating it again.',
        });
    }
}

// EXTERNAL MODULE: ./src/creatify/status.ts
var creatify_status = __webpack_require__(97219);
// EXTERNAL MODULE: ./src/lock/lockfile.ts
var lockfile = __webpack_require__(58606);
;// CONCATENATED MODULE: ./src/util/keyed-mutex.ts
/** Runs tasks that share a key one after another; tasks with other keys run freely. */
class KeyedMutex {
    tails = new Map();
    async run(key, task) {
        const previous = this.tails.get(key) ?? Promise.resolve();
        let release;
        const mine = new Promise((resolve) => (release = resolve));
        const tail = previous.then(() => mine);
        this.tails.set(key, tail);
        await previous;
        try {
            return await task();
        }
        finally {
            release();
            if (this.tails.get(key) === tail)
                this.tails.delete(key);
        }
    }
}

// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(50415);
// EXTERNAL MODULE: ./src/files/hash.ts
var hash = __webpack_require__(36667);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/engine/lock-entry.ts



/**
 * Fills in a lipsync hash the plan deferred (a file not hashed yet), before its entry is
 * made: `streamed`, the hash learnt while uploading, if given; else the file's, read now.
 * With `lenient`, a file that cannot be read leaves the hash null instead of throwing.
 */
async function fillDeferredHash(planned, options = {}) {
    const { lipsync } = planned.avatar;
    if (lipsync.kind !== 'file' || lipsync.sha256 !== null)
        return;
    if (options.streamed !== undefined) {
        lipsync.sha256 = options.streamed;
        return;
    }
    const reading = (0,hash/* hashFile */.DC)(lipsync.absolutePath);
    lipsync.sha256 = options.lenient ? ((await reading.catch(() => undefined))?.sha256 ?? null) : (await reading).sha256;
}
function entryForCreated(planned, persona, previous, now) {
    const { avatar } = planned;
    const at = now.toISOString();
    const entry = {
        id: persona.id,
        creator_name: avatar.fields.creator_name,
        source: (0,model/* sourceLabel */.e)(avatar.lipsync),
        sha256: avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null,
        size: avatar.lipsync.kind === 'file' ? avatar.lipsync.size : null,
        fields_digest: planned.fieldsDigest,
        status: (0,creatify_status/* reviewStatus */.n)(persona),
        created_at: at,
        updated_at: at,
    };
    if (avatar.consent) {
        entry.consent = {
            source: (0,model/* sourceLabel */.e)(avatar.consent),
            sha256: avatar.consent.kind === 'file' ? avatar.consent.sha256 : null,
            size: avatar.consent.kind === 'file' ? avatar.consent.size : null,
        };
    }
    if (persona.failed_reason)
        entry.failed_reason = persona.failed_reason;
    if (previous && previous.id !== persona.id) {
        entry.superseded = [...(previous.superseded ?? []), { id: previous.id, replaced_at: at }];
    }
    return entry;
}
/** Every id the lockfile knows, current or superseded: never adopted for another avatar. */
function knownIds(avatars) {
    const ids = new Set();
    for (const entry of Object.values(avatars)) {
        ids.add(entry.id);
        for (const old of entry.superseded ?? [])
            ids.add(old.id);
    }
    return ids;
}

// EXTERNAL MODULE: ./src/engine/plan.ts + 11 modules
var engine_plan = __webpack_require__(99323);
;// CONCATENATED MODULE: ./src/engine/recover.ts
/**
 * Recovery from a run that died between sending a create and recording its answer: the
 * lockfile's in-flight marks say which creates may have happened. The account's avatars
 * are listed once; a match is adopted, so the interrupted create is never made twice.
 */



/**
 * Asks for the client (`deps.api()`) only if a mark needs a list: without marks it does
 * nothing. `owns` says which marks this run handles (a shard handles its own avatars'
 * marks only; the others belong to the shard that will merge them).
 */
async function recoverInFlight(store, work, deps, owns = () => true) {
    const marks = store.current.in_flight ?? {};
    const keys = Object.keys(marks)
        .filter((key) => owns(marks[key]))
        .sort();
    const recovered = [];
    const toFind = [];
    for (const key of keys) {
        const mark = marks[key];
        if (mark.upload === true && mark.sent_at === undefined) {
            // The upload never went out whole (its last bytes wait for `sent_at`): nothing can
            // have been created from it.
            deps.reporter.debug(`${key}: an interrupted run's upload never finished; nothing to look for`);
            await store.update((lock) => void delete lock.in_flight?.[key]);
        }
        else {
            toFind.push(key);
        }
    }
    if (toFind.length === 0)
        return recovered;
    const api = deps.api();
    deps.reporter.info(`${toFind.length} create(s) of an interrupted run may have reached Creatify; looking for them before creating anything.`);
    const listed = await api.list(deps.signal ? { signal: deps.signal } : {});
    const known = knownIds(store.current.avatars);
    const taken = new Set();
    const byKey = new Map(work.map((p) => [p.avatar.key, p]));
    for (const key of toFind) {
        const mark = marks[key];
        const match = findInterrupted(listed, mark, (id) => !known.has(id) && !taken.has(id));
        const planned = byKey.get(key);
        // (a mark without `upload` predates that field: its kind of source is not known)
        const sameSource = planned !== undefined && (mark.upload === undefined || mark.upload === (planned.avatar.lipsync.kind === 'file'));
        if (match && planned && sameSource && planned.fieldsDigest === mark.fields_digest) {
            taken.add(match.id);
            const { lipsync } = planned.avatar;
            if (lipsync.kind === 'file' && mark.sent_at !== undefined && mark.sha256 !== null) {
                // recorded as sent, so that a video changed since is seen as changed next time
                lipsync.sha256 = mark.sha256;
                if (mark.size !== undefined)
                    lipsync.size = mark.size;
            }
            else {
                await fillDeferredHash(planned);
            }
            const previous = store.get(key);
            recovered.push({ planned, persona: match, previous });
            const entry = entryForCreated(planned, match, previous, new Date(deps.clock.now()));
            await store.update((lock) => {
                lock.avatars[key] = entry;
                delete lock.in_flight?.[key];
            });
            deps.reporter.info(`Adopted ${key}: ${match.id}, created by the interrupted run.`);
            continue;
        }
        if (match) {
            deps.reporter.warning(`an interrupted run created ${match.id} for ${key}, but the manifest has changed since; it is not recorded (remove it in the Creatify app if unwanted)`);
        }
        await store.update((lock) => {
            delete lock.in_flight?.[key];
        });
    }
    return recovered;
}
/**
 * The avatar an interrupted create made: of the candidates, the first created after the
 * mark was written, else the newest within the clock-skew allowance before it.
 */
function findInterrupted(listed, mark, free) {
    const since = (0,creatify_persona/* timestampMs */.R5)(mark.started_at) ?? 0;
    const candidates = candidatesSince(listed, mark.creator_name, since, free);
    const after = candidates.filter((c) => c.created >= since).sort((a, b) => a.created - b.created);
    const before = candidates.filter((c) => c.created < since).sort((a, b) => b.created - a.created);
    return [...after, ...before][0]?.persona;
}

// EXTERNAL MODULE: ./src/engine/shard.ts
var engine_shard = __webpack_require__(20914);
;// CONCATENATED MODULE: ./src/engine/sync.ts










/**
 * Creates are worth more patience than reads: a failed create fails the step. Eight tries
 * ride out a storm where a third of all requests fail, within ten minutes per avatar.
 */
const CREATE_POLICY = { attempts: 8, baseMs: 500, factor: 2, capMs: 30_000, jitter: 'full', budgetMs: 600_000 };
/**
 * After a create's outcome is unknown, the avatars are listed for this long before it is
 * sent again: as long as an answer is waited for (request-timeout), and at least 5 s.
 */
function settlePeriod(config) {
    return Math.max(config.api.requestTimeoutMs, MIN_SETTLE_MS);
}
const MIN_SETTLE_MS = 5000;
/** Errors after which no further create can succeed in this run. */
const FATAL = new Set(['AUTH_FAILED', 'QUOTA_EXCEEDED', 'LOCKFILE_WRITE']);
async function runSync(config, deps) {
    const { plan, lock, lockText, total } = await (0,engine_plan/* preparePlan */.HY)(config);
    const store = new lockfile/* LockStore */.fw(config.lockfile.absolute, config.lockfile.display, lock, lockText);
    let work = plan.avatars.filter((p) => p.action === 'create' || p.action === 'replace');
    const result = {
        mode: 'sync',
        manifest: config.manifest.display,
        lockfile: config.lockfile.display,
        lockfileChanged: false,
        avatars: [],
        created: [],
        orphaned: plan.orphaned.map((o) => ({ key: o.key, id: o.entry.id })),
        superseded: [],
        ...(config.shard ? { shard: { ...config.shard, avatars: plan.avatars.length, of: total } } : {}),
    };
    const outcomes = new Map(plan.avatars.map((p) => [p.avatar.key, (0,engine_plan/* plannedOutcome */.pV)(p)]));
    // a plan with nothing to create and no interrupted create never asks for the client (nor credentials)
    const { shard } = config;
    const owns = shard ? (mark) => (0,engine_shard/* shardOf */.I)(mark.creator_name, shard.count) === shard.index : undefined;
    const recovered = await recoverInFlight(store, work, deps, owns);
    for (const { planned, persona, previous } of recovered)
        recordCreated(planned, persona, true, previous, outcomes, result);
    const done = new Set(recovered.map((r) => r.planned.avatar.key));
    work = work.filter((p) => !done.has(p.avatar.key));
    if (work.length > 0) {
        const api = deps.api();
        result.quota = await preflight(api, work.length, deps);
        const failures = await createAll(work, api, store, config, deps, outcomes, result);
        if (failures.length > 0) {
            const first = failures[0];
            result.failure = {
                code: first.code,
                message: failures.length === 1
                    ? `could not create ${first.key}: ${first.message}`
                    : `could not create ${failures.length} avatars: ${failures.map((f) => `${f.key}: ${f.message}`).join('; ')}`,
                ...(first.hint ? { hint: first.hint } : {}),
            };
        }
    }
    else if (plan.avatars.every((p) => p.action === 'unchanged')) {
        deps.reporter.info('Nothing to create: every avatar of the manifest is in the lockfile, unchanged.');
    }
    result.avatars = plan.avatars.map((p) => outcomes.get(p.avatar.key));
    // completion order varies from run to run; manifest order does not
    const created = new Set(result.created);
    result.created = result.avatars.filter((a) => a.id !== null && created.has(a.id)).map((a) => a.id);
    if (config.wait.enabled && !result.failure && !deps.signal?.aborted) {
        const { waitForApproval } = await __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 91441));
        await waitForApproval(config, deps, store, result);
    }
    result.lockfileChanged = store.changedSince(lockText);
    return result;
}
async function preflight(api, planned, deps) {
    const count = await api.count(deps.signal ? { signal: deps.signal } : {});
    const free = count.max_count - count.current_count;
    deps.reporter.info(`Creatify quota: ${count.current_count} of ${count.max_count} custom avatars used; ${planned} to create.`);
    if (planned > free) {
        throw new errors/* AppError */.uV('QUOTA_EXCEEDED', `${planned} avatars to create but the Creatify account has room for ${Math.max(0, free)} (${count.current_count} of ${count.max_count} used); nothing was uploaded`, { hint: 'raise the custom-avatar limit of the workspace, or create fewer at a time (see the shard input)' });
    }
    return { max: count.max_count, current: count.current_count, planned };
}
async function createAll(work, api, store, config, deps, outcomes, result) {
    const exclude = knownIds(store.current.avatars);
    const byName = new KeyedMutex();
    // names whose create may have happened unseen: another create of the name could adopt
    // that avatar as its own, so the rest of the name waits for the next run
    const uncertainNames = new Set();
    const failures = [];
    let stop = false;
    await (0,limit/* mapLimit */.s)(work, config.concurrency, async (planned) => {
        const { avatar } = planned;
        if (stop || deps.signal?.aborted)
            return;
        // Creates sharing a creator_name run one at a time, so an adopted avatar is never a sibling's.
        await byName.run(avatar.fields.creator_name, async () => {
            if (stop || deps.signal?.aborted)
                return;
            if (uncertainNames.has(avatar.fields.creator_name)) {
                const message = `not created in this run: an earlier create named "${avatar.fields.creator_name}" may have succeeded unseen; the next run looks for it first, then creates this one`;
                failures.push({ key: avatar.key, code: 'CREATE_FAILED', message });
                deps.reporter.warning(`${avatar.key}: ${message}`);
                return;
            }
            const verb = planned.action === 'replace' ? `Replacing ${avatar.key} (${planned.reasons.join(', ')})` : `Creating ${avatar.key}`;
            deps.reporter.info(`${verb} from ${avatar.lipsync.kind === 'file' ? avatar.lipsync.path : avatar.lipsync.url}`);
            const previous = store.get(avatar.key);
            const hashed = {};
            let persona;
            let adopted;
            try {
                await store.update((lock) => {
                    (lock.in_flight ??= {})[avatar.key] = {
                        creator_name: avatar.fields.creator_name,
                        fields_digest: planned.fieldsDigest,
                        sha256: avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null,
                        started_at: new Date(deps.clock.now()).toISOString(),
                        ...(avatar.lipsync.kind === 'file' ? { upload: true } : {}),
                    };
                });
                // What an interrupted run's next run adopts must be what was sent: the mark gets the
                // hash of the bytes sent before the server can have them all.
                const markSent = () => store.update((lock) => {
                    const mark = lock.in_flight?.[avatar.key];
                    if (!mark || avatar.lipsync.kind !== 'file')
                        return;
                    mark.sha256 = hashed.lipsync ?? avatar.lipsync.sha256;
                    mark.size = avatar.lipsync.size;
                    mark.sent_at = new Date(deps.clock.now()).toISOString();
                });
                ({ persona, adopted } = await createExactlyOnce(api, (signal) => attempt(api, planned, deps, signal, hashed, markSent), { creatorName: avatar.fields.creator_name, excludeIds: exclude }, {
                    policy: CREATE_POLICY,
                    settleMs: settlePeriod(config),
                    clock: deps.clock,
                    signal: deps.signal,
                    onEvent: (event) => deps.reporter.debug(`${avatar.key}: ${describeEvent(event)}`),
                }));
            }
            catch (error) {
                const code = (0,errors/* isAppError */.Y6)(error) ? error.code : 'INTERNAL';
                failures.push({ key: avatar.key, code, message: (0,errors/* errorMessage */.gJ)(error), ...((0,errors/* isAppError */.Y6)(error) && error.hint ? { hint: error.hint } : {}) });
                if (FATAL.has(code))
                    stop = true;
                deps.reporter.warning(`${avatar.key}: ${(0,errors/* errorMessage */.gJ)(error)}`);
                // the hash learnt while uploading is still worth reporting
                if (hashed.lipsync !== undefined)
                    outcomes.get(avatar.key).sha256 = hashed.lipsync;
                // Only a create that surely made nothing loses its in-flight record; after an
                // unknown outcome the next run looks for the avatar before creating it again.
                if (mayHaveCreated(error))
                    uncertainNames.add(avatar.fields.creator_name);
                else {
                    await store.update((lock) => void delete lock.in_flight?.[avatar.key]).catch(() => undefined);
                }
                return;
            }
            exclude.add(persona.id);
            // learnt while uploading; else (an avatar adopted before any body went out whole) read now
            await fillDeferredHash(planned, { streamed: hashed.lipsync, lenient: true });
            const entry = entryForCreated(planned, persona, previous, new Date(deps.clock.now()));
            try {
                await store.update((lock) => {
                    lock.avatars[avatar.key] = entry;
                    delete lock.in_flight?.[avatar.key];
                });
            }
            catch (error) {
                stop = true;
                failures.push({ key: avatar.key, code: 'LOCKFILE_WRITE', message: `created ${persona.id} but ${(0,errors/* errorMessage */.gJ)(error)}` });
            }
            recordCreated(planned, persona, adopted, previous, outcomes, result);
            deps.reporter.info(`${adopted ? 'Adopted' : 'Created'} ${avatar.key}: ${persona.id}`);
        });
    });
    return failures;
}
function recordCreated(planned, persona, adopted, previous, outcomes, result) {
    const key = planned.avatar.key;
    result.created.push(persona.id);
    if (previous && previous.id !== persona.id)
        result.superseded.push({ key, id: previous.id, replacedBy: persona.id });
    const outcome = outcomes.get(key);
    outcome.id = persona.id;
    if (planned.avatar.lipsync.kind === 'file')
        outcome.sha256 = planned.avatar.lipsync.sha256;
    outcome.status = (0,creatify_status/* reviewStatus */.n)(persona);
    if (adopted)
        outcome.adopted = true;
    if (persona.failed_reason)
        outcome.failed_reason = persona.failed_reason;
}
function attempt(api, planned, deps, signal, hashed, beforeLastBytes) {
    const { avatar } = planned;
    if (avatar.lipsync.kind === 'url') {
        const consent = avatar.consent?.kind === 'url' ? avatar.consent.url : undefined;
        return api.createFromUrls(avatar.fields, avatar.lipsync.url, consent, signal ? { signal } : {});
    }
    const consent = avatar.consent?.kind === 'file' ? videoFile(avatar.consent) : undefined;
    return api.createFromFiles(avatar.fields, videoFile(avatar.lipsync), consent, {
        ...(signal ? { signal } : {}),
        onProgress: (p) => deps.reporter.progress?.(avatar.key, p.sent, p.total),
        // a deferred hash is learnt here, from the bytes actually sent
        onHashed: (field, sha256) => {
            if (field === 'lipsync_input')
                hashed.lipsync = sha256;
        },
        beforeLastBytes,
    });
}
function videoFile(source) {
    return {
        absolutePath: source.absolutePath,
        filename: source.path.split('/').pop() ?? 'video.mp4',
        size: source.size,
        sha256: source.sha256,
        contentType: source.contentType,
    };
}
function describeEvent(event) {
    return typeof event === 'object' && event !== null ? JSON.stringify(event) : String(event);
}


/***/ })

};

//# sourceMappingURL=765.index.js.map