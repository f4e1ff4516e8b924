export const id = 228;
export const ids = [228];
export const modules = {

/***/ 37093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resolveOptions),
/* harmony export */   Zw: () => (/* binding */ LIST_PENDING),
/* harmony export */   iN: () => (/* binding */ applySettings)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37428);
/**
 * The emulator's options and their checked, defaulted form. A bad value is an error at
 * start-up, never silently replaced by a default. The `Settings` part can also change
 * while the emulator runs (`configure`, POST /_emulator/options).
 */

/** `--list-pending`: how the account's list treats avatars under review. */
const LIST_PENDING = ['show', 'hide', 'hide-first'];
/** What Creatify leaves open or enforces in ways a client must cope with; changeable at run time. */
const settingsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** `max_count` of the account: creates beyond it are refused; default 100 */
    quota: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).optional(),
    /**
     * Which avatars under review GET /api/personas_v2/ leaves out (Creatify does not say
     * whether it lists them): 'hide', all whose review has not ended; 'hide-first', only
     * those at the first step (`pending`, the state a create answers with), the later steps
     * listed. GET /api/personas/{id}/ still answers them. Default 'show'.
     */
    listPending: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(LIST_PENDING).optional(),
    /** `gender` and `video_scene` required on both create endpoints, as Creatify's guide lists them; default true */
    requireFields: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    /** answer every DELETE with this refusal in DRF shape (400 or 403) instead of deleting; default null (deletes work) */
    refuseDeletes: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(400), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(403), zod__WEBPACK_IMPORTED_MODULE_0__/* ["null"] */ .chJ()]).optional(),
})
    .strict();
function nonNegativeInteger(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < 0) {
        throw new RangeError(`emulator option ${name} must be a non-negative integer, got ${String(value)}`);
    }
    return value;
}
function parseSettings(value) {
    const result = settingsSchema.safeParse(value);
    if (!result.success)
        throw new Error(`invalid emulator settings: ${zod__WEBPACK_IMPORTED_MODULE_1__/* .prettifyError */ .S1(result.error)}`);
    return result.data;
}
/** Applies a settings change (from a caller or an admin request); throws a readable Error. */
function applySettings(options, value) {
    const change = parseSettings(value);
    if (change.quota !== undefined)
        options.quota = change.quota;
    if (change.listPending !== undefined)
        options.listPending = change.listPending;
    if (change.requireFields !== undefined)
        options.requireFields = change.requireFields;
    if (change.refuseDeletes !== undefined)
        options.refuseDeletes = change.refuseDeletes;
    return { quota: options.quota, listPending: options.listPending, requireFields: options.requireFields, refuseDeletes: options.refuseDeletes };
}
function resolveOptions(options = {}) {
    const port = nonNegativeInteger('port', options.port, 0);
    if (port > 65_535)
        throw new RangeError(`emulator option port must be at most 65535, got ${port}`);
    if (options.credentials && (!options.credentials.apiId || !options.credentials.apiKey)) {
        throw new RangeError('emulator option credentials needs a non-empty apiId and apiKey');
    }
    const settings = parseSettings({ quota: options.quota, listPending: options.listPending, requireFields: options.requireFields, refuseDeletes: options.refuseDeletes });
    // A global or sticky pattern keeps state between test() calls; a plain copy does not.
    const pattern = options.rejectPattern;
    const rejectPattern = pattern ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : null;
    return {
        host: options.host ?? '127.0.0.1',
        port,
        credentials: options.credentials ? { ...options.credentials } : null,
        quota: settings.quota ?? 100,
        listPending: settings.listPending ?? 'show',
        requireFields: settings.requireFields ?? true,
        refuseDeletes: settings.refuseDeletes ?? null,
        approveAfterMs: nonNegativeInteger('approveAfterMs', options.approveAfterMs, 3000),
        rejectPattern,
        latencyMs: nonNegativeInteger('latencyMs', options.latencyMs, 0),
        now: options.now ?? Date.now,
        log: options.log ?? (() => undefined),
    };
}


/***/ }),

/***/ 25228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ startEmulator)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(40104);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
;// CONCATENATED MODULE: ./src/emulator/body.ts
/** A body the emulator refuses to parse; `status` and `detail` become the answer. */
class BodyError extends Error {
    status;
    constructor(status, detail) {
        super(detail);
        this.name = 'BodyError';
        this.status = status;
    }
}
/** Django's DATA_UPLOAD_MAX_MEMORY_SIZE default: the largest non-file body it will read. */
const MAX_TEXT_BODY_BYTES = 2_621_440;
/** The media type of the request, lower-cased and without parameters; '' when absent. */
function mediaType(req) {
    const header = req.headers['content-type'] ?? '';
    return (header.split(';')[0] ?? '').trim().toLowerCase();
}
/** Reads the whole body, refusing (and draining) one longer than `limit` bytes. */
function readBody(req, limit = MAX_TEXT_BODY_BYTES) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        req.on('data', (chunk) => {
            if (tooLarge)
                return;
            size += chunk.length;
            if (size > limit) {
                tooLarge = true;
                chunks.length = 0;
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (tooLarge)
                reject(new BodyError(413, `Request body is larger than ${limit} bytes.`));
            else
                resolve(Buffer.concat(chunks, size));
        });
        req.on('close', () => {
            if (!req.complete)
                reject(new BodyError(400, 'The client closed the connection before the body ended.'));
        });
        req.on('error', (error) => reject(new BodyError(400, error.message)));
    });
}
/** Consumes and discards whatever is left of the body; resolves when it has ended. */
function drain(req) {
    if (req.complete || req.readableEnded || req.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => resolve();
        req.once('end', done);
        req.once('close', done);
        req.once('error', done);
        req.resume();
    });
}
/** Python's name for the type of a parsed JSON value, as DRF messages quote it. */
function pythonTypeName(value) {
    if (value === null)
        return 'NoneType';
    if (Array.isArray(value))
        return 'list';
    switch (typeof value) {
        case 'string':
            return 'str';
        case 'boolean':
            return 'bool';
        case 'number':
            return Number.isInteger(value) ? 'int' : 'float';
        default:
            return 'dict';
    }
}

;// CONCATENATED MODULE: ./src/emulator/reply.ts
/** A JSON answer, compact like DRF's renderer. */
function json(status, value, headers = {}) {
    return {
        status,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(value),
    };
}
/** DRF's `{"detail": "..."}` error body. */
function detail(status, message, headers = {}) {
    return json(status, { detail: message }, headers);
}
function html(status, page, headers = {}) {
    return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: page };
}
function writeReply(res, reply) {
    if (res.headersSent || res.destroyed)
        return;
    const body = Buffer.from(reply.body, 'utf8');
    res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
    res.end(body);
}
/** A refusal in DRF's words: 400 (the avatar cannot go) or 403 (the account may not do it). */
function refusal(status) {
    return status === 400 ? detail(400, 'This avatar cannot be deleted.') : detail(403, 'You do not have permission to perform this action.');
}

;// CONCATENATED MODULE: ./src/emulator/faults.ts
/**
 * Fault injection for /api/ requests: a deterministic queue of next faults, and a seeded
 * random rate, so a client's retry, timeout and "outcome unknown" paths can be exercised
 * reproducibly. The admin endpoints never see faults.
 */


/**
 * - `500`, `502`, `503`: a server or gateway error, HTML page by default (see `errorBody`)
 * - `429`: DRF throttling, with `Retry-After` seconds
 * - `400`, `403`: a refusal in DRF shape, the request not processed; meant for DELETE
 *   (e.g. `{ kind: '403', method: 'DELETE', times: 99 }`), though any request can match;
 *   a 400 answers the entry's `fields` map instead when it has one (a stricter server)
 * - `drop`: the connection is destroyed before anything is read or answered
 * - `drop-after-create`: creates only; the body is read, the persona really created, then the
 *   connection is destroyed without an answer (the "outcome unknown" case)
 * - `500-after-create`, `502-after-create`: creates only; the persona is really created, the
 *   client gets the 500 or 502 page (the other "outcome unknown" case)
 * - `slow`: the request waits `slowMs` more, then is served normally
 *
 * Only what Creatify, or a gateway in front of it, answers: answers no Creatify sends (an
 * HTML page with status 200, a redirect, cut or spoiled JSON) are not played here.
 */
const FAULT_KINDS = [
    '500',
    '502',
    '503',
    '429',
    '400',
    '403',
    'drop',
    'drop-after-create',
    '500-after-create',
    '502-after-create',
    'slow',
];
/**
 * Kinds that only make sense for a create (other requests never draw them): the persona is
 * really created, then its answer is lost or replaced; the state log records its id.
 */
const AFTER_CREATE = new Set(['drop-after-create', '500-after-create', '502-after-create']);
const kindSchema = schemas/* enum */.k5n(FAULT_KINDS);
const matchShape = { method: schemas/* string */.YjP().min(1).optional(), route: schemas/* string */.YjP().min(1).optional() };
const seconds = schemas/* number */.aig().int().min(0).max(86_400);
const configSchema = schemas/* object */.Ikc({
    rate: schemas/* number */.aig().min(0).max(1).optional(),
    seed: schemas/* number */.aig().int().optional(),
    kinds: schemas/* array */.YOg(kindSchema).min(1).optional(),
    queue: schemas/* array */.YOg(schemas/* object */.Ikc({
        ...matchShape,
        kind: kindSchema,
        times: schemas/* number */.aig().int().min(1).optional(),
        retryAfterSeconds: seconds.optional(),
        body: schemas/* enum */.k5n(['html', 'json']).optional(),
        delayMs: schemas/* number */.aig().int().min(0).optional(),
        fields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())).optional(),
    })
        .strict())
        .optional(),
    retryAfterSeconds: seconds.optional(),
    errorBody: schemas/* enum */.k5n(['html', 'json']).optional(),
    slowMs: schemas/* number */.aig().int().min(0).optional(),
})
    .strict();
/** Checks an untrusted FaultConfig (the admin endpoint's body); throws a readable Error. */
function parseFaultConfig(value) {
    const result = configSchema.safeParse(value);
    if (!result.success)
        throw new Error(`invalid fault config: ${errors/* prettifyError */.S1(result.error)}`);
    return result.data;
}
/** mulberry32: tiny, fast, and the same sequence on every platform for a given seed. */
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
function matches(match, method, route) {
    if (match.method !== undefined && match.method.toUpperCase() !== method)
        return false;
    return match.route === undefined || match.route === route;
}
/** The live fault state: the config, its remaining queue and its PRNG. */
class FaultPlan {
    config;
    queue;
    random;
    constructor(config = {}) {
        this.config = structuredClone(config);
        this.queue = (config.queue ?? []).map((entry) => ({ ...entry, times: entry.times ?? 1 }));
        this.random = prng(config.seed ?? 1);
    }
    /** The config with the queue as it stands now (spent entries removed). */
    current() {
        return { ...structuredClone(this.config), queue: this.queue.map((entry) => ({ ...entry })) };
    }
    /** Picks the fault for one request, or null. `isCreate` allows drop-after-create. */
    pick(method, route, isCreate) {
        const fits = (kind) => !AFTER_CREATE.has(kind) || isCreate;
        const index = this.queue.findIndex((entry) => fits(entry.kind) && matches(entry, method, route));
        const entry = index >= 0 ? this.queue[index] : undefined;
        if (entry) {
            entry.times -= 1;
            if (entry.times <= 0)
                this.queue.splice(index, 1);
            return this.resolve(entry.kind, 'queue', entry);
        }
        const rate = this.config.rate ?? 0;
        if (rate <= 0)
            return null;
        // Two draws per eligible request, always: the sequence depends on request order only.
        const roll = this.random();
        const choice = this.random();
        const kinds = (this.config.kinds ?? ['500', '502', '503', '429']).filter(fits);
        const kind = kinds[Math.floor(choice * kinds.length)];
        if (roll >= rate || kind === undefined)
            return null;
        return this.resolve(kind, 'rate', {});
    }
    resolve(kind, source, entry) {
        const retryAfterDefault = kind === '429' ? (this.config.retryAfterSeconds ?? 1) : undefined;
        return {
            kind,
            source,
            retryAfterSeconds: entry.retryAfterSeconds ?? retryAfterDefault,
            body: entry.body ?? this.config.errorBody ?? 'html',
            delayMs: entry.delayMs ?? this.config.slowMs ?? 2000,
            fields: entry.fields,
        };
    }
}
const PAGES = {
    '500': { title: 'Server Error (500)', json: 'A server error occurred.' },
    '502': { title: '502 Bad Gateway', json: 'Bad gateway.' },
    '503': { title: '503 Service Temporarily Unavailable', json: 'Service temporarily unavailable.' },
};
function errorPage(status, fault, headers = {}) {
    const page = PAGES[status];
    if (fault.body === 'json')
        return json(Number(status), { detail: page.json }, headers);
    return html(Number(status), `<!doctype html>\n<html>\n<head><title>${page.title}</title></head>\n<body>\n<h1>${page.title}</h1>\n</body>\n</html>\n`, headers);
}
/** The answer of an answering fault (5xx, 429, 400, 403); null for the kinds that do not answer. */
function faultReply(fault) {
    const retry = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
    switch (fault.kind) {
        case '429': {
            const wait = fault.retryAfterSeconds ?? 1;
            const unit = wait === 1 ? 'second' : 'seconds';
            return detail(429, `Request was throttled. Expected available in ${wait} ${unit}.`, retry);
        }
        case '400':
            return fault.fields ? json(400, fault.fields) : refusal(400);
        case '403':
            return refusal(403);
        case '500':
        case '502':
        case '503':
            return errorPage(fault.kind, fault, retry);
        case 'drop':
        case 'drop-after-create':
        case '500-after-create':
        case '502-after-create':
        case 'slow':
            return null;
    }
}
/** The error page a create's answer is replaced with by a `500-after-create` or `502-after-create`. */
function afterCreateReply(fault) {
    if (fault.kind === '500-after-create')
        return errorPage('500', fault);
    if (fault.kind === '502-after-create')
        return errorPage('502', fault);
    return null;
}

// EXTERNAL MODULE: ./src/emulator/options.ts
var emulator_options = __webpack_require__(37093);
;// CONCATENATED MODULE: ./src/emulator/lifecycle.ts
/**
 * Where a custom avatar stands in Creatify's review pipeline, computed from the clock at
 * the moment of asking. No timers: a persona stores when it was created and when (and
 * how) its review ends, and every read derives the current step from those two instants.
 * That keeps the emulator deterministic under an injected clock and free of background
 * work that could keep a test process alive.
 */
/**
 * The non-terminal steps. Their order is inferred from the enum order only (upstream does
 * not document it); the emulator spends an equal share of the review time in each.
 */
const REVIEW_STEPS = ['pending', 'processing', 'voice_creating', 'video_validating', 'crop_and_matte', 'reviewing'];
const DEFAULT_REJECT_REASON = 'Rejected in review: the lipsync video must show one person talking to the camera, face fully visible.';
const DEFAULT_FAIL_REASON = 'Processing failed: the lipsync video could not be decoded.';
/** The status a persona created at `createdAtMs` shows at `nowMs`. */
function statusAt(createdAtMs, verdict, nowMs) {
    if (nowMs >= verdict.atMs) {
        return {
            status: verdict.outcome,
            isActive: verdict.outcome === 'done',
            failedReason: verdict.outcome === 'done' ? '' : verdict.reason,
            sinceMs: verdict.atMs,
        };
    }
    const span = verdict.atMs - createdAtMs;
    const elapsed = Math.max(0, nowMs - createdAtMs);
    const steps = REVIEW_STEPS.length;
    const index = span > 0 ? Math.min(steps - 1, Math.floor((elapsed * steps) / span)) : 0;
    return {
        status: REVIEW_STEPS[index] ?? 'pending',
        isActive: false,
        failedReason: '',
        sinceMs: createdAtMs + Math.floor((index * span) / steps),
    };
}

;// CONCATENATED MODULE: ./src/emulator/persona.ts
/**
 * The JSON objects the emulator answers with: the full Persona of GET detail and lists,
 * and the smaller create-serializer object of the two POSTs. Key order follows the
 * upstream documentation so diffs against recorded real answers stay readable.
 */

const GENDERS = ['m', 'f', 'nb'];
/**
 * Where uploaded files "live". A reserved `.invalid` host, so nothing ever fetches from a
 * real CDN by mistake; the path mimics Creatify's `creators/<id>/...` layout.
 */
const CDN_BASE = 'https://cdn.creatify-emulator.invalid';
const US_PER_MS = 1000;
/** Creatify stamps carry a US-Pacific offset; a fixed -08:00 is enough for clients to parse. */
const OFFSET_MS = -8 * 60 * 60 * 1000;
/** `2025-01-09T12:26:10.074640-08:00` from microseconds since the epoch. */
function formatTimestamp(us) {
    const ms = Math.floor(us / US_PER_MS);
    const local = new Date(ms + OFFSET_MS).toISOString();
    const fraction = String(us - Math.floor(ms / 1000) * 1000 * US_PER_MS).padStart(6, '0');
    return `${local.slice(0, 19)}.${fraction}-08:00`;
}
function cdnUrl(id, file) {
    return `${CDN_BASE}/creators/${id}/${file}`;
}
function previews(id, approved) {
    const url = (file) => (approved ? cdnUrl(id, file) : null);
    return {
        preview_image_16_9: url('landscape_preview_image.jpg'),
        preview_image_1_1: url('squared_preview_image.jpg'),
        preview_image_9_16: url('portrait_preview_image.jpg'),
        preview_video_16_9: url('landscape_preview_video.mp4'),
        preview_video_1_1: url('squared_preview_video.mp4'),
        preview_video_9_16: url('portrait_preview_video.mp4'),
        landscape_preview_video: url('landscape_preview_video.mp4'),
        squared_preview_video: url('squared_preview_video_sp.mp4'),
        portrait_preview_video: url('portrait_preview_video.mp4'),
    };
}
/** The Persona object as it reads at `nowMs`. */
function personaJson(p, nowMs) {
    const createdMs = Math.floor(p.createdAtUs / US_PER_MS);
    const now = statusAt(createdMs, p.verdict, nowMs);
    // While nothing has moved yet, updated_at trails created_at by a few microseconds, as on create.
    const updatedUs = now.sinceMs <= createdMs ? p.createdAtUs + 47 : now.sinceMs * US_PER_MS + 312;
    const industries = now.isActive ? p.industries : [];
    return {
        id: p.id,
        created_at: formatTimestamp(p.createdAtUs),
        updated_at: formatTimestamp(updatedUs),
        gender: p.gender,
        creator_name: p.creatorName,
        // an array as the live API answers (the documentation says a string)
        suitable_industries: [...industries],
        ...previews(p.id, now.isActive),
        is_active: now.isActive,
        process_status: now.status,
        failed_reason: now.failedReason,
        type: 'standard',
        age_range: p.ageRange,
        location: p.location,
        style: p.style,
        video_scene: p.videoScene,
        keywords: p.keywords,
    };
}
/** The create serializer's answer, as sent with the 201. */
function createJson(p) {
    return {
        id: p.id,
        gender: p.gender,
        creator_name: p.creatorName,
        consent_video: p.consentVideo,
        lipsync_input_url: p.lipsyncInputUrl,
        // Undocumented upstream; the name promises a non-null string, so an empty one.
        matching_voice_non_null: '',
        process_status: 'pending',
        failed_reason: null,
        created_at: formatTimestamp(p.createdAtUs),
        updated_at: formatTimestamp(p.createdAtUs + 47),
        video_scene: p.videoScene,
        keywords: p.keywords,
        lipsync_input: p.lipsyncInput,
        gdown_url: p.gdownUrl,
        labels: [...p.labels],
        webhook_url: p.webhookUrl,
    };
}

;// CONCATENATED MODULE: ./src/emulator/routes.ts
/**
 * The persona URL table, resolved as Django resolves it: exact paths with a trailing
 * slash, 404 for anything else. Only the paths a client of this project calls are here,
 * plus the stock catalogue (`GET /api/personas/`).
 */
const FIXED = [
    { name: 'personas_v2', template: '/api/personas_v2/', methods: ['GET', 'POST'] },
    { name: 'personas_v2_count', template: '/api/personas_v2/count/', methods: ['GET'] },
    { name: 'personas', template: '/api/personas/', methods: ['GET', 'POST'] },
];
const DETAIL = { name: 'persona_detail', template: '/api/personas/{id}/', methods: ['GET', 'DELETE'] };
const DETAIL_PATH = /^\/api\/personas\/([^/]+)\/$/;
/** Resolves a request path (without the query); null when no route matches. */
function resolve(pathname) {
    const route = FIXED.find((r) => r.template === pathname);
    if (route)
        return { route, id: null };
    const id = DETAIL_PATH.exec(pathname)?.[1];
    return id === undefined ? null : { route: DETAIL, id: safeDecode(id) };
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The route part of a request's key: the template, or a marker for an unknown path. */
function routeLabel(resolution) {
    return resolution?.route.template ?? '(not found)';
}
function isCreate(method, resolution) {
    return method === 'POST' && (resolution?.route.name === 'personas_v2' || resolution?.route.name === 'personas');
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Django's UUID lookup accepts any UUID spelling and case; the emulator stores lower-case. */
function normalizeUuid(id) {
    return UUID.test(id) ? id.toLowerCase() : null;
}

;// CONCATENATED MODULE: ./src/emulator/admin.ts







const ADMIN_BODY_LIMIT = 1024 * 1024;
const rejectSchema = schemas/* object */.Ikc({ reason: schemas/* string */.YjP().min(1).max(1000).optional(), status: schemas/* enum */.k5n(['rejected', 'failed']).optional() })
    .strict();
async function readJson(req) {
    const text = (await readBody(req, ADMIN_BODY_LIMIT)).toString('utf8');
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new BodyError(400, `JSON parse error - ${error instanceof Error ? error.message : String(error)}`);
    }
}
function methodNotAllowed(method, allow) {
    return detail(405, `Method "${method}" not allowed.`, { allow });
}
async function decide(req, store, options, rawId, action) {
    const id = normalizeUuid(rawId);
    if (id === null || !store.mine(id))
        return detail(404, 'No Creator matches the given query.');
    let persona;
    if (action === 'approve') {
        persona = store.force(id, 'done');
    }
    else {
        const body = rejectSchema.safeParse((await readJson(req)) ?? {});
        if (!body.success)
            return detail(400, errors/* prettifyError */.S1(body.error));
        persona = store.force(id, body.data.status ?? 'rejected', body.data.reason);
    }
    if (!persona)
        return detail(404, 'No Creator matches the given query.');
    return json(200, personaJson(persona, options.now()));
}
/** Answers one /_emulator/ request. */
async function adminReply(req, pathname, store, options) {
    const method = req.method ?? 'GET';
    try {
        if (pathname === '/_emulator/state') {
            return method === 'GET' ? json(200, store.snapshot()) : methodNotAllowed(method, 'GET');
        }
        if (pathname === '/_emulator/reset') {
            if (method !== 'POST')
                return methodNotAllowed(method, 'POST');
            store.reset();
            return json(200, { ok: true });
        }
        if (pathname === '/_emulator/faults' || pathname === '/_emulator/options') {
            if (method !== 'POST')
                return methodNotAllowed(method, 'POST');
            const body = (await readJson(req)) ?? {};
            try {
                if (pathname === '/_emulator/options')
                    return json(200, (0,emulator_options/* applySettings */.iN)(options, body));
                store.setFaults(parseFaultConfig(body));
            }
            catch (error) {
                return detail(400, error instanceof Error ? error.message : String(error));
            }
            return json(200, { faults: store.faults.current() });
        }
        const decision = /^\/_emulator\/personas\/([^/]+)\/(approve|reject)\/?$/.exec(pathname);
        if (decision?.[1] !== undefined && decision[2] !== undefined) {
            if (method !== 'POST')
                return methodNotAllowed(method, 'POST');
            return await decide(req, store, options, decision[1], decision[2]);
        }
        return detail(404, 'Not found.');
    }
    catch (error) {
        if (error instanceof BodyError)
            return detail(error.status, error.message);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/emulator/multipart-parser.ts
/**
 * A push parser for multipart/form-data (RFC 7578 over RFC 2046). It is fed the body in
 * the chunks the socket delivers and reports each part's headers, its content as slices
 * of those chunks, and its end. Content is never copied or kept: the delimiter is found
 * with the native `Buffer.indexOf`, and the only bytes held back between chunks are a
 * tail that might be the start of a delimiter (shorter than the delimiter line).
 * Pure: no I/O, no limits on content; the caller decides what to keep.
 */
/** A body that is not valid multipart/form-data; the message says what is wrong. */
class MultipartError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MultipartError';
    }
}
/** The largest header block of one part; a longer one is refused, never buffered. */
const MAX_PART_HEADER_BYTES = 16 * 1024;
const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);
/** The boundary named by a Content-Type header; throws MultipartError when there is none. */
function boundaryOf(contentType) {
    const header = contentType ?? '';
    const semicolon = header.indexOf(';');
    const type = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
    if (type !== 'multipart/form-data')
        throw new MultipartError(`unsupported content type "${type}"`);
    const boundary = semicolon === -1 ? undefined : parseParameters(header.slice(semicolon + 1)).get('boundary');
    if (boundary === undefined || boundary === '')
        throw new MultipartError('the Content-Type header names no boundary');
    if (boundary.length > 200)
        throw new MultipartError('the boundary is longer than 200 characters');
    return boundary;
}
class MultipartParser {
    delimiter;
    handler;
    state = 'preamble';
    /** bytes held back: a possible start of the delimiter, or a header block read so far */
    held;
    constructor(boundary, handler) {
        this.delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
        this.handler = handler;
        // The first delimiter may open the body, with no line break before it: read the body
        // as if one preceded it.
        this.held = CRLF;
    }
    /** True once the closing delimiter has been read. */
    get finished() {
        return this.state === 'done';
    }
    /** Feeds the next chunk of the body. Throws MultipartError at the first malformed byte. */
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            switch (this.state) {
                case 'preamble':
                case 'content':
                    at = this.scan(chunk, at);
                    break;
                case 'headers':
                    at = this.headers(chunk, at);
                    break;
                case 'done':
                    return; // the epilogue is ignored
                default:
                    this.afterDelimiter(chunk[at]);
                    at += 1;
            }
        }
    }
    /** Says the body has ended; throws MultipartError when it ended before the closing delimiter. */
    end() {
        if (this.state !== 'done')
            throw new MultipartError('the body ended before the closing boundary');
    }
    /** Content (or preamble) up to the next delimiter. Returns where reading stopped. */
    scan(chunk, from) {
        const delimiter = this.delimiter;
        const size = delimiter.length;
        const at = from;
        if (this.held.length > 0) {
            const held = this.held;
            this.held = EMPTY;
            if (chunk.length - at < size) {
                // Too little to decide on its own: join it to what was held and scan that instead.
                const joined = Buffer.concat([held, chunk.subarray(at)]);
                const found = joined.indexOf(delimiter);
                if (found !== -1) {
                    this.emit(joined.subarray(0, found));
                    this.delimiterFound();
                    return at + found + size - held.length;
                }
                this.holdTail(joined, 0);
                return chunk.length;
            }
            // A delimiter that starts in the held bytes ends within the next size - 1 bytes.
            const window = Buffer.concat([held, chunk.subarray(at, at + size - 1)]);
            const found = window.indexOf(delimiter);
            if (found !== -1) {
                this.emit(held.subarray(0, found));
                this.delimiterFound();
                return at + found + size - held.length;
            }
            this.emit(held);
        }
        const found = chunk.indexOf(delimiter, at);
        if (found !== -1) {
            if (found > at)
                this.emit(chunk.subarray(at, found));
            this.delimiterFound();
            return found + size;
        }
        this.holdTail(chunk, at);
        return chunk.length;
    }
    /** Emits `buffer[from..]` except a tail that could begin a delimiter, which is held. */
    holdTail(buffer, from) {
        const end = buffer.length;
        let keep = 0;
        let candidate = buffer.indexOf(CR, Math.max(from, end - this.delimiter.length + 1));
        while (candidate !== -1) {
            if (buffer.compare(this.delimiter, 0, end - candidate, candidate, end) === 0) {
                keep = end - candidate;
                break;
            }
            candidate = buffer.indexOf(CR, candidate + 1);
        }
        if (end - keep > from)
            this.emit(buffer.subarray(from, end - keep));
        if (keep > 0)
            this.held = Buffer.from(buffer.subarray(end - keep));
    }
    emit(bytes) {
        if (this.state === 'content' && bytes.length > 0)
            this.handler.data(bytes);
    }
    delimiterFound() {
        if (this.state === 'content')
            this.handler.end();
        this.state = 'delimiter';
    }
    /** The bytes after a delimiter: `--` closes the body, else optional blanks and CRLF. */
    afterDelimiter(byte) {
        switch (this.state) {
            case 'delimiter':
                if (byte === DASH)
                    this.state = 'dash';
                else
                    this.padding(byte);
                return;
            case 'dash':
                if (byte !== DASH)
                    throw new MultipartError('a boundary is followed by a single "-"');
                this.state = 'done';
                return;
            case 'padding':
                this.padding(byte);
                return;
            default:
                if (byte !== LF)
                    throw new MultipartError('a boundary line does not end with CRLF');
                this.state = 'headers';
                // An empty header block is a bare CRLF: read headers as if a CRLF preceded them,
                // so that the block always ends at the first CRLF CRLF.
                this.held = CRLF;
        }
    }
    padding(byte) {
        if (byte === 0x20 || byte === 0x09)
            this.state = 'padding';
        else if (byte === CR)
            this.state = 'lf';
        else
            throw new MultipartError('a boundary line does not end with CRLF');
    }
    /** The header block of a part, up to the blank line. */
    headers(chunk, from) {
        const held = this.held;
        const room = MAX_PART_HEADER_BYTES + HEADER_END.length - held.length;
        const block = Buffer.concat([held, chunk.subarray(from, from + room)]);
        const found = block.indexOf(HEADER_END, Math.max(0, held.length - 3));
        if (found === -1) {
            if (block.length - CRLF.length > MAX_PART_HEADER_BYTES) {
                throw new MultipartError(`a part's header block is longer than ${MAX_PART_HEADER_BYTES} bytes`);
            }
            this.held = block;
            return Math.min(chunk.length, from + room);
        }
        this.held = EMPTY;
        this.state = 'content';
        this.handler.start(parseHead(block.toString('utf8', CRLF.length, found)));
        return from + found + HEADER_END.length - held.length;
    }
}
/** Reads the headers of one part. */
function parseHead(block) {
    const fields = new Map();
    let last = '';
    for (const line of block === '' ? [] : block.split('\r\n')) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && last !== '') {
            fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            throw new MultipartError(`a part header is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
        last = line.slice(0, colon).trim().toLowerCase();
        fields.set(last, line.slice(colon + 1).trim());
    }
    const disposition = fields.get('content-disposition');
    if (disposition === undefined)
        throw new MultipartError('a part has no Content-Disposition header');
    const semicolon = disposition.indexOf(';');
    const kind = (semicolon === -1 ? disposition : disposition.slice(0, semicolon)).trim().toLowerCase();
    const params = semicolon === -1 ? new Map() : parseParameters(disposition.slice(semicolon + 1));
    const name = params.get('name');
    if (kind !== 'form-data' || name === undefined) {
        throw new MultipartError('a part has no "form-data" Content-Disposition with a name');
    }
    const type = fields.get('content-type') ?? '';
    const typeEnd = type.indexOf(';');
    return {
        name,
        filename: params.get('filename*') ?? params.get('filename') ?? null,
        contentType: (typeEnd === -1 ? type : type.slice(0, typeEnd)).trim().toLowerCase() || 'text/plain',
    };
}
/**
 * Header parameters (`; a=b; c="d"`): names lower-cased, quoted strings unescaped, and an
 * extended value (`name*=utf-8''%E2%82%AC`) decoded.
 */
function parseParameters(text) {
    const params = new Map();
    let at = 0;
    while (at < text.length) {
        while (at < text.length && (text[at] === ';' || text[at] === ' ' || text[at] === '\t'))
            at += 1;
        if (at >= text.length)
            break;
        const equals = text.indexOf('=', at);
        const stop = text.indexOf(';', at);
        if (equals === -1 || (stop !== -1 && stop < equals)) {
            at = stop === -1 ? text.length : stop + 1; // a parameter without a value is ignored
            continue;
        }
        const name = text.slice(at, equals).trim().toLowerCase();
        at = equals + 1;
        while (text[at] === ' ' || text[at] === '\t')
            at += 1;
        let value = '';
        if (text[at] === '"') {
            at += 1;
            while (at < text.length && text[at] !== '"') {
                if (text[at] === '\\' && at + 1 < text.length)
                    at += 1;
                value += text[at];
                at += 1;
            }
            if (at >= text.length)
                throw new MultipartError(`the quoted value of parameter "${name}" is not closed`);
            at += 1;
        }
        else {
            const end = text.indexOf(';', at);
            value = text.slice(at, end === -1 ? text.length : end).trim();
            at = end === -1 ? text.length : end;
        }
        if (name.endsWith('*'))
            value = decodeExtended(name, value);
        if (!params.has(name))
            params.set(name, value);
    }
    return params;
}
/** RFC 8187 `charset'language'percent-encoded`; only UTF-8 and ISO-8859-1 are read. */
function decodeExtended(name, value) {
    const match = /^([^']*)'[^']*'(.*)$/.exec(value);
    if (!match)
        throw new MultipartError(`parameter "${name}" is not charset'language'value`);
    const charset = (match[1] ?? '').toLowerCase();
    const bytes = Buffer.from((match[2] ?? '').replace(/%([0-9a-fA-F]{2})|[^%]/g, (all, hex) => hex === undefined ? all : String.fromCharCode(parseInt(hex, 16))), 'latin1');
    if (charset === 'utf-8')
        return bytes.toString('utf8');
    if (charset === 'iso-8859-1')
        return bytes.toString('latin1');
    throw new MultipartError(`parameter "${name}" uses charset "${charset}"; only UTF-8 and ISO-8859-1 are read`);
}

;// CONCATENATED MODULE: ./src/emulator/multipart.ts
/**
 * Streaming multipart/form-data parsing for the upload endpoint. Each file part is hashed
 * (SHA-256) and counted as its bytes arrive and the bytes are then dropped: the emulator
 * never holds an uploaded video in memory, whatever its size, so a test can push a large
 * upload through it and compare digests with what the client sent. The wire format is
 * read by `multipart-parser.ts`; this file applies the limits and keeps the parts.
 */



/** Bounds on everything that is not file content; file content is unbounded but never kept. */
const LIMITS = {
    fieldNameSize: 200,
    fieldSize: 1024 * 1024,
    fields: 500,
    files: 20,
    parts: 520,
};
/**
 * Parses the request body as multipart/form-data. Rejects with a BodyError (the request
 * is then drained) when the body is not valid multipart or breaks the limits above.
 */
function parseMultipart(req, observer) {
    return new Promise((resolve, reject) => {
        const text = [];
        const files = [];
        let parts = 0;
        let current = null;
        let settled = false;
        const fail = (message) => {
            if (settled)
                return;
            settled = true;
            current?.abandon();
            current = null;
            req.removeListener('data', onData);
            req.resume();
            reject(new BodyError(400, `Multipart form parse error - ${message}`));
        };
        let parser;
        try {
            parser = new MultipartParser(boundaryOf(req.headers['content-type']), {
                start(head) {
                    parts += 1;
                    if (parts > LIMITS.parts)
                        throw new MultipartError(`more than ${LIMITS.parts} parts`);
                    if (Buffer.byteLength(head.name) > LIMITS.fieldNameSize) {
                        throw new MultipartError(`a field name is longer than ${LIMITS.fieldNameSize} bytes`);
                    }
                    if (head.filename === null) {
                        if (text.length >= LIMITS.fields)
                            throw new MultipartError(`more than ${LIMITS.fields} fields`);
                        current = new FieldReader(head.name, text);
                    }
                    else {
                        if (files.length >= LIMITS.files)
                            throw new MultipartError(`more than ${LIMITS.files} files`);
                        current = new FileReader(head, files, observer);
                    }
                },
                data(chunk) {
                    current?.data(chunk);
                },
                end() {
                    current?.end();
                    current = null;
                },
            });
        }
        catch (error) {
            fail(messageOf(error));
            return;
        }
        function onData(chunk) {
            try {
                parser.push(chunk);
            }
            catch (error) {
                fail(messageOf(error));
            }
        }
        req.on('data', onData);
        req.on('end', () => {
            if (settled)
                return;
            try {
                parser.end();
            }
            catch (error) {
                fail(messageOf(error));
                return;
            }
            settled = true;
            resolve({ text, files });
        });
        // A client that goes away mid-body never ends the request: settle from the socket side.
        req.on('close', () => {
            if (!req.complete)
                fail('the client closed the connection before the body ended');
        });
        req.on('error', (error) => fail(error.message));
    });
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A text field: kept, up to the field size limit. */
class FieldReader {
    name;
    into;
    chunks = [];
    size = 0;
    constructor(name, into) {
        this.name = name;
        this.into = into;
    }
    data(chunk) {
        this.size += chunk.length;
        if (this.size > LIMITS.fieldSize)
            throw new MultipartError(`field "${this.name}" is larger than ${LIMITS.fieldSize} bytes`);
        this.chunks.push(Buffer.from(chunk));
    }
    end() {
        this.into.push({ name: this.name, value: Buffer.concat(this.chunks).toString('utf8') });
    }
    abandon() { }
}
/** A file: hashed and counted as it arrives, never kept. */
class FileReader {
    part;
    hash = (0,external_node_crypto_.createHash)('sha256');
    watch;
    constructor(head, into, observer) {
        this.part = { field: head.name, filename: head.filename, contentType: head.contentType, size: 0, sha256: '' };
        into.push(this.part);
        this.watch = observer?.start({ field: head.name, filename: head.filename, contentType: head.contentType });
    }
    data(chunk) {
        this.hash.update(chunk);
        this.part.size += chunk.length;
        this.watch?.progress(this.part.size);
    }
    end() {
        this.part.sha256 = this.hash.digest('hex');
        this.watch?.end();
    }
    abandon() {
        this.watch?.end();
    }
}

// EXTERNAL MODULE: ./src/util/django-url.ts
var django_url = __webpack_require__(33005);
;// CONCATENATED MODULE: ./src/emulator/validate.ts
/**
 * Django REST Framework style validation of the two create endpoints. Every failing field
 * is reported at once as `{"field": ["message", ...]}`, with DRF's stock messages, so a
 * client's error formatting is exercised on the shape it will meet for real.
 *
 * Form bodies (multipart, url-encoded) follow Django's QueryDict rules: the last value of
 * a repeated name wins, except for `labels`, which takes every repeated part. JSON bodies
 * follow DRF's JSON rules: null is its own value, numbers are accepted as strings.
 */



const VIDEO_TYPES = ['video/mp4', 'video/quicktime'];
const MSG = {
    required: 'This field is required.',
    null: 'This field may not be null.',
    blank: 'This field may not be blank.',
    string: 'Not a valid string.',
    url: 'Enter a valid URL.',
    noFile: 'No file was submitted.',
    notFile: 'The submitted data was not a file. Check the encoding type on the form.',
    noName: 'No filename could be determined.',
    emptyFile: 'The submitted file is empty.',
    maxLength: (n) => `Ensure this field has no more than ${n} characters.`,
    nameLength: (n, has) => `Ensure this filename has at most ${n} characters (it has ${has}).`,
    choice: (v) => `"${v}" is not a valid choice.`,
    fileType: (t) => `Unsupported file type "${t}". Upload a video/mp4 or video/quicktime file.`,
    list: (t) => `Expected a list of items but got type "${t}".`,
};
const ok = (value) => ({ ok: true, value });
const bad = (...errors) => ({ ok: false, errors });
/** Python's `str.strip()`: what Python calls whitespace differs from JavaScript's `trim()`. */
const PYTHON_SPACE = '[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PYTHON_STRIP = new RegExp(`^${PYTHON_SPACE}+|${PYTHON_SPACE}+$`, 'g');
const pythonStrip = (text) => text.replace(PYTHON_STRIP, '');
/** DRF CharField (and URLField) on one submitted value, or on its absence. */
function charField(sub, rules) {
    if (sub === undefined)
        return rules.required ? bad(MSG.required) : ok(null);
    let raw;
    if (sub.kind === 'file')
        return bad(MSG.string);
    if (sub.kind === 'text')
        raw = sub.value;
    else if (sub.value === null)
        return rules.allowNull ? ok(null) : bad(MSG.null);
    else if (typeof sub.value === 'string')
        raw = sub.value;
    else if (typeof sub.value === 'number' && Number.isFinite(sub.value))
        raw = String(sub.value);
    else
        return bad(MSG.string);
    const value = pythonStrip(raw);
    if (value === '')
        return rules.allowBlank ? ok('') : bad(MSG.blank);
    const errors = [];
    if (value.includes('\0'))
        errors.push('Null characters are not allowed.');
    if (rules.maxLength !== undefined && [...value].length > rules.maxLength) {
        errors.push(MSG.maxLength(rules.maxLength));
    }
    if (rules.url && (0,django_url/* urlProblem */.r)(value, rules.url) !== undefined)
        errors.push(MSG.url);
    return errors.length > 0 ? bad(...errors) : ok(value);
}
/** Django URLValidator's default schemes; video URLs must be fetchable over the web. */
const ANY_URL = ['http', 'https', 'ftp', 'ftps'];
const WEB_URL = ['http', 'https'];
function genderField(sub, required) {
    if (sub === undefined)
        return required ? bad(MSG.required) : ok(null);
    if (sub.kind === 'file')
        return bad(MSG.choice(sub.file.filename ?? ''));
    if (sub.kind === 'json' && sub.value === null)
        return bad(MSG.null);
    const text = sub.kind === 'text' ? sub.value : String(sub.value);
    const found = GENDERS.find((g) => g === text);
    return found ? ok(found) : bad(MSG.choice(text));
}
/** Django's FileField default `max_length`. */
const MAX_FILENAME = 100;
/** DRF FileField: a non-empty part, plus the video types Creatify documents. */
function fileField(sub, required) {
    if (sub === undefined)
        return required ? bad(MSG.noFile) : ok(null);
    if (sub.kind === 'json' && sub.value === null && !required)
        return ok(null);
    if (sub.kind !== 'file')
        return bad(MSG.notFile);
    const { file } = sub;
    if (file.filename === null || file.filename === '')
        return bad(MSG.noName);
    if (file.size === 0)
        return bad(MSG.emptyFile);
    const nameLength = [...file.filename].length;
    if (nameLength > MAX_FILENAME)
        return bad(MSG.nameLength(MAX_FILENAME, nameLength));
    if (!VIDEO_TYPES.includes(file.contentType))
        return bad(MSG.fileType(file.contentType));
    return ok(file);
}
/** DRF ListField(child=CharField()): every item a non-blank string. */
function labelsField(subs) {
    let items = subs;
    const only = subs.length === 1 ? subs[0] : undefined;
    if (only?.kind === 'json') {
        if (only.value === null)
            return { ok: false, errors: [MSG.null] };
        if (!Array.isArray(only.value))
            return { ok: false, errors: [MSG.list(pythonTypeName(only.value))] };
        items = only.value.map((value) => ({ kind: 'json', value }));
    }
    const values = [];
    const errors = {};
    items.forEach((item, index) => {
        const result = charField(item, { required: true, allowNull: false, allowBlank: false });
        if (result.ok)
            values.push(result.value ?? '');
        else
            errors[String(index)] = result.errors;
    });
    return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: values };
}
/**
 * Validates one create request. `values` maps each submitted name to everything sent
 * under it, in order. Unknown names are ignored, as DRF ignores them. `requireFields`
 * makes `gender` and `video_scene` required on both endpoints, as documented.
 */
function validateCreate(values, mode, requireFields) {
    const last = (name) => values.get(name)?.at(-1);
    const optional = { required: false, allowNull: true, allowBlank: true };
    const errors = {};
    const take = (name, result) => {
        if (result.ok)
            return result.value;
        errors[name] = result.errors;
        return undefined;
    };
    // Declaration order of the serializer, which is the order DRF lists errors in.
    const gender = take('gender', genderField(last('gender'), requireFields || mode === 'upload'));
    const creatorName = take('creator_name', charField(last('creator_name'), { required: true, allowNull: false, allowBlank: false, maxLength: 255 }));
    const sceneRules = requireFields ? { required: true, allowNull: false, allowBlank: false } : optional;
    const videoScene = take('video_scene', charField(last('video_scene'), { ...sceneRules, maxLength: 255 }));
    const keywords = take('keywords', charField(last('keywords'), { ...optional, maxLength: 255 }));
    const urlRules = { required: true, allowNull: false, allowBlank: false, url: WEB_URL };
    const lipsync = mode === 'upload'
        ? toVideo(take('lipsync_input', fileField(last('lipsync_input'), true)))
        : toUrl(take('lipsync_input', charField(last('lipsync_input'), urlRules)));
    const gdownUrl = take('gdown_url', charField(last('gdown_url'), { ...optional, allowNull: false }));
    const labels = labelsField(values.get('labels') ?? []);
    if (!labels.ok)
        errors['labels'] = labels.errors;
    const webhookUrl = take('webhook_url', charField(last('webhook_url'), { ...optional, maxLength: 200, url: ANY_URL }));
    const consent = mode === 'upload'
        ? toVideo(take('consent_video', fileField(last('consent_video'), false)))
        : toUrl(take('consent_video', charField(last('consent_video'), { ...urlRules, required: false, allowNull: true })));
    if (Object.keys(errors).length > 0 || typeof creatorName !== 'string' || !lipsync || !labels.ok) {
        return { ok: false, errors };
    }
    return {
        ok: true,
        data: {
            creator_name: creatorName,
            gender: gender ?? null,
            video_scene: videoScene ?? null,
            keywords: keywords ?? null,
            labels: labels.value,
            // A blank webhook means "none"; an empty gdown_url is its documented default.
            webhook_url: webhookUrl || null,
            gdown_url: gdownUrl ?? '',
            lipsync,
            consent: consent ?? null,
        },
    };
}
function toVideo(file) {
    return file ? { kind: 'file', file } : file;
}
function toUrl(url) {
    if (url === undefined)
        return undefined;
    return url ? { kind: 'url', url } : null;
}

;// CONCATENATED MODULE: ./src/emulator/create.ts





function add(values, name, value) {
    const list = values.get(name);
    if (list)
        list.push(value);
    else
        values.set(name, [value]);
}
/** Form semantics: Django puts files after text values of the same name, so a file wins. */
function fromForm(textParts, files) {
    const values = new Map();
    const fields = {};
    for (const part of textParts) {
        add(values, part.name, { kind: 'text', value: part.value });
        const seen = fields[part.name];
        fields[part.name] = seen === undefined ? part.value : [...(Array.isArray(seen) ? seen : [seen]), part.value];
    }
    for (const file of files)
        add(values, file.field, { kind: 'file', file });
    return { values, files, fields };
}
/** Parses a JSON body; a syntax error or a non-object is answered as DRF answers it. */
function fromJson(text) {
    let data = {};
    if (text.trim() !== '') {
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            return detail(400, `JSON parse error - ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        return json(400, {
            non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonTypeName(data)}.`],
        });
    }
    const fields = { ...data };
    const values = new Map();
    for (const [name, value] of Object.entries(fields))
        values.set(name, [{ kind: 'json', value }]);
    return { values, files: [], fields };
}
const create_EMPTY = { values: new Map(), files: [], fields: {} };
/** Reads the body by its media type. Returns the parse, or the answer when it cannot. */
async function parseBody(ctx, mode, type) {
    const { req } = ctx;
    if (type === '') {
        // DRF reads a body without a Content-Type as empty data: every required field fails.
        await drain(req);
        return { kind: 'none', parsed: create_EMPTY };
    }
    if (type === 'application/json') {
        return { kind: 'json', parsed: fromJson((await readBody(req)).toString('utf8')) };
    }
    if (mode === 'upload' && type === 'multipart/form-data') {
        const body = await parseMultipart(req, ctx.store.uploadObserver(ctx.request));
        return { kind: 'multipart', parsed: fromForm(body.text, body.files) };
    }
    // The JSON endpoint is documented with JSON only; the emulator refuses the rest.
    await drain(req);
    return {
        kind: 'other',
        parsed: detail(415, `Unsupported media type "${req.headers['content-type'] ?? ''}" in request.`),
    };
}
function isReply(value) {
    return 'status' in value;
}
/**
 * Handles one create. The quota is checked after validation, so a bad request learns about
 * its fields first. Quota exhaustion is undocumented upstream; the emulator answers it as
 * a 400 with a `detail` message naming the limit, the likeliest DRF shape.
 */
async function createPersona(ctx, mode) {
    const { req, store, options } = ctx;
    const lengthHeader = req.headers['content-length'];
    const record = {
        request: ctx.request,
        at: new Date(options.now()).toISOString(),
        route: ctx.url.pathname,
        body: 'none',
        contentType: req.headers['content-type'] ?? null,
        contentLength: lengthHeader === undefined ? null : Number(lengthHeader),
        chunked: /\bchunked\b/i.test(req.headers['transfer-encoding'] ?? ''),
        fields: {},
        files: [],
        status: 0,
        personaId: null,
        errors: null,
    };
    const finish = (reply, personaId = null) => {
        record.status = reply.status;
        record.personaId = personaId;
        if (reply.status >= 400)
            record.errors = JSON.parse(reply.body);
        store.recordCreate(record);
        return { reply, personaId };
    };
    let parsed;
    try {
        const result = await parseBody(ctx, mode, mediaType(req));
        record.body = result.kind;
        parsed = result.parsed;
    }
    catch (error) {
        if (!(error instanceof BodyError))
            throw error;
        await drain(req);
        return finish(detail(error.status, error.message));
    }
    if (isReply(parsed))
        return finish(parsed);
    record.fields = parsed.fields;
    record.files = parsed.files;
    const checked = validateCreate(parsed.values, mode, options.requireFields);
    if (!checked.ok)
        return finish(json(400, checked.errors));
    if (store.currentCount() >= options.quota) {
        return finish(detail(400, `You have reached the maximum number of custom avatars (${options.quota}).`));
    }
    const persona = store.addPersona(checked.data, ctx.request);
    return finish(json(201, createJson(persona)), persona.id);
}

;// CONCATENATED MODULE: ./src/emulator/delete.ts


function deletePersona(ctx, rawId) {
    const id = normalizeUuid(rawId);
    if (id === null || !ctx.store.mine(id))
        return detail(404, 'Not found.');
    // an account that may not delete (a plan without it, an avatar in use): nothing is removed
    if (ctx.options.refuseDeletes)
        return refusal(ctx.options.refuseDeletes);
    ctx.store.remove(id);
    return { status: 204, headers: {}, body: '' };
}

;// CONCATENATED MODULE: ./src/emulator/read.ts



/** GET /api/personas/{id}/: custom or stock; a missing or malformed id is the same 404. */
function getPersona(ctx, rawId) {
    const id = normalizeUuid(rawId);
    const found = id === null ? undefined : ctx.store.find(id);
    if (!found)
        return detail(404, 'No Creator matches the given query.');
    return json(200, personaJson(found, ctx.options.now()));
}
const REVIEW_ENDED = new Set(['done', 'rejected', 'failed']);
/**
 * GET /api/personas_v2/: the account's custom avatars, a bare array, oldest first; without
 * those still under review when `listPending` is 'hide', without those at the first step
 * of their review when it is 'hide-first'.
 */
function listMine(ctx) {
    const all = ctx.store.listMine().map((p) => personaJson(p, ctx.options.now()));
    const { listPending } = ctx.options;
    if (listPending === 'show')
        return json(200, all);
    return json(200, all.filter((p) => (listPending === 'hide' ? REVIEW_ENDED.has(p.process_status) : p.process_status !== 'pending')));
}
/** GET /api/personas_v2/count/ */
function countMine(ctx) {
    return json(200, { max_count: ctx.options.quota, current_count: ctx.store.currentCount() });
}
/** GET /api/personas/: the stock catalogue plus the account's approved avatars. */
function listCatalogue(ctx) {
    const nowMs = ctx.options.now();
    return json(200, ctx.store.listCatalogue(nowMs).map((p) => personaJson(p, nowMs)));
}

;// CONCATENATED MODULE: ./src/emulator/api.ts
/**
 * One /api/ request after faults: URL resolution, authentication, method check and the
 * endpoint, in Django REST Framework's order. Unknown paths are a 404 without
 * credentials; then authentication, so a wrong method with bad credentials is still a 401.
 */





function header(req, name) {
    const value = req.headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}
/** Equal-time comparison, so the emulator does not teach bad habits about key checks. */
function same(a, b) {
    const digest = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest();
    return (0,external_node_crypto_.timingSafeEqual)(digest(a), digest(b));
}
const CHALLENGE = { 'www-authenticate': 'X-API-KEY' };
/** null when the request may proceed, else the 401. */
function authenticate(req, options) {
    const apiId = header(req, 'x-api-id');
    const apiKey = header(req, 'x-api-key');
    if (apiId === '' || apiKey === '') {
        return detail(401, 'Authentication credentials were not provided.', CHALLENGE);
    }
    const expected = options.credentials;
    if (expected && !(same(apiId, expected.apiId) && same(apiKey, expected.apiKey))) {
        return detail(401, 'Invalid API credentials.', CHALLENGE);
    }
    return null;
}
async function dispatch(ctx, { route, id }) {
    const plain = (reply) => ({ reply, personaId: null });
    const post = ctx.method === 'POST';
    switch (route.name) {
        case 'personas_v2':
            return post ? createPersona(ctx, 'upload') : plain(listMine(ctx));
        case 'personas':
            return post ? createPersona(ctx, 'urls') : plain(listCatalogue(ctx));
        case 'personas_v2_count':
            return plain(countMine(ctx));
        case 'persona_detail':
            return plain(ctx.method === 'DELETE' ? deletePersona(ctx, id ?? '') : getPersona(ctx, id ?? ''));
    }
}
/** The answer to one /api/ request that no fault has taken over. */
async function apiReply(ctx, resolution) {
    if (!resolution)
        return { reply: detail(404, 'Not found.'), personaId: null };
    const allow = { allow: resolution.route.methods.join(', '), vary: 'Accept' };
    const refused = authenticate(ctx.req, ctx.options) ??
        (resolution.route.methods.includes(ctx.method) ? null : detail(405, `Method "${ctx.method}" not allowed.`));
    const result = refused ? { reply: refused, personaId: null } : await dispatch(ctx, resolution);
    return { ...result, reply: { ...result.reply, headers: { ...allow, ...result.reply.headers } } };
}

;// CONCATENATED MODULE: ./src/emulator/stock.ts
const SEEDS = [
    {
        id: '0b6f2d4e-9a51-4c3e-8f27-5d1a9c0e7b31',
        name: 'Harper',
        gender: 'f',
        ageRange: 'adult',
        location: 'indoor',
        style: 'presenter',
        scene: 'studio',
        industries: ['E-commerce', 'Beauty'],
    },
    {
        id: '6e2c8a17-3f94-4b05-a6d8-21c7e9f0b452',
        name: 'Marcus',
        gender: 'm',
        ageRange: 'adult',
        location: 'outdoor',
        style: 'selfie',
        scene: 'street',
        industries: ['Technology', 'Finance'],
    },
    {
        id: 'c91d4b3a-57e2-4f68-9b10-8a3f6d2e4c97',
        name: 'Rowan',
        gender: 'nb',
        ageRange: 'senior',
        location: 'indoor',
        style: 'other',
        scene: 'kitchen',
        industries: ['Food', 'Lifestyle'],
    },
];
/** 2024-06-03T09:15:27.318204-07:00 expressed in epoch microseconds. */
const STOCK_CREATED_US = Date.UTC(2024, 5, 3, 16, 15, 27, 318) * 1000 + 204;
function toStored(seed, index) {
    const createdAtUs = STOCK_CREATED_US + index * 86_400_000_000;
    return {
        id: seed.id,
        createRequest: null,
        createdAtUs,
        creatorName: seed.name,
        gender: seed.gender,
        videoScene: seed.scene,
        keywords: null,
        labels: [],
        webhookUrl: null,
        gdownUrl: '',
        lipsyncInput: '',
        lipsyncInputUrl: '',
        consentVideo: null,
        ageRange: seed.ageRange,
        location: seed.location,
        style: seed.style,
        industries: seed.industries,
        verdict: { outcome: 'done', atMs: Math.floor(createdAtUs / 1000), reason: '', forced: false },
    };
}
/** The catalogue, oldest first; fresh objects each call so callers cannot mutate it. */
function stockPersonas() {
    return SEEDS.map(toStored);
}

;// CONCATENATED MODULE: ./src/emulator/store.ts
/**
 * Everything the emulator remembers: the account's personas, what each create request
 * carried, request counts, faults and uploads in flight. One Store per running emulator;
 * all of it is in memory and `reset` empties it.
 */





const iso = (ms) => new Date(ms).toISOString();
class Store {
    options;
    personas = new Map();
    creates = [];
    counts = new Map();
    peak = 0;
    total = 0;
    injected = [];
    uploads = new Set();
    lastUs = 0;
    faults = new FaultPlan();
    stock = new Map(stockPersonas().map((p) => [p.id, p]));
    constructor(options) {
        this.options = options;
    }
    /** Counts one /api/ request and returns its number. */
    countRequest(key) {
        this.total += 1;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        return this.total;
    }
    setFaults(config) {
        this.faults = new FaultPlan(config);
    }
    recordFault(fault) {
        this.injected.push(fault);
    }
    recordCreate(record) {
        this.creates.push(record);
    }
    /** Number of custom avatars counted against the quota: all of them, rejected ones too. */
    currentCount() {
        return this.personas.size;
    }
    /** Creates a persona from a validated request. */
    addPersona(data, request) {
        const nowMs = this.options.now();
        const id = (0,external_node_crypto_.randomUUID)();
        // Sub-millisecond digits vary per create and stamps never repeat or go backwards.
        const createdAtUs = Math.max(nowMs * 1000 + ((request * 7919) % 1000), this.lastUs + 1);
        this.lastUs = createdAtUs;
        const ext = (input) => input.kind === 'file' && input.file.contentType === 'video/quicktime' ? 'mov' : 'mp4';
        const lipsyncUrl = cdnUrl(id, `lipsync_input.${ext(data.lipsync)}`);
        const rejected = this.options.rejectPattern?.test(data.creator_name) ?? false;
        const stored = {
            id,
            createRequest: request,
            createdAtUs,
            creatorName: data.creator_name,
            gender: data.gender,
            videoScene: data.video_scene,
            keywords: data.keywords,
            labels: data.labels,
            webhookUrl: data.webhook_url,
            gdownUrl: data.gdown_url,
            lipsyncInput: data.lipsync.kind === 'url' ? data.lipsync.url : lipsyncUrl,
            lipsyncInputUrl: lipsyncUrl,
            consentVideo: data.consent ? cdnUrl(id, `consent_video.${ext(data.consent)}`) : null,
            ageRange: 'adult',
            location: 'indoor',
            style: 'presenter',
            industries: ['General'],
            verdict: {
                outcome: rejected ? 'rejected' : 'done',
                atMs: nowMs + this.options.approveAfterMs,
                reason: rejected ? DEFAULT_REJECT_REASON : '',
                forced: false,
            },
        };
        this.personas.set(id, stored);
        this.peak = Math.max(this.peak, this.personas.size);
        return stored;
    }
    /** A custom persona of this account. */
    mine(id) {
        return this.personas.get(id);
    }
    /** Deletes a custom persona; false when the account has none with this id. */
    remove(id) {
        return this.personas.delete(id);
    }
    /** A custom or stock persona. */
    find(id) {
        return this.mine(id) ?? this.stock.get(id);
    }
    /** The account's custom avatars, oldest first. */
    listMine() {
        return [...this.personas.values()];
    }
    /** The catalogue of GET /api/personas/: stock avatars, then this account's approved ones. */
    listCatalogue(nowMs) {
        const approved = this.listMine().filter((p) => personaJson(p, nowMs).is_active);
        return [...this.stock.values(), ...approved];
    }
    /** Ends a persona's review now, whatever its configured outcome. */
    force(id, outcome, reason) {
        const stored = this.mine(id);
        if (!stored)
            return undefined;
        const fallback = outcome === 'failed' ? DEFAULT_FAIL_REASON : outcome === 'rejected' ? DEFAULT_REJECT_REASON : '';
        stored.verdict = { outcome, atMs: this.options.now(), reason: reason ?? fallback, forced: true };
        return stored;
    }
    /** Registers the file parts of one request as they stream, for the in-flight view. */
    uploadObserver(request) {
        return {
            start: (part) => {
                const upload = { request, ...part, bytes: 0 };
                this.uploads.add(upload);
                return {
                    progress: (bytes) => {
                        upload.bytes = bytes;
                    },
                    end: () => {
                        this.uploads.delete(upload);
                    },
                };
            },
        };
    }
    snapshot() {
        const nowMs = this.options.now();
        const o = this.options;
        return structuredClone({
            now: iso(nowMs),
            nowMs,
            personas: this.listMine().map((stored) => ({
                persona: personaJson(stored, nowMs),
                request: stored.createRequest ?? 0,
                verdict: {
                    outcome: stored.verdict.outcome,
                    at: iso(stored.verdict.atMs),
                    reason: stored.verdict.reason,
                    forced: stored.verdict.forced,
                },
            })),
            count: { max_count: o.quota, current_count: this.currentCount(), peak_count: this.peak },
            creates: this.creates,
            requests: { total: this.total, byRoute: Object.fromEntries(this.counts) },
            faults: { config: this.faults.current(), injected: this.injected },
            uploadsInFlight: [...this.uploads],
        });
    }
    /** Forgets everything: personas, records, counts and faults. Uploads in flight finish. */
    reset() {
        this.personas = new Map();
        this.creates = [];
        this.counts = new Map();
        this.peak = 0;
        this.total = 0;
        this.injected = [];
        this.faults = new FaultPlan();
    }
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
/**
 * A local Creatify emulator: a real HTTP server (node:http) that answers the persona
 * endpoints as Creatify does, plus /_emulator/ control endpoints (admin.ts). Tests and
 * the `emulator` command start it with `startEmulator`; clients talk to it over TCP like
 * they talk to api.creatify.ai, so nothing in the process under test is mocked.
 *
 * Endpoints: POST /api/personas_v2/ (multipart) and POST /api/personas/ (JSON) create,
 * GET /api/personas_v2/ lists the account's avatars, GET /api/personas_v2/count/ counts
 * them against the quota, GET and DELETE /api/personas/{id}/, and GET /api/personas/
 * lists the stock catalogue (then the account's approved avatars).
 *
 * Options (EmulatorOptions, with the flag of `creatify-avatars emulator`):
 * - `quota` (--quota): the account's `max_count`, default 100
 * - `approveAfterMs` (--approve-after), `rejectPattern` (--reject-pattern): how reviews end
 * - `latencyMs` (--latency): added to every /api/ answer
 * - `listPending` (--list-pending show|hide|hide-first): 'hide' leaves avatars under review
 *   out of GET /api/personas_v2/ (Creatify does not say whether it lists them), 'hide-first'
 *   only those at the first step (`pending`), listing the later ones; default 'show'
 * - `requireFields` (--require-fields on|off): `gender` and `video_scene` required on both
 *   create endpoints, as Creatify's guide lists them; default on (off: only the upload requires `gender`)
 * - `refuseDeletes` (400 | 403 | null): every DELETE of an avatar of the account is refused
 *   with that status in DRF shape, nothing removed; default null
 * `quota`, `listPending`, `requireFields` and `refuseDeletes` also change at run time: `configure()`, or
 * POST /_emulator/options. Faults (faults.ts: 5xx, 429, 400/403 refusals, dropped connections,
 * 500/502 after a create) are set with `setFaults()` or POST /_emulator/faults.
 *
 * Per /api/ request: count it, pick a fault, then (unless a fault answers or cuts the
 * connection) resolve, authenticate and run the endpoint; wait for the body to be fully
 * read, add the configured latency, and answer.
 */











class Handler {
    options;
    store;
    closing = new AbortController();
    constructor(options, store) {
        this.options = options;
        this.store = store;
    }
    /** Aborts every pending delay, so in-flight requests give up instead of holding close(). */
    shutdown() {
        this.closing.abort();
    }
    pause(ms) {
        return (0,promises_.setTimeout)(ms, undefined, { signal: this.closing.signal });
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://emulator.invalid');
        const method = (req.method ?? 'GET').toUpperCase();
        if (url.pathname.startsWith('/_emulator/')) {
            const reply = await adminReply(req, url.pathname, this.store, this.options);
            await drain(req);
            writeReply(res, reply);
            return;
        }
        await this.handleApi(req, res, url, method);
    }
    async handleApi(req, res, url, method) {
        const started = external_node_perf_hooks_.performance.now();
        const log = (outcome) => this.options.log(`${method} ${url.pathname}${url.search} ${outcome} ${Math.round(external_node_perf_hooks_.performance.now() - started)}ms`);
        const resolution = resolve(url.pathname);
        const route = routeLabel(resolution);
        const request = this.store.countRequest(`${method} ${route}`);
        const fault = this.store.faults.pick(method, route, isCreate(method, resolution));
        const injected = fault ? { request, method, route, kind: fault.kind, source: fault.source } : undefined;
        if (injected)
            this.store.recordFault(injected);
        if (fault?.kind === 'drop') {
            req.socket.destroy();
            log('dropped (fault)');
            return;
        }
        if (fault?.kind === 'slow')
            await this.pause(fault.delayMs);
        const answer = fault ? faultReply(fault) : null;
        const result = answer
            ? { reply: answer, personaId: null }
            : await apiReply({ req, url, method, request, store: this.store, options: this.options }, resolution);
        await drain(req);
        if (this.options.latencyMs > 0)
            await this.pause(this.options.latencyMs);
        if (injected && AFTER_CREATE.has(injected.kind))
            injected.personaId = result.personaId;
        if (fault?.kind === 'drop-after-create') {
            req.socket.destroy();
            log(`${result.reply.status} dropped after processing (fault)`);
            return;
        }
        if (fault)
            result.reply = afterCreateReply(fault) ?? result.reply;
        writeReply(res, result.reply);
        log(`${result.reply.status}${fault ? ` (fault ${fault.kind})` : ''}`);
    }
    /** The last resort: a bug or an aborted delay. Never leaves a request hanging. */
    fail(req, res, error) {
        if (this.closing.signal.aborted || res.headersSent) {
            req.socket.destroy();
            return;
        }
        this.options.log(`emulator error on ${req.method ?? '?'} ${req.url ?? '?'}: ${String(error)}`);
        writeReply(res, detail(500, 'A server error occurred.'));
    }
}
/** Starts an emulator and resolves once it listens. */
async function startEmulator(options = {}) {
    const resolved = (0,emulator_options/* resolveOptions */.$i)(options);
    const handler = new Handler(resolved, new Store(resolved));
    const sockets = new Set();
    const server = (0,external_node_http_.createServer)((req, res) => {
        handler.handle(req, res).catch((error) => handler.fail(req, res, error));
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((resolveListen, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(resolved.port, resolved.host, () => {
            server.off('error', rejectListen);
            resolveListen();
        });
    });
    const { port } = server.address();
    const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
    let closed;
    return {
        url: `http://${host}:${port}`,
        close() {
            closed ??= new Promise((resolveClose) => {
                handler.shutdown();
                server.close(() => resolveClose());
                server.closeAllConnections();
                for (const socket of sockets)
                    socket.destroy();
            });
            return closed;
        },
        state: () => handler.store.snapshot(),
        setFaults: (faults) => handler.store.setFaults(parseFaultConfig(faults)),
        configure: (settings) => void (0,emulator_options/* applySettings */.iN)(resolved, settings),
        reset: () => handler.store.reset(),
    };
}


/***/ }),

/***/ 33005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ URL_RULES),
/* harmony export */   r: () => (/* binding */ urlProblem)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The rules of Django's URLValidator, which a URLField of Django REST Framework applies,
 * each refusal told with its reason: a server built on Django refuses what these refuse,
 * so a client can refuse it first, where the user can still fix it.
 *
 * One deliberate difference: the host ends at the first `/`, `?` or `#`, as URL parsers
 * split it, where Django's pattern lets a user name hold `?` or `#`; such URLs are refused.
 */


/** Django refuses longer URLs outright (since its 2023 security releases). */
const MAX_URL = 2048;
/** RFC 1034: a host name of at most 253 characters, labels of at most 63. */
const MAX_HOST = 253;
const MAX_LABEL = 63;
/** Django counts every code point from U+00A1 to U+FFFF as a letter of a host name. */
const LABEL_CHAR = /^[a-z0-9\u00a1-\uffff-]$/iu;
const TLD = /^(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})$/iu;
const OCTET = '(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const length = (text) => [...text].length;
/**
 * Why Django would refuse `value` as a URL with one of `schemes` (lower case), or
 * undefined when it accepts it. The reason reads after "the URL …", e.g. "has no host".
 */
function urlProblem(value, schemes) {
    if (length(value) > MAX_URL)
        return `is longer than ${MAX_URL} characters`;
    if (/\s/u.test(value))
        return 'holds a space or a line break (write a space as %20)';
    const separator = value.indexOf('://');
    const scheme = (separator < 0 ? value : value.slice(0, separator)).toLowerCase();
    if (separator < 0 || !schemes.includes(scheme))
        return `does not start with ${schemes.map((s) => `${s}://`).join(' or ')}`;
    const rest = value.slice(separator + 3);
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const at = authority.lastIndexOf('@');
    if (at >= 0 && !/^[^:@]+(?::[^:@]*)?$/.test(authority.slice(0, at)))
        return 'has a malformed user:password@ part';
    const hostAndPort = authority.slice(at + 1);
    const bracketed = hostAndPort.startsWith('[');
    const hostEnd = bracketed ? hostAndPort.indexOf(']') + 1 : hostAndPort.search(/:|$/);
    if (bracketed && hostEnd === 0)
        return 'has an IPv6 address without its closing ]';
    const host = hostAndPort.slice(0, hostEnd);
    const port = hostAndPort.slice(hostEnd);
    if (port !== '' && !/^:[0-9]{1,5}$/.test(port))
        return `has an invalid port "${port.slice(1)}" (1 to 5 digits)`;
    return hostProblem(host);
}
function hostProblem(host) {
    if (host === '')
        return 'has no host';
    if (host.startsWith('[')) {
        const address = host.slice(1, -1);
        return /^[0-9a-f:.]+$/i.test(address) && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(address) ? undefined : `has an invalid IPv6 address "${address}"`;
    }
    if (IPV4.test(host) || host.toLowerCase() === 'localhost')
        return undefined;
    if (/^[0-9.]+$/.test(host))
        return `has an invalid IPv4 address "${host}"`;
    if (length(host) > MAX_HOST)
        return `has a host name longer than ${MAX_HOST} characters`;
    const problem = hostNameProblem(host);
    if (problem === undefined || !/\P{ASCII}/u.test(host))
        return problem;
    // Django tries an international name again in its ASCII (punycode) form
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(host);
    return ascii !== '' && hostNameProblem(ascii) === undefined ? undefined : problem;
}
function hostNameProblem(host) {
    // a trailing dot (an absolute name) is allowed after the top-level domain
    const labels = host.replace(/\.$/, '').split('.');
    if (labels.length < 2)
        return `has the host "${host}" without a top-level domain such as .com (only localhost may go without one)`;
    for (const label of labels) {
        if (label === '')
            return `has an empty part in its host "${host}" (two dots in a row, or a leading dot)`;
        if (length(label) > MAX_LABEL)
            return `has a host name part longer than ${MAX_LABEL} characters`;
        const wrong = [...label].find((c) => !LABEL_CHAR.test(c));
        if (wrong !== undefined)
            return `has the host "${host}", which holds "${wrong}": host names may hold only letters, digits, hyphens and dots`;
        if (label.startsWith('-') || label.endsWith('-'))
            return `has the host "${host}", where "${label}" starts or ends with a hyphen`;
    }
    const tld = labels.at(-1) ?? '';
    if (!TLD.test(tld))
        return `has the top-level domain "${tld}", which is not 2 to 63 letters (nor an xn-- name)`;
    return undefined;
}
/** What Creatify's URL check (Django's) accepts, in a sentence. */
const URL_RULES = 'Creatify checks URLs by Django\'s rules: a host name of letters, digits and hyphens (no "_") ending in a top-level domain such as .com, or an IP address, and no spaces';


/***/ })

};

//# sourceMappingURL=228.index.js.map