export const id = 495;
export const ids = [495];
export const modules = {

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emulatorOptions: () => (/* binding */ emulatorOptions),
/* harmony export */   serveEmulator: () => (/* binding */ serveEmulator)
/* harmony export */ });
/* harmony import */ var _emulator_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37093);
/* harmony import */ var _emulator_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25228);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25303);
/** `creatify-avatars emulator`: serve the local Creatify emulator until interrupted. */




function emulatorOptions(values, env) {
    const options = {
        host: values.host,
        port: (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInteger */ .cG)('--port', values.port, 0, 65_535),
    };
    if (env.CREATIFY_API_ID && env.CREATIFY_API_KEY) {
        options.credentials = { apiId: env.CREATIFY_API_ID, apiKey: env.CREATIFY_API_KEY };
    }
    if (values.quota !== undefined)
        options.quota = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInteger */ .cG)('--quota', values.quota, 0, 1_000_000);
    if (values['approve-after'] !== undefined)
        options.approveAfterMs = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)('--approve-after', values['approve-after']);
    if (values.latency !== undefined)
        options.latencyMs = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)('--latency', values.latency);
    if (values['list-pending'] !== undefined) {
        options.listPending = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnum */ .nL)('--list-pending', values['list-pending'], _emulator_options_js__WEBPACK_IMPORTED_MODULE_0__/* .LIST_PENDING */ .Zw);
    }
    if (values['require-fields'] !== undefined) {
        options.requireFields = (0,_util_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnum */ .nL)('--require-fields', values['require-fields'], ['on', 'off']) === 'on';
    }
    if (values['reject-pattern'] !== undefined) {
        try {
            options.rejectPattern = new RegExp(values['reject-pattern']);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .uV('INPUT_INVALID', `--reject-pattern is not a valid regular expression: ${error.message}`);
        }
    }
    return options;
}
async function serveEmulator(options) {
    const emulator = await (0,_emulator_server_js__WEBPACK_IMPORTED_MODULE_1__/* .startEmulator */ .s)({
        ...options,
        log: (line) => process.stderr.write(`${line}\n`),
    });
    // the first line of stdout is the URL, for scripts and tests to read
    process.stdout.write(`${emulator.url}\n`);
    process.stderr.write(`Creatify emulator listening on ${emulator.url} (admin: ${emulator.url}/_emulator/state); Ctrl-C stops it\n`);
    await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
    await emulator.close();
    return 0;
}


/***/ })

};

//# sourceMappingURL=495.index.js.map