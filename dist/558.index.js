export const id = 558;
export const ids = [558];
export const modules = {

/***/ 91591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ runMode)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./src/engine/plan.ts + 13 modules
var engine_plan = __webpack_require__(52059);
// EXTERNAL MODULE: ./src/creatify/status.ts
var creatify_status = __webpack_require__(97219);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(50415);
;// CONCATENATED MODULE: ./src/approval/poll.ts
/**
 * One status check of many avatars at a cost that does not grow with their number: one
 * list call answers for every avatar it shows; a single GET only for an id it omits.
 */



/** GETs for ids the list omits run at most this many at once. */
const GET_CONCURRENCY = 4;
function observed(persona) {
    return { status: (0,creatify_status/* reviewStatus */.n)(persona), ...(persona.failed_reason ? { failedReason: persona.failed_reason } : {}) };
}
/** Errors after which no other request of this check can succeed. */
function ends(error) {
    return (0,src_errors/* hasCode */.up)(error, 'AUTH_FAILED') || (0,src_errors/* hasCode */.up)(error, 'CANCELLED');
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
    await (0,limit/* mapLimit */.s)(omitted, GET_CONCURRENCY, async (id) => {
        try {
            seen.set(id, observed(await api.get(id, options)));
        }
        catch (error) {
            if (ends(error))
                throw error;
            if ((0,src_errors/* isAppError */.Y6)(error) && error.status === 404) {
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

;// CONCATENATED MODULE: ./src/approval/record.ts
/** Applies `seen` to `outcomes` and their lockfile entries; true when a status changed. */
async function recordObserved(outcomes, seen, store, at) {
    let changed = false;
    for (const outcome of outcomes) {
        const observed = seen.get(outcome.id);
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
    const changes = {};
    for (const outcome of outcomes) {
        const entry = store.get(outcome.key);
        const observed = seen.get(outcome.id);
        // an entry that holds another id than the one observed is not this avatar's
        if (!entry || !observed || entry.id !== outcome.id)
            continue;
        const next = { ...entry, status: observed.status, updated_at: entry.status === observed.status ? entry.updated_at : stamp };
        if (observed.failedReason)
            next.failed_reason = observed.failedReason;
        else
            delete next.failed_reason;
        if (next.status !== entry.status || next.failed_reason !== entry.failed_reason)
            changes[outcome.key] = next;
    }
    if (Object.keys(changes).length > 0)
        await store.apply({ avatars: changes });
    return changed;
}

// EXTERNAL MODULE: ./src/creatify/api-errors.ts
var api_errors = __webpack_require__(85125);
;// CONCATENATED MODULE: ./src/creatify/list-visibility.ts
/**
 * Does Creatify's list of the account's avatars show those still under review? Creatify
 * does not say, and the exactly-once guarantee depends on it: after a lost answer, a
 * create may be sent again only if the list would have shown the avatar it made. So a run
 * learns the answer from what it sees, and trusts nothing else:
 *
 * - `shows`: a list held an avatar in the state a create answers with (`pending`, not
 *   active): later steps of the review could be listed where fresh avatars are not.
 * - `hides`: an avatar known to be under review before a list was asked for was missing
 *   from it, and a GET of it afterwards still said it was under review.
 * - `unknown` until one of those is seen. A list that answers late (eventual consistency)
 *   can only make the run believe `hides`, which sends nothing twice.
 *
 * Ids known to be under review: those a create of this run answered with, and those the
 * lockfile records as pending.
 */



/** At most this many GETs of missing ids per look: a few suffice, a thousand would cost. */
const PROBES = 3;
class ListEvidence {
    clock;
    seen = 'unknown';
    /** ids known to be under review, with the time that was learnt */
    underReview = new Map();
    /** `pending`: ids known to be under review when the run starts (the lockfile's) */
    constructor(clock, pending = []) {
        this.clock = clock;
        for (const id of pending)
            this.pending(id);
    }
    /** An avatar known to be under review (a create's answer, a pending lockfile entry). */
    pending(id) {
        if (!this.underReview.has(id))
            this.underReview.set(id, this.clock.now());
    }
    /**
     * What a list asked for at `askedAt` answered: first the list itself, then, while still
     * unknown, GETs of a few ids that were under review before it and that it left out.
     * A failed GET teaches nothing; a cancellation or an authentication error is thrown.
     */
    async learn(api, listed, askedAt, signal) {
        if (this.seen !== 'unknown')
            return this.seen;
        if (listed.some((persona) => persona.process_status === 'pending' && persona.is_active !== true))
            return (this.seen = 'shows');
        const ids = new Set(listed.map((persona) => persona.id));
        // every id under review is absent here: none is in a list that holds nothing under review
        const absent = [...this.underReview].filter(([id, since]) => since <= askedAt && !ids.has(id)).map(([id]) => id);
        for (const id of absent.slice(0, PROBES)) {
            try {
                const persona = await api.get(id, signal ? { signal } : {});
                if ((0,creatify_status/* reviewStatus */.n)(persona) === 'pending')
                    return (this.seen = 'hides');
            }
            catch (error) {
                if ((0,src_errors/* hasCode */.up)(error, 'CANCELLED') || (0,src_errors/* hasCode */.up)(error, 'AUTH_FAILED'))
                    throw error;
                // unreadable this time: perhaps next time
                if ((0,api_errors/* statusOf */.c2)(error) !== 404)
                    continue;
            }
            // reviewed since, or deleted: no longer evidence
            this.underReview.delete(id);
        }
        return this.seen;
    }
}

// EXTERNAL MODULE: ./src/lock/lockfile.ts
var lockfile = __webpack_require__(58606);
;// CONCATENATED MODULE: ./src/engine/in-flight.ts
/** An upload whose last bytes never went out (no `sent_at`): the server can have made nothing from it. */
function neverSentWhole(mark) {
    return mark.upload && mark.sent_at === undefined;
}
class InFlightMarks {
    store;
    clock;
    constructor(store, clock) {
        this.store = store;
        this.clock = clock;
    }
    /** The marks of the lockfile that `owns` accepts, by key. */
    left(owns) {
        const marks = this.store.current.in_flight ?? {};
        return Object.keys(marks)
            .sort()
            .filter((key) => owns(marks[key]))
            .map((key) => [key, marks[key]]);
    }
    entry(key) {
        return this.store.get(key);
    }
    begin(planned) {
        return this.store.apply({ in_flight: { [planned.avatar.key]: this.fresh(planned) } });
    }
    /** An upload's last bytes are about to go out: what the next run adopts must be what was sent. A resend keeps the first mark's start. */
    sent(planned, sha256, size) {
        const { key } = planned.avatar;
        const mark = this.store.current.in_flight?.[key] ?? this.fresh(planned);
        return this.store.apply({ in_flight: { [key]: { ...mark, sha256, size, sent_at: this.now() } } });
    }
    record(key, entry) {
        return this.store.apply({ avatars: { [key]: entry }, in_flight: { [key]: null } });
    }
    clear(key) {
        if (this.store.current.in_flight?.[key] === undefined)
            return Promise.resolve();
        return this.store.apply({ in_flight: { [key]: null } });
    }
    fresh(planned) {
        const { avatar } = planned;
        return {
            creator_name: avatar.fields.creator_name,
            fields_digest: planned.fieldsDigest,
            sha256: avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null,
            started_at: this.now(),
            upload: avatar.lipsync.kind === 'file',
        };
    }
    now() {
        return new Date(this.clock.now()).toISOString();
    }
}

// EXTERNAL MODULE: ./src/engine/lock-entry.ts
var lock_entry = __webpack_require__(63074);
// EXTERNAL MODULE: ./src/creatify/persona.ts
var creatify_persona = __webpack_require__(21509);
// EXTERNAL MODULE: ./src/creatify/retry.ts
var retry = __webpack_require__(96451);
;// CONCATENATED MODULE: ./src/creatify/create-once.ts
/**
 * Creating an avatar exactly once. Creatify has no idempotency key, and a duplicate costs
 * a quota slot and a day of review, so a POST whose outcome is unknown (connection lost
 * after sending, timeout, a 5xx) is never repeated blindly: the account's avatars are
 * listed first and a match created since the first attempt is adopted instead.
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
    if (!(0,src_errors/* isAppError */.Y6)(error))
        return 'final';
    const status = (0,api_errors/* statusOf */.c2)(error);
    switch (error.code) {
        case 'NETWORK_ERROR':
        case 'REQUEST_TIMEOUT':
            return (0,api_errors/* isConnectFailure */.hW)(error) ? 'not-processed' : 'in-flight';
        case 'UPLOAD_INCOMPLETE':
            return 'not-processed';
        case 'API_RESPONSE_INVALID':
            return status !== undefined && status >= 200 && status <= 299 ? 'accepted' : 'final';
        case 'API_ERROR':
            if (status === 429)
                return 'not-processed';
            if (status === 502 || status === 504 || (status === 503 && (0,api_errors/* retryAfterOf */.sT)(error) === undefined))
                return 'in-flight';
            if (status === 408 || (status !== undefined && status >= 500))
                return 'answered';
            return 'final';
        default:
            return 'final';
    }
}
/** The reason of the lists after the first of a settle period. */
const STILL_LOOKING = 'still looking for it';
/** The pause before the one list that decides an answered create: the server's own consistency. */
const ANSWERED_LIST_DELAY_MS = 1000;
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
/**
 * Whether a failed `createExactlyOnce` may still have created the avatar: some attempt's
 * outcome stayed unknown (CREATE_UNCERTAIN, whatever failed last), or it was cancelled
 * mid-request. The caller keeps its in-flight mark for such a failure, so that the next
 * run looks for the avatar before creating it again.
 */
function mayHaveCreated(error) {
    return mayHaveCreatedByCode(error) || classifyCreateFailure(error) !== 'final';
}
function mayHaveCreatedByCode(error) {
    return (0,src_errors/* hasCode */.up)(error, 'CREATE_UNCERTAIN') || (0,src_errors/* hasCode */.up)(error, 'CREATE_UNCONFIRMED') || (0,src_errors/* hasCode */.up)(error, 'CANCELLED');
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
    return new src_errors/* AppError */.uV('CREATE_FAILED', `Creating avatar "${creatorName}" failed after ${attempts} attempt(s): ${(0,src_errors/* errorMessage */.gJ)(error)}`, {
        cause: error,
        status: (0,api_errors/* statusOf */.c2)(error),
        hint: (0,src_errors/* isAppError */.Y6)(error) ? error.hint : undefined,
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
        if (!uncertain.seen || mayHaveCreatedByCode(error))
            throw error;
        // whatever failed last, an earlier attempt may have created the avatar: the code says so
        throw new src_errors/* AppError */.uV('CREATE_UNCERTAIN', (0,src_errors/* errorMessage */.gJ)(error), {
            cause: error,
            status: (0,api_errors/* statusOf */.c2)(error),
            hint: ((0,src_errors/* isAppError */.Y6)(error) ? error.hint : undefined) ?? 'Not sent again, to avoid creating the avatar twice. The next run looks for it before creating it again.',
        });
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
            // Unknown outcome: look before sending again. A create still in flight may finish
            // late, so the list is repeated over the settle period (at most a quarter of the
            // budget, so that a long request-timeout leaves room to retry), the first one after
            // the backoff; an answered one is decided by one list.
            const settleMs = kind === 'in-flight' ? Math.min(options.settleMs, policy.budgetMs / 4) : 0;
            const retrying = mayRetry(settleMs);
            const first = retrying ? delayMs : 0;
            const pauses = [kind === 'answered' ? Math.max(first, ANSWERED_LIST_DELAY_MS) : first, ...(retrying ? settleSchedule(settleMs) : [])];
            let last = { listed: [], askedAt: 0 };
            for (const [index, pause] of pauses.entries()) {
                // the lists take time too: past the budget, stop looking and give up (uncertain)
                if (index > 0 && clock.now() - started + pause > policy.budgetMs)
                    throw exhausted(match.creatorName, n, error);
                if (pause > 0)
                    await clock.sleep(pause, signal);
                emit({ type: 'reconcile', attempt: n, reason: index === 0 ? (0,api_errors/* failureReason */.Hr)(error) : STILL_LOOKING });
                last = { askedAt: clock.now(), listed: [] };
                last.listed = await listAfterUnknown(api, match, error, signal);
                const adopted = findCreated(last.listed, match, started, options.claim);
                if (adopted) {
                    emit({ type: 'adopted', attempt: n, id: adopted.id });
                    return { persona: adopted, adopted: true, attempts: n };
                }
                emit({ type: 'no-match', attempt: n });
            }
            if (kind === 'accepted') {
                throw new src_errors/* AppError */.uV('CREATE_UNCERTAIN', `Creatify accepted avatar "${match.creatorName}" but its answer could not be read, and no matching avatar was found by listing: ${(0,src_errors/* errorMessage */.gJ)(error)}`, { cause: error, status: (0,api_errors/* statusOf */.c2)(error), hint: 'Not retried, to avoid creating the avatar twice. Check the avatars in Creatify before running again.' });
            }
            if (!retrying)
                throw exhausted(match.creatorName, n, error);
            if (!(await options.resendSafe(last.listed, last.askedAt)))
                throw unconfirmed(match.creatorName, error);
            emit({ type: 'retry', attempt: n, delayMs: 0, reason: (0,api_errors/* failureReason */.Hr)(error), kind });
        }
    }
}
function unconfirmed(creatorName, error) {
    return new src_errors/* AppError */.uV('CREATE_UNCONFIRMED', `Creating avatar "${creatorName}" may have succeeded (${(0,api_errors/* failureReason */.Hr)(error)}): the list of the account's avatars does not show it, but that list may leave out avatars under review`, {
        cause: error,
        status: (0,api_errors/* statusOf */.c2)(error),
        hint: 'Not sent again, to avoid creating the avatar twice. Later runs look for it again and record it once the list shows it (at the latest when Creatify approves it).',
    });
}
async function listAfterUnknown(api, match, error, signal) {
    try {
        return await api.list({ signal });
    }
    catch (listError) {
        if (signal?.aborted)
            throw listError;
        throw new src_errors/* AppError */.uV('CREATE_UNCERTAIN', `Creating avatar "${match.creatorName}" may or may not have succeeded (${(0,api_errors/* failureReason */.Hr)(error)}), and the avatars could not be listed to find out: ${(0,src_errors/* errorMessage */.gJ)(listError)}`, {
            cause: error,
            hint: 'Not retried, to avoid creating the avatar twice. The next run looks for it before creating it again.',
        });
    }
}

// EXTERNAL MODULE: ./src/files/hash.ts
var hash = __webpack_require__(36667);
;// CONCATENATED MODULE: ./src/engine/recover.ts
/**
 * Recovery from a run that died between sending a create and recording its answer, or
 * whose answer was lost: the lockfile's in-flight marks say which creates may have
 * happened. The account's avatars are listed once; a match is adopted, so the create is
 * never made twice.
 */






/**
 * Asks for the client (`deps.api()`) only if a mark needs a list: without marks it does
 * nothing. `owns` says which marks this run handles (a shard handles its own avatars'
 * marks only; the others belong to the shard that will merge them). `taken` holds the ids
 * never to adopt (every id of the lockfile); adopted ones are added to it. A mark whose
 * avatar is not found is cleared only where the list is known to show avatars under
 * review; elsewhere it stays, and its key is held: not created again in this run.
 */
async function recoverInFlight(marks, work, taken, deps, owns, evidence) {
    const toFind = [];
    for (const [key, mark] of marks.left(owns)) {
        if (neverSentWhole(mark)) {
            // The upload never went out whole (its last bytes wait for `sent_at`): nothing can
            // have been created from it.
            deps.reporter.debug(`${key}: an interrupted run's upload never finished; nothing to look for`);
            await marks.clear(key);
        }
        else {
            toFind.push([key, mark]);
        }
    }
    if (toFind.length === 0)
        return [];
    deps.reporter.info(`${toFind.length} create(s) of an earlier run may have reached Creatify; looking for them before creating anything.`);
    return (await lookForMarked(toFind, marks, work, taken, deps, evidence)).outcomes;
}
/** One list of the account's avatars decides each of `toFind`'s marks: adopt, clear or keep. */
async function lookForMarked(toFind, marks, work, taken, deps, evidence, 
/** only adopt: a mark whose avatar is not listed is left as it is, with no outcome */
adoptOnly = false) {
    const signal = deps.signal ? { signal: deps.signal } : {};
    const askedAt = deps.clock.now();
    const all = await deps.api().list(signal);
    // by name: each mark looks only at its own name's avatars, however many marks there are
    const listed = new Map();
    for (const persona of all) {
        const same = listed.get(persona.creator_name);
        if (same)
            same.push(persona);
        else
            listed.set(persona.creator_name, [persona]);
    }
    const byKey = new Map(work.map((p) => [p.avatar.key, p]));
    const looked = { outcomes: [], cleared: [] };
    let visibility;
    for (const [key, mark] of toFind) {
        const match = findInterrupted(listed.get(mark.creator_name) ?? [], mark, (id) => !taken.has(id));
        const planned = byKey.get(key);
        const same = planned !== undefined && mark.upload === (planned.avatar.lipsync.kind === 'file') && planned.fieldsDigest === mark.fields_digest;
        if (match && planned && same) {
            taken.add(match.id);
            const sent = await sentVideo(planned, mark);
            const previous = marks.entry(key);
            await marks.record(key, (0,lock_entry/* entryForCreated */.kc)(planned, match, previous, sent, new Date(deps.clock.now())));
            looked.outcomes.push({ kind: 'created', planned, persona: match, adopted: true, previous, sha256: sent.sha256 });
            deps.reporter.info(`Adopted ${key}: ${match.id}, created by an earlier run.`);
            continue;
        }
        if (match) {
            deps.reporter.warning(`an earlier run created ${match.id} for ${key}, but the manifest has changed since; it is not recorded (remove it in the Creatify app if unwanted)`);
            await marks.clear(key);
            continue;
        }
        if (adoptOnly)
            continue;
        visibility ??= await evidence.learn(deps.api(), all, askedAt, deps.signal);
        if (visibility === 'shows') {
            deps.reporter.debug(`${key}: not on Creatify, whose list shows avatars under review: the earlier create made nothing`);
            await marks.clear(key);
            if (planned)
                looked.cleared.push(planned);
            continue;
        }
        const message = unconfirmedMessage(key, mark, visibility);
        // a manifest avatar's warning is the run's (result.ts); a mark whose key left the manifest is only kept
        if (planned)
            looked.outcomes.push(heldOutcome(planned, mark, message));
        else
            deps.reporter.warning(`${message}. ${SETTLE_HINT}`);
    }
    return looked;
}
/** What the user reads about a create that may have happened and cannot be found yet. */
function unconfirmedMessage(key, mark, visibility) {
    const why = visibility === 'hides'
        ? "Creatify's list leaves out avatars under review"
        : "this run could not tell whether Creatify's list shows avatars under review";
    return `${key}: a create sent at ${mark.started_at} may have made an avatar that is not listed yet (${why}); it is not created again until it is found or settled`;
}
const SETTLE_HINT = 'Each run looks for it again and records it once the list shows it (at the latest when Creatify approves it). ' +
    'If you find it in Creatify, run `creatify-avatars import <key> <id>`; if you know it was never created, `creatify-avatars import <key> --not-created`.';
function heldOutcome(planned, mark, message) {
    return {
        kind: 'failed',
        planned,
        error: new src_errors/* AppError */.uV('CREATE_UNCONFIRMED', message, { hint: SETTLE_HINT }),
        uncertain: true,
        held: true,
        sha256: mark.sha256,
    };
}
/**
 * What the interrupted create sent: the mark's record of the bytes (so that a video
 * changed since is seen as changed next time), else the file as it is now.
 */
async function sentVideo(planned, mark) {
    const { lipsync } = planned.avatar;
    if (lipsync.kind === 'url')
        return { sha256: null, size: null };
    if (mark.sent_at !== undefined && mark.sha256 !== null)
        return { sha256: mark.sha256, size: mark.size ?? lipsync.size };
    return { sha256: lipsync.sha256 ?? (await (0,hash/* hashFile */.DC)(lipsync.absolutePath)).sha256, size: lipsync.size };
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

// EXTERNAL MODULE: ./src/engine/result.ts
var result = __webpack_require__(61173);
// EXTERNAL MODULE: ./src/engine/prune.ts
var prune = __webpack_require__(15550);
;// CONCATENATED MODULE: ./src/engine/pruner.ts
/**
 * The deletes of `prune`, each on record before and after: a "deleting" mark is written
 * before the request and a tombstone after the answer, so a run killed in between leaves
 * the id in the lockfile and the next run settles it (it reads the id back: gone, or
 * deleted again). Only an id in the account's own list is ever sent a DELETE; an id the
 * list lacks counts as gone already only once the run has shown it talks to the account
 * that holds the lockfile's avatars.
 */







/** How many other ids of the lockfile are read back, at most, to show which account the credentials reach. */
const PROOF_READS = 3;
/** The start of a quota hint: how many slots `prune` would free, and which avatars hold them. */
function pruneAdvice(freeable) {
    if (freeable.length === 0)
        return '';
    const shown = freeable.slice(0, 10).map((c) => `${c.key} ${c.id} (${c.reason})`);
    const more = freeable.length > shown.length ? ` and ${freeable.length - shown.length} more` : '';
    return `prune: all would free ${freeable.length} slot(s) on the default branch, held by avatars the lockfile no longer uses: ${shown.join(', ')}${more}; or `;
}
/** Deletes what `prune` chooses, as often as the run asks (before the creates, after approval); each id is tried once. */
class Pruner {
    config;
    deps;
    store;
    scope;
    tried = new Set();
    result = { deleted: [], wouldDelete: [], warnings: [] };
    refused = [];
    proven = false;
    constructor(config, deps, store, scope) {
        this.config = config;
        this.deps = deps;
        this.store = store;
        this.scope = scope;
    }
    report() {
        if (this.refused.length === 0)
            return this.result;
        return {
            ...this.result,
            failure: {
                code: 'API_ERROR',
                message: `Creatify refused ${this.refused.length === 1 ? 'a delete' : `${this.refused.length} deletes`}: ${this.refused.join('; ')}; the lockfile keeps ${this.refused.length === 1 ? 'it' : 'them'}`,
                hint: 'delete them in the Creatify app (the next run then finds them gone), or set prune to keep them',
            },
        };
    }
    async run() {
        const { mode, held } = this.config.prune;
        if (mode === 'none' || this.deps.signal?.aborted)
            return;
        const chosen = (0,prune/* selectDeletes */.zy)(this.store.current, mode, this.scope).filter((c) => !this.tried.has(c.id));
        const marks = this.lostOrphanCreates();
        if (chosen.length === 0 && marks.length === 0)
            return;
        if (held !== undefined) {
            const listed = new Set(this.result.wouldDelete.map((d) => d.id));
            const fresh = chosen.filter((c) => !listed.has(c.id));
            for (const c of fresh)
                this.result.wouldDelete.push({ key: c.key, id: c.id, reason: c.reason });
            if (fresh.length > 0) {
                const warning = `prune: ${fresh.length} avatar(s) would be deleted (${fresh.map((c) => `${c.key} ${c.id}`).join(', ')}), but nothing is deleted ${held}; a run on the default branch deletes them`;
                this.result.warnings.push(warning);
                this.deps.reporter.warning(warning);
            }
            return;
        }
        const listed = await this.deps.api().list({ signal: this.deps.signal });
        const own = new Set(listed.map((p) => p.id));
        this.proven ||= [...(0,lock_entry/* knownIds */.sG)(this.store.current.avatars)].some((id) => own.has(id));
        for (const candidate of [...chosen, ...(await this.adoptLostOrphans(marks, listed))]) {
            if (this.deps.signal?.aborted)
                return;
            this.tried.add(candidate.id);
            await this.deleteOne(candidate, own);
        }
    }
    /** In-flight creates whose key left the manifest: what they made, if anything, is orphaned too. */
    lostOrphanCreates() {
        const { manifestKeys, owns } = this.scope;
        if (manifestKeys === undefined || !(0,prune/* covers */.hU)(this.config.prune.mode, 'orphaned'))
            return [];
        return Object.entries(this.store.current.in_flight ?? {}).filter(([key, mark]) => !manifestKeys.has(key) && owns(mark.creator_name) && !neverSentWhole(mark));
    }
    /**
     * A lost create's avatar is known only if the list shows it: then it is put on record as
     * a delete under way (its mark cleared in the same write) and deleted like the rest. One
     * the list does not show keeps its mark, for the recovery to settle.
     */
    async adoptLostOrphans(marks, listed) {
        const taken = (0,lock_entry/* neverAdopt */.RU)(this.store.current);
        const found = [];
        for (const [key, mark] of marks) {
            const match = findInterrupted(listed, mark, (id) => !taken.has(id));
            if (!match)
                continue;
            taken.add(match.id);
            const candidate = { key, id: match.id, creator_name: mark.creator_name, reason: 'orphaned' };
            await this.store.apply({ in_flight: { [key]: null }, deleted: { [match.id]: this.mark(candidate) } });
            this.deps.reporter.info(`${key}: an interrupted run created ${match.id}, and the key has left the manifest: deleting it.`);
            found.push(candidate);
        }
        return found;
    }
    async deleteOne(candidate, own) {
        const { key, id } = candidate;
        const entry = this.store.get(key);
        if (entry?.id === id && (entry.superseded ?? []).length > 0) {
            this.deps.reporter.warning(`${key}: ${id} is kept: the key's older avatars could not all be deleted first`);
            return;
        }
        if (!own.has(id)) {
            // not in the account's list: gone already, still under review, or never this account's own
            if (await this.exists(id)) {
                this.deps.reporter.warning(`${key}: ${id} is not in the account's list of its own avatars (still under review, or not one of them); not deleted, a later run tries again`);
                return;
            }
            if (!(await this.proveAccount(id))) {
                throw new src_errors/* AppError */.uV('AUTH_FAILED', `prune: ${key}'s avatar ${id} is not on the Creatify account these credentials reach, nor is any other avatar of ${this.config.lockfile.display}: the credentials may belong to another workspace; nothing was deleted`, { hint: `use the api-id and api-key of the workspace that created the avatars of ${this.config.lockfile.display}; if they were deleted by hand, remove them from the lockfile` });
            }
            await this.bury(candidate, true);
            return;
        }
        await this.store.apply({ deleted: { [id]: this.mark(candidate) } });
        this.deps.reporter.debug(`prune: ${key} ${id} marked as being deleted; sending the DELETE`);
        let outcome;
        try {
            outcome = await this.deps.api().delete(id, { signal: this.deps.signal });
        }
        catch (error) {
            if (!(0,src_errors/* isAppError */.Y6)(error))
                throw error;
            const status = (0,api_errors/* statusOf */.c2)(error);
            if (status === 400 || status === 403) {
                // refused: nothing was deleted; a mark is kept only where it is the id's one record
                if ((0,lock_entry/* knownIds */.sG)(this.store.current.avatars).has(id))
                    await this.store.apply({ deleted: { [id]: null } });
                const detail = error.cause instanceof Error ? error.cause.message : (0,src_errors/* errorMessage */.gJ)(error);
                this.refused.push(`${key} (${id}): ${detail}`);
                this.deps.reporter.warning(`Creatify refused to delete ${key} (${id}): ${detail}; it stays in the lockfile`);
                return;
            }
            // the outcome is unknown: the mark stays, and the next run reads the id back
            throw new src_errors/* AppError */.uV(error.code, `prune: could not delete ${key} (${id}): ${error.message}; the lockfile marks it as being deleted, and the next run checks it`, {
                cause: error,
                ...(error.hint ? { hint: error.hint } : {}),
            });
        }
        this.proven = true;
        await this.bury(candidate, outcome === 'gone');
    }
    /** GET by id: false on a 404. */
    async exists(id) {
        try {
            await this.deps.api().get(id, { signal: this.deps.signal });
            return true;
        }
        catch (error) {
            if ((0,api_errors/* statusOf */.c2)(error) === 404)
                return false;
            throw error;
        }
    }
    /** Whether another id of the lockfile reads back: then the account is the lockfile's. */
    async proveAccount(except) {
        if (this.proven)
            return true;
        const others = [...(0,lock_entry/* knownIds */.sG)(this.store.current.avatars)].filter((id) => id !== except && !this.tried.has(id));
        for (const id of others.slice(0, PROOF_READS)) {
            if (await this.exists(id)) {
                this.proven = true;
                return true;
            }
        }
        return false;
    }
    mark(candidate) {
        const earlier = this.store.current.deleted?.[candidate.id];
        return { key: candidate.key, creator_name: candidate.creator_name, reason: candidate.reason, started_at: earlier?.started_at ?? this.now() };
    }
    /** The tombstone, and the id gone from its entry (the whole entry when it was the key's last), in one write. */
    async bury(candidate, gone) {
        const { key, id } = candidate;
        const entry = this.store.get(key);
        const change = { deleted: { [id]: { ...this.mark(candidate), deleted_at: this.now() } } };
        if (entry?.id === id)
            change.avatars = { [key]: null };
        else if (entry?.superseded?.some((old) => old.id === id))
            change.avatars = { [key]: (0,lockfile/* withoutSuperseded */.PY)(entry, (old) => old === id) };
        await this.store.apply(change);
        this.result.deleted.push({ key, id, reason: candidate.reason, ...(gone ? { gone: true } : {}) });
        this.deps.reporter.info(gone ? `${key}: ${id} (${candidate.reason}) was gone from Creatify already; recorded as deleted` : `Deleted ${key}: ${id} (${candidate.reason}).`);
    }
    now() {
        return new Date(this.deps.clock.now()).toISOString();
    }
}

// EXTERNAL MODULE: ./src/engine/shard.ts
var engine_shard = __webpack_require__(20914);
;// CONCATENATED MODULE: ./src/approval/interval.ts
/**
 * Poll spacing. The interval starts at the configured one and grows gently while nothing
 * changes, but never past `intervalCap`: an approval is seen at most one poll-interval
 * plus min(poll-interval, 60 s) after it happens.
 */
const GROWTH = 1.25;
/** the most the spacing may exceed the configured interval */
const MAX_EXTRA_MS = 60_000;
/** The longest spacing between two polls for a configured interval `base`. */
function intervalCap(base) {
    return base + Math.min(base, MAX_EXTRA_MS);
}
/** The spacing after a successful poll: back to `base` on any change, else a little longer. */
function nextInterval(base, current, changed) {
    if (changed)
        return base;
    return Math.min(intervalCap(base), Math.round(current * GROWTH));
}
/**
 * The spacing after `consecutiveErrors` failed polls in a row (1 = the first): the normal
 * interval, doubling per further failure, within the same cap, so a recovered API is
 * noticed as fast as an approval would be. A server's `Retry-After` is honoured up to the
 * cap too.
 */
function errorBackoff(base, consecutiveErrors, retryAfterMs) {
    const backoff = base * 2 ** Math.max(0, consecutiveErrors - 1);
    return Math.min(intervalCap(base), Math.max(backoff, retryAfterMs ?? 0));
}

// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
;// CONCATENATED MODULE: ./src/engine/wait.ts
/**
 * Waiting for Creatify's review against a deadline fixed before the first poll. Each poll
 * is bounded in time; a failed poll costs a backoff and a share of the error budget but
 * never ends the wait; a final state (approved, rejected, failed) does; the timeout stops
 * waiting and changes nothing on Creatify. Progress lines go in a log group; the verdict
 * is reported after the group closes, where it cannot be folded away. The wait returns
 * what it learnt; the run's result is assembled from it by the caller.
 */








/** How long a poll may run past the deadline, so that the last one, at the deadline, can finish. */
const POLL_GRACE_MS = 10_000;
/** Failed polls in a row that are reported as plain lines; the next one is a warning. */
const ERROR_BUDGET = 3;
/** Codes of failures that a later poll may not see again (the network, the server, a slow answer). */
const TRANSIENT = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT', 'API_RESPONSE_INVALID']);
/** The longest a timer can be set for (setTimeout overflows beyond it). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A failure a later poll may not see again; a 4xx other than 408 and 429 will be seen every time. */
function isTransient(error) {
    if (!(0,src_errors/* isAppError */.Y6)(error))
        return false;
    return TRANSIENT.has(error.code) || (error.code === 'API_ERROR' && (0,retry/* isRetryable */.r3)(error));
}
async function waitForApproval(config, deps, store, avatars, options = {}) {
    const { clock, reporter } = deps;
    const tracked = trackable(avatars);
    if (tracked.length === 0) {
        reporter.info('No avatar to wait for: none has a Creatify id yet.');
        return { statuses: new Map() };
    }
    const start = clock.now();
    const deadline = start + config.wait.timeoutMs;
    const title = `Waiting up to ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} for Creatify to approve ${tracked.length} avatar(s), checking every ${(0,parse/* formatDuration */.a3)(config.wait.pollIntervalMs)}`;
    const loop = () => poll(config, deps, store, tracked, { start, deadline, recheckAll: options.recheckAll ?? false });
    let verdict;
    if (reporter.group) {
        verdict = await reporter.group(title, loop);
    }
    else {
        reporter.info(`${title}.`);
        verdict = await loop();
    }
    return { statuses: statusesOf(tracked), ...conclude(verdict, config, deps, tracked, clock.now() - start) };
}
/** Copies of the avatars that have an id, for the wait to update as it polls. */
function trackable(avatars) {
    return avatars.flatMap((a) => (a.id === null || a.status === 'unconfirmed' ? [] : [{ key: a.key, id: a.id, status: a.status, ...(a.failed_reason ? { failed_reason: a.failed_reason } : {}) }]));
}
function statusesOf(tracked) {
    return new Map(tracked.map((t) => [t.key, { status: t.status, ...(t.failed_reason ? { failed_reason: t.failed_reason } : {}) }]));
}
async function poll(config, deps, store, tracked, state) {
    const { clock, reporter } = deps;
    const { start, deadline } = state;
    const base = config.wait.pollIntervalMs;
    let api;
    try {
        api = deps.api();
    }
    catch (error) {
        return { kind: 'fatal', error };
    }
    let interval = base;
    let failures = 0;
    let lastError;
    // With recheckAll, the lockfile's statuses are the question, not the answer: no verdict
    // comes from them until one poll of every avatar has succeeded.
    let refreshed = !state.recheckAll;
    for (let cycle = 1;; cycle++) {
        const targets = refreshed ? underReview(tracked) : tracked;
        let changed = false;
        let failure;
        if (targets.length > 0) {
            const limitMs = Math.min(Math.max(0, deadline - clock.now()) + POLL_GRACE_MS, MAX_TIMER_MS);
            const bounded = pollSignal(deps.signal, limitMs);
            try {
                const { seen, errors } = await observe(api, targets.map((a) => a.id), { signal: bounded.signal });
                changed = await recordObserved(targets, seen, store, new Date(clock.now()));
                const firstError = errors[0];
                if (firstError) {
                    const key = targets.find((a) => a.id === firstError.id)?.key ?? firstError.id;
                    failure = new src_errors/* AppError */.uV('API_ERROR', `${errors.length} avatar(s) not checked, e.g. ${key}: ${(0,src_errors/* errorMessage */.gJ)(firstError.error)}`, { cause: firstError.error });
                }
            }
            catch (error) {
                if (deps.signal?.aborted)
                    return { kind: 'cancelled' };
                if (bounded.timedOut())
                    failure = new src_errors/* AppError */.uV('REQUEST_TIMEOUT', `the status check took longer than ${(0,parse/* formatDuration */.a3)(limitMs)}`, { cause: error });
                else if (isTransient(error))
                    failure = error;
                else
                    return { kind: 'fatal', error };
            }
            finally {
                bounded.dispose();
            }
        }
        if (failure === undefined) {
            refreshed = true;
            // the first gap, and the first after a failed poll, is the configured one; growth starts from there
            interval = cycle === 1 || failures > 0 ? base : nextInterval(base, interval, changed);
            failures = 0;
            lastError = undefined;
        }
        else {
            failures++;
            lastError = (0,src_errors/* errorMessage */.gJ)(failure);
            const hinted = (0,retry/* parseRetryAfter */.mu)((0,api_errors/* retryAfterOf */.sT)(failure), clock.now());
            interval = errorBackoff(base, failures, hinted);
            const line = `status check failed (${lastError}); the wait goes on until the deadline`;
            // a few failures in a row are routine on a long wait; a streak beyond the budget is worth one warning
            if (failures === ERROR_BUDGET + 1)
                reporter.warning(`${failures} status checks in a row failed, the last: ${lastError}; still waiting until the deadline`);
            else
                reporter.info(line);
        }
        const now = clock.now();
        const bad = tracked.filter((a) => a.status === 'rejected' || a.status === 'failed');
        const open = underReview(tracked);
        const approved = tracked.filter((a) => a.status === 'approved').length;
        const sleep = Math.max(0, Math.min(interval, deadline - now));
        const going = (!refreshed || (bad.length === 0 && open.length > 0)) && now < deadline;
        reporter.info(`[${cycle}] approved ${approved} of ${tracked.length}` +
            (open.length > 0 ? `; pending: ${names(open)}` : '') +
            (bad.length > 0 ? `; rejected or failed: ${names(bad)}` : '') +
            `; elapsed ${(0,parse/* formatDuration */.a3)(now - start)}, ${(0,parse/* formatDuration */.a3)(Math.max(0, deadline - now))} left` +
            (going ? `; next check in ${(0,parse/* formatDuration */.a3)(sleep)}` : ''));
        if (refreshed && bad.length > 0)
            return { kind: 'rejected', bad };
        if (refreshed && open.length === 0)
            return { kind: 'approved' };
        if (now >= deadline)
            return { kind: 'timeout', lastError, unchecked: !refreshed };
        try {
            await clock.sleep(sleep, deps.signal);
        }
        catch (error) {
            if ((0,src_errors/* hasCode */.up)(error, 'CANCELLED'))
                return { kind: 'cancelled' };
            throw error;
        }
    }
}
const CHECK_LATER = 'nothing was changed on Creatify; check again later with mode: status (on the command line: creatify-avatars status), e.g. from a scheduled workflow, or wait longer with a larger timeout';
function conclude(verdict, config, deps, tracked, elapsedMs) {
    const open = underReview(tracked);
    switch (verdict.kind) {
        case 'approved':
            deps.reporter.info(`All ${tracked.length} avatar(s) approved by Creatify after ${(0,parse/* formatDuration */.a3)(elapsedMs)}.`);
            return {};
        case 'rejected':
            return { failure: (0,result/* rejectionFailure */.Kp)(verdict.bad) };
        case 'timeout': {
            const last = verdict.lastError ? ` (the last status check failed: ${verdict.lastError})` : '';
            const message = verdict.unchecked
                ? `timed out after ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} without one successful status check of the ${tracked.length} avatar(s)${last}; the lockfile's statuses were not refreshed`
                : `timed out after ${(0,parse/* formatDuration */.a3)(config.wait.timeoutMs)} with ${open.length} of ${tracked.length} avatar(s) still under review: ${names(open)}${last}`;
            if (config.wait.onTimeout === 'fail')
                return { incomplete: message, failure: { code: 'APPROVAL_TIMEOUT', message, hint: CHECK_LATER } };
            return { incomplete: message, warning: `${message}; ${CHECK_LATER}` };
        }
        case 'cancelled':
            return {
                incomplete: `cancelled while waiting for approval, with ${open.length} avatar(s) still under review: ${names(open)}; every id is in the lockfile; check again later with mode: status (on the command line: creatify-avatars status)`,
            };
        case 'fatal': {
            const { error } = verdict;
            if (!(0,src_errors/* isAppError */.Y6)(error))
                throw error;
            return { failure: (0,result/* failureFrom */.Ju)(error, `stopped waiting for approval: ${error.message}`) };
        }
    }
}
/** The avatars Creatify has not decided on yet. */
function underReview(avatars) {
    return avatars.filter((a) => a.status === 'pending' || a.status === 'planned');
}
function names(avatars) {
    const shown = avatars.slice(0, 10).map((a) => a.key);
    return shown.join(', ') + (avatars.length > 10 ? ` and ${avatars.length - 10} more` : '');
}

;// CONCATENATED MODULE: ./src/engine/status.ts
/**
 * Mode `status`: no uploads. Refreshes the review status of every avatar in the lockfile
 * (one list call, a GET only for ids the list omits), writes it back, and optionally
 * waits like a sync does.
 */














async function runStatus(config, deps) {
    await deps.beforeLockfile?.();
    const { lock: read, text } = await (0,lockfile/* readLockfile */.GQ)(config.lockfile.absolute, config.lockfile.display, config.workspace);
    const store = new lockfile/* LockStore */.fw(config.lockfile.absolute, config.lockfile.display, read);
    await settleMarks(config, deps, store);
    const lock = store.current;
    const total = Object.keys(lock.avatars).length;
    const keys = (0,engine_shard/* selectShard */.Xm)(Object.keys(lock.avatars).sort(), config.shard, (key) => lock.avatars[key].creator_name);
    const avatars = keys.map((key) => {
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
    const marked = Object.keys(lock.in_flight ?? {}).sort();
    if (marked.length > 0) {
        deps.reporter.warning(`unconfirmed: ${marked.join(', ')}: a create whose answer was lost may have made an avatar that is not listed yet; later runs look for it again, ` +
            'or settle it with `creatify-avatars import <key> <id>` or `import <key> --not-created`');
    }
    const parts = { mode: 'status', config, avatars, total };
    if (avatars.length === 0) {
        deps.reporter.info(total === 0
            ? `${config.lockfile.display} lists no avatars yet; run a sync first.`
            : `None of the ${total} avatars of ${config.lockfile.display} is in shard ${config.shard?.index}/${config.shard?.count}; nothing to check.`);
        return (0,result/* assembleResult */.AP)(parts);
    }
    let review;
    const pruner = new Pruner(config, deps, store, (0,prune/* pruneScope */.T7)(config, undefined));
    try {
        review = config.wait.enabled
            ? // the wait's first poll is the refresh: approved and rejected avatars are checked again too
                await waitForApproval(config, deps, store, avatars, { recheckAll: true })
            : await refreshOnce(deps, store, avatars);
        // the superseded ids of the avatars now known approved (when anything could be checked)
        if (review.statuses.size > 0)
            await pruner.run();
    }
    catch (error) {
        await store.fold();
        throw error;
    }
    const lockfileError = await store.fold();
    return (0,result/* assembleResult */.AP)({ ...parts, review, prune: pruner.report(), ...(lockfileError ? { lockfileError } : {}), lockfileChanged: store.changedSince(text) });
}
/**
 * Creates left unconfirmed by earlier syncs are looked for first: one found in the list is
 * recorded (the manifest says what it was made from), so the refresh below covers it.
 * Reading the manifest can fail here (videos not checked out, say): the marks then wait
 * for a sync, with a warning.
 */
async function settleMarks(config, deps, store) {
    const marks = new InFlightMarks(store, deps.clock);
    const owns = (mark) => (0,engine_shard/* inShard */.Iw)(mark.creator_name, config.shard);
    if (marks.left(owns).length === 0)
        return;
    let work;
    try {
        // what each avatar was made from, not whether its video changed: nothing is hashed
        work = (await (0,engine_plan/* preparePlan */.HY)(config, {}, 'none')).plan.avatars;
    }
    catch (error) {
        deps.reporter.warning(`could not read the manifest to look for unconfirmed creates: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        return;
    }
    const evidence = new ListEvidence(deps.clock, (0,lock_entry/* pendingIds */.O3)(store.current.avatars));
    await recoverInFlight(marks, work, (0,lock_entry/* neverAdopt */.RU)(store.current), deps, owns, evidence);
}
async function refreshOnce(deps, store, avatars) {
    const tracked = trackable(avatars);
    try {
        const { seen, errors } = await observe(deps.api(), tracked.map((t) => t.id), { signal: deps.signal });
        await recordObserved(tracked, seen, store, new Date(deps.clock.now()));
        for (const { id, error } of errors) {
            const key = tracked.find((t) => t.id === id)?.key ?? id;
            deps.reporter.warning(`could not check ${key} (${id}): ${(0,src_errors/* errorMessage */.gJ)(error)}; its status stays as the lockfile had it`);
        }
    }
    catch (error) {
        if ((0,src_errors/* hasCode */.up)(error, 'CANCELLED'))
            return { statuses: new Map(), incomplete: 'cancelled before the statuses were refreshed; the lockfile is unchanged' };
        if (!(0,src_errors/* isAppError */.Y6)(error))
            throw error;
        // the outputs still carry what the lockfile knew
        return { statuses: new Map(), failure: (0,result/* failureFrom */.Ju)(error, `could not refresh the statuses: ${error.message}; the lockfile keeps the ones known before`) };
    }
    const approved = tracked.filter((t) => t.status === 'approved').length;
    const pending = tracked.filter((t) => t.status === 'pending');
    const bad = tracked.filter((t) => t.status === 'rejected' || t.status === 'failed');
    deps.reporter.info(`approved ${approved} of ${tracked.length}` +
        (pending.length > 0 ? `; pending: ${pending.map((t) => t.key).join(', ')}` : '') +
        (bad.length > 0 ? `; rejected or failed: ${bad.map((t) => t.key).join(', ')}` : ''));
    return { statuses: statusesOf(tracked), ...(bad.length > 0 ? { failure: (0,result/* rejectionFailure */.Kp)(bad) } : {}) };
}

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

;// CONCATENATED MODULE: ./src/creatify/upload-name.ts
/** Well under Django's 100, which its storage may also spend on a directory and a suffix. */
const MAX_STEM = 40;
function uploadName(key, contentType, field) {
    const stem = key
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // accents, once split from their letters
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .slice(0, MAX_STEM)
        .replace(/^[-_]+|[-_]+$/g, '') || 'avatar';
    return `${stem}${field === 'consent_video' ? '-consent' : ''}${contentType === 'video/quicktime' ? '.mov' : '.mp4'}`;
}

;// CONCATENATED MODULE: ./src/engine/create-avatar.ts







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
/** `undefined`: the run stopped before this create could make anything; it stays planned. */
async function createAvatar(planned, ctx) {
    const { avatar } = planned;
    const { deps, marks } = ctx;
    const previous = marks.entry(avatar.key);
    // a new video's hash is learnt from the bytes sent, so a large file is read once
    let sent = avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null;
    let started = false;
    // set once a request from URLs, or an upload's last bytes, may go out: only then can a stopped create have made anything
    let released = false;
    const stopped = new src_errors/* AppError */.uV('CANCELLED', 'the run stopped before this create could make anything');
    let created;
    try {
        created = await createExactlyOnce(ctx.api, (signal) => ctx.uploads(async () => {
            if (!started) {
                // the mark is written when the request is about to go out, not while it queues
                if (ctx.stopped() || deps.signal?.aborted)
                    throw stopped;
                const verb = planned.action === 'replace' ? `Replacing ${avatar.key} (${planned.reasons.join(', ')})` : `Creating ${avatar.key}`;
                deps.reporter.info(`${verb} from ${avatar.lipsync.kind === 'file' ? avatar.lipsync.path : avatar.lipsync.url}`);
                // an upload's mark waits for its last bytes (`sent`), before which nothing can be created
                if (avatar.lipsync.kind === 'url') {
                    await marks.begin(planned);
                    // stopped while the mark was written: the request is not sent
                    if (deps.signal?.aborted)
                        throw stopped;
                    released = true;
                }
                started = true;
            }
            return send(ctx, planned, signal, async (sha256) => {
                sent = sha256;
                // a rejection here withholds the body's last bytes (creatify/multipart.ts)
                if (deps.signal?.aborted)
                    throw stopped;
                await marks.sent(planned, sha256, avatar.lipsync.kind === 'file' ? avatar.lipsync.size : 0);
                if (deps.signal?.aborted)
                    throw stopped;
                released = true;
            });
        }), { creatorName: avatar.fields.creator_name, excludeIds: ctx.taken }, {
            policy: CREATE_POLICY,
            settleMs: settlePeriod(ctx.config),
            clock: deps.clock,
            signal: deps.signal,
            resendSafe: async (listed, askedAt) => (await ctx.evidence.learn(ctx.api, listed, askedAt, deps.signal)) === 'shows',
            onEvent: (event) => {
                // what a person watching wants to see as it happens; the rest for debug logs
                if (event.type === 'retry')
                    deps.reporter.info(`${avatar.key}: sending the create again${event.delayMs > 0 ? ` in ${(0,parse/* formatDuration */.a3)(event.delayMs)}` : ''} (${event.reason})`);
                if (event.type === 'reconcile' && event.reason !== STILL_LOOKING)
                    deps.reporter.info(`${avatar.key}: the create's outcome is unknown (${event.reason}); looking for the avatar on Creatify before sending it again`);
                deps.reporter.debug(`${avatar.key}: ${JSON.stringify(event)}`);
            },
        });
    }
    catch (thrown) {
        if ((0,src_errors/* hasCode */.up)(thrown, 'CANCELLED') && !released) {
            // nothing that could make an avatar went out: no mark is left, and the avatar stays planned
            await marks.clear(avatar.key).catch(() => undefined);
            return undefined;
        }
        const error = (0,src_errors/* isAppError */.Y6)(thrown) ? thrown : new src_errors/* AppError */.uV('INTERNAL', (0,src_errors/* errorMessage */.gJ)(thrown), { cause: thrown });
        deps.reporter.warning(`${avatar.key}: ${error.message}`);
        const uncertain = mayHaveCreated(thrown);
        // only a create that surely made nothing loses its mark
        if (!uncertain)
            await marks.clear(avatar.key).catch(() => undefined);
        return { kind: 'failed', planned, error, uncertain, sha256: sent };
    }
    const { persona, adopted } = created;
    ctx.taken.add(persona.id);
    if ((0,creatify_status/* reviewStatus */.n)(persona) === 'pending')
        ctx.evidence.pending(persona.id);
    // adopted before any body went out whole: the file is read now
    const sha256 = avatar.lipsync.kind === 'file' ? (sent ?? (await (0,hash/* hashFile */.DC)(avatar.lipsync.absolutePath).catch(() => undefined))?.sha256 ?? null) : null;
    const outcome = { kind: 'created', planned, persona, adopted, previous, sha256 };
    try {
        const size = avatar.lipsync.kind === 'file' ? avatar.lipsync.size : null;
        await marks.record(avatar.key, (0,lock_entry/* entryForCreated */.kc)(planned, persona, previous, { sha256, size }, new Date(deps.clock.now())));
    }
    catch (error) {
        outcome.lockError = new src_errors/* AppError */.uV('LOCKFILE_WRITE', `created ${persona.id} but ${(0,src_errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    deps.reporter.info(`${adopted ? 'Adopted' : 'Created'} ${avatar.key}: ${persona.id}`);
    return outcome;
}
/** One create request: JSON for URLs, a streamed multipart upload for files. */
function send(ctx, planned, signal, beforeLastBytes) {
    const { avatar } = planned;
    const options = signal ? { signal } : {};
    if (avatar.lipsync.kind === 'url') {
        const consent = avatar.consent?.kind === 'url' ? avatar.consent.url : undefined;
        return ctx.api.createFromUrls(avatar.fields, avatar.lipsync.url, consent, options);
    }
    let streamed = avatar.lipsync.sha256;
    return ctx.api.createFromFiles(avatar.fields, videoFile(avatar.lipsync, avatar.key, 'lipsync_input'), avatar.consent?.kind === 'file' ? videoFile(avatar.consent, avatar.key, 'consent_video') : undefined, {
        ...options,
        onProgress: (p) => ctx.deps.reporter.progress?.(avatar.key, p.sent, p.total),
        onHashed: (field, sha256) => {
            if (field === 'lipsync_input')
                streamed = sha256;
        },
        beforeLastBytes: () => beforeLastBytes(streamed),
    });
}
function videoFile(source, key, field) {
    return {
        absolutePath: source.absolutePath,
        filename: uploadName(key, source.contentType, field),
        size: source.size,
        sha256: source.sha256,
        contentType: source.contentType,
    };
}

;// CONCATENATED MODULE: ./src/engine/sync.ts















/** Errors after which no further create can succeed in this run. */
const FATAL = ['AUTH_FAILED', 'QUOTA_EXCEEDED', 'LOCKFILE_WRITE'];
async function runSync(config, deps) {
    const prepared = await (0,engine_plan/* preparePlan */.HY)(config, deps);
    const store = new lockfile/* LockStore */.fw(config.lockfile.absolute, config.lockfile.display, prepared.lock);
    try {
        return await syncWith(config, deps, prepared, store);
    }
    catch (error) {
        // every change is in the journal already: folded into the lockfile, or left for the next run
        await store.fold();
        throw error;
    }
}
async function syncWith(config, deps, { plan, total, lockText, keys }, store) {
    const scope = (0,prune/* pruneScope */.T7)(config, keys);
    const pruner = new Pruner(config, deps, store, scope);
    // before the creates: the slots of what the repository no longer uses make room for them
    await pruner.run();
    const marks = new InFlightMarks(store, deps.clock);
    const taken = (0,lock_entry/* neverAdopt */.RU)(store.current);
    const evidence = new ListEvidence(deps.clock, (0,lock_entry/* pendingIds */.O3)(store.current.avatars));
    const work = plan.avatars.filter((p) => p.action === 'create' || p.action === 'replace');
    // a plan with nothing to create and no interrupted create never asks for the client (nor credentials)
    const { shard } = config;
    const owns = (mark) => (0,engine_shard/* inShard */.Iw)(mark.creator_name, shard);
    let outcomes = await recoverInFlight(marks, work, taken, deps, owns, evidence);
    const recovered = new Set(outcomes.map((o) => o.planned.avatar.key));
    const left = work.filter((p) => !recovered.has(p.avatar.key));
    let quota;
    // the client is asked for only when something needs it
    const base = () => ({ api: deps.api(), marks, config, deps, taken, evidence });
    if (left.length > 0) {
        quota = await preflight(deps.api(), left.length, deps, (0,prune/* selectDeletes */.zy)(store.current, 'all', scope));
        const heldNames = new Set(outcomes.flatMap((o) => (o.kind === 'failed' ? [o.planned.avatar.fields.creator_name] : [])));
        outcomes.push(...(await createAll(left, base(), heldNames)));
        outcomes = await lookAgain(outcomes, work, base(), true);
    }
    else if (work.length === 0) {
        deps.reporter.info('Nothing to create: every avatar of the manifest is in the lockfile, unchanged.');
    }
    const parts = { mode: 'sync', config, ...(0,engine_plan/* planParts */.mM)(plan, total), creates: outcomes, quota };
    const failed = outcomes.some((o) => (o.kind === 'failed' && !o.held) || (o.kind === 'created' && o.lockError));
    const review = config.wait.enabled && !failed && !deps.signal?.aborted ? await waitForApproval(config, deps, store, (0,result/* assembleResult */.AP)(parts).avatars) : undefined;
    // an earlier run's unconfirmed creates were under review too: once approved, they are listed
    if (review)
        parts.creates = await lookAgain(outcomes, work, base(), false);
    // the ids the avatars approved while waiting have superseded
    if (review)
        await pruner.run();
    const lockfileError = await store.fold();
    return (0,result/* assembleResult */.AP)({ ...parts, prune: pruner.report(), ...(review ? { review } : {}), ...(lockfileError ? { lockfileError } : {}), lockfileChanged: store.changedSince(lockText) });
}
/**
 * Creates left unconfirmed (a lost answer, and a list that may not show the avatar) get
 * one more look, with one list. After the creates (`createAgain`), the run has made
 * avatars under review, so it may have learnt whether the list shows them: where it does,
 * each is adopted if listed, else created again. After a wait, those the list now shows
 * (reviewed meanwhile) are adopted. The others stay unconfirmed, their marks kept.
 */
async function lookAgain(outcomes, work, base, createAgain) {
    const open = new Set(outcomes.flatMap((o) => (o.kind === 'failed' && (0,src_errors/* hasCode */.up)(o.error, 'CREATE_UNCONFIRMED') ? [o.planned.avatar.key] : [])));
    if (open.size === 0 || base.deps.signal?.aborted || outcomes.some((o) => o.kind === 'failed' && isFatal(o.error)))
        return outcomes;
    const toFind = base.marks.left(() => true).filter(([key]) => open.has(key));
    base.deps.reporter.info(`Looking again for ${toFind.length} create(s) whose outcome is unconfirmed.`);
    let looked;
    try {
        looked = await lookForMarked(toFind, base.marks, work, base.taken, base.deps, base.evidence, !createAgain);
    }
    catch (error) {
        // the marks stay: the next run looks again
        base.deps.reporter.warning(`could not look again for the unconfirmed creates: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        return outcomes;
    }
    const again = [...looked.outcomes.filter((o) => o.kind === 'created'), ...(createAgain ? await createAll(looked.cleared, base) : [])];
    const settled = new Set(again.map((o) => o.planned.avatar.key));
    return [...outcomes.filter((o) => !settled.has(o.planned.avatar.key)), ...again];
}
/** Counted after the deletes that free room; `freeable`: what the lockfile no longer uses and still holds a slot. */
async function preflight(api, planned, deps, freeable) {
    const count = await api.count(deps.signal ? { signal: deps.signal } : {});
    const free = count.max_count - count.current_count;
    deps.reporter.info(`Creatify quota: ${count.current_count} of ${count.max_count} custom avatars used; ${planned} to create.`);
    if (planned > free) {
        throw new src_errors/* AppError */.uV('QUOTA_EXCEEDED', `${planned} avatars to create but the Creatify account has room for ${Math.max(0, free)} (${count.current_count} of ${count.max_count} used); nothing was uploaded`, { hint: `${pruneAdvice(freeable)}raise the custom-avatar limit of the workspace, or create fewer at a time (see the shard input)` });
    }
    return { max: count.max_count, current: count.current_count, planned };
}
/**
 * Sends up to `concurrency` creates at once (a create that waits to retry or settles holds
 * no upload slot). Creates sharing a creator_name take turns, so an adopted avatar is
 * never a sibling's; after a create whose outcome stayed unknown, the rest of its name
 * waits for the next run (which looks for the uncertain one first). A fatal failure stops
 * the creates not started yet; they stay planned.
 */
async function createAll(work, base, heldNames = new Set()) {
    const byName = new KeyedMutex();
    const uncertainNames = new Set();
    const outcomes = [];
    let stopped = false;
    const ctx = { ...base, uploads: (0,limit/* createLimit */.K)(base.config.concurrency), stopped: () => stopped };
    await Promise.all(work.map((planned) => byName.run(planned.avatar.fields.creator_name, async () => {
        const name = planned.avatar.fields.creator_name;
        if (stopped || ctx.deps.signal?.aborted)
            return;
        const outcome = uncertainNames.has(name) || heldNames.has(name) ? heldBack(planned, ctx, heldNames.has(name)) : await createAvatar(planned, ctx);
        if (!outcome)
            return;
        outcomes.push(outcome);
        if (outcome.kind === 'failed' && outcome.uncertain)
            uncertainNames.add(name);
        if ((outcome.kind === 'failed' && isFatal(outcome.error)) || (outcome.kind === 'created' && outcome.lockError))
            stopped = true;
    })));
    return outcomes;
}
/** `earlier`: the uncertain create of that name is an earlier run's, so this is a warning, not a failure. */
function heldBack(planned, ctx, earlier) {
    const { avatar } = planned;
    const message = `not created in this run: an earlier create named "${avatar.fields.creator_name}" may have succeeded unseen; a later run looks for it first, then creates this one`;
    if (!earlier)
        ctx.deps.reporter.warning(`${avatar.key}: ${message}`);
    const sha256 = avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null;
    return { kind: 'failed', planned, error: new src_errors/* AppError */.uV('CREATE_FAILED', `${avatar.key}: ${message}`), uncertain: false, sha256, ...(earlier ? { held: true } : {}) };
}
/** A failure after which no create can succeed, also when an unknown outcome came before it. */
function isFatal(error) {
    return FATAL.some((code) => (0,src_errors/* hasCode */.up)(error, code) || ((0,src_errors/* isAppError */.Y6)(error.cause) && (0,src_errors/* hasCode */.up)(error.cause, code)));
}

;// CONCATENATED MODULE: ./src/engine/run.ts
/** Runs a mode on a config. */




function runMode(config, deps) {
    // every create waiting, settling or sending listens to the run's signal at once: many listeners are expected, not a leak
    if (deps.signal)
        (0,external_node_events_.setMaxListeners)(0, deps.signal);
    switch (config.mode) {
        case 'plan':
            return (0,engine_plan/* runPlan */.Fo)(config);
        case 'sync':
            return runSync(config, deps);
        case 'status':
            return runStatus(config, deps);
    }
}


/***/ }),

/***/ 43554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ deletesText),
/* harmony export */   m: () => (/* binding */ deletesMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

const why = (d) => (d.gone ? `${d.reason}, gone from Creatify already` : d.reason);
/** The heading of the ids chosen but not deleted: a plan's, or a run's where deletes are held. */
function wouldHeading(result) {
    return result.mode === 'plan' ? 'A merge would delete from Creatify' : 'Would be deleted from Creatify by a run on the default branch';
}
/** Markdown tables of the deletes within `budget` bytes; empty when there are none. */
function deletesMarkdown(result, budget) {
    const sections = [
        ['Deleted from Creatify', result.deleted],
        [wouldHeading(result), result.wouldDelete],
    ];
    const shown = sections.filter(([, list]) => list.length > 0);
    return shown
        .map(([title, list]) => {
        const head = `\n**${title}** (prune): ${list.length}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHeader */ .qd)(['Key', 'ID', 'Why'])}`;
        const rows = list.map((d) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableLine */ .F0)([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(d.key), `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(d.id)}</code>`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(why(d))]));
        const note = (kept) => `\n_Showing ${kept} of ${list.length}; the results file has them all._\n`;
        return head + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fitWithNote */ .K6)(rows, Math.floor(budget / shown.length) - head.length, note);
    })
        .join('');
}
/** The same, one line per id, for the command line. */
function deletesText(result) {
    return [
        ...result.deleted.map((d) => `deleted: ${d.key} ${d.id} (${why(d)})`),
        ...result.wouldDelete.map((d) => `${result.mode === 'plan' ? 'would delete' : 'would delete on the default branch'}: ${d.key} ${d.id} (${d.reason})`),
    ];
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ tableLine),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   K6: () => (/* binding */ fitWithNote),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   qd: () => (/* binding */ tableHeader)
/* harmony export */ });
/** Markdown that renders user text as text: table cells, inline code, byte budgets. */
/** Escapes text for a GitHub-flavoured Markdown table cell (also safe inside HTML). */
function cell(text) {
    if (text === null || text === undefined || text === '')
        return '';
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/\*/g, '&#42;')
        .replace(/_/g, '&#95;')
        .replace(/\[/g, '&#91;')
        .replace(/\]/g, '&#93;')
        .replace(/\r?\n/g, ' ');
}
/** One table row, its cells already escaped. */
function tableLine(cells) {
    return `| ${cells.join(' | ')} |\n`;
}
/** A table's header and the line under it; its rows are `tableLine`s. */
function tableHeader(header) {
    return tableLine(header) + tableLine(header.map(() => '---'));
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Whole lines while they and the note fit in `budget` bytes, then `note(kept)` if any
 * were left out: a cut list never ends mid-row, and says that it was cut.
 */
function fitWithNote(lines, budget, note) {
    let room = budget - byteLength(note(lines.length));
    const kept = [];
    for (const line of lines) {
        room -= byteLength(line);
        if (room < 0)
            break;
        kept.push(line);
    }
    return kept.join('') + (kept.length < lines.length ? note(kept.length) : '');
}


/***/ }),

/***/ 85682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ quotaLine),
/* harmony export */   NV: () => (/* binding */ quotaFits),
/* harmony export */   gL: () => (/* binding */ quotaRoom)
/* harmony export */ });
/** Whether the avatars to create fit in the account's quota. */
function quotaFits(quota) {
    return quota.planned <= quotaRoom(quota);
}
/** How many more custom avatars the account has room for, once the deletes that come first are made. */
function quotaRoom(quota) {
    return Math.max(0, quota.max - quota.current + (quota.freed ?? 0));
}
/** The quota in one line of Markdown (its only mark-up the bold of a sync that would fail). */
function quotaLine(quota) {
    const freed = quota.freed ? `, ${quota.freed} of them deleted by prune first` : '';
    const uncounted = quota.uncounted ? ` Not counted as freed: ${quota.uncounted}.` : '';
    return quotaFits(quota)
        ? `Quota: ${quota.current} of ${quota.max} custom avatars used${freed}; the ${quota.planned} to create fit.${uncounted}`
        : `Quota: ${quota.planned} to create but the Creatify account has room for ${quotaRoom(quota)} (${quota.current} of ${quota.max} used${freed}): **a sync would fail**.${uncounted}`;
}


/***/ }),

/***/ 89047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeResults),
/* harmony export */   U: () => (/* binding */ resultsDocument)
/* harmony export */ });
/* harmony import */ var _engine_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61173);
/* harmony import */ var _lock_lockfile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58606);
/** The results JSON: the artifact's content, and what the `results` output points at. */


function resultsDocument(result, now) {
    return {
        version: 1,
        generated_at: now.toISOString(),
        mode: result.mode,
        manifest: result.manifest,
        lockfile: result.lockfile,
        ...(result.shard ? { shard: result.shard } : {}),
        avatars: result.avatars,
        ...(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_1__/* .idLists */ .jN)(result),
        superseded: result.superseded,
        orphaned: result.orphaned,
        deletes: result.deleted,
        would_delete: result.wouldDelete,
        ...(result.quota ? { quota: result.quota } : {}),
        ...(result.incomplete ? { incomplete: result.incomplete } : {}),
    };
}
async function writeResults(file, result, now) {
    await (0,_lock_lockfile_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Zf)(file, `${JSON.stringify(resultsDocument(result, now), null, 2)}\n`);
}


/***/ }),

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Cg: () => (/* binding */ lockfileAdvice),
/* harmony export */   Pl: () => (/* binding */ avatarRows),
/* harmony export */   gJ: () => (/* binding */ headline),
/* harmony export */   yw: () => (/* binding */ AVATAR_HEADER)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _deletes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43554);
/* harmony import */ var _quota_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85682);




const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** room kept for what other steps or later writes add to the same summary */
const SAFETY_BYTES = 64 * 1024;
const ACTION_LABEL = {
    create: '➕ create',
    replace: '🔁 replace',
    unchanged: '✔️ unchanged',
};
const STATUS_LABEL = {
    planned: 'planned',
    pending: '⏳ pending',
    approved: '✅ approved',
    failed: '❌ failed',
    rejected: '❌ rejected',
    unconfirmed: '❓ unconfirmed',
};
function headline(result) {
    const count = (test) => result.avatars.filter(test).length;
    if (result.mode === 'status') {
        const s = (...statuses) => count((a) => statuses.includes(a.status));
        return `${s('approved')} approved, ${s('pending')} pending, ${s('rejected', 'failed')} rejected or failed`;
    }
    const n = (action) => count((a) => a.action === action);
    if (result.mode === 'plan')
        return `A sync would create ${n('create')}, replace ${n('replace')}, ${n('unchanged')} unchanged`;
    // what this run did: an avatar planned but not created (it failed, or the run stopped) is not counted as created
    const made = new Set(result.created);
    const done = (action) => count((a) => a.action === action && a.id !== null && made.has(a.id));
    const unconfirmed = count((a) => a.status === 'unconfirmed');
    const missed = n('create') + n('replace') - done('create') - done('replace') - unconfirmed;
    return (`Created ${done('create')}, replaced ${done('replace')}, ${n('unchanged')} unchanged` +
        (missed > 0 ? `, ${missed} not created` : '') +
        (unconfirmed > 0 ? `, ${unconfirmed} unconfirmed` : ''));
}
/** What to say about a lockfile a sync changed: commit it, and why. */
function lockfileAdvice(result) {
    return result.created.length > 0
        ? 'or the next run will create these avatars again'
        : 'so that the next run starts from it';
}
function avatarRows(avatars) {
    return avatars.map((a) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(a.key),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(a.creator_name),
        a.id ? `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(a.id)}</code>` : '',
        ACTION_LABEL[a.action] + (a.reasons?.length ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(a.reasons.join(', '))})` : ''),
        STATUS_LABEL[a.status] + (a.failed_reason ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(a.failed_reason)}` : ''),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(a.source),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .clipLabel */ .lL)(a.video)),
    ]);
}
/** The header of the table whose rows are `avatarRows`. */
const AVATAR_HEADER = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHeader */ .qd)(['Key', 'Creator name', 'ID', 'Action', 'Status', 'Source', 'Video']);
function renderSummary(result, limit = SUMMARY_LIMIT_BYTES - SAFETY_BYTES) {
    // <code> rather than backticks: entities are decoded in HTML, not in a code span
    const parts = [`## Creatify avatars: ${result.mode}\n\n`, `**${headline(result)}** — manifest <code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.manifest)}</code>, lockfile <code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.lockfile)}</code>\n\n`];
    if (result.shard)
        parts.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
    if (result.quota)
        parts.push(`${(0,_quota_js__WEBPACK_IMPORTED_MODULE_2__/* .quotaLine */ .$f)(result.quota)}\n\n`);
    if (result.incomplete)
        parts.push(`> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.incomplete)}\n\n`);
    const head = parts.join('');
    const orphaned = result.orphaned.length > 0 ? `\n**In the lockfile but no longer in the manifest** (still on Creatify; \`prune: orphaned\` deletes them on the default branch): ${result.orphaned.length}\n` : '';
    const supersededHead = `\n**Superseded** (still on Creatify; \`prune: superseded\` deletes them once the new one is approved):\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHeader */ .qd)(['Key', 'Old ID', 'New ID'])}`;
    const deletes = (0,_deletes_js__WEBPACK_IMPORTED_MODULE_3__/* .deletesMarkdown */ .m)(result, Math.floor(limit / 10));
    const superseded = result.superseded.map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableLine */ .F0)([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.key), `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.id)}</code>`, `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.replacedBy)}</code>`]));
    const avatars = avatarRows(result.avatars).map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableLine */ .F0);
    const note = (what, total) => (kept) => `\n_Showing ${kept} of ${total} ${what} to stay under GitHub's 1 MiB summary limit; the full list is in the \`avatars\` output and the results file._\n`;
    let budget = limit - (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(head + orphaned + deletes + AVATAR_HEADER + (superseded.length > 0 ? supersededHead : ''));
    // the avatars come first; superseded ids share what is left, with at least a tenth kept for them
    const body = AVATAR_HEADER + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fitWithNote */ .K6)(avatars, superseded.length > 0 ? budget - Math.floor(budget / 10) : budget, note('avatars', avatars.length));
    budget -= (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(body) - (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(AVATAR_HEADER);
    const tail = superseded.length > 0 ? supersededHead + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fitWithNote */ .K6)(superseded, budget, note('superseded avatars', superseded.length)) : '';
    return head + body + tail + deletes + orphaned;
}


/***/ })

};

//# sourceMappingURL=558.index.js.map