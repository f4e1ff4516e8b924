export const id = 59;
export const ids = [59,470];
export const modules = {

/***/ 99323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pV: () => (/* binding */ plannedOutcome),
  HY: () => (/* binding */ preparePlan),
  Fo: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/lock/lockfile.ts
var lockfile = __webpack_require__(58606);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/files/workspace.ts
var files_workspace = __webpack_require__(79622);
// EXTERNAL MODULE: ./src/files/hash.ts
var files_hash = __webpack_require__(36667);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(32693);
;// CONCATENATED MODULE: ./src/files/inspect.ts
/**
 * Tells a real MP4/QuickTime video from the things that commonly sit in its place in a
 * repository: an empty file, a Git LFS pointer, an HTML error page saved as `.mp4`.
 * Only the first bytes are read, so this is cheap enough to run on every file of a plan.
 */



/** Git LFS pointers are at most 1024 bytes by specification; read that much at most. */
const HEAD_BYTES = 1024;
const LFS_PREFIX = 'version https://git-lfs.github.com/spec/v1';
const LFS_HINT = 'use actions/checkout with `lfs: true`, or run `git lfs pull` locally';
const NOT_ISO = 'is not an MP4/QuickTime video (no ftyp box at byte 4)';
/** Top-level atoms an old QuickTime movie may start with, before `ftyp` existed. */
const OLD_QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);
const REMUX_HINT = 're-save it as MP4, e.g. `ffmpeg -i input -c copy output.mp4`';
function fail(message, hint) {
    return hint === undefined ? { ok: false, message } : { ok: false, message, hint };
}
/** Printable ASCII or UTF-8 with ordinary whitespace only: no other control bytes. */
function looksLikeText(head) {
    for (const byte of head) {
        if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)
            return false;
        if (byte === 0x7f)
            return false;
    }
    return true;
}
function describeLfsPointer(name, text, diskSize) {
    const size = /^size (\d+)$/m.exec(text)?.[1];
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
    const real = size === undefined ? 'an unknown size' : (0,format/* formatBytes */.z)(Number(size));
    const id = oid === undefined ? '' : `, oid sha256:${oid.slice(0, 12)}…`;
    return fail(`${name} is a Git LFS pointer (${diskSize} bytes), not the video itself ` +
        `(the real file is ${real}${id})`, LFS_HINT);
}
/** What a non-ISO file seems to be, for a more useful message. */
function describeOther(name, head) {
    const type = head.length >= 8 ? head.toString('latin1', 4, 8) : '';
    if (OLD_QUICKTIME_ATOMS.has(type)) {
        return fail(`${name} ${NOT_ISO}; it looks like an old QuickTime file without one`, REMUX_HINT);
    }
    if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
        return fail(`${name} ${NOT_ISO}; it looks like a WebM/Matroska video`, REMUX_HINT);
    }
    if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'AVI ') {
        return fail(`${name} ${NOT_ISO}; it looks like an AVI video`, REMUX_HINT);
    }
    if (looksLikeText(head)) {
        const firstLine = head.toString('utf8').split(/\r?\n/, 1)[0] ?? '';
        const sample = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
        return fail(`${name} ${NOT_ISO}; it looks like a text file starting with ${JSON.stringify(sample)}`);
    }
    return fail(`${name} ${NOT_ISO}`);
}
/**
 * Checks that `absolutePath` holds an ISO base media file (MP4 or QuickTime) and returns
 * its size and content type. `name` is how the file is shown in messages (its manifest path).
 */
async function inspectVideo(absolutePath, name = absolutePath) {
    let head;
    let size;
    try {
        const handle = await (0,promises_.open)(absolutePath, 'r');
        try {
            size = (await handle.stat()).size;
            head = Buffer.alloc(Math.min(size, HEAD_BYTES));
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            head = head.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return fail(`${name} cannot be read: ${(0,errors/* errnoCode */.UK)(error) ?? String(error)}`);
    }
    return inspectHead(head, size, name);
}
/**
 * The same checks on the first bytes of a file (at least 1 KiB, or the whole file when
 * shorter) already in memory, for callers that read the file anyway.
 */
function inspectHead(head, size, name) {
    if (size === 0)
        return fail(`${name} is empty`, 'is the file committed with its content?');
    if (head.toString('latin1', 0, LFS_PREFIX.length) === LFS_PREFIX) {
        return describeLfsPointer(name, head.toString('utf8'), size);
    }
    if (head.length < 8 || head.toString('latin1', 4, 8) !== 'ftyp') {
        if (size < 8)
            return fail(`${name} ${NOT_ISO}; it is only ${(0,format/* formatBytes */.z)(size)} long`);
        return describeOther(name, head);
    }
    // Box size 1 means a 64-bit size follows the type; 0 ("to the end") makes no sense for ftyp.
    const small = head.readUInt32BE(0);
    let boxSize = small;
    let brandOffset = 8;
    if (small === 1 && head.length >= 16) {
        boxSize = Number(head.readBigUInt64BE(8));
        brandOffset = 16;
    }
    else if (small < 8) {
        return fail(`${name} ${NOT_ISO}; its first box claims a size of ${small} bytes`);
    }
    // major brand and minor version are mandatory: 8 bytes after the header
    if (boxSize < brandOffset + 8 || head.length < brandOffset + 4) {
        return fail(`${name} has a malformed ftyp box (size ${boxSize}); the file is damaged`, REMUX_HINT);
    }
    if (boxSize > size) {
        return fail(`${name} is truncated: its ftyp box alone claims ${boxSize} bytes of ${size}`);
    }
    const brand = head.toString('latin1', brandOffset, brandOffset + 4);
    const contentType = brand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
    return { ok: true, size, contentType, brand };
}

// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(50415);
;// CONCATENATED MODULE: ./src/manifest/files.ts
/**
 * Checks every local video the resolved avatars name: inside the workspace after links,
 * a real MP4/QuickTime file, not empty, not a Git LFS pointer; then hashes it by
 * streaming. Each file is checked once however many avatars name it.
 */





async function checkFiles(avatars, source, workspace, options = {}) {
    const paths = new Set();
    // a path is hashed now unless every avatar naming it defers it, as its lipsync video
    const hashNow = new Set();
    for (const avatar of avatars) {
        if (avatar.lipsync.kind === 'file') {
            paths.add(avatar.lipsync.path);
            if (!options.deferHash?.(avatar))
                hashNow.add(avatar.lipsync.path);
        }
        if (avatar.consent?.kind === 'file') {
            paths.add(avatar.consent.path);
            hashNow.add(avatar.consent.path);
        }
    }
    const list = [...paths];
    const cache = new Map();
    const results = await (0,limit/* mapLimit */.s)(list, options.concurrency ?? files_hash/* HASH_CONCURRENCY */.T$, (p) => checkOne(workspace, p, cache, hashNow.has(p)));
    const byPath = new Map(list.map((p, i) => [p, results[i]]));
    const problems = [];
    const reported = new Set();
    const resolved = [];
    for (const avatar of avatars) {
        const take = (pending, manifestPath) => {
            if (pending.kind === 'url')
                return pending;
            const result = byPath.get(pending.path);
            if (result.ok)
                return result.source;
            const id = `${pending.path}\u0000${manifestPath.join('.')}`;
            if (!reported.has(id)) {
                reported.add(id);
                problems.push({
                    message: `${result.message}`,
                    location: source.locate(manifestPath),
                    path: `avatars[${avatar.entry}].${String(manifestPath[manifestPath.length - 1])}`,
                    ...(result.hint ? { hint: result.hint } : {}),
                });
            }
            return undefined;
        };
        const lipsync = take(avatar.lipsync, avatar.lipsyncPath);
        const consent = avatar.consent ? take(avatar.consent, avatar.consentPath) : undefined;
        if (!lipsync || (avatar.consent && !consent))
            continue;
        resolved.push({
            key: avatar.key,
            fields: avatar.fields,
            lipsync,
            ...(consent ? { consent } : {}),
            location: avatar.location,
            entry: avatar.entry,
        });
    }
    return { avatars: resolved, problems };
}
async function checkOne(workspace, manifestPath, cache, hash) {
    const place = await (0,files_workspace/* resolveInWorkspace */.z1)(workspace, manifestPath, cache);
    if (!place.ok)
        return { ok: false, message: place.problem, ...(place.hint ? { hint: place.hint } : {}) };
    let inspection;
    let hashed;
    if (!hash) {
        inspection = await inspectVideo(place.realPath, place.relative);
    }
    else {
        try {
            ({ check: inspection, hash: hashed } = await (0,files_hash/* checkAndHashFile */.wQ)(place.realPath, (head, length) => inspectHead(head, length, place.relative)));
        }
        catch (error) {
            return { ok: false, message: `${place.relative} cannot be read: ${(0,errors/* errnoCode */.UK)(error) ?? String(error)}` };
        }
    }
    if (!inspection.ok)
        return { ok: false, message: inspection.message, ...(inspection.hint ? { hint: inspection.hint } : {}) };
    // checked and hashed: the size is the bytes hashed; checked only: the size on disk
    return {
        ok: true,
        source: {
            kind: 'file',
            path: place.relative,
            absolutePath: place.realPath,
            size: hashed?.size ?? inspection.size,
            sha256: hashed?.sha256 ?? null,
            contentType: inspection.contentType,
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/manifest/glob.ts




const GLOB_CHARS = /[*?[\]]/;
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
async function expandGlob(workspace, pattern) {
    const { base, glob } = picomatch_default().scan(pattern);
    if (glob === '')
        return [];
    // The walk enters no linked directory, but the base itself may be reached through one.
    // (A base that cannot be resolved is left to the walk: it matches nothing.)
    if ((await (0,files_workspace/* realPathOutside */.rZ)(workspace, external_node_path_.join(workspace, base)).catch(() => null)) !== null) {
        throw new Error(`its directory ${base} leads outside the repository (a symbolic link), so it is not searched`);
    }
    const matches = picomatch_default()(glob, { dot: true });
    // without `**`, a match lies exactly as many levels below the base as the glob has
    const depth = glob.includes('**') ? Infinity : glob.split('/').length;
    const found = [];
    const walk = (dir, level) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_.join(workspace, base, dir), { withFileTypes: true });
        }
        catch {
            return; // a missing base is a glob that matches nothing
        }
        for (const entry of entries) {
            const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isDirectory()) {
                // git's own store holds no videos of the manifest, only thousands of directories
                if (level < depth && !(entry.name === '.git' && dir === '' && base === ''))
                    walk(relative, level + 1);
            }
            else if ((entry.isFile() || (entry.isSymbolicLink() && !linksToDirectory(external_node_path_.join(workspace, base, relative)))) && matches(relative)) {
                found.push(base === '' ? relative : `${base}/${relative}`);
            }
        }
    };
    walk('', 1);
    // no path twice: each directory is walked once, by its one path, and links to directories not at all
    return found.sort(comparePaths);
}
/** A linked directory is skipped like a directory; a dangling or looping link is kept, to be named. */
function linksToDirectory(link) {
    try {
        return (0,external_node_fs_.statSync)(link).isDirectory();
    }
    catch {
        return false;
    }
}
/** Byte-wise order, the same on every machine and locale. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(46470);
;// CONCATENATED MODULE: ./src/manifest/template.ts
/**
 * Placeholders in manifest strings: {stem} {name} {dir} {index}; `{{` and `}}` stand
 * for literal braces.
 */

const TOKEN = /\{\{|\}\}|\{([^{}]*)\}/g;
function fillPlaceholders(template, values) {
    let unknown;
    const value = template.replace(TOKEN, (match, name) => {
        if (match === '{{')
            return '{';
        if (match === '}}')
            return '}';
        if (name !== undefined && schema/* PLACEHOLDERS */.je.includes(name))
            return values[name];
        unknown ??= match;
        return match;
    });
    return unknown === undefined ? { value } : { unknown };
}
function hasPlaceholder(template) {
    return /\{(stem|name|dir|index)\}/.test(template);
}
/** Values for a repository path such as `media/team/ana.mp4`: stem ana, name ana.mp4, dir team. */
function valuesForPath(posixPath, index) {
    const segments = posixPath.split('/').filter((s) => s !== '');
    const name = segments[segments.length - 1] ?? '';
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const dir = segments.length > 1 ? (segments[segments.length - 2] ?? '') : '';
    return { stem, name, dir, index: String(index) };
}
function valuesForUrl(url, index) {
    let pathname = url.pathname;
    try {
        pathname = decodeURIComponent(pathname);
    }
    catch {
        // keep the encoded form
    }
    return valuesForPath(pathname, index);
}

;// CONCATENATED MODULE: ./src/manifest/resolve.ts
/**
 * From a validated manifest to resolved avatars: defaults merged, URLs told from paths,
 * globs expanded, placeholders filled, keys checked for uniqueness. File contents are
 * checked afterwards (files.ts) so that all problems of a manifest are reported at once.
 */




const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Tells an https URL from a repository path, and rejects what is neither. */
function classifySource(raw) {
    if ([...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
        return { problem: 'contains a control character' };
    if (/^[a-zA-Z]:[\\/]/.test(raw) || raw.startsWith('/') || raw.startsWith('\\')) {
        return {
            problem: `is an absolute path (${raw})`,
            hint: 'name files relative to the repository root, e.g. media/james.mp4',
        };
    }
    if (URL_SCHEME.test(raw)) {
        let url;
        try {
            url = new URL(raw);
        }
        catch {
            return { problem: `is not a valid URL (${raw})` };
        }
        if (url.protocol !== 'https:') {
            return { problem: `uses ${url.protocol.replace(/:$/, '')}, but only https URLs are allowed`, hint: 'use https://…' };
        }
        return { kind: 'url', url };
    }
    const posix = raw.replace(/\\/g, '/');
    const segments = posix.split('/');
    if (segments.includes('..')) {
        const escapes = external_node_path_.posix.normalize(posix).split('/')[0] === '..';
        return {
            problem: escapes ? `leads outside the repository (${raw})` : `contains ".." (${raw})`,
            hint: escapes ? 'videos must be inside the repository; ".." is not allowed' : `write the path without "..": ${external_node_path_.posix.normalize(posix)}`,
        };
    }
    const normal = segments.filter((s) => s !== '' && s !== '.').join('/');
    if (normal === '')
        return { problem: 'names no file' };
    return { kind: 'path', path: normal };
}
async function resolveAvatars(manifest, source, workspace, indices = manifest.avatars.map((_, i) => i)) {
    const problems = [];
    const avatars = [];
    const defaults = manifest.defaults ?? {};
    for (const [position, raw] of manifest.avatars.entries()) {
        const entry = indices[position] ?? position;
        const base = ['avatars', entry];
        const location = source.locate(base);
        const merged = { ...defaults, ...raw };
        const problem = (field, message, hint) => {
            // a value the avatar takes from defaults is blamed on defaults, once
            if (!(field in raw) && field in defaults) {
                const where = `defaults.${field}`;
                if (!problems.some((p) => p.path === where && p.message === `${where} ${message}`)) {
                    problems.push({ message: `${where} ${message}`, location: source.locate(['defaults', field]), path: where, ...(hint ? { hint } : {}) });
                }
                return;
            }
            const path = [...base, field];
            problems.push({ message: `avatars[${entry}].${field} ${message}`, location: source.locate(path), path: `avatars[${entry}].${field}`, ...(hint ? { hint } : {}) });
        };
        const lipsync = classifySource(merged.lipsync_input);
        if ('problem' in lipsync) {
            problem('lipsync_input', lipsync.problem, lipsync.hint);
            continue;
        }
        let consent;
        if (merged.consent_video !== undefined) {
            consent = classifySource(merged.consent_video);
            if ('problem' in consent) {
                problem('consent_video', consent.problem, consent.hint);
                continue;
            }
            if (consent.kind !== lipsync.kind) {
                problem('consent_video', `is ${consent.kind === 'url' ? 'a URL' : 'a file'} but lipsync_input is ${lipsync.kind === 'url' ? 'a URL' : 'a file'}`, 'both must be files in the repository, or both https URLs');
                continue;
            }
            if (consent.kind === 'path' && isGlob(consent.path)) {
                problem('consent_video', `must name exactly one file, not a glob (${consent.path})`);
                continue;
            }
        }
        const consentSource = consent && !('problem' in consent)
            ? consent.kind === 'url'
                ? { kind: 'url', url: consent.url.href }
                : { kind: 'file', path: consent.path }
            : undefined;
        let matches;
        if (lipsync.kind === 'url') {
            matches = [{ source: { kind: 'url', url: lipsync.url.href }, values: valuesForUrl(lipsync.url, 1) }];
        }
        else if (isGlob(lipsync.path) && !(0,external_node_fs_.existsSync)(external_node_path_.join(workspace, lipsync.path))) {
            // (a file whose name really holds [ ] * or ? is named as it is, not matched as a glob)
            let paths;
            try {
                paths = await expandGlob(workspace, lipsync.path);
            }
            catch (error) {
                problem('lipsync_input', `could not be expanded: ${error instanceof Error ? error.message : String(error)}`);
                continue;
            }
            if (paths.length === 0) {
                problem('lipsync_input', `matches no file (${lipsync.path})`, 'check the pattern and that the videos are committed and checked out');
                continue;
            }
            matches = paths.map((p, i) => ({ source: { kind: 'file', path: p }, values: valuesForPath(p, i + 1) }));
        }
        else {
            matches = [{ source: { kind: 'file', path: lipsync.path }, values: valuesForPath(lipsync.path, 1) }];
        }
        for (const match of matches) {
            if (match.source.kind === 'file' && CONTROL.test(match.source.path)) {
                // it would be written into logs, where a line break could start a workflow command
                problem('lipsync_input', `names a file whose name holds a control character: ${JSON.stringify(match.source.path)}`, 'rename the file');
                break;
            }
            const filled = fillFields(merged, match.values);
            if ('field' in filled) {
                problem(filled.field, filled.message, filled.hint);
                break;
            }
            avatars.push({
                key: filled.key,
                fields: filled.fields,
                lipsync: match.source,
                ...(consentSource ? { consent: consentSource } : {}),
                location,
                entry,
                lipsyncPath: [...base, 'lipsync_input'],
                consentPath: [...base, 'consent_video'],
            });
        }
    }
    problems.push(...duplicateKeys(avatars));
    return { avatars, problems };
}
/** C0 and C1 control characters, DEL included. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function fillFields(avatar, values) {
    const fill = (field, template) => {
        const result = fillPlaceholders(template, values);
        if ('unknown' in result) {
            return {
                field,
                message: `has an unknown placeholder ${result.unknown}`,
                hint: 'placeholders are {stem} {name} {dir} {index}; write {{ and }} for literal braces',
            };
        }
        if (CONTROL.test(result.value)) {
            // names are written into logs, where a line break could start a workflow command
            return { field, message: `holds a control character (a line break, tab or the like): ${JSON.stringify(result.value)}`, hint: 'use plain text on one line' };
        }
        return result.value;
    };
    const creatorName = fill('creator_name', avatar.creator_name);
    if (typeof creatorName !== 'string')
        return creatorName;
    const length = [...creatorName].length;
    if (length === 0 || creatorName.trim() === '') {
        return { field: 'creator_name', message: 'is empty after placeholders are filled in' };
    }
    if (length > 255) {
        return { field: 'creator_name', message: `is too long: at most 255 characters, found ${length}` };
    }
    let key = creatorName;
    if (avatar.key !== undefined) {
        const filledKey = fill('key', avatar.key);
        if (typeof filledKey !== 'string')
            return filledKey;
        if (filledKey.trim() === '')
            return { field: 'key', message: 'is empty after placeholders are filled in', hint: 'use {stem} or {name} in the key' };
        if ([...filledKey].length > 255)
            return { field: 'key', message: 'is too long after placeholders are filled in (at most 255 characters)' };
        key = filledKey;
    }
    const fields = { creator_name: creatorName };
    if (avatar.gender !== undefined)
        fields.gender = avatar.gender;
    for (const name of ['video_scene', 'keywords']) {
        const value = avatar[name];
        if (value === undefined)
            continue;
        const filled = fill(name, value);
        if (typeof filled !== 'string')
            return filled;
        if ([...filled].length > 255)
            return { field: name, message: `is too long after placeholders are filled in (at most 255 characters)` };
        fields[name] = filled;
    }
    if (avatar.labels !== undefined) {
        const labels = [];
        for (const label of avatar.labels) {
            const filled = fill('labels', label);
            if (typeof filled !== 'string')
                return filled;
            labels.push(filled);
        }
        fields.labels = labels;
    }
    if (avatar.webhook_url !== undefined)
        fields.webhook_url = avatar.webhook_url;
    return { key, fields };
}
function duplicateKeys(avatars) {
    const seen = new Map();
    const problems = [];
    // one glob giving one key to many files is one problem, not one per file
    const withinEntry = new Map();
    const describe = (a) => `avatars[${a.entry}] (line ${a.location.line}${a.lipsync.kind === 'file' ? `, ${a.lipsync.path}` : ''})`;
    for (const avatar of avatars) {
        const first = seen.get(avatar.key);
        if (!first) {
            seen.set(avatar.key, avatar);
            continue;
        }
        if (first.entry === avatar.entry) {
            const group = withinEntry.get(avatar.key) ?? { first, count: 1 };
            group.count += 1;
            withinEntry.set(avatar.key, group);
            continue;
        }
        problems.push({
            message: `duplicate avatar key "${avatar.key}": ${describe(avatar)} has the same key as ${describe(first)}`,
            location: avatar.location,
            path: `avatars[${avatar.entry}]`,
            hint: 'give each avatar a unique creator_name or an explicit key (a glob can use {stem} in it)',
        });
    }
    for (const [key, { first, count }] of withinEntry) {
        problems.push({
            message: `duplicate avatar key "${key}": the ${count} files avatars[${first.entry}] matches all get this key`,
            location: first.location,
            path: `avatars[${first.entry}]`,
            hint: 'use {stem} or {name} in creator_name or key, so that each file gets its own',
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** "Did you mean" for a misspelt name: the closest candidate within a small edit distance. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance && distance <= limit) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Damerau-Levenshtein (optimal string alignment) distance. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, () => new Array(cols).fill(0));
    for (let i = 0; i < rows; i++)
        d[i][0] = i;
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, d[i - 2][j - 2] + 1);
            }
            d[i][j] = value;
        }
    }
    return d[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/manifest/validate.ts


function validateManifest(source) {
    if (source.data === null || source.data === undefined) {
        return {
            problems: [
                {
                    message: 'the manifest is empty',
                    location: { file: source.file, line: 1, column: 1 },
                    hint: 'start it with "version: 1" and a list of "avatars:"',
                },
            ],
        };
    }
    const result = schema/* manifestSchema */.rc.safeParse(source.data);
    if (result.success)
        return { manifest: result.data, indices: result.data.avatars.map((_, i) => i), problems: [] };
    const problems = sortProblems(result.error.issues.flatMap((issue) => issueToProblems(issue, source)));
    return { problems, ...partialManifest(source.data, result.error.issues) };
}
/**
 * When only some avatar entries are invalid, the others are still resolved and their
 * files checked, so one run reports every problem of the manifest.
 */
function partialManifest(data, issues) {
    const bad = new Set();
    for (const issue of issues) {
        const [first, second] = issue.path;
        if (first !== 'avatars' || typeof second !== 'number')
            return {};
        bad.add(second);
    }
    if (typeof data !== 'object' || data === null || !Array.isArray(data.avatars))
        return {};
    const all = data.avatars;
    const indices = all.map((_, i) => i).filter((i) => !bad.has(i));
    if (indices.length === 0)
        return {};
    const result = schema/* manifestSchema */.rc.safeParse({ ...data, avatars: indices.map((i) => all[i]) });
    return result.success ? { manifest: result.data, indices } : {};
}
function sortProblems(problems) {
    return problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
    }
    return out || '(top level)';
}
function knownKeysAt(path) {
    if (path.length === 0)
        return schema/* KNOWN_KEYS */.B.root;
    if (path[0] === 'defaults')
        return schema/* KNOWN_KEYS */.B.defaults;
    return schema/* KNOWN_KEYS */.B.avatar;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return `${typeof value} ${String(value)}`;
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
function issueToProblems(issue, source) {
    const path = issue.path.filter((p) => typeof p === 'string' || typeof p === 'number');
    const where = formatPath(path);
    const found = valueAt(source.data, path);
    const location = source.locate(path);
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = knownKeysAt(path);
            return issue.keys.map((key) => {
                const suggestion = closest(key, known);
                const keyPath = [...path, key];
                return {
                    message: `unknown key "${key}" in ${where}`,
                    path: formatPath(keyPath),
                    location: source.locate(keyPath, { key: true }),
                    hint: key === '<<'
                        ? 'YAML merge keys (<<) are not read; put the values avatars share in defaults:'
                        : suggestion
                            ? `did you mean "${suggestion}"?`
                            : `allowed keys: ${known.join(', ')}`,
                };
            });
        }
        case 'invalid_value': {
            if (path.length === 1 && path[0] === 'version') {
                if (found === undefined) {
                    return [{ message: 'the manifest has no "version" key', path: where, location, hint: 'add "version: 1" as its first line' }];
                }
                return [
                    {
                        message: `unsupported manifest version ${JSON.stringify(found)}`,
                        path: where,
                        location,
                        hint: 'this release reads "version: 1"',
                    },
                ];
            }
            const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
            return [{ message: `${where} must be one of ${allowed}, not ${describe(found)}`, path: where, location }];
        }
        case 'invalid_type': {
            if (found === undefined) {
                const parent = path.slice(0, -1);
                const key = String(path[path.length - 1]);
                return [
                    {
                        message: `${formatPath(parent)} is missing the required key "${key}"`,
                        path: where,
                        location: source.locate(parent),
                    },
                ];
            }
            const quote = issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean');
            return [
                {
                    message: `${where} must be ${article(issue.expected)}, not ${describe(found)}`,
                    path: where,
                    location,
                    // YAML reads 2026, 1e3 or yes as a number or a boolean
                    ...(quote ? { hint: `quote it to keep it text: "${String(found)}"` } : {}),
                },
            ];
        }
        case 'too_big': {
            const size = typeof found === 'string' ? `${[...found].length} characters` : Array.isArray(found) ? `${found.length} items` : String(found);
            const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
            return [{ message: `${where} is too long: at most ${String(issue.maximum)}${unit}, found ${size}`, path: where, location }];
        }
        case 'too_small': {
            if (issue.origin === 'string')
                return [{ message: `${where} must not be empty`, path: where, location }];
            if (issue.origin === 'array')
                return [{ message: `${where} must list at least ${String(issue.minimum)} item(s)`, path: where, location }];
            return [{ message: `${where} is too small: at least ${String(issue.minimum)}`, path: where, location }];
        }
        case 'invalid_format': {
            if (path[path.length - 1] === 'webhook_url') {
                return [
                    {
                        message: `${where} must be an https URL, not ${describe(found)}`,
                        path: where,
                        location,
                        hint: 'Creatify only calls https webhooks; use https://…',
                    },
                ];
            }
            return [{ message: `${where} is not a valid ${issue.format}: ${describe(found)}`, path: where, location }];
        }
        default:
            return [{ message: `${where}: ${issue.message}`, path: where, location }];
    }
}
function article(expected) {
    const names = {
        string: 'a string',
        array: 'a list',
        object: 'a mapping',
        number: 'a number',
        boolean: 'true or false',
    };
    return names[expected] ?? expected;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/manifest/yaml-source.ts
/**
 * The manifest's YAML, parsed once with positions kept, so that every later error can
 * point at the line and column of the value (or key) it is about.
 */

/** The most alias expansion a manifest may use (see `maxAliasCount` of yaml's toJS). */
const MAX_ALIAS_EXPANSION = 100_000;
/**
 * Where an unclosed quote opens. YAML reports it at the end of the file (a quoted string
 * may span lines); the first line with an odd number of such quotes is where it began.
 */
function unclosedQuote(code, message, text, at) {
    if (code !== 'MISSING_CHAR' || !/quote/i.test(message))
        return undefined;
    const quote = message.includes("'") ? "'" : '"';
    let offset = 0;
    for (const line of text.split('\n')) {
        const content = line.replace(/\\./g, '');
        if ((content.split(quote).length - 1) % 2 === 1)
            return at(offset + line.indexOf(quote));
        offset += line.length + 1;
    }
    return undefined;
}
/** A YAML error in words a manifest's author can act on. */
function yamlProblem(code, message, location, source) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return { message: `invalid YAML: the key ${JSON.stringify(source.split(':')[0]?.trim() || '?')} appears twice in one mapping`, location, hint: 'keep one of them' };
        case 'MULTIPLE_DOCS':
            return { message: 'invalid YAML: the manifest holds more than one YAML document (a line "---" between them)', location, hint: 'keep one document' };
        default:
            return { message: `invalid YAML: ${message}`, location, hint: 'fix the YAML syntax; check indentation and quoting' };
    }
}
function parseYamlSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: true,
        uniqueKeys: true,
        strict: true,
    });
    const at = (offset) => {
        const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
        return { file, line: pos.line, column: pos.col };
    };
    const span = (range) => {
        if (!range)
            return { file, line: 1, column: 1 };
        const start = at(range[0]);
        const end = at(range[1]);
        return { ...start, endLine: end.line, endColumn: end.column };
    };
    // an error found only at the end of the file (an unclosed bracket) is shown on the
    // last line that has content, not on an empty line after it
    const lastContent = text.trimEnd().length;
    const problems = [];
    for (const error of doc.errors) {
        const first = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
        const location = unclosedQuote(error.code, first, text, at) ?? at(Math.min(error.pos[0], Math.max(0, lastContent - 1)));
        // the text from the error on, to the end of its line: a duplicate key's name starts it
        const lineEnd = text.indexOf('\n', error.pos[0]);
        problems.push(yamlProblem(error.code, first, location, text.slice(error.pos[0], lineEnd === -1 ? text.length : lineEnd)));
    }
    for (const warning of doc.warnings) {
        problems.push({ message: `YAML: ${warning.message.split('\n')[0]}`, location: at(warning.pos[0]) });
    }
    // an alias inside the node it refers to makes a cyclic value, which nothing downstream can handle
    if (problems.length === 0) {
        (0,dist/* visit */.YR)(doc, {
            Alias(_key, alias) {
                const target = alias.resolve(doc);
                const range = target?.range;
                const at = alias.range?.[0];
                if (range && at !== undefined && at >= range[0] && at < range[1]) {
                    problems.push({
                        message: `invalid YAML: the alias *${alias.source} is inside the node it refers to`,
                        location: span(alias.range),
                        hint: 'an alias must refer to a value defined before and outside it',
                    });
                    return dist/* visit */.YR.BREAK;
                }
                return undefined;
            },
        });
    }
    let data = undefined;
    if (problems.length === 0) {
        // yaml counts each use of an alias times the aliases inside what it refers to: plain
        // reuse of a value by thousands of avatars passes, nested expansion (a "billion laughs") does not
        try {
            data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            problems.push(/alias count/i.test(message)
                ? {
                    message: `invalid YAML: its aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes, which is refused as a resource exhaustion attack`,
                    location: { file, line: 1, column: 1 },
                    hint: 'put values many avatars share in defaults: instead of repeating aliases',
                }
                : { message: `invalid YAML: ${message}`, location: { file, line: 1, column: 1 } });
        }
    }
    return {
        file,
        data,
        problems,
        locate(path, options = {}) {
            const { node, pair } = findNode(doc, path);
            if (options.key && pair && (0,dist/* isScalar */.jn)(pair.key))
                return span(pair.key.range);
            if (node)
                return span(node.range);
            if (pair && (0,dist/* isScalar */.jn)(pair.key))
                return span(pair.key.range);
            return span(doc.contents?.range);
        },
    };
}
/** Walks as far down `path` as the document goes: a missing key points at its parent. */
function findNode(doc, path) {
    let node = doc.contents;
    let pair = null;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const found = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === segment);
            if (!found)
                return { node: node, pair: null };
            pair = found;
            node = found.value;
            if (node === null || node === undefined)
                return { node: null, pair };
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                return { node: node, pair: null };
            pair = null;
            node = item;
        }
        else {
            return { node: node ?? null, pair };
        }
    }
    return { node: node ?? null, pair };
}

;// CONCATENATED MODULE: ./src/manifest/load.ts
/**
 * Loads a manifest from disk into resolved, checked avatars. Every problem of the
 * manifest is collected and thrown at once as one MANIFEST_INVALID error.
 */







async function loadManifest(options) {
    let text;
    try {
        if ((await (0,files_workspace/* realPathOutside */.rZ)(options.workspace, options.path)) !== null) {
            throw new errors/* AppError */.uV('INPUT_INVALID', `the manifest ${options.displayPath} is a symbolic link that leads outside the repository; it is not read`, {
                hint: 'point the manifest input (or --manifest) at a file in the repository',
            });
        }
        text = decodeUtf8(await external_node_fs_.promises.readFile(options.path), options.displayPath);
    }
    catch (error) {
        if (error instanceof errors/* AppError */.uV)
            throw error;
        const code = (0,errors/* errnoCode */.UK)(error);
        if (code === 'ENOENT' && !(await isDirectory(options.workspace))) {
            throw new errors/* AppError */.uV('INPUT_INVALID', `the workspace ${options.workspace} is not a directory`, {
                hint: 'run from the repository checkout, or pass its path with --workspace',
                cause: error,
            });
        }
        throw new errors/* AppError */.uV('MANIFEST_NOT_FOUND', code === 'ENOENT'
            ? `manifest ${options.displayPath} not found`
            : `cannot read the manifest ${options.displayPath}: ${error.message}`, { hint: 'set the manifest input (or --manifest) to the path of your avatars.yml, relative to the repository root', cause: error });
    }
    const source = parseYamlSource(text, options.displayPath);
    if (source.problems.length > 0)
        throw invalid(options.displayPath, source.problems);
    const validated = validateManifest(source);
    if (!validated.manifest)
        throw invalid(options.displayPath, validated.problems);
    const resolved = await resolveAvatars(validated.manifest, source, options.workspace, validated.indices);
    const checked = await checkFiles(resolved.avatars, source, options.workspace, { deferHash: options.deferHash });
    const problems = [...validated.problems, ...resolved.problems, ...checked.problems];
    if (problems.length > 0)
        throw invalid(options.displayPath, problems);
    return { avatars: checked.avatars, file: options.displayPath };
}
/**
 * The manifest's text. Bytes that are not UTF-8 would otherwise become U+FFFD silently
 * and be sent to Creatify in names; a byte order mark is dropped.
 */
function decodeUtf8(bytes, displayPath) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
        // where the first undecodable byte is, as a line and column of the text decoded leniently
        const lenient = new TextDecoder('utf-8').decode(bytes);
        const at = Math.max(0, lenient.indexOf('\uFFFD'));
        const before = lenient.slice(0, at);
        const line = before.split('\n').length;
        const column = at - (before.lastIndexOf('\n') + 1) + 1;
        throw invalid(displayPath, [
            {
                message: `the manifest is not UTF-8 text${utf16 ? ' (it is UTF-16)' : ''}: a byte here does not decode`,
                location: { file: displayPath, line, column },
                hint: 'save the manifest as UTF-8',
            },
        ]);
    }
}
async function isDirectory(dir) {
    try {
        return (await external_node_fs_.promises.stat(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
function invalid(file, problems) {
    const sorted = sortProblems([...problems]);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    return new errors/* AppError */.uV('MANIFEST_INVALID', `the manifest ${file} has ${count}`, { problems: sorted });
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/plan/digest.ts
/**
 * The digest of what is sent to Creatify besides the lipsync video's bytes: the text
 * fields, a URL source, and the consent video. A change of any of them means the avatar
 * Creatify holds is no longer the one the manifest describes.
 */

function fieldsDigest(fields, lipsync, consent) {
    const canonical = {
        creator_name: fields.creator_name,
        gender: fields.gender ?? null,
        video_scene: fields.video_scene ?? null,
        keywords: fields.keywords ?? null,
        labels: fields.labels ?? null,
        webhook_url: fields.webhook_url ?? null,
        lipsync_url: lipsync.kind === 'url' ? lipsync.url : null,
        consent: consent === undefined ? null : consent.kind === 'url' ? consent.url : `sha256:${consent.sha256}`,
    };
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts


function computePlan(avatars, lock, allKeys) {
    const planned = avatars.map((avatar) => planOne(avatar, lock.avatars[avatar.key]));
    const keys = allKeys ?? new Set(avatars.map((a) => a.key));
    const orphaned = Object.keys(lock.avatars)
        .filter((key) => !keys.has(key))
        .sort()
        .map((key) => ({ key, entry: lock.avatars[key] }));
    const counts = { create: 0, replace: 0, unchanged: 0, skip: 0 };
    for (const p of planned)
        counts[p.action]++;
    return { avatars: planned, orphaned, counts };
}
function planOne(avatar, entry) {
    const digest = fieldsDigest(avatar.fields, avatar.lipsync, avatar.consent);
    if (!entry) {
        return { avatar, action: 'create', reasons: [], lockedId: null, lockedStatus: null, fieldsDigest: digest };
    }
    const reasons = [];
    if (avatar.lipsync.kind === 'file') {
        if (entry.sha256 !== avatar.lipsync.sha256)
            reasons.push('video content changed');
    }
    else if (entry.source !== avatar.lipsync.url) {
        reasons.push('video URL changed');
    }
    if (entry.fields_digest !== digest) {
        reasons.push(entry.creator_name !== avatar.fields.creator_name ? 'creator_name changed' : 'fields changed');
    }
    return {
        avatar,
        action: reasons.length > 0 ? 'replace' : 'unchanged',
        reasons,
        lockedId: entry.id,
        lockedStatus: entry.status,
        fieldsDigest: digest,
    };
}
function describeSource(avatar) {
    return sourceLabel(avatar.lipsync);
}

// EXTERNAL MODULE: ./src/engine/shard.ts
var shard = __webpack_require__(20914);
;// CONCATENATED MODULE: ./src/engine/plan.ts





async function preparePlan(config) {
    const locked = await (0,lockfile/* readLockfile */.GQ)(config.lockfile.absolute, config.lockfile.display, config.workspace);
    const manifest = await loadManifest({
        workspace: config.workspace,
        path: config.manifest.absolute,
        displayPath: config.manifest.display,
        // a sync hashes a new avatar's video while uploading it; a plan shows every hash
        ...(config.mode === 'sync' ? { deferHash: (avatar) => !(avatar.key in locked.lock.avatars) } : {}),
    });
    const allKeys = new Set(manifest.avatars.map((a) => a.key));
    const selected = (0,shard/* selectShard */.X)(manifest.avatars, config.shard, (avatar) => avatar.fields.creator_name);
    const plan = computePlan(selected, locked.lock, allKeys);
    return { plan, lock: locked.lock, lockText: locked.text, total: manifest.avatars.length };
}
function plannedOutcome(p) {
    const outcome = {
        key: p.avatar.key,
        creator_name: p.avatar.fields.creator_name,
        id: p.action === 'unchanged' ? p.lockedId : null,
        status: p.action === 'unchanged' && p.lockedStatus ? p.lockedStatus : 'planned',
        action: p.action,
        source: (0,model/* sourceLabel */.e)(p.avatar.lipsync),
        sha256: p.avatar.lipsync.kind === 'file' ? p.avatar.lipsync.sha256 : null,
    };
    if (p.reasons.length > 0)
        outcome.reasons = p.reasons;
    if (p.action === 'replace' && p.lockedId)
        outcome.supersedes = p.lockedId;
    return outcome;
}
async function runPlan(config) {
    const { plan, total } = await preparePlan(config);
    return {
        mode: 'plan',
        manifest: config.manifest.display,
        lockfile: config.lockfile.display,
        lockfileChanged: false,
        avatars: plan.avatars.map(plannedOutcome),
        created: [],
        orphaned: plan.orphaned.map((o) => ({ key: o.key, id: o.entry.id })),
        superseded: [],
        ...(config.shard ? { shard: { ...config.shard, avatars: plan.avatars.length, of: total } } : {}),
    };
}


/***/ }),

/***/ 61173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ failureFrom),
/* harmony export */   Kp: () => (/* binding */ rejectionFailure),
/* harmony export */   zk: () => (/* binding */ idsWithStatus)
/* harmony export */ });
function idsWithStatus(result, statuses) {
    return result.avatars.filter((a) => a.id !== null && statuses.includes(a.status)).map((a) => a.id);
}
/** The failure of a run in which Creatify rejected or failed avatars, all named. */
function rejectionFailure(bad) {
    return {
        code: 'AVATAR_REJECTED',
        message: bad.map((a) => `${a.key} (${a.id}) was ${a.status} by Creatify: ${a.failed_reason || 'no reason given'}`).join('; '),
        hint: 'fix the video or its fields; a changed avatar is created again on the next sync',
    };
}
/** An AppError as the run's failure: its code and hint, with `message` (which tells what stopped). */
function failureFrom(error, message) {
    return { code: error.code, message, ...(error.hint ? { hint: error.hint } : {}) };
}


/***/ }),

/***/ 62515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runMode)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99323);

async function runMode(config, deps) {
    switch (config.mode) {
        case 'plan':
            return (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .runPlan */ .Fo)(config);
        case 'sync': {
            const { runSync } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 16765));
            return runSync(config, deps);
        }
        case 'status': {
            const { runStatus } = await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 28678));
            return runStatus(config, deps);
        }
    }
}


/***/ }),

/***/ 20914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ shardOf),
/* harmony export */   X: () => (/* binding */ selectShard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Deterministic slices of the manifest for a job matrix. An avatar's shard depends on its
 * `creator_name` alone: adding an avatar moves no other, and avatars sharing a name always
 * run in one process, where their creates take turns. Two runners creating the same name
 * at once could not tell their avatars apart after an unknown outcome (Creatify lists an
 * avatar by its name and creation time only).
 */

function shardOf(creatorName, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(creatorName).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function selectShard(items, shard, nameOf) {
    if (!shard)
        return [...items];
    return items.filter((item) => shardOf(nameOf(item), shard.count) === shard.index);
}


/***/ }),

/***/ 36667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   T$: () => (/* binding */ HASH_CONCURRENCY),
/* harmony export */   wQ: () => (/* binding */ checkAndHashFile),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/**
 * SHA-256 of local videos, the identity the lockfile compares against. A video is read one
 * way only, `readChunks`: from its start in fixed-size chunks, each hashed as it is read,
 * so memory stays flat whatever its size. Plain hashing and the upload (which hashes the
 * bytes it actually sends) both read through it.
 */



/** 1 MiB reads: a sixteenth of the reads of Node's 64 KiB default on a large video. */
const CHUNK_BYTES = 1024 * 1024;
/** what `checkAndHashFile` shows its check: enough for an ftyp box or a Git LFS pointer */
const HEAD_BYTES = 1024;
/**
 * Default files in flight when checking and hashing many. Hashing is bound by round trips
 * to the libuv pool rather than by the disk, so it wants more than the upload concurrency:
 * 16 was the knee on 5,000 files of 10-50 KiB with 2 cores.
 */
const HASH_CONCURRENCY = 16;
const openFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.open);
const fstatFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.fstat);
const readFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.read);
const closeFd = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.close);
/**
 * The bytes of a file from its start, up to the limit and fewer if it shrinks meanwhile,
 * in fresh buffers of at most CHUNK_BYTES, each fed to `hash` before it is yielded. The
 * file is closed when the reading ends or is abandoned. A plain descriptor rather than a
 * `FileHandle`: on thousands of small files the handle objects cost about a third more.
 */
async function* readChunks(path, hash, options = {}) {
    const fd = await openFd(path, 'r');
    try {
        let end = options.limit;
        if (end === undefined || options.sized) {
            const { size } = await fstatFd(fd);
            options.sized?.(size);
            end ??= size;
        }
        for (let position = 0; position < end;) {
            const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - position));
            const { bytesRead } = await readFd(fd, buffer, 0, buffer.length, position);
            if (bytesRead === 0)
                return;
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            position += bytesRead;
            yield chunk;
        }
    }
    finally {
        await closeFd(fd);
    }
}
/**
 * SHA-256 (hex) and byte size of a file. The size is the number of bytes hashed, so the
 * two agree even if the file changes during the read.
 */
async function hashFile(absolutePath) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of readChunks(absolutePath, hash))
        size += chunk.length;
    return { sha256: hash.digest('hex'), size };
}
/**
 * One read for both: `check` looks at the first bytes (what the video header checks need)
 * and the size on disk, and only when it passes is the rest of the file hashed.
 */
async function checkAndHashFile(absolutePath, check) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    let verdict;
    let hashed = 0;
    for await (const chunk of readChunks(absolutePath, hash, { sized: (value) => (size = value) })) {
        if (verdict === undefined) {
            verdict = check(chunk.subarray(0, HEAD_BYTES), size);
            // leaving the loop closes the file
            if (!verdict.ok)
                return { check: verdict };
        }
        hashed += chunk.length;
    }
    verdict ??= check(Buffer.alloc(0), size);
    return (verdict.ok ? { check: verdict, hash: { sha256: hash.digest('hex'), size: hashed } } : { check: verdict });
}


/***/ }),

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
 * Reading and writing the lockfile. Writes are atomic (temporary file, fsync, rename) and
 * serialised, so a run that dies at any moment leaves the last complete lockfile behind.
 */






/** Reads the lockfile; with `workspace`, refuses one that is a link leading outside it. */
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return { lock: (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyLockfile */ .rA)(), text: null };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_INVALID', `cannot read the lockfile ${displayPath}: ${error.message}`, { cause: error });
    }
    return { lock: parseLockfile(text, displayPath), text };
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
/**
 * The lockfile as the run goes: every change is written through at once, one write at a
 * time, so that what is on disk is always a complete and current lockfile.
 */
class LockStore {
    file;
    displayPath;
    lock;
    chain = Promise.resolve();
    written;
    constructor(file, displayPath, lock, initialText) {
        this.file = file;
        this.displayPath = displayPath;
        this.lock = lock;
        this.written = initialText ?? '';
    }
    get current() {
        return this.lock;
    }
    get(key) {
        return this.lock.avatars[key];
    }
    /** true when the content on disk differs from what the run started with */
    changedSince(text) {
        return serializeLockfile(this.lock) !== (text ?? '');
    }
    async update(mutate) {
        mutate(this.lock);
        await this.flush();
    }
    flush() {
        const next = this.chain.then(async () => {
            const text = serializeLockfile(this.lock);
            if (text === this.written)
                return;
            try {
                await writeFileAtomic(this.file, text);
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${error.message}`, { cause: error });
            }
            this.written = text;
        });
        this.chain = next.catch(() => undefined);
        return next;
    }
}


/***/ }),

/***/ 58376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ LOCKFILE_VERSION),
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
    upload: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    /** set, with `sha256` and `size` of the bytes sent, just before an upload's last bytes go out */
    sent_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
});
const lockfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), lockEntrySchema),
    in_flight: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), inFlightSchema).optional(),
});
function emptyLockfile() {
    return { version: LOCKFILE_VERSION, avatars: {} };
}


/***/ }),

/***/ 46470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   manifestJsonSchema: () => (/* binding */ manifestJsonSchema),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* unused harmony exports MANIFEST_VERSION, defaultsSchema, avatarSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98439);
/**
 * The manifest schema: the one source of the manifest's TypeScript types, of its
 * validation and of the JSON Schema file that editors use (schema/avatars.schema.json).
 */

const MANIFEST_VERSION = 1;
/** Placeholders a templated string may hold; see expand.ts. */
const PLACEHOLDERS = ['stem', 'name', 'dir', 'index'];
const gender = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['m', 'f', 'nb'])
    .meta({ description: 'Gender of the person: m (male), f (female) or nb (non-binary).' });
const text255 = (description) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(255).meta({ description });
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5({ protocol: /^https$/ })
    .max(200)
    .meta({
    description: 'https URL that Creatify calls when the avatar is created (at most 200 characters).',
    pattern: '^https://',
});
const source = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .meta({
    description: 'A path or glob relative to the repository root (one avatar per matched file), or an https URL.',
});
/** Fields that `defaults` may set and every avatar may override. */
const sharedFields = {
    gender: gender.optional(),
    video_scene: text255('One word for the backdrop of the video, e.g. office.').optional(),
    keywords: text255('Comma-separated keywords, at most 255 characters.').optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(255))
        .meta({ description: 'Free tags stored with the avatar.' })
        .optional(),
    webhook_url: webhookUrl.optional(),
};
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(sharedFields)
    .meta({ description: 'Fields merged into every avatar; an avatar’s own value wins.' });
const avatarSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .max(255)
        .meta({
        description: 'Stable identity of the avatar in the lockfile (default: creator_name). Placeholders {stem} {name} {dir} {index} allowed.',
    })
        .optional(),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .meta({
        description: 'Name of the real person behind the avatar, 1 to 255 characters after placeholders {stem} {name} {dir} {index} are filled in.',
    }),
    lipsync_input: source,
    consent_video: source
        .meta({ description: 'Optional consent clip: one file (no glob) or one https URL, of the same kind as lipsync_input.' })
        .optional(),
    ...sharedFields,
})
    .meta({ description: 'One avatar, or one per file when lipsync_input is a glob.' });
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(MANIFEST_VERSION).meta({ description: 'Manifest format version; must be 1.' }),
    defaults: defaultsSchema.optional(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(avatarSchema).min(1).meta({ description: 'The avatars to create.' }),
})
    .meta({
    title: 'Creatify avatars manifest',
    description: 'Declares the Creatify custom avatars made from videos in this repository.',
});
/** Keys each object of the manifest accepts, for "did you mean" suggestions. */
const KNOWN_KEYS = {
    root: Object.keys(manifestSchema.shape),
    defaults: Object.keys(defaultsSchema.shape),
    avatar: Object.keys(avatarSchema.shape),
};
function manifestJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(manifestSchema, { target: 'draft-2020-12', io: 'input' });
    return { ...schema, $id: 'https://creatify-avatars.dev/schema/avatars.schema.json' };
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ sourceLabel)
/* harmony export */ });
function sourceLabel(source) {
    return source.kind === 'file' ? source.path : source.url;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ tableLine),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   RV: () => (/* binding */ fitLines),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   tp: () => (/* binding */ table)
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
function table(header, rows) {
    return tableLine(header) + tableLine(header.map(() => '---')) + rows.map(tableLine).join('');
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Whole lines while they fit in `budget` bytes, and the bytes they take; the rest are left out. */
function fitLines(lines, budget) {
    const kept = [];
    let room = budget;
    let bytes = 0;
    for (const line of lines) {
        const size = byteLength(line);
        if (size > room)
            break;
        room -= size;
        bytes += size;
        kept.push(line);
    }
    return { kept, bytes };
}


/***/ }),

/***/ 85682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ quotaFits),
/* harmony export */   g: () => (/* binding */ quotaRoom)
/* harmony export */ });
/** Whether the avatars to create fit in the account's quota. */
function quotaFits(quota) {
    return quota.current + quota.planned <= quota.max;
}
/** How many more custom avatars the account has room for. */
function quotaRoom(quota) {
    return Math.max(0, quota.max - quota.current);
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


function resultsDocument(result, now) {
    return {
        version: 1,
        generated_at: now.toISOString(),
        mode: result.mode,
        manifest: result.manifest,
        lockfile: result.lockfile,
        ...(result.shard ? { shard: result.shard } : {}),
        avatars: result.avatars,
        created: result.created,
        approved: (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_1__/* .idsWithStatus */ .zk)(result, ['approved']),
        pending: (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_1__/* .idsWithStatus */ .zk)(result, ['pending']),
        failed: (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_1__/* .idsWithStatus */ .zk)(result, ['failed', 'rejected']),
        superseded: result.superseded,
        orphaned: result.orphaned,
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
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _quota_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85682);


const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** room kept for what other steps or later writes add to the same summary */
const SAFETY_BYTES = 64 * 1024;
const ACTION_LABEL = {
    create: '➕ create',
    replace: '🔁 replace',
    unchanged: '✔️ unchanged',
    skip: '⏭️ skip',
};
const STATUS_LABEL = {
    planned: 'planned',
    pending: '⏳ pending',
    approved: '✅ approved',
    failed: '❌ failed',
    rejected: '❌ rejected',
};
function headline(result) {
    const n = (action) => result.avatars.filter((a) => a.action === action).length;
    const verb = result.mode === 'plan' ? 'would' : 'did';
    if (result.mode === 'status') {
        const s = (status) => result.avatars.filter((a) => a.status === status).length;
        return `${s('approved')} approved, ${s('pending')} pending, ${s('rejected') + s('failed')} rejected or failed`;
    }
    if (verb === 'would')
        return `A sync would create ${n('create')}, replace ${n('replace')}, ${n('unchanged')} unchanged`;
    // what this run did: an avatar planned but not created (it failed, or the run stopped) is not counted as created
    const made = new Set(result.created);
    const done = (action) => result.avatars.filter((a) => a.action === action && a.id !== null && made.has(a.id)).length;
    const missed = n('create') + n('replace') - done('create') - done('replace');
    return `Created ${done('create')}, replaced ${done('replace')}, ${n('unchanged')} unchanged${missed > 0 ? `, ${missed} not created` : ''}`;
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
    ]);
}
/** The header of the table whose rows are `avatarRows`. */
const AVATAR_HEADER = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Key', 'Creator name', 'ID', 'Action', 'Status', 'Source'], []);
function renderSummary(result, limit = SUMMARY_LIMIT_BYTES - SAFETY_BYTES) {
    const title = result.mode === 'plan' ? 'Creatify avatars: plan' : result.mode === 'sync' ? 'Creatify avatars: sync' : 'Creatify avatars: status';
    // <code> rather than backticks: entities are decoded in HTML, not in a code span
    const parts = [`## ${title}\n\n`, `**${headline(result)}** — manifest <code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.manifest)}</code>, lockfile <code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.lockfile)}</code>\n\n`];
    if (result.shard)
        parts.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
    if (result.quota) {
        parts.push(`Quota: ${result.quota.current} of ${result.quota.max} custom avatars used; ${result.quota.planned} to create — ${(0,_quota_js__WEBPACK_IMPORTED_MODULE_1__/* .quotaFits */ .N)(result.quota) ? 'fits' : '**does not fit**'}.\n\n`);
    }
    if (result.incomplete)
        parts.push(`> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.incomplete)}\n\n`);
    const head = parts.join('');
    const orphaned = result.orphaned.length > 0 ? `\n**In the lockfile but no longer in the manifest** (kept; Creatify has no delete): ${result.orphaned.length}\n` : '';
    const supersededIntro = `\n**Superseded** (Creatify cannot delete; remove them in the Creatify app if unwanted):\n\n`;
    const supersededHeader = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Key', 'Old ID', 'New ID'], []);
    const superseded = result.superseded.map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableLine */ .F0)([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.key), `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.id)}</code>`, `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.replacedBy)}</code>`]));
    const avatars = avatarRows(result.avatars).map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableLine */ .F0);
    const note = (what, kept, total) => `\n_Showing ${kept} of ${total} ${what} to stay under GitHub's 1 MiB summary limit; the full list is in the \`avatars\` output and the results file._\n`;
    const reserve = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(head + orphaned + AVATAR_HEADER + note('avatars', 0, result.avatars.length)) +
        (superseded.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(supersededIntro + supersededHeader + note('superseded avatars', 0, superseded.length)) : 0);
    // the avatars come first; superseded ids share what is left, with at least a tenth kept for them
    let budget = limit - reserve;
    const supersededShare = superseded.length > 0 ? Math.floor(budget / 10) : 0;
    const { kept: keptAvatars, bytes } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fitLines */ .RV)(avatars, budget - supersededShare);
    budget -= bytes;
    const keptSuperseded = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fitLines */ .RV)(superseded, budget).kept;
    let body = AVATAR_HEADER + keptAvatars.join('');
    if (keptAvatars.length < avatars.length)
        body += note('avatars', keptAvatars.length, avatars.length);
    let tail = '';
    if (superseded.length > 0) {
        tail += supersededIntro + supersededHeader + keptSuperseded.join('');
        if (keptSuperseded.length < superseded.length)
            tail += note('superseded avatars', keptSuperseded.length, superseded.length);
    }
    return head + body + tail + orphaned;
}


/***/ }),

/***/ 97110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export createFakeClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Time as a port: everything that waits or reads the time takes a `Clock`, so tests can
 * run retries and polls without sleeping for real.
 */

function cancelled(signal) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('CANCELLED', 'The operation was cancelled.', { cause: signal.reason });
}
/** The real clock: `Date.now()` and `setTimeout`. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(cancelled(signal));
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            if (signal)
                reject(cancelled(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
function createFakeClock(startMs = Date.UTC(2026, 0, 1)) {
    let time = startMs;
    const sleeps = [];
    return {
        sleeps,
        now: () => time,
        advance: (ms) => {
            time += ms;
        },
        sleep: async (ms, signal) => {
            if (signal?.aborted)
                throw cancelled(signal);
            sleeps.push(ms);
            time += Math.max(0, ms);
        },
    };
}


/***/ }),

/***/ 32693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ truncate),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Small formatters shared by messages and progress lines. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} bytes`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
/** At most `max` characters, an ellipsis marking the cut. */
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 50415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony export createLimit */
/**
 * A small concurrency limiter: at most `n` tasks run at once, the rest wait in order.
 * Kept here instead of a dependency because the whole need is a queue and a counter.
 */
function checkConcurrency(n) {
    if (!Number.isInteger(n) || n < 1) {
        throw new RangeError(`concurrency must be a positive integer, got ${String(n)}`);
    }
}
/** Returns a function that runs tasks with at most `n` in flight, started in call order. */
function createLimit(n) {
    checkConcurrency(n);
    let active = 0;
    const queue = [];
    const next = () => {
        active -= 1;
        const start = queue.shift();
        if (start)
            start();
    };
    return (task) => new Promise((resolve, reject) => {
        const start = () => {
            active += 1;
            // A task that throws synchronously is treated like one that rejects.
            let running;
            try {
                running = task();
            }
            catch (error) {
                running = Promise.reject(error);
            }
            running.then(resolve, reject).finally(next);
        };
        if (active < n)
            start();
        else
            queue.push(start);
    });
}
/**
 * Maps `items` through `fn` with at most `n` calls in flight; the result keeps the order
 * of `items`. On the first rejection no further items are started and that error is
 * thrown once the calls already running have settled, so no work is left dangling.
 */
async function mapLimit(items, n, fn) {
    checkConcurrency(n);
    const results = new Array(items.length);
    let nextIndex = 0;
    let failed = false;
    let firstError;
    const worker = async () => {
        while (!failed && nextIndex < items.length) {
            const index = nextIndex;
            nextIndex += 1;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                if (!failed) {
                    failed = true;
                    firstError = error;
                }
            }
        }
    };
    const workers = [];
    for (let i = 0; i < Math.min(n, items.length); i += 1)
        workers.push(worker());
    await Promise.all(workers);
    if (failed)
        throw firstError;
    return results;
}


/***/ })

};

//# sourceMappingURL=59.index.js.map