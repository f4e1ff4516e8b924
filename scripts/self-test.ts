// Replays .github/workflows/self-test.yml on this machine, step by step and in order,
// from the workflow file itself so that the replay cannot drift from it:
//  - `uses: ./` runs the built action (node dist/index.js) with the INPUT_* variables the
//    runner would set: the step's `with:` values, then action.yml's defaults;
//  - `run:` steps run with bash as the workflow's default shell does, with the step's env;
//  - other `uses:` (checkout, setup-node) are what the replay's workspace provides: a
//    temporary copy of the files a checkout holds that the job uses (bin/, dist/,
//    examples/ without its ignored lockfile, action.yml, package.json).
// `${{ }}` expressions and `if:` conditions are evaluated by GitHub's own expression library
// (@actions/expressions); GITHUB_OUTPUT files work as on GitHub.
//
//   tsx scripts/self-test.ts [--keep]     (npm run build first; npm run self-test does)
import { spawn, type SpawnOptions } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { evaluate, interpolate, truthy, type JobStatus } from './workflow-expressions.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WORKFLOW = '.github/workflows/self-test.yml';
const CHECKOUT = ['action.yml', 'package.json', 'bin', 'dist', 'examples'];

export interface ReplayedStep {
  id: string | undefined;
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs?: Record<string, string>;
  summary?: string;
}

interface WorkflowStep {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  run?: unknown;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Defaults {
  run?: { shell?: string };
}

interface Workflow {
  env?: Record<string, unknown>;
  defaults?: Defaults;
  jobs: Record<string, { env?: Record<string, unknown>; defaults?: Defaults; steps: WorkflowStep[] }>;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown } | null>;
  runs: { main: string };
}

/** Reads a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` blocks. */
export function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block?.[1] !== undefined) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== block[2]) value.push(lines[i] ?? '');
      outputs[block[1]] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/** The INPUT_* variables the runner gives a `uses: ./` step. */
export function actionInputs(
  action: Pick<ActionMetadata, 'inputs'>,
  withValues: Record<string, unknown> | undefined,
  context: Record<string, unknown>,
): Record<string, string> {
  const env: Record<string, string> = {};
  const name = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
  for (const [input, spec] of Object.entries(action.inputs ?? {})) {
    if (spec?.default !== undefined) env[name(input)] = interpolate(String(spec.default), context);
  }
  for (const [input, value] of Object.entries(withValues ?? {})) env[name(input)] = interpolate(String(value), context);
  return env;
}

/** A workspace laid out as actions/checkout leaves this repository, from the working tree. */
export function layOutWorkspace(root: string, into: string): void {
  for (const entry of CHECKOUT) {
    cpSync(join(root, entry), join(into, entry), {
      recursive: true,
      // the example's lockfile is ignored by git: a checkout has none
      filter: (source) => !(basename(source).endsWith('.lock.json') && dirname(source).startsWith(join(root, 'examples'))),
    });
  }
}

function runProcess(command: string, args: string[], options: SpawnOptions & { groups: number[] }, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    // its own process group: background jobs of a step (the emulator) end with the replay
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid !== undefined) options.groups.push(child.pid);
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) log(`  ${line}`);
      });
    }
    child.on('error', reject);
    // `exit`, not `close`: a background job of the step may hold the pipes open
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Replays the workflow's job; resolves with each step's outcome and outputs. */
export async function replay(
  options: { root?: string; log?: (line: string) => void; keep?: boolean } = {},
): Promise<{ ok: boolean; steps: ReplayedStep[]; workspace: string }> {
  const root = options.root ?? ROOT;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const workflow = parse(readFileSync(join(root, WORKFLOW), 'utf8')) as Workflow;
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionMetadata;
  const first = Object.entries(workflow.jobs)[0];
  if (!first) throw new Error(`${WORKFLOW} has no job`);
  const [jobId, job] = first;
  const temp = mkdtempSync(join(tmpdir(), 'creatify-self-test-'));
  const workspace = join(temp, 'workspace');
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  layOutWorkspace(root, workspace);

  const groups: number[] = [];
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const results: ReplayedStep[] = [];
  const base = {
    github: { workspace, token: '', event_name: 'workflow_dispatch', job: jobId, repository: 'local/self-test' },
    runner: { temp: runnerTemp, os: 'Linux' },
    secrets: {},
    matrix: {},
    steps,
  };
  const envOf = (...layers: (Record<string, unknown> | undefined)[]) => {
    const env: Record<string, string> = {};
    for (const layer of layers) for (const [k, v] of Object.entries(layer ?? {})) env[k] = interpolate(String(v), { ...base, env });
    return env;
  };
  let status: JobStatus = 'success';
  try {
    for (const [index, step] of job.steps.entries()) {
      const label = step.name ?? step.uses ?? `step ${index + 1}`;
      const env = envOf(workflow.env, job.env, step.env);
      const context = { ...base, env };
      if (!truthy(step.if === undefined ? status === 'success' : evaluate(String(step.if).replace(/^\$\{\{|\}\}$/g, ''), context, status))) {
        log(`-- ${label}: skipped`);
        results.push({ id: step.id, name: label, outcome: 'skipped' });
        continue;
      }
      const outputFile = join(runnerTemp, `output-${index}`);
      const summaryFile = join(runnerTemp, `summary-${index}.md`);
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const runnerEnv = {
        ...process.env,
        ...env,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_EVENT_NAME: base.github.event_name,
        GITHUB_JOB: jobId,
        RUNNER_TEMP: runnerTemp,
        CREATIFY_AVATARS_CLI: '',
      };
      let code: number;
      if (step.run !== undefined) {
        log(`-- ${label}: run`);
        const script = join(runnerTemp, `step-${index}.sh`);
        writeFileSync(script, interpolate(String(step.run), context, status));
        const shell = step.shell ?? job.defaults?.run?.shell ?? workflow.defaults?.run?.shell ?? 'bash';
        if (shell !== 'bash') throw new Error(`${label}: only bash steps can be replayed (shell ${shell})`);
        code = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env: runnerEnv, groups }, log);
      } else if (step.uses === './') {
        log(`-- ${label}: the action (node dist/index.js)`);
        const inputs = actionInputs(action, step.with, context);
        code = await runProcess(process.execPath, [join(workspace, action.runs.main)], { cwd: workspace, env: { ...runnerEnv, ...inputs }, groups }, log);
      } else {
        log(`-- ${label}: provided by the replay's workspace`);
        code = 0;
      }
      const outcome = code === 0 ? 'success' : 'failure';
      if (outcome === 'failure') status = 'failure';
      const outputs = readOutputs(readFileSync(outputFile, 'utf8'));
      if (step.id) steps[step.id] = { outputs, outcome, conclusion: outcome };
      results.push({ id: step.id, name: label, outcome, outputs, summary: readFileSync(summaryFile, 'utf8') });
      log(`-- ${label}: ${outcome}${code === 0 ? '' : ` (exit ${code})`}`);
    }
  } finally {
    for (const pid of groups) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // the group has ended already
      }
    }
    if (options.keep) log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
  return { ok: status === 'success', steps: results, workspace };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await replay({ keep: process.argv.includes('--keep') });
  const failed = result.steps.filter((s) => s.outcome === 'failure').map((s) => s.name);
  process.stdout.write(result.ok ? `\nself-test passed: ${result.steps.length} steps\n` : `\nself-test failed: ${failed.join('; ')}\n`);
  process.exitCode = result.ok ? 0 : 1;
}
