export const id = 850;
export const ids = [850];
export const modules = {

/***/ 16850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dV: () => (/* binding */ ACTION_PRODUCT),
  Km: () => (/* binding */ buildClient),
  $V: () => (/* binding */ clientFor),
  createApiFactory: () => (/* binding */ createApiFactory)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/clock.ts
var util_clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(32693);
// EXTERNAL MODULE: ./src/creatify/api-errors.ts
var api_errors = __webpack_require__(85125);
;// CONCATENATED MODULE: ./src/creatify/proxy.ts
function bypassed(url, noProxy) {
    if (noProxy.trim() === '*')
        return true;
    const host = url.hostname.toLowerCase();
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    return noProxy
        .split(/[,\s]/)
        .filter(Boolean)
        .some((entry) => {
        const [, name = entry, entryPort] = /^(.+):(\d+)$/.exec(entry) ?? [];
        const bare = name.replace(/^\*?\./, '').toLowerCase();
        return (!entryPort || Number(entryPort) === port) && (host === bare || host.endsWith(`.${bare}`));
    });
}
function proxyFor(origin, env = process.env) {
    const url = new URL(origin);
    const http = env.http_proxy ?? env.HTTP_PROXY;
    const value = url.protocol === 'https:' ? (env.https_proxy ?? env.HTTPS_PROXY ?? http) : http;
    if (!value || bypassed(url, env.no_proxy ?? env.NO_PROXY ?? ''))
        return undefined;
    try {
        const proxy = new URL(value);
        return { shown: `${proxy.protocol}//${proxy.host}`, secrets: [proxy.username, proxy.password].filter(Boolean).map(decodeURIComponent) };
    }
    catch {
        return { shown: '(an unreadable proxy URL)', secrets: [value] };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/files/hash.ts
var files_hash = __webpack_require__(36667);
;// CONCATENATED MODULE: ./src/creatify/multipart.ts
/**
 * The bodies of the two creates. Mainly the multipart body of `POST /api/personas_v2/`:
 * text fields, then the video files with an exact Content-Length (never chunked): streamed
 * from disk, or, when each file fits in one chunk, read whole into one buffer. A body is
 * used once; the client builds a new one, reading the files afresh, for every attempt.
 */






/** The text parts in sending order; unset and empty optional fields are left out. */
function textParts(fields) {
    const parts = [['creator_name', fields.creator_name]];
    const optional = [
        ['gender', fields.gender],
        ['video_scene', fields.video_scene],
        ['keywords', fields.keywords],
    ];
    for (const [name, value] of optional) {
        if (value !== undefined && value !== '')
            parts.push([name, value]);
    }
    // DRF reads a list field from repeated parts of the same name.
    for (const label of fields.labels ?? [])
        parts.push(['labels', label]);
    if (fields.webhook_url !== undefined && fields.webhook_url !== '')
        parts.push(['webhook_url', fields.webhook_url]);
    return parts;
}
/** The JSON body of `POST /api/personas/`: the set fields, the video URLs. */
function jsonPayload(fields, lipsyncUrl, consentUrl) {
    const payload = {};
    for (const [name, value] of textParts(fields)) {
        if (name !== 'labels')
            payload[name] = value;
    }
    if (fields.labels !== undefined && fields.labels.length > 0)
        payload.labels = [...fields.labels];
    payload.lipsync_input = lipsyncUrl;
    if (consentUrl !== undefined && consentUrl !== '')
        payload.consent_video = consentUrl;
    return payload;
}
/**
 * A video of at most one chunk is read with blocking calls (stat, open, read, close): four
 * round trips to the libuv pool saved for each, the most of a small upload's own work
 * (docs/performance.md, sync-scale), and a stall of at most one chunk's read for the
 * uploads in flight. Larger videos are read through the pool.
 */
function readsBlocking(file) {
    return file.size <= files_hash/* CHUNK_BYTES */.EC;
}
/** Fails with FILE_INVALID when the file is gone or its size is not the one checked. */
async function assertUnchanged(file) {
    let size;
    try {
        const info = readsBlocking(file) ? (0,external_node_fs_.statSync)(file.absolutePath) : await (0,promises_.stat)(file.absolutePath);
        if (!info.isFile())
            throw new Error('not a regular file');
        size = info.size;
    }
    catch (error) {
        throw new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} can no longer be read for upload.`, { cause: error });
    }
    if (size !== file.size) {
        throw new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} changed after it was checked (${file.size} bytes then, ${size} now); nothing was uploaded.`, { hint: 'Do not modify videos while the action runs; run it again.' });
    }
    if (size === 0)
        throw new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} is empty.`);
}
const SHA256_HEX = /^[0-9a-f]{64}$/i;
/** Random once per process; each body's boundary adds its own number. */
const BOUNDARY_TOKEN = (0,external_node_crypto_.randomBytes)(12).toString('hex');
let bodies = 0;
/** A quoted header parameter cannot be closed or broken by the name it carries (as browsers escape it). */
function quoted(value) {
    return `"${value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}
/**
 * Builds a fresh body for one attempt. The files are checked again first, and each is
 * read only up to its checked size, so a file growing meanwhile cannot break the length.
 *
 * A file rewritten with other bytes of the same size is caught by hashing each file as it
 * streams out: the last bytes of the body (the closing boundary) are withheld until every
 * streamed SHA-256 equals the planned one. On a mismatch the body fails instead, so the
 * request is aborted with an incomplete body and the server creates nothing from it.
 *
 * A body whose files fit in one chunk each is built whole, and only once the hashes match
 * and `beforeLastBytes` has resolved: a mismatch then fails before any byte is sent.
 *
 * The framing is written here rather than by a multipart library: each part's head goes
 * out with the first bytes of what follows it, and a small body in one write (see
 * docs/performance.md, sync-scale).
 */
async function buildMultipartUpload(fields, lipsync, consent, options = {}) {
    const files = [['lipsync_input', lipsync]];
    if (consent)
        files.push(['consent_video', consent]);
    for (const [, file] of files)
        await assertUnchanged(file);
    const boundary = `----creatify-avatars-${BOUNDARY_TOKEN}${(bodies += 1).toString(36)}`;
    const disposition = (name) => `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}`;
    const text = textParts(fields)
        .map(([name, value]) => `${disposition(name)}\r\n\r\n${value}\r\n`)
        .join('');
    // what goes before each file's bytes: the text parts before the first, the line break ending the one before
    const heads = files.map(([name, file], index) => Buffer.from(`${index === 0 ? text : '\r\n'}${disposition(name)}; filename=${quoted(file.filename)}\r\nContent-Type: ${file.contentType}\r\n\r\n`));
    // the closing boundary, sent only once the files' bytes are verified
    const last = Buffer.from(`\r\n--${boundary}--\r\n`);
    const length = heads.reduce((sum, head) => sum + head.length, 0) + files.reduce((sum, [, file]) => sum + file.size, 0) + last.length;
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) };
    const framing = { files, heads, last, length };
    if (files.every(([, file]) => readsBlocking(file)))
        return { body: await wholeBody(framing, options), headers, dispose: () => undefined, complete: () => true };
    const streamed = streamedBody(framing, options);
    // destroying the body ends the reading of the file in hand, which closes it
    const body = external_node_stream_.Readable.from(streamed.chunks, { objectMode: false, highWaterMark: files_hash/* CHUNK_BYTES */.EC });
    return {
        body,
        headers,
        dispose: () => {
            if (!body.destroyed)
                body.destroy();
        },
        complete: streamed.complete,
    };
}
/**
 * A body whose files fit in one chunk each, read straight into one buffer of its length
 * with blocking calls, verified and marked before its request starts: a mismatch fails
 * before any byte is sent. Plain code rather than the streamed body's generators: on
 * thousands of small creates that costs the process less CPU (docs/performance.md,
 * sync-scale).
 */
async function wholeBody({ files, heads, last, length }, options) {
    const body = Buffer.allocUnsafe(length);
    const digests = [];
    let at = 0;
    for (const [index, [, file]] of files.entries()) {
        at += heads[index].copy(body, at);
        const place = body.subarray(at, at + file.size);
        const read = (0,files_hash/* readInto */.Pq)(file.absolutePath, place);
        if (read !== file.size)
            throw shrank(file, read);
        digests.push((0,external_node_crypto_.createHash)('sha256').update(place).digest('hex'));
        at += read;
    }
    checkDigests(files, digests, options);
    await options.beforeLastBytes?.();
    last.copy(body, at);
    options.onBytes?.(length, length);
    return body;
}
/** A larger body, streamed from disk; only its closing boundary waits for the hashes and `beforeLastBytes`. */
function streamedBody({ files, heads, last, length }, options) {
    let sent = 0;
    let complete = false;
    const pass = (chunk) => {
        sent += chunk.length;
        options.onBytes?.(sent, length);
        return chunk;
    };
    async function* chunks() {
        const digests = [];
        for (const [index, [, file]] of files.entries()) {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let head = heads[index];
            let read = 0;
            for await (const chunk of (0,files_hash/* readChunks */.zO)(file.absolutePath, hash, { limit: file.size, blocking: readsBlocking(file) })) {
                read += chunk.length;
                const piece = head ? Buffer.concat([head, chunk]) : chunk;
                head = undefined;
                yield pass(piece);
            }
            if (read !== file.size)
                throw shrank(file, read);
            digests.push(hash.digest('hex'));
        }
        checkDigests(files, digests, options);
        await options.beforeLastBytes?.();
        complete = true;
        yield pass(last);
    }
    return { chunks: chunks(), complete: () => complete };
}
/** Fewer bytes than announced: the file shrank while it was read. */
function shrank(file, read) {
    return new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} changed while it was uploaded (${read} of ${file.size} bytes read).`);
}
/** Each file's SHA-256 against the planned one (callers without one pass a placeholder), then reported. */
function checkDigests(files, digests, options) {
    for (const [index, [field, file]] of files.entries()) {
        const digest = digests[index];
        if (file.sha256 !== null && SHA256_HEX.test(file.sha256) && digest !== file.sha256.toLowerCase()) {
            throw new errors/* AppError */.uV('FILE_INVALID', `${file.absolutePath} changed while uploading (its SHA-256 is not the one planned); the upload was aborted before its end, so nothing was created from it.`, { hint: 'Do not modify videos while the action runs; run it again.' });
        }
        options.onHashed?.(field, digest);
    }
}

// EXTERNAL MODULE: ./src/creatify/persona.ts
var persona = __webpack_require__(21509);
// EXTERNAL MODULE: ./src/creatify/retry.ts
var retry = __webpack_require__(96451);
;// CONCATENATED MODULE: ./src/creatify/client.ts









const LIST_PATH = '/api/personas_v2/';
/** A list answer with pagination is followed at most this far. */
const MAX_LIST_PAGES = 100;
/** Progress callbacks are spaced at least this far apart (the last one always comes). */
const PROGRESS_INTERVAL_MS = 250;
/** undici's own timers stay as a backstop behind ours, which give clearer messages. */
const BACKSTOP_MS = 5_000;
function first(value) {
    return Array.isArray(value) ? value[0] : value;
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10}s`;
}
function parseBaseUrl(baseUrl) {
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        throw new errors/* AppError */.uV('INPUT_INVALID', `api-url "${baseUrl}" is not a URL.`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
        throw new errors/* AppError */.uV('INPUT_INVALID', `api-url must be an http(s) URL without credentials, got "${url.protocol}//${url.host}".`);
    }
    if (url.port === '0')
        throw new errors/* AppError */.uV('INPUT_INVALID', `api-url "${baseUrl}" names port 0, which nothing can listen on.`);
    return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}
/**
 * A keep-alive Agent that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY: a plain one when
 * no proxy applies to the origin (the proxy agent reads the environment again for every
 * request).
 */
function proxyAgent(proxy) {
    const options = { connections: 8, keepAliveTimeout: 4_000, connect: { timeout: 15_000 } };
    if (!proxy)
        return new undici.Agent(options);
    try {
        return new undici.EnvHttpProxyAgent(options);
    }
    catch (error) {
        throw new errors/* AppError */.uV('INPUT_INVALID', `The proxy settings (HTTPS_PROXY, HTTP_PROXY) cannot be used: ${(0,api_errors/* redact */.E$)((0,errors/* errorMessage */.gJ)(error), proxy?.secrets ?? [])}`, {
            cause: error,
        });
    }
}
function createCreatifyClient(options) {
    if (!options.apiId || !options.apiKey) {
        throw new errors/* AppError */.uV('INPUT_INVALID', 'Creatify api-id and api-key are both required.', {
            hint: 'Set the api-id and api-key inputs (or CREATIFY_API_ID and CREATIFY_API_KEY).',
        });
    }
    const { origin, prefix } = parseBaseUrl(options.baseUrl);
    const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    const uploadTimeoutMs = options.uploadTimeoutMs ?? 120_000;
    const maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
    const policy = options.retry ?? retry/* DEFAULT_RETRY_POLICY */.cO;
    const clock = options.clock ?? util_clock/* systemClock */.m;
    // undici takes the proxy settings from the environment, as curl and most tools do
    const proxy = options.dispatcher ? undefined : proxyFor(origin);
    const secrets = [options.apiKey, options.apiId, ...(proxy?.secrets ?? [])];
    const dispatcher = options.dispatcher ?? proxyAgent(proxy);
    const ownAgent = options.dispatcher ? undefined : dispatcher;
    const baseHeaders = {
        'x-api-id': options.apiId,
        'x-api-key': options.apiKey,
        accept: 'application/json',
        'user-agent': options.userAgent,
    };
    /** When the host first failed to resolve since the last answer: the start of its grace. */
    let unresolvedSince;
    /** One request and its whole answer, with our timeout; no status check, no retry. */
    async function exchange(spec) {
        const operation = `${spec.method} ${spec.path}`;
        const cancelled = () => new errors/* AppError */.uV('CANCELLED', `${operation} was cancelled.`);
        if (spec.signal?.aborted)
            throw cancelled();
        // the caller's signal aborts ours (a listener for the request's life: AbortSignal.any keeps every source it saw)
        const controller = new AbortController();
        const onAbort = () => controller.abort();
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        let handle;
        let timedOut;
        const timer = {
            arm: (ms, message) => {
                clearTimeout(handle);
                handle = setTimeout(() => {
                    timedOut = message;
                    controller.abort();
                }, ms);
            },
            refresh: () => handle?.refresh(),
        };
        timer.arm(spec.timeoutMs, spec.timeoutMessage);
        spec.watch?.(timer);
        try {
            const response = await (0,undici.request)(`${origin}${prefix}${spec.path}`, {
                dispatcher,
                method: spec.method,
                headers: { ...baseHeaders, ...spec.headers },
                body: spec.body ?? null,
                signal: controller.signal,
                headersTimeout: spec.headersTimeoutMs ?? spec.timeoutMs + BACKSTOP_MS,
                bodyTimeout: requestTimeoutMs + BACKSTOP_MS,
            });
            const text = await (0,persona/* readLimitedText */.gw)(response.body, first(response.headers['content-length']), maxResponseBytes, operation).catch((error) => {
                // keep the status: a 2xx too large to read was still processed (a create is 'accepted')
                if (!(0,errors/* isAppError */.Y6)(error) || error.status !== undefined)
                    throw error;
                throw new errors/* AppError */.uV(error.code, error.message, { status: response.statusCode, cause: error, ...(error.hint ? { hint: error.hint } : {}) });
            });
            unresolvedSince = undefined;
            return { status: response.statusCode, retryAfter: first(response.headers['retry-after']), location: first(response.headers.location), text };
        }
        catch (error) {
            if (timedOut !== undefined)
                throw new errors/* AppError */.uV('REQUEST_TIMEOUT', timedOut, { cause: error });
            if (spec.signal?.aborted)
                throw cancelled();
            if ((0,api_errors/* isUnknownHost */.RT)(error))
                unresolvedSince ??= clock.now();
            throw (0,api_errors/* errorFromTransport */.ur)(error, { operation, origin, secrets, unresolvedForMs: clock.now() - (unresolvedSince ?? clock.now()), proxy: proxy?.shown });
        }
        finally {
            clearTimeout(handle);
            spec.signal?.removeEventListener('abort', onAbort);
        }
    }
    /** Parses a 2xx answer with `parse`; anything else becomes the matching AppError. */
    function interpret(response, operation, parse) {
        if (response.status >= 300 && response.status <= 399) {
            // never followed: the credentials would go along to wherever it points
            const to = response.location ? ` to ${(0,format/* truncate */.x)(response.location, 120)}` : '';
            throw new errors/* AppError */.uV('API_ERROR', `Creatify answered ${operation} with a redirect (${response.status})${to}, which is not followed.`, {
                status: response.status,
                hint: 'Check api-url: it must be the API itself (e.g. https://api.creatify.ai), not a page that redirects.',
            });
        }
        if (response.status < 200 || response.status > 299) {
            throw (0,api_errors/* errorFromResponse */.a5)({ status: response.status, retryAfter: response.retryAfter, body: response.text, secrets });
        }
        return parse((0,persona/* parseJsonBody */.Y2)(response.text, operation, response.status), operation, response.status);
    }
    /** A request that may be repeated (a read, a delete): sent again after a failure worth retrying. */
    function idempotent(method, path, answer, signal) {
        const operation = `${method} ${path}`;
        return (0,retry/* withRetry */.bD)(async () => {
            const response = await exchange({
                method,
                path,
                signal,
                timeoutMs: requestTimeoutMs,
                timeoutMessage: `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)}.`,
            });
            return answer(response, operation);
        }, {
            policy,
            clock,
            signal,
            // a read changes nothing, so a cut or garbled answer (a proxy, a dropped stream) is
            // worth reading again, unlike a create's; JSON of the wrong shape would come back the same
            shouldRetry: (error) => (0,retry/* isRetryable */.r3)(error) || (0,persona/* isUnparsedBody */.tb)(error),
            onRetry: (info) => options.onRetry?.({ ...info, operation }),
        });
    }
    function getJson(path, parse, signal) {
        return idempotent('GET', path, (response, operation) => interpret(response, operation, parse), signal);
    }
    /** The path of a DRF `next` link, kept on our own origin so the credentials never go elsewhere. */
    function nextPath(next) {
        let url;
        try {
            url = new URL(next, `${origin}${prefix}/`);
        }
        catch {
            return undefined;
        }
        let path = `${url.pathname}${url.search}`;
        if (prefix && path.startsWith(`${prefix}/`))
            path = path.slice(prefix.length);
        return path.startsWith('/api/') ? path : undefined;
    }
    const createdPersona = (fields) => (value, operation, status) => (0,persona/* parseCreated */.qQ)(value, operation, status, fields.creator_name);
    return {
        async createFromFiles(fields, lipsync, consent, callOptions = {}) {
            const path = LIST_PATH;
            const operation = `POST ${path}`;
            let timer;
            let lastReport = Number.NEGATIVE_INFINITY;
            const upload = await buildMultipartUpload(fields, lipsync, consent, {
                ...(callOptions.onHashed ? { onHashed: callOptions.onHashed } : {}),
                ...(callOptions.beforeLastBytes ? { beforeLastBytes: callOptions.beforeLastBytes } : {}),
                onBytes: (sent, total) => {
                    timer?.refresh();
                    const now = clock.now();
                    if (callOptions.onProgress && (sent === total || now - lastReport >= PROGRESS_INTERVAL_MS)) {
                        lastReport = now;
                        callOptions.onProgress({ sent, total });
                    }
                },
            });
            const answerIn = `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)} after the upload.`;
            const { body } = upload;
            // once every byte is handed over, the server gets the normal time to answer
            if (!Buffer.isBuffer(body))
                body.once('end', () => timer?.arm(requestTimeoutMs, answerIn));
            try {
                const response = await exchange({
                    method: 'POST',
                    path,
                    body,
                    headers: upload.headers,
                    signal: callOptions.signal,
                    ...(Buffer.isBuffer(body)
                        ? { timeoutMs: requestTimeoutMs, timeoutMessage: answerIn }
                        : { timeoutMs: uploadTimeoutMs, timeoutMessage: `The upload to Creatify (${operation}) made no progress for ${seconds(uploadTimeoutMs)}.`, headersTimeoutMs: 0 }),
                    watch: (t) => {
                        timer = t;
                    },
                });
                return interpret(response, operation, createdPersona(fields));
            }
            catch (error) {
                // cut short before its closing boundary: the server can have made nothing from it, so it may go again at once
                if ((0,errors/* isAppError */.Y6)(error) && !upload.complete() && ((0,errors/* hasCode */.up)(error, 'NETWORK_ERROR') || (0,errors/* hasCode */.up)(error, 'REQUEST_TIMEOUT'))) {
                    const message = `${error.message} The upload was cut short before its end, so nothing was created from it.`;
                    throw new errors/* AppError */.uV('UPLOAD_INCOMPLETE', message, { cause: error, ...(error.hint ? { hint: error.hint } : {}) });
                }
                throw error;
            }
            finally {
                upload.dispose();
            }
        },
        async createFromUrls(fields, lipsyncUrl, consentUrl, callOptions = {}) {
            const path = '/api/personas/';
            const operation = `POST ${path}`;
            const response = await exchange({
                method: 'POST',
                path,
                body: Buffer.from(JSON.stringify(jsonPayload(fields, lipsyncUrl, consentUrl))),
                headers: { 'content-type': 'application/json' },
                signal: callOptions.signal,
                timeoutMs: requestTimeoutMs,
                timeoutMessage: `Creatify did not answer ${operation} within ${seconds(requestTimeoutMs)}.`,
            });
            return interpret(response, operation, createdPersona(fields));
        },
        get(id, callOptions = {}) {
            if (id.trim() === '')
                return Promise.reject(new errors/* AppError */.uV('INPUT_INVALID', 'An avatar id is required.'));
            return getJson(`/api/personas/${encodeURIComponent(id)}/`, persona/* parsePersona */.YX, callOptions.signal);
        },
        async list(callOptions = {}) {
            const personas = [];
            const seen = new Set();
            let path = LIST_PATH;
            for (let page = 0; path !== undefined && page < MAX_LIST_PAGES; page += 1) {
                seen.add(path);
                const result = await getJson(path, persona/* parsePersonaPage */.Tc, callOptions.signal);
                personas.push(...result.personas);
                const next = result.next === undefined ? undefined : nextPath(result.next);
                path = next !== undefined && !seen.has(next) ? next : undefined;
            }
            return personas;
        },
        catalogueIds(callOptions = {}) {
            return getJson('/api/personas/', persona/* parseIds */.Ae, callOptions.signal);
        },
        delete(id, callOptions = {}) {
            if (id.trim() === '')
                return Promise.reject(new errors/* AppError */.uV('INPUT_INVALID', 'An avatar id is required.'));
            // a 404 is the caller's to judge: gone already (a retry after a lost 204), or never this account's
            const answer = (response, operation) => {
                if (response.status === 404)
                    return 'gone';
                // 204 has no body to parse; any other answer is the error `interpret` makes of it
                if (response.status >= 200 && response.status <= 299)
                    return 'deleted';
                return interpret(response, operation, () => 'deleted');
            };
            return idempotent('DELETE', `/api/personas/${encodeURIComponent(id)}/`, answer, callOptions.signal);
        },
        count(callOptions = {}) {
            return getJson('/api/personas_v2/count/', persona/* parseCount */.zq, callOptions.signal);
        },
        async close() {
            await ownAgent?.close();
        },
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/api-factory.ts



/**
 * Reads are cheap and safe to repeat; a failed read can fail a whole sync (the preflight,
 * the look-up after an unknown create), so they get many tries within five minutes.
 */
const READ_POLICY = { attempts: 8, baseMs: 500, factor: 2, capMs: 30_000, jitter: 'full', budgetMs: 300_000 };
/** The product name the action sends in its user agent (the CLI sends its own). */
const ACTION_PRODUCT = 'creatify-avatars-action';
/** The client for complete credentials, as the action and the CLI build it; `retry` defaults to READ_POLICY. */
function buildClient(settings, product, onRetry, retry = READ_POLICY) {
    return createCreatifyClient({
        baseUrl: settings.url,
        apiId: settings.apiId,
        apiKey: settings.apiKey,
        userAgent: `${product}/${version/* VERSION */.x} (node ${process.version})`,
        requestTimeoutMs: settings.requestTimeoutMs,
        retry,
        ...(onRetry
            ? { onRetry: (info) => onRetry(`${info.operation}: ${info.reason}; try ${info.attempt + 1} in ${Math.round(info.delayMs)} ms`) }
            : {}),
    });
}
/** The client for the config's credentials; AUTH_FAILED when they are missing. */
function clientFor(config, product, onRetry) {
    const { apiId, apiKey } = config.api;
    if (!apiId || !apiKey) {
        throw new errors/* AppError */.uV('AUTH_FAILED', 'Creatify credentials are missing', {
            hint: 'set the api-id and api-key inputs from repository secrets (CREATIFY_API_ID and CREATIFY_API_KEY for the CLI)',
        });
    }
    return buildClient({ ...config.api, apiId, apiKey }, product, onRetry);
}
function createApiFactory(config, product, onRetry) {
    let api;
    return () => (api ??= clientFor(config, product, onRetry));
}


/***/ })

};

//# sourceMappingURL=850.index.js.map