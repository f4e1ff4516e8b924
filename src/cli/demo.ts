/**
 * `creatify-avatars demo` (npm start): the whole main job on examples/ against an
 * emulator started for the purpose. The built action runs exactly as the Actions runner
 * runs it: `node dist/index.js` with INPUT_* variables and a GITHUB_OUTPUT file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputVariable } from '../input-schema.js';
import { startEmulator } from '../emulator/server.js';
import { INPUTS } from '../input-schema.js';
import { parseGithubOutput } from '../util/github-output.js';
import { flagValue } from './args.js';
import type { ParsedFlags } from './args.js';

const DEMO_ID = 'demo-api-id';
const DEMO_KEY = 'demo-api-key';

export async function runDemo(values: ParsedFlags['values']): Promise<number> {
  // this code runs from a chunk beside dist/index.js
  const bundle = join(dirname(fileURLToPath(import.meta.url)), 'index.js');
  const root = resolve(dirname(bundle), '..');
  const workspace = resolve(values.workspace ?? join(root, 'examples'));
  const manifest = flagValue(values, 'manifest') ?? INPUTS.manifest.default;
  const emulator = await startEmulator({ credentials: { apiId: DEMO_ID, apiKey: DEMO_KEY }, approveAfterMs: 2000 });
  const inputs: Record<string, string> = {
    manifest,
    'api-id': DEMO_ID,
    'api-key': DEMO_KEY,
    'api-url': emulator.url,
    mode: 'sync',
    'wait-for-approval': 'true',
    timeout: '2m',
    'poll-interval': '1s',
    concurrency: flagValue(values, 'concurrency') ?? '',
  };
  const temp = mkdtempSync(join(tmpdir(), 'creatify-demo-'));
  const outputFile = join(temp, 'output');
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  process.stdout.write(`Creatify emulator on ${emulator.url}; syncing ${join(workspace, manifest)}\n\n`);
  try {
    const code = await new Promise<number>((done, fail) => {
      const child = spawn(process.execPath, [bundle], {
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
          ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
        },
      });
      // the runner hides ::debug:: lines unless debugging; so does the demo
      const debug = process.env.RUNNER_DEBUG === '1';
      let partial = '';
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) if (debug || !line.startsWith('::debug::')) process.stdout.write(`${line}\n`);
      });
      child.on('error', fail);
      child.on('close', (exit) => done(exit ?? 1));
    });
    const outputs = parseGithubOutput(readFileSync(outputFile, 'utf8'));
    const avatars = JSON.parse(outputs.avatars ?? '[]') as { key: string; id: string | null; status: string; action: string }[];
    process.stdout.write('\nAvatars:\n');
    for (const a of avatars) process.stdout.write(`  ${a.key.padEnd(20)} ${a.id ?? '-'}  ${a.action}, ${a.status}\n`);
    process.stdout.write(`\nCreated in this run: ${outputs.created ?? '[]'}\n`);
    process.stdout.write(`Lockfile: ${join(workspace, outputs.lockfile ?? '')} (run again: nothing is created twice)\n`);
    return code;
  } finally {
    await emulator.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
