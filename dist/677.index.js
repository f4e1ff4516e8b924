export const id = 677;
export const ids = [677];
export const modules = {

/***/ 46677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/input-schema.ts
var input_schema = __webpack_require__(33051);
// EXTERNAL MODULE: ./src/emulator/server.ts + 16 modules
var server = __webpack_require__(25228);
;// CONCATENATED MODULE: ./src/util/github-output.ts
/** Reads a GITHUB_OUTPUT file (`name=value` lines and `name<<DELIM` heredocs). */
function parseGithubOutput(text) {
    const outputs = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heredoc = /^([^<=]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const value = [];
            i++;
            while (i < lines.length && lines[i] !== delimiter)
                value.push(lines[i++]);
            outputs[name] = value.join('\n');
        }
        else if (line.includes('=')) {
            const at = line.indexOf('=');
            outputs[line.slice(0, at)] = line.slice(at + 1);
        }
    }
    return outputs;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/demo.ts
/**
 * `creatify-avatars demo` (npm start): the whole main job on examples/ against an
 * emulator started for the purpose. The built action runs exactly as the Actions runner
 * runs it: `node dist/index.js` with INPUT_* variables and a GITHUB_OUTPUT file.
 */










const DEMO_ID = 'demo-api-id';
const DEMO_KEY = 'demo-api-key';
async function runDemo(values) {
    // this code runs from a chunk beside dist/index.js
    const bundle = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'index.js');
    const root = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(bundle), '..');
    const workspace = (0,external_node_path_.resolve)(values.workspace ?? (0,external_node_path_.join)(root, 'examples'));
    const manifest = (0,args/* flagValue */.y6)(values, 'manifest') ?? input_schema/* INPUTS */.mc.manifest.default;
    const emulator = await (0,server/* startEmulator */.s)({ credentials: { apiId: DEMO_ID, apiKey: DEMO_KEY }, approveAfterMs: 2000 });
    const inputs = {
        manifest,
        'api-id': DEMO_ID,
        'api-key': DEMO_KEY,
        'api-url': emulator.url,
        mode: 'sync',
        'wait-for-approval': 'true',
        timeout: '2m',
        'poll-interval': '1s',
        concurrency: (0,args/* flagValue */.y6)(values, 'concurrency') ?? '',
    };
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'creatify-demo-'));
    const outputFile = (0,external_node_path_.join)(temp, 'output');
    const summaryFile = (0,external_node_path_.join)(temp, 'summary.md');
    (0,external_node_fs_.writeFileSync)(outputFile, '');
    (0,external_node_fs_.writeFileSync)(summaryFile, '');
    process.stdout.write(`Creatify emulator on ${emulator.url}; syncing ${(0,external_node_path_.join)(workspace, manifest)}\n\n`);
    try {
        const code = await new Promise((done, fail) => {
            const child = (0,external_node_child_process_.spawn)(process.execPath, [bundle], {
                cwd: workspace,
                stdio: ['ignore', 'pipe', 'inherit'],
                env: {
                    ...process.env,
                    CREATIFY_AVATARS_CLI: '',
                    GITHUB_ACTIONS: 'true',
                    GITHUB_WORKSPACE: workspace,
                    GITHUB_OUTPUT: outputFile,
                    GITHUB_STEP_SUMMARY: summaryFile,
                    GITHUB_EVENT_NAME: 'workflow_dispatch',
                    RUNNER_TEMP: temp,
                    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [(0,input_schema/* inputVariable */.LO)(name), value])),
                },
            });
            // the runner hides ::debug:: lines unless debugging; so does the demo
            const debug = process.env.RUNNER_DEBUG === '1';
            let partial = '';
            child.stdout.on('data', (chunk) => {
                const lines = (partial + chunk.toString()).split('\n');
                partial = lines.pop() ?? '';
                for (const line of lines)
                    if (debug || !line.startsWith('::debug::'))
                        process.stdout.write(`${line}\n`);
            });
            child.on('error', fail);
            child.on('close', (exit) => done(exit ?? 1));
        });
        const outputs = parseGithubOutput((0,external_node_fs_.readFileSync)(outputFile, 'utf8'));
        const avatars = JSON.parse(outputs.avatars ?? '[]');
        process.stdout.write('\nAvatars:\n');
        for (const a of avatars)
            process.stdout.write(`  ${a.key.padEnd(20)} ${a.id ?? '-'}  ${a.action}, ${a.status}\n`);
        process.stdout.write(`\nCreated in this run: ${outputs.created ?? '[]'}\n`);
        process.stdout.write(`Lockfile: ${(0,external_node_path_.join)(workspace, outputs.lockfile ?? '')} (run again: nothing is created twice)\n`);
        return code;
    }
    finally {
        await emulator.close();
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
}


/***/ })

};

//# sourceMappingURL=677.index.js.map