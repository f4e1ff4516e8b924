/**
 * Runs the built action as the Actions runner does: `node dist/index.js` with INPUT_* env;
 * and, under it, any node script (the command line, BIN) to its end.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inputVariable } from '../../src/input-schema.js';
import { parseGithubOutput } from '../../src/util/github-output.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'index.js');
/** the command line, `creatify-avatars` */
export const BIN = join(ROOT, 'bin', 'creatify-avatars.js');

export interface NodeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface NodeOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** kill the process with this signal once `pattern` matches its output (stdout and stderr, or stderr only) */
  killWhen?: { pattern: RegExp; signal: NodeJS.Signals; stderrOnly?: boolean };
  /** SIGKILL after this long */
  timeoutMs: number;
}

/** Runs `node script ...args` to its end, collecting its output. */
export function runNode(script: string, args: string[], options: NodeOptions): Promise<NodeRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const check = () => {
      const { killWhen } = options;
      if (killWhen && !killed && killWhen.pattern.test(killWhen.stderrOnly ? stderr : stdout + stderr)) {
        killed = true;
        child.kill(killWhen.signal);
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      check();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      check();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

/** The environment variables through which the runner passes `inputs`: `INPUT_<NAME>`. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  return env;
}

export interface ActionRun extends NodeRun {
  outputs: Record<string, string>;
  summary: string;
  /** stdout and stderr together, for "appears nowhere" checks (the runner's own
   * `::add-mask::` commands, which it never shows, left out) */
  all: string;
}

export interface RunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** kill the process with this signal once `killWhen` matches its output */
  killWhen?: { pattern: RegExp; signal: NodeJS.Signals };
  timeoutMs?: number;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1',
    GITHUB_JOB: 'test',
    RUNNER_TEMP: dir,
    ...options.env,
    ...inputEnv(options.inputs ?? {}),
  };
  const run = await runNode(DIST, [], { cwd: options.workspace, env, killWhen: options.killWhen, timeoutMs: options.timeoutMs ?? 120_000 });
  return {
    ...run,
    all: (run.stdout + run.stderr)
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
