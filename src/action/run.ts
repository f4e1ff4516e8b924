/**
 * The action's adapter: inputs in, engine run, outputs, summary and annotations out.
 * The only place that fails the step.
 */
import * as core from '@actions/core';
import type { EngineDeps } from '../engine/deps.js';
import type { RunResult } from '../engine/result.js';
import { runMode } from '../engine/run.js';
import { errorMessage, formatProblem, isAppError } from '../errors.js';
import type { AppError } from '../errors.js';
import type { Published } from '../github/publish.js';
import { renderReport } from '../github/report.js';
import { lockfileAdvice, renderSummary } from '../report/summary.js';
import { writeResults } from '../report/results-file.js';
import { systemClock } from '../util/clock.js';
import { readActionConfig } from './inputs.js';
import { setOutput, setRunOutputs } from './outputs.js';
import type { ActionConfig } from './inputs.js';
import { ACTION_PRODUCT, createApiFactory } from '../engine/api-factory.js';

/** Masks the credentials before anything else can print them. */
function maskSecrets(): void {
  for (const name of ['api-key', 'api-id', 'github-token']) {
    const value = core.getInput(name);
    if (value) core.setSecret(value);
  }
}

/**
 * A sync logs a line or two per avatar. The lines of one turn of the event loop reach the
 * runner in one write, not one write each, and wake it once: a 1,500-avatar sync makes
 * 3,000 writes fewer (docs/performance.md, sync-scale). Warnings and commands written
 * meanwhile join the same write, in order.
 */
function batchLines(): void {
  if (process.stdout.writableCorked) return;
  process.stdout.cork();
  setImmediate(() => process.stdout.uncork());
}
function reporter(): EngineDeps['reporter'] {
  // a run that ends before the next turn (an unexpected throw) still prints its last lines
  process.once('exit', () => {
    while (process.stdout.writableCorked) process.stdout.uncork();
  });
  return {
    info: (line) => {
      batchLines();
      core.info(line);
    },
    warning: (line) => core.warning(line),
    debug: (line) => core.debug(line),
    group: (title, fn) => core.group(title, fn),
  };
}

/** Appends to the job summary; a runner without one (GITHUB_STEP_SUMMARY unset) gets a warning, not a failure. */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.warning('GITHUB_STEP_SUMMARY is not set: this runner has no job summary, so none is written.');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`the job summary could not be written: ${errorMessage(error)}`);
  }
}

/**
 * A cancelled workflow sends SIGINT, then SIGTERM, then kills: on the first signal the
 * engine stops starting work, and the lockfile and outputs are written before exit.
 */
function cancellation(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: string) => () => {
    if (!controller.signal.aborted) core.warning(`${name} received: stopping; the lockfile and outputs are written before exit`);
    controller.abort();
  };
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

export async function run(): Promise<void> {
  maskSecrets();
  const cancel = cancellation();
  let config: ActionConfig | undefined;
  let result: RunResult | undefined;
  try {
    config = readActionConfig();
    core.debug(`mode ${config.mode} (requested ${config.requestedMode}), manifest ${config.manifest.display}, lockfile ${config.lockfile.display}`);
    const settings = config;
    let startBlob: string | undefined;
    const deps: EngineDeps = {
      api: createApiFactory(config, ACTION_PRODUCT, (line) => core.info(`retrying ${line}`)),
      clock: systemClock,
      reporter: reporter(),
      signal: cancel.signal,
      // a run on a branch starts from the branch's lockfile, if one was committed since its commit
      beforeLockfile: async () => {
        if (settings.githubToken) startBlob = await (await import('./branch-lockfile.js')).startFromBranchLockfile(settings, process.env);
      },
    };
    result = await runMode(config, deps);
    if (cancel.signal.aborted) {
      result.incomplete ??= 'cancelled before the run finished; every avatar created before the cancellation is in the lockfile; run it again to go on where it stopped';
    }
    await writeResults(config.results, result, new Date());
    setRunOutputs(config.lockfile.display, result, config.results);
    await writeSummary(renderSummary(result));
    for (const warning of result.warnings ?? []) core.warning(warning);
    const published = await publishIfWanted(config, result, undefined, startBlob);
    if (result.mode === 'sync' && result.lockfileChanged && !config.commitLockfile) {
      core.warning(
        `${config.lockfile.display} changed: commit it (or set commit-lockfile: true), ${lockfileAdvice(result)}.`,
        { title: 'Commit the lockfile', file: config.lockfile.display },
      );
    }
    const failure = result.failure ?? published.failure;
    if (failure) core.setFailed(failure.hint ? `${failure.message} (${failure.hint})` : failure.message);
    // the engine's own account of the cancellation says what is left and how to go on
    else if (cancel.signal.aborted) core.setFailed(result.incomplete ?? 'cancelled before the run finished; run it again to go on where it stopped');
  } catch (error) {
    if (config) {
      // the outputs a later step reads, and a summary saying why there is nothing in them
      setRunOutputs(config.lockfile.display, undefined);
      const title = `## Creatify avatars: ${config.mode}\n\n`;
      await writeSummary(title + renderReport({ result: undefined, error: isAppError(error) ? error : undefined, manifest: config.manifest.display }));
      if (isAppError(error)) await publishIfWanted(config, undefined, error).catch(() => undefined);
    }
    fail(error);
  } finally {
    cancel.dispose();
  }
}

async function publishIfWanted(
  config: ActionConfig,
  result: RunResult | undefined,
  error: AppError | undefined,
  startBlob?: string,
): Promise<Published> {
  const wanted = Boolean(config.githubToken) || (config.artifactName !== '' && result !== undefined) || config.commitLockfile;
  if (!wanted) return {};
  const { publish } = await import('../github/publish.js');
  const published = await publish({ config, result, error, startBlob, env: process.env });
  if (published.artifactId !== undefined) setOutput('artifact-id', String(published.artifactId));
  return published;
}

function fail(error: unknown): void {
  if (isAppError(error)) {
    for (const problem of error.problems) {
      const loc = problem.location;
      core.error(problem.hint ? `${problem.message} (${problem.hint})` : problem.message, {
        title: 'Creatify avatars manifest',
        ...(loc
          ? {
              file: loc.file,
              startLine: loc.line,
              startColumn: loc.column,
              ...(loc.endLine === loc.line && loc.endColumn ? { endLine: loc.endLine, endColumn: loc.endColumn } : {}),
            }
          : {}),
      });
    }
    const detail = error.problems.length > 0 ? `:\n${error.problems.map(formatProblem).join('\n')}` : '';
    core.setFailed(`${error.message}${error.hint ? ` (${error.hint})` : ''}${detail}`);
    core.debug(`error code ${error.code}`);
    return;
  }
  core.setFailed(`unexpected error: ${errorMessage(error)}`);
  if (error instanceof Error && error.stack) core.debug(error.stack);
}
