/**
 * plan, sync and status on the command line. Loaded only for those commands, and the
 * Creatify client only for the modes that talk to Creatify, so `--help` and a plan start
 * fast.
 */
import type { Config } from '../config.js';
import type { EngineDeps } from '../engine/deps.js';
import type { RunFailure, RunResult } from '../engine/result.js';
import { runMode } from '../engine/run.js';
import { AppError, errorMessage } from '../errors.js';
import { deletesText } from '../report/deletes.js';
import { clipLabel } from '../model.js';
import { quotaLine } from '../report/quota.js';
import { resultsDocument, writeResults } from '../report/results-file.js';
import { headline, lockfileAdvice } from '../report/summary.js';
import { systemClock } from '../util/clock.js';
import { consoleReporter } from './reporter.js';
import { textTable } from './table.js';

/** An interrupted run's exit code, as shells give a process that Ctrl-C ended. */
const EXIT_INTERRUPTED = 130;

export async function runCommand(config: Config, options: { json: boolean; verbose: boolean }, redact: (text: string) => string): Promise<number> {
  const reporter = consoleReporter({ quiet: options.json, verbose: options.verbose, redact });
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
    api: await apiFor(config, (line) => reporter.say(`retry: ${line}`)),
    clock: systemClock,
    reporter,
    signal: controller.signal,
  };
  let result: RunResult;
  try {
    result = await runMode(config, deps);
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    process.stderr.write(redact(`error: interrupted: ${errorMessage(error)}\n`));
    return EXIT_INTERRUPTED;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const interrupted = controller.signal.aborted;
  const stopped = result.incomplete ?? 'cancelled before the run finished; run it again to go on where it stopped';
  const failure: RunFailure | undefined = result.failure ?? (interrupted ? { code: 'CANCELLED', message: stopped } : undefined);
  const now = new Date();
  await writeResults(config.results, result, now);
  if (options.json) {
    process.stdout.write(redact(`${JSON.stringify({ ...resultsDocument(result, now), ...(failure ? { failure } : {}) }, null, 2)}\n`));
  } else {
    process.stdout.write(redact(`${renderText(result)}\nresults: ${config.results}\n`));
  }
  for (const warning of result.warnings ?? []) process.stderr.write(redact(`warning: ${warning}\n`));
  if (result.mode === 'sync' && result.lockfileChanged) {
    process.stderr.write(`note: ${config.lockfile.display} changed; commit it, ${lockfileAdvice(result)}.\n`);
  }
  if (failure) process.stderr.write(redact(`error: ${failure.message}${failure.hint ? ` (${failure.hint})` : ''}\n`));
  if (interrupted) return EXIT_INTERRUPTED;
  return failure ? 1 : 0;
}

async function apiFor(config: Config, onRetry: (line: string) => void): Promise<EngineDeps['api']> {
  if (config.mode === 'plan') {
    return () => {
      throw new AppError('INTERNAL', 'a plan sends nothing to Creatify');
    };
  }
  const { createApiFactory } = await import('../engine/api-factory.js');
  return createApiFactory(config, 'creatify-avatars-cli', onRetry);
}

function renderText(result: RunResult): string {
  const rows = result.avatars.map((a) => [
    a.key,
    a.creator_name,
    a.action + (a.reasons?.length ? ` (${a.reasons.join(', ')})` : ''),
    a.status + (a.failed_reason ? `: ${a.failed_reason}` : ''),
    a.id ?? '-',
    a.source,
    clipLabel(a.video),
  ]);
  const lines = [textTable(['KEY', 'CREATOR NAME', 'ACTION', 'STATUS', 'ID', 'SOURCE', 'VIDEO'], rows), '', headline(result)];
  if (result.quota) lines.push(quotaLine(result.quota).replace(/\*\*/g, ''));
  for (const s of result.superseded) lines.push(`superseded: ${s.key} ${s.id} -> ${s.replacedBy}`);
  lines.push(...deletesText(result));
  if (result.orphaned.length > 0) lines.push(`in the lockfile but not in the manifest (still on Creatify; --prune orphaned deletes them): ${result.orphaned.map((o) => o.key).join(', ')}`);
  if (result.incomplete) lines.push(`incomplete: ${result.incomplete}`);
  return lines.join('\n');
}
