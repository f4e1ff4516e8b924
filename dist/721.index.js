export const id = 721;
export const ids = [721];
export const modules = {

/***/ 49721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadResults: () => (/* binding */ uploadResults)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91252);
/**
 * The results artifact: the results JSON, zipped by @actions/artifact, under a name that
 * is unique per run attempt and shard (see names.ts).
 */




/** The service answers 409 when the run already has an artifact of that name. */
function isNameConflict(error) {
    const message = error instanceof Error ? error.message : String(error);
    return /\(409\)|already exists/i.test(message);
}
async function uploadResults(options) {
    const { env, name } = options;
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { kind: 'skipped', reason: 'not running on GitHub Actions (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)' };
    }
    // the zip holds `<name>.json`, so artifacts downloaded into one folder do not collide
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'creatify-artifact-'));
    try {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${name}.json`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(options.resultsPath, file);
        const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__/* .DefaultArtifactClient */ .t9();
        const uploaded = await client
            .uploadArtifact(name, [file], dir, options.retentionDays ? { retentionDays: options.retentionDays } : {})
            .catch((error) => {
            if (!isNameConflict(error))
                throw error;
            throw new Error(`this run already has an artifact named ${name}: give each step of the workflow its own artifact-name`, { cause: error });
        });
        if (uploaded.id === undefined)
            throw new Error(`the artifact service returned no id for ${name}`);
        return { kind: 'uploaded', id: uploaded.id, name };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};

//# sourceMappingURL=721.index.js.map