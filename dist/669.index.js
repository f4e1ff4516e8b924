export const id = 669;
export const ids = [669];
export const modules = {

/***/ 97669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importRequest: () => (/* binding */ importRequest),
  runImportCommand: () => (/* binding */ runImportCommand)
});

// EXTERNAL MODULE: ./src/engine/api-factory.ts + 3 modules
var api_factory = __webpack_require__(16850);
// EXTERNAL MODULE: ./src/creatify/status.ts
var creatify_status = __webpack_require__(97219);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/files/hash.ts
var hash = __webpack_require__(36667);
// EXTERNAL MODULE: ./src/lock/lockfile.ts
var lockfile = __webpack_require__(58606);
// EXTERNAL MODULE: ./src/plan/digest.ts
var digest = __webpack_require__(31147);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(37406);
// EXTERNAL MODULE: ./src/engine/lock-entry.ts
var lock_entry = __webpack_require__(63074);
// EXTERNAL MODULE: ./src/engine/plan.ts + 13 modules
var engine_plan = __webpack_require__(52059);
;// CONCATENATED MODULE: ./src/engine/import.ts








function refused(message, hint) {
    return new errors/* AppError */.uV('IMPORT_REFUSED', message, { hint });
}
async function runImport(config, request, api, clock) {
    if (request.form === 'not-created') {
        // the manifest is not needed: the key may have left it since
        const { lock, text } = await (0,lockfile/* readLockfile */.GQ)(config.lockfile.absolute, config.lockfile.display, config.workspace);
        const store = new lockfile/* LockStore */.fw(config.lockfile.absolute, config.lockfile.display, lock);
        await clearMark(store, request.key);
        await store.close();
        return { imported: [], cleared: [request.key], skipped: [], lockfileChanged: store.changedSince(text) };
    }
    const { plan, lock, lockText } = await (0,engine_plan/* preparePlan */.HY)(config);
    const store = new lockfile/* LockStore */.fw(config.lockfile.absolute, config.lockfile.display, lock);
    const now = new Date(clock.now());
    try {
        const report = request.form === 'id'
            ? { imported: [await importById(plan, store, api(), request, now, config.manifest.display)], skipped: [] }
            : await importAllByName(plan, store, api(), now);
        await store.close();
        return { ...report, cleared: [], lockfileChanged: store.changedSince(lockText) };
    }
    catch (error) {
        // what was adopted before the failure is in the journal: folded in, or left for the next run
        await store.fold();
        throw error;
    }
}
async function clearMark(store, key) {
    const marked = Object.keys(store.current.in_flight ?? {});
    if (!marked.includes(key)) {
        const guess = (0,suggest/* closest */.k)(key, marked);
        throw refused(`no create of "${key}" is marked in flight in ${store.displayPath}`, guess ? `did you mean "${guess}"?` : marked.length > 0 ? `marked: ${marked.join(', ')}` : 'no create is marked; there is nothing to clear');
    }
    await store.apply({ in_flight: { [key]: null } });
}
function plannedFor(plan, key, manifest) {
    const planned = plan.avatars.find((p) => p.avatar.key === key);
    if (planned)
        return planned;
    const guess = (0,suggest/* closest */.k)(key, plan.avatars.map((p) => p.avatar.key));
    throw refused(`"${key}" is not a key of ${manifest}`, guess ? `did you mean "${guess}"?` : 'run creatify-avatars plan to see the keys');
}
async function importById(plan, store, api, request, now, manifest) {
    const planned = plannedFor(plan, request.key, manifest);
    const { key } = request;
    // the id as Creatify spells it, whatever the spelling given
    const persona = await customAvatar(api, request.id);
    const { id } = persona;
    const previous = store.get(key);
    const holder = Object.entries(store.current.avatars).find(([k, e]) => (k !== key && e.id === id) || e.superseded?.some((s) => s.id === id));
    if (holder) {
        throw refused(`${id} is already in ${store.displayPath} under "${holder[0]}"${holder[1].id === id ? '' : ', superseded'}`, 'one Creatify avatar stands for one key only');
    }
    // a key with both an entry and a mark lost the answer of its replace: adopting that is what is asked
    const replacing = request.replace || store.current.in_flight?.[key] !== undefined;
    if (previous && previous.id !== id && !replacing) {
        throw refused(`"${key}" already has the avatar ${previous.id} in ${store.displayPath}`, `pass --replace to adopt ${id} in its place (${previous.id} is then recorded as superseded)`);
    }
    const { fields, location } = planned.avatar;
    if (persona.creator_name !== fields.creator_name && !request.force) {
        throw refused(`the avatar ${id} is named "${persona.creator_name}" on Creatify, but "${key}" is named "${fields.creator_name}" (${location.file}:${location.line})`, `check the id; to adopt it all the same pass --force (then the next sync replaces it, unless the manifest's creator_name becomes "${persona.creator_name}")`);
    }
    return adopt(store, planned, persona, now);
}
/** The avatar, refused when it does not exist or is one of Creatify's stock avatars. */
async function customAvatar(api, id) {
    let persona;
    try {
        persona = await api.get(id);
    }
    catch (error) {
        if (!(0,errors/* isAppError */.Y6)(error) || error.status !== 404)
            throw error;
        throw refused(`Creatify has no avatar ${id} on this account`, "check the id, and that the credentials are those of the workspace that holds it");
    }
    // The account's own list may leave out an avatar under review, so only one that the
    // catalogue lists and the account's list does not is taken for a stock avatar.
    if (!(await api.list()).some((p) => p.id === persona.id) && (await api.catalogueIds()).includes(persona.id)) {
        throw refused(`${id} ("${persona.creator_name}") is a stock avatar of Creatify's catalogue, not one of this account's`, 'only custom avatars can be imported');
    }
    return persona;
}
/**
 * For every key without an entry, the account's only avatar of its creator_name that no
 * other key holds; keys with none, several, or a name shared with another such key are
 * skipped and listed.
 */
async function importAllByName(plan, store, api, now) {
    const open = plan.avatars.filter((p) => store.get(p.avatar.key) === undefined).sort((a, b) => (a.avatar.key < b.avatar.key ? -1 : 1));
    const report = { imported: [], skipped: [] };
    if (open.length === 0)
        return report;
    const taken = (0,lock_entry/* knownIds */.sG)(store.current.avatars);
    const byName = new Map();
    for (const persona of await api.list()) {
        if (!taken.has(persona.id))
            byName.set(persona.creator_name, [...(byName.get(persona.creator_name) ?? []), persona]);
    }
    const keysOfName = new Map();
    for (const p of open)
        keysOfName.set(p.avatar.fields.creator_name, (keysOfName.get(p.avatar.fields.creator_name) ?? 0) + 1);
    for (const planned of open) {
        const { key, fields } = planned.avatar;
        const name = fields.creator_name;
        const candidates = byName.get(name) ?? [];
        const sharing = keysOfName.get(name) ?? 0;
        if (candidates.length === 1 && sharing === 1) {
            report.imported.push(await adopt(store, planned, candidates[0], now));
            continue;
        }
        const reason = sharing > 1
            ? `${sharing} keys without an entry are named "${name}"`
            : candidates.length === 0
                ? `no avatar named "${name}" on the account (one still under review may not be listed yet)`
                : `${candidates.length} avatars named "${name}" on the account`;
        report.skipped.push({ key, creator_name: name, candidates: candidates.map((c) => c.id), reason });
    }
    return report;
}
async function adopt(store, planned, persona, now) {
    const { avatar } = planned;
    const held = heldFields(avatar.fields, persona);
    const { lipsync } = avatar;
    const video = lipsync.kind === 'url' ? { sha256: null, size: null } : lipsync.sha256 !== null ? { sha256: lipsync.sha256, size: lipsync.size } : await (0,hash/* hashFile */.DC)(lipsync.absolutePath);
    const asHeld = { ...planned, avatar: { ...avatar, fields: held }, fieldsDigest: (0,digest/* fieldsDigest */._)(held, lipsync, avatar.consent) };
    const previous = store.get(avatar.key);
    const marked = store.current.in_flight?.[avatar.key] !== undefined;
    const entry = (0,lock_entry/* entryForCreated */.kc)(asHeld, persona, previous, video, now);
    if (previous?.id === persona.id) {
        // imported again: the entry is refreshed, its history kept
        entry.created_at = previous.created_at;
        if (previous.superseded)
            entry.superseded = previous.superseded;
    }
    const same = previous !== undefined && sameEntry(previous, { ...entry, updated_at: previous.updated_at });
    // the entry and the cleared mark in one change: a crash leaves both or neither
    if (!same || marked)
        await store.apply({ avatars: { [avatar.key]: same ? previous : entry }, ...(marked ? { in_flight: { [avatar.key]: null } } : {}) });
    return {
        key: avatar.key,
        id: persona.id,
        creator_name: persona.creator_name,
        status: (0,creatify_status/* reviewStatus */.n)(persona),
        supersedes: previous && previous.id !== persona.id ? previous.id : null,
        cleared_mark: marked,
        differences: DIFFERING.filter((name) => held[name] !== avatar.fields[name]).map((name) => `${name} is ${shown(held[name])} on Creatify, ${shown(avatar.fields[name])} in the manifest`),
    };
}
function sameEntry(a, b) {
    return JSON.stringify((0,lockfile/* orderEntry */.bl)(a)) === JSON.stringify((0,lockfile/* orderEntry */.bl)(b));
}
const DIFFERING = ['creator_name', 'gender', 'video_scene', 'keywords'];
const shown = (value) => (value === undefined ? 'empty' : `"${value}"`);
/**
 * The manifest's fields as Creatify holds them, where its answer shows them (it shows no
 * labels nor webhook_url; those are taken as sent).
 */
function heldFields(fields, persona) {
    const held = { ...fields, creator_name: persona.creator_name };
    const { gender } = persona;
    if (gender === 'm' || gender === 'f' || gender === 'nb')
        held.gender = gender;
    for (const name of ['video_scene', 'keywords']) {
        const value = persona[name];
        if (typeof value === 'string' && value !== '')
            held[name] = value;
        else if (value === null || value === '')
            delete held[name];
    }
    return held;
}

// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/reporter.ts
var cli_reporter = __webpack_require__(3933);
;// CONCATENATED MODULE: ./src/cli/import-command.ts






const FORMS = args/* COMMANDS */.Lo.import.usage;
function usage(message) {
    return new errors/* AppError */.uV('INPUT_INVALID', message, { hint: `usage: creatify-avatars ${FORMS}` });
}
/** The form asked for; a usage error for a wrong combination. */
function importRequest(args, values) {
    const { replace, force } = values;
    const notCreated = values['not-created'];
    const allByName = values['all-by-name'];
    if (allByName) {
        if (args.length > 0 || notCreated || replace || force)
            throw usage('--all-by-name takes no key, id, --not-created, --replace nor --force');
        return { form: 'all-by-name' };
    }
    const [key, id, ...rest] = args;
    if (notCreated) {
        if (key === undefined || id !== undefined || replace || force)
            throw usage('--not-created takes one key, and no id, --replace nor --force');
        return { form: 'not-created', key };
    }
    if (key === undefined || id === undefined || rest.length > 0)
        throw usage('import needs a manifest key and a Creatify avatar id');
    return { form: 'id', key, id: id.trim(), replace, force };
}
async function runImportCommand(config, request, options, redact) {
    const reporter = (0,cli_reporter/* consoleReporter */.P)({ quiet: options.json, verbose: options.verbose, redact });
    let client;
    const api = () => (client ??= (0,api_factory/* clientFor */.$V)(config, 'creatify-avatars-cli', (line) => reporter.say(`retry: ${line}`)));
    let report;
    try {
        report = await runImport(config, request, api, clock/* systemClock */.m);
    }
    finally {
        await client?.close();
    }
    if (options.json) {
        const { lockfileChanged, ...rest } = report;
        process.stdout.write(redact(`${JSON.stringify({ command: 'import', lockfile: config.lockfile.display, lockfile_changed: lockfileChanged, ...rest }, null, 2)}\n`));
    }
    else {
        process.stdout.write(redact(renderText(report)));
    }
    for (const a of report.imported) {
        if (a.differences.length > 0) {
            reporter.warning(`${a.key}: Creatify's avatar differs from the manifest (${a.differences.join('; ')}); the next sync replaces it, unless the manifest is changed to match`);
        }
    }
    if (report.lockfileChanged)
        process.stderr.write(`note: ${config.lockfile.display} changed; commit it so that the next run starts from it.\n`);
    return 0;
}
function renderText(report) {
    const lines = [];
    for (const a of report.imported) {
        const extra = [a.supersedes ? `superseding ${a.supersedes}` : '', a.cleared_mark ? 'its in-flight mark cleared' : ''].filter(Boolean);
        lines.push(`imported ${a.key}: ${a.id} (${a.status})${extra.length > 0 ? `, ${extra.join(', ')}` : ''}`);
    }
    for (const key of report.cleared)
        lines.push(`cleared the in-flight mark of ${key}: the next sync creates it`);
    for (const s of report.skipped) {
        const ids = s.candidates.length > 0 ? ` (${s.candidates.join(', ')})` : '';
        lines.push(`skipped ${s.key}: ${s.reason}${ids}; to adopt one: creatify-avatars import ${shellWord(s.key)} <id>`);
    }
    if (lines.length === 0)
        lines.push('nothing to import: every key of the manifest has an entry in the lockfile');
    return `${lines.join('\n')}\n`;
}
/** A key as a shell reads it back: quoted when it holds more than plain characters. */
function shellWord(word) {
    return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}


/***/ }),

/***/ 3933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ consoleReporter)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32693);

const PLAIN_PROGRESS_EVERY_MS = 5000;
/** `say` writes a line that shows even when quiet: a retry, say. */
function consoleReporter(options) {
    const tty = process.stderr.isTTY === true;
    const lastPlain = new Map();
    let live = false;
    const clearLive = () => {
        if (live) {
            process.stderr.write('\r\u001b[2K');
            live = false;
        }
    };
    const line = (text) => {
        clearLive();
        process.stderr.write(`${options.redact(text)}\n`);
    };
    return {
        info: (text) => {
            if (!options.quiet)
                line(text);
        },
        warning: (text) => line(`warning: ${text}`),
        say: line,
        debug: (text) => {
            if (options.verbose || process.env.CREATIFY_AVATARS_DEBUG === '1')
                line(`debug: ${text}`);
        },
        progress: (key, sent, total) => {
            if (options.quiet)
                return;
            const percent = total > 0 ? Math.floor((sent / total) * 100) : 100;
            const text = `uploading ${key}: ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(sent)} of ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(total)} (${percent}%)`;
            if (tty) {
                process.stderr.write(`\r\u001b[2K${options.redact(text)}`);
                live = true;
                if (sent >= total)
                    clearLive();
                return;
            }
            const now = Date.now();
            const last = lastPlain.get(key) ?? 0;
            if (sent >= total || now - last >= PLAIN_PROGRESS_EVERY_MS) {
                lastPlain.set(key, now);
                line(text);
            }
        },
    };
}


/***/ })

};

//# sourceMappingURL=669.index.js.map