export const id = 581;
export const ids = [581];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ configFromFlags),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   _$: () => (/* binding */ HELP),
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _input_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33051);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37406);
/** Command-line flags into the same Config the action builds from its inputs, through the input schema. */






const SPECS = Object.values(_input_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc);
/** The flags of the command line only (the others are the input schema's), each with its help line. */
const CLI_FLAGS = {
    workspace: { type: 'string', help: ['--workspace <dir>', 'Repository root [default: the current directory]'] },
    results: { type: 'string', help: ['--results <file>', 'Where to write the results JSON [default: a file in the temporary directory]'] },
    json: { type: 'boolean', default: false, help: ['--json', 'Print the result as JSON on stdout (an error document when there is no result)'] },
    verbose: { type: 'boolean', default: false, help: ['--verbose', 'Print debug lines'] },
    port: { type: 'string', default: '0', help: ['--port <n>', 'Port to listen on, 0 for any free one [default: 0]'] },
    host: { type: 'string', default: '127.0.0.1', help: ['--host <addr>', 'Address to listen on [default: 127.0.0.1]'] },
    quota: { type: 'string', help: ['--quota <n>', 'Custom avatars the account may hold'] },
    'approve-after': { type: 'string', help: ['--approve-after <dur>', 'Approve each avatar this long after its creation'] },
    'reject-pattern': { type: 'string', help: ['--reject-pattern <regex>', 'Reject the avatars whose creator name matches'] },
    latency: { type: 'string', help: ['--latency <dur>', 'Delay of every API answer'] },
    'list-pending': { type: 'string', help: ['--list-pending show|hide|hide-first', "Whether avatars under review are in the account's list (hide-first: all but those at the first step)"] },
    'require-fields': { type: 'string', help: ['--require-fields on|off', 'Require gender and video_scene, as documented'] },
    replace: { type: 'boolean', default: false, help: ['--replace', 'Adopt the id in place of the one the key has (that one is recorded as superseded)'] },
    force: { type: 'boolean', default: false, help: ['--force', "Adopt the id even though its creator_name differs from the manifest's"] },
    'not-created': { type: 'boolean', default: false, help: ['--not-created', 'Clear the in-flight mark of a create of the key that never became an avatar'] },
    'all-by-name': { type: 'boolean', default: false, help: ['--all-by-name', "For every key without an entry, adopt the account's only avatar of its creator_name"] },
    help: { type: 'boolean', short: 'h', default: false, help: ['-h, --help', 'Print this help'] },
    version: { type: 'boolean', short: 'v', default: false, help: ['-v, --version', 'Print the version'] },
};
/** `--timeout <dur>` is `timeout`, taking a value; `--wait` is a switch. */
function flagOf(spec) {
    if (!spec.flag)
        return undefined;
    const [flag = '', arg] = spec.flag.split(' ');
    return { name: flag.slice(2), type: arg === undefined ? 'boolean' : 'string' };
}
const OPTIONS = {
    ...Object.fromEntries(SPECS.flatMap((spec) => {
        const flag = flagOf(spec);
        return flag ? [[flag.name, { type: flag.type }]] : [];
    })),
    ...CLI_FLAGS,
};
function parseFlags(argv) {
    // a first lenient pass finds a mistyped flag, so the error can name the one meant
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
    for (const token of tokens) {
        if (token.kind !== 'option' || Object.hasOwn(OPTIONS, token.name))
            continue;
        const guess = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(token.name, Object.keys(OPTIONS));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('INPUT_INVALID', `unknown flag "${token.rawName}"${guess ? `; did you mean "--${guess}"?` : ''}`, { hint: 'run creatify-avatars --help' });
    }
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .uV('INPUT_INVALID', error.message, { hint: 'run creatify-avatars --help' });
    }
}
function given(values, name) {
    const all = values;
    return all[name];
}
/** A flag's value, undefined when not given. */
function flagValue(values, name) {
    const value = given(values, name);
    return typeof value === 'string' ? value : undefined;
}
function configFromFlags(mode, values, env) {
    const source = {
        workspace: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd()),
        raw: (_name, spec) => {
            const flag = flagOf(spec);
            const value = flag && given(values, flag.name);
            if (value === true)
                return 'true';
            if (typeof value === 'string')
                return value;
            return spec.env ? env[spec.env] : undefined;
        },
        label: (name, spec) => {
            const flag = flagOf(spec);
            return flag ? `--${flag.name}` : (spec.env ?? name);
        },
    };
    const results = values.results ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values.results) : node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(), 'creatify-avatars', `results-${process.pid}.json`);
    return (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfig */ .Xg)(source, mode, results, env);
}
const option = (flag, text) => `  ${flag.padEnd(25)}${text}`;
/** The help line of a flag by its name, from the input schema or the command line's own. */
function flagHelp(name) {
    const spec = SPECS.find((s) => flagOf(s)?.name === name);
    if (spec?.flag) {
        const text = (spec.help ?? spec.description).replace(/`/g, '').replace(/\.$/, '');
        return option(spec.flag, spec.flag.includes(' ') && spec.default ? `${text} [default: ${spec.default}]` : text);
    }
    const [flag, text] = CLI_FLAGS[name].help;
    return option(flag, text);
}
const OUTPUT = ['workspace', 'results', 'json', 'verbose'];
const WAIT = ['wait', 'timeout', 'poll-interval', 'on-timeout'];
const API = ['api-url', 'request-timeout'];
const COMMANDS = {
    plan: {
        summary: 'validate the manifest and show what a sync would do (sends nothing)',
        usage: 'plan [options]',
        flags: ['manifest', 'lockfile', 'shard', 'prune', ...OUTPUT],
        example: 'creatify-avatars plan --manifest avatars.yml --json',
    },
    sync: {
        summary: 'create the new and changed avatars on Creatify',
        usage: 'sync [options]',
        flags: ['manifest', 'lockfile', ...WAIT, 'concurrency', ...API, 'shard', 'prune', ...OUTPUT],
        example: 'CREATIFY_API_ID=… CREATIFY_API_KEY=… creatify-avatars sync --wait --timeout 2h',
    },
    status: {
        summary: 'refresh the status of the avatars in the lockfile',
        usage: 'status [options]',
        flags: ['manifest', 'lockfile', ...WAIT, ...API, 'shard', 'prune', ...OUTPUT],
        example: 'creatify-avatars status --wait --timeout 1h',
    },
    import: {
        summary: 'adopt avatars already on Creatify into the lockfile, or clear a lost create (uploads nothing)',
        usage: 'import <key> <id> [--replace] [--force] | import <key> --not-created | import --all-by-name',
        flags: ['replace', 'force', 'not-created', 'all-by-name', 'manifest', 'lockfile', ...API, 'workspace', 'json', 'verbose'],
        example: 'creatify-avatars import james 5b1f3e0a-2c4d-4e6f-8a9b-0c1d2e3f4a5b',
    },
    merge: {
        summary: 'merge shard lockfiles into the lockfile',
        usage: 'merge [--lockfile <path>] <lockfile>...',
        flags: ['lockfile'],
        example: 'creatify-avatars merge --lockfile avatars.lock.json shard-1/avatars.lock.json shard-2/avatars.lock.json',
    },
    emulator: {
        summary: 'serve a local Creatify emulator until interrupted (its URL is the first line of stdout)',
        usage: 'emulator [options]',
        flags: ['port', 'host', 'quota', 'approve-after', 'reject-pattern', 'latency', 'list-pending', 'require-fields'],
        example: 'creatify-avatars emulator --port 8080 --approve-after 3s',
    },
    demo: {
        summary: 'run a sync of examples/ against an emulator started for the purpose',
        usage: 'demo [options]',
        flags: ['workspace', 'manifest', 'concurrency'],
        example: 'creatify-avatars demo',
    },
    schema: {
        summary: "print the manifest's JSON Schema",
        usage: 'schema',
        flags: [],
        example: 'creatify-avatars schema > avatars.schema.json',
    },
};
const FOOTER = `Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY, and CREATIFY_API_URL stands for --api-url:
from the environment, else from a .env file in the current directory.
Exit codes: 0 success, 1 failure (manifest errors, API errors, rejection, timeout), 2 usage error, 130 interrupted.`;
/** One command's usage, flags with their defaults, and an example. */
function commandHelp(name) {
    const command = COMMANDS[name];
    if (!command)
        return HELP;
    const flags = [...command.flags, 'help'].map(flagHelp).join('\n');
    return `Usage: creatify-avatars ${command.usage}\n\n${command.summary}\n\nOptions:\n${flags}\n\nExample:\n  ${command.example}\n\n${FOOTER}`;
}
const HELP = `Usage: creatify-avatars <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(11)}${c.summary}`).join('\n')}

Run creatify-avatars <command> --help for a command's options and an example.

Options:
${SPECS.flatMap((spec) => (spec.flag ? [flagHelp(flagOf(spec).name)] : [])).join('\n')}
${['workspace', 'results', 'json', 'verbose', 'help', 'version'].map(flagHelp).join('\n')}

Emulator options:
  --port <n> --host <addr> --quota <n> --approve-after <dur> --reject-pattern <regex> --latency <dur>
  --list-pending show|hide|hide-first --require-fields on|off

${FOOTER}`;


/***/ }),

/***/ 94581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(22973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/input-schema.ts
var input_schema = __webpack_require__(33051);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(37406);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/cli/dotenv.ts
/**
 * A `.env` file in the working directory, as people keep credentials on their own machine.
 * Only the Creatify variables are taken from it, and the environment wins over it.
 */



const KEYS = ['CREATIFY_API_ID', 'CREATIFY_API_KEY', 'CREATIFY_API_URL'];
const LINE = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/;
function withDotenv(env, dir) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_.join(dir, '.env'), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return env;
        throw new errors/* AppError */.uV('INPUT_INVALID', `.env could not be read: ${error.message}`);
    }
    const found = {};
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const match = LINE.exec(line);
        if (!match) {
            // the line itself is not shown: it may hold a credential
            throw new errors/* AppError */.uV('INPUT_INVALID', `.env:${index + 1}: not a KEY=value line`, { hint: 'see .env.example' });
        }
        const [, key = '', value = ''] = match;
        if (KEYS.includes(key))
            found[key] = unquote(value);
    });
    return { ...found, ...env };
}
function unquote(value) {
    const quoted = /^(["'])(.*)\1$/.exec(value);
    return quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/** The command line: the same engine as the action, with flags and terminal output. */







/** Exit codes, as shells and CI read them. */
const EXIT = { failure: 1, usage: 2 };
async function main(argv, env = process.env) {
    // never echo a credential, whatever else goes wrong
    const secrets = [];
    const hide = (from) => {
        for (const spec of Object.values(input_schema/* INPUTS */.mc)) {
            const value = spec.secret && spec.env ? from[spec.env] : undefined;
            if (value && value.length >= 4)
                secrets.push(value);
        }
    };
    const redact = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    hide(env);
    // errors before the run starts are the caller's: a usage error, exit 2
    let running = false;
    try {
        const { values, positionals } = (0,args/* parseFlags */.bQ)(argv);
        if (values.version) {
            process.stdout.write(`${version/* VERSION */.x}\n`);
            return 0;
        }
        const command = positionals[0];
        if (command === undefined || command === 'help') {
            const topic = positionals[1];
            process.stdout.write(`${topic ? (0,args/* commandHelp */.bD)(topic) : args/* HELP */._$}\n`);
            return command === undefined && !values.help ? EXIT.usage : 0;
        }
        if (!Object.hasOwn(args/* COMMANDS */.Lo, command)) {
            const guess = (0,suggest/* closest */.k)(command, Object.keys(args/* COMMANDS */.Lo));
            throw usage(`unknown command "${command}"${guess ? `; did you mean "${guess}"?` : ''}`);
        }
        if (values.help) {
            process.stdout.write(`${(0,args/* commandHelp */.bD)(command)}\n`);
            return 0;
        }
        if (command === 'emulator') {
            const { emulatorOptions, serveEmulator } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(228), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 42495));
            const options = emulatorOptions(values, withDotenv(env, process.cwd()));
            running = true;
            return await serveEmulator(options);
        }
        if (command === 'demo') {
            const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(228), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 46677));
            running = true;
            return await runDemo(values);
        }
        if (command === 'merge') {
            if (positionals.length < 2)
                throw usage('merge needs the lockfiles to merge', args/* COMMANDS */.Lo.merge?.example);
            const { runMerge } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 15682));
            running = true;
            return await runMerge((0,args/* flagValue */.y6)(values, 'lockfile') ?? (0,input_schema/* defaultLockfile */.VL)(input_schema/* INPUTS */.mc.manifest.default), positionals.slice(1));
        }
        if (command === 'schema') {
            const { manifestJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 46470));
            process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
            return 0;
        }
        const mode = src_config/* MODES */.F.find((m) => m === command);
        const runEnv = withDotenv(env, process.cwd());
        hide(runEnv);
        if (!mode) {
            const { importRequest, runImportCommand } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(752), __webpack_require__.e(728), __webpack_require__.e(497), __webpack_require__.e(850), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 97669));
            const request = importRequest(positionals.slice(1), values);
            // a sync's config: only the videos the lockfile knows are hashed up front
            const importConfig = { ...(0,args/* configFromFlags */.Em)('sync', values, runEnv), shard: undefined };
            running = true;
            return await runImportCommand(importConfig, request, { json: values.json, verbose: values.verbose }, redact);
        }
        const config = (0,args/* configFromFlags */.Em)(mode, values, runEnv);
        running = true;
        const { runCommand } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(728), __webpack_require__.e(497), __webpack_require__.e(558), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 87638));
        return await runCommand(config, { json: values.json, verbose: values.verbose }, redact);
    }
    catch (error) {
        if (argv.includes('--json'))
            process.stdout.write(redact(`${JSON.stringify(errorDocument(error), null, 2)}\n`));
        process.stderr.write(redact(describeError(error)));
        // an import refused is the caller's mistake too, found only once Creatify was asked
        return (0,errors/* isAppError */.Y6)(error) && (!running || error.code === 'IMPORT_REFUSED') ? EXIT.usage : EXIT.failure;
    }
}
function usage(message, hint = 'run creatify-avatars --help') {
    return new errors/* AppError */.uV('INPUT_INVALID', message, { hint });
}
/** With --json and no result to print: what went wrong, for a program to read. */
function errorDocument(error) {
    if (!(0,errors/* isAppError */.Y6)(error))
        return { error: { code: 'INTERNAL', message: (0,errors/* errorMessage */.gJ)(error), hint: null, problems: [] } };
    const problems = error.problems.map((p) => ({ message: p.message, ...p.location, ...(p.path ? { path: p.path } : {}), ...(p.hint ? { hint: p.hint } : {}) }));
    return { error: { code: error.code, message: error.message, hint: error.hint ?? null, problems } };
}
function describeError(error) {
    if ((0,errors/* isAppError */.Y6)(error)) {
        const lines = error.problems.map((p) => `${(0,errors/* formatProblem */.Vw)(p)}\n`);
        return `${lines.join('')}error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`;
    }
    return `error: unexpected: ${(0,errors/* errorMessage */.gJ)(error)}\n`;
}


/***/ })

};

//# sourceMappingURL=581.index.js.map