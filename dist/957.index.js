export const id = 957;
export const ids = [957];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ configFromFlags),
/* harmony export */   _$: () => (/* binding */ HELP),
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
/** Command-line flags into the same Config the action builds from its inputs, through the input schema. */





const SPECS = Object.values(_input_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc);
/** The flags of the command line only; the others are the input schema's. */
const CLI_FLAGS = {
    workspace: { type: 'string' },
    results: { type: 'string' },
    json: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    quota: { type: 'string' },
    'approve-after': { type: 'string' },
    'reject-pattern': { type: 'string' },
    latency: { type: 'string' },
    'list-pending': { type: 'string' },
    'require-fields': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
/** `--timeout <dur>` is `timeout`, taking a value; `--wait` is a switch. */
function flagOf(spec) {
    if (!spec.flag)
        return undefined;
    const [flag = '', arg] = spec.flag.split(' ');
    return { name: flag.slice(2), type: arg === undefined ? 'boolean' : 'string' };
}
function parseFlags(argv) {
    const schemaFlags = Object.fromEntries(SPECS.flatMap((spec) => {
        const flag = flagOf(spec);
        return flag ? [[flag.name, { type: flag.type }]] : [];
    }));
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options: { ...schemaFlags, ...CLI_FLAGS }, allowPositionals: true, strict: true });
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
    return (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfig */ .Xg)(source, mode, results);
}
const option = (flag, text) => `  ${flag.padEnd(25)}${text}`;
function helpLine(spec) {
    const flag = flagOf(spec);
    if (!flag || !spec.flag)
        return [];
    const text = (spec.help ?? spec.description).replace(/`/g, '').replace(/\.$/, '');
    return [option(spec.flag, flag.type === 'string' && spec.default ? `${text} [default: ${spec.default}]` : text)];
}
const HELP = `Usage: creatify-avatars <command> [options]

Commands:
  plan       validate the manifest and show what a sync would do (sends nothing)
  sync       create the new and changed avatars on Creatify
  status     refresh the status of the avatars in the lockfile
  merge      merge shard lockfiles: merge --lockfile avatars.lock.json a.lock.json b.lock.json
  emulator   serve a local Creatify emulator
  demo       run a sync of examples/ against an emulator started for the purpose

Options:
${SPECS.flatMap(helpLine).join('\n')}
${option('--workspace <dir>', 'Repository root [default: the current directory]')}
${option('--results <file>', 'Where to write the results JSON')}
${option('--json', 'Print the result as JSON')}
${option('-h, --help', 'Print this help')}
${option('-v, --version', 'Print the version')}

Emulator options:
  --port <n> --host <addr> --quota <n> --approve-after <dur> --reject-pattern <regex> --latency <dur>
  --list-pending show|hide --require-fields on|off

Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY; CREATIFY_API_URL stands for --api-url.
Exit codes: 0 success, 1 failure (manifest errors, API errors, rejection, timeout).`;


/***/ }),

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22973);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _input_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33051);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/** The command line: the same engine as the action, with flags and terminal output. */





async function main(argv, env = process.env) {
    // never echo a credential, whatever else goes wrong
    const secrets = Object.values(_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc).flatMap((spec) => (spec.secret && spec.env ? [env[spec.env] ?? ''] : [])).filter((s) => s.length >= 4);
    const redact = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    try {
        const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(argv);
        if (values.version) {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}\n`);
            return 0;
        }
        const command = positionals[0];
        if (values.help || command === undefined || command === 'help') {
            process.stdout.write(`${_args_js__WEBPACK_IMPORTED_MODULE_2__/* .HELP */ ._$}\n`);
            return command === undefined && !values.help ? 1 : 0;
        }
        if (command === 'emulator') {
            const { serveEmulator } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(431), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 42495));
            return await serveEmulator(values);
        }
        if (command === 'demo') {
            const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(431), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 46677));
            return await runDemo(values);
        }
        if (command === 'merge') {
            const { runMerge } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 15682));
            return await runMerge((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .flagValue */ .y6)(values, 'lockfile') ?? (0,_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultLockfile */ .VL)(_input_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.manifest.default), positionals.slice(1));
        }
        if (command === 'schema') {
            const { manifestJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 46470));
            process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
            return 0;
        }
        const mode = _config_js__WEBPACK_IMPORTED_MODULE_4__/* .MODES */ .F.find((m) => m === command);
        if (!mode) {
            process.stderr.write(`error: unknown command "${command}"\n\n${_args_js__WEBPACK_IMPORTED_MODULE_2__/* .HELP */ ._$}\n`);
            return 1;
        }
        const { runCommand } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(728), __webpack_require__.e(542), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 29942));
        return await runCommand(mode, values, env, redact);
    }
    catch (error) {
        process.stderr.write(redact(describeError(error)));
        return 1;
    }
}
function describeError(error) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAppError */ .Y6)(error)) {
        const lines = error.problems.map((p) => `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}\n`);
        return `${lines.join('')}error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`;
    }
    return `error: unexpected: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}\n`;
}


/***/ })

};

//# sourceMappingURL=957.index.js.map