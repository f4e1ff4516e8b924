/** The command line: the same engine as the action, with flags and terminal output. */
import type { Mode } from '../config.js';
import { createApiFactory } from '../engine/api-factory.js';
import type { EngineDeps } from '../engine/deps.js';
import type { RunResult } from '../engine/result.js';
import { runMode } from '../engine/run.js';
import { errorMessage, formatProblem, isAppError } from '../errors.js';
import { resultsDocument, writeResults } from '../report/results-file.js';
import { headline } from '../report/summary.js';
import { systemClock } from '../util/clock.js';
import { VERSION } from '../version.js';
import { HELP, configFromFlags, parseFlags } from './args.js';
import { consoleReporter } from './reporter.js';
import { textTable } from './table.js';

const MODES: readonly string[] = ['plan', 'sync', 'status'];

/**
 * Libraries made for the Actions runner (@actions/glob) write `::debug::` workflow
 * commands to stdout; on the command line they mean nothing and would spoil --json.
 */
function dropWorkflowDebug(): void {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) return true;
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (env.GITHUB_ACTIONS !== 'true') dropWorkflowDebug();
  // never echo a credential, whatever else goes wrong
  const secrets = [env.CREATIFY_API_KEY, env.CREATIFY_API_ID].filter((s): s is string => !!s && s.length >= 4);
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  try {
    const { values, positionals } = parseFlags(argv);
    if (values.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = positionals[0];
    if (values.help || command === undefined || command === 'help') {
      process.stdout.write(`${HELP}\n`);
      return command === undefined && !values.help ? 1 : 0;
    }
    if (command === 'emulator') {
      const { serveEmulator } = await import('./emulator-command.js');
      return await serveEmulator(values);
    }
    if (command === 'demo') {
      const { runDemo } = await import('./demo.js');
      return await runDemo(values);
    }
    if (command === 'merge') {
      const { runMerge } = await import('./merge-command.js');
      return await runMerge(values.lockfile ?? 'avatars.lock.json', positionals.slice(1));
    }
    if (command === 'schema') {
      const { manifestJsonSchema } = await import('../manifest/schema.js');
      process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
      return 0;
    }
    if (!MODES.includes(command)) {
      process.stderr.write(`error: unknown command "${command}"\n\n${HELP}\n`);
      return 1;
    }
    const config = configFromFlags(command as Mode, values, env);
    const reporter = consoleReporter({ quiet: values.json, redact });
    const controller = new AbortController();
    // The first Ctrl-C stops the run cleanly (lockfile and results written); a second one,
    // with the handler gone, ends the process at once.
    const onSignal = (name: NodeJS.Signals) => {
      if (!controller.signal.aborted) process.stderr.write(`${name} received: stopping; the lockfile and results are written before exit\n`);
      controller.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const deps: EngineDeps = {
      api: createApiFactory(config, 'creatify-avatars-cli'),
      clock: systemClock,
      reporter,
      signal: controller.signal,
    };
    let result: RunResult;
    try {
      result = await runMode(config, deps);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    const now = new Date();
    await writeResults(config.results, result, now);
    if (values.json) {
      process.stdout.write(redact(`${JSON.stringify(resultsDocument(result, now), null, 2)}\n`));
    } else {
      process.stdout.write(redact(`${renderText(result)}\nresults: ${config.results}\n`));
    }
    for (const warning of result.warnings ?? []) process.stderr.write(redact(`warning: ${warning}\n`));
    if (result.mode === 'sync' && result.lockfileChanged) {
      process.stderr.write(`note: ${config.lockfile.display} changed; commit it, or the next run will create these avatars again.\n`);
    }
    if (result.failure) {
      process.stderr.write(redact(`error: ${result.failure.message}${result.failure.hint ? ` (${result.failure.hint})` : ''}\n`));
      return 1;
    }
    if (controller.signal.aborted) {
      process.stderr.write(redact(`error: ${result.incomplete ?? 'cancelled before the run finished; run it again to go on where it stopped'}\n`));
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(redact(describeError(error)));
    return 1;
  }
}

function describeError(error: unknown): string {
  if (isAppError(error)) {
    const lines = error.problems.map((p) => `${formatProblem(p)}\n`);
    return `${lines.join('')}error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`;
  }
  return `error: unexpected: ${errorMessage(error)}\n`;
}

export function renderText(result: RunResult): string {
  const rows = result.avatars.map((a) => [
    a.key,
    a.creator_name,
    a.action + (a.reasons?.length ? ` (${a.reasons.join(', ')})` : ''),
    a.status + (a.failed_reason ? `: ${a.failed_reason}` : ''),
    a.id ?? '-',
    a.source,
  ]);
  const lines = [textTable(['KEY', 'CREATOR NAME', 'ACTION', 'STATUS', 'ID', 'SOURCE'], rows), '', headline(result)];
  if (result.quota) lines.push(`quota: ${result.quota.current} of ${result.quota.max} used, ${result.quota.planned} to create`);
  for (const s of result.superseded) lines.push(`superseded: ${s.key} ${s.id} -> ${s.replacedBy}`);
  if (result.orphaned.length > 0) lines.push(`in the lockfile but not in the manifest (kept): ${result.orphaned.map((o) => o.key).join(', ')}`);
  if (result.incomplete) lines.push(`incomplete: ${result.incomplete}`);
  return lines.join('\n');
}
