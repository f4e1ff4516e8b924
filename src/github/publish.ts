/**
 * Everything the action tells GitHub besides outputs and the job summary: commit status,
 * check run, pull-request comment, results artifact, lockfile commit. Loaded only when
 * a run has a token and something to publish.
 */
import type { ActionConfig } from '../action/inputs.js';
import type { RunResult } from '../engine/result.js';
import type { AppError } from '../errors.js';

export interface PublishContext {
  config: ActionConfig;
  /** the run's result; undefined when the run failed before it had one */
  result: RunResult | undefined;
  /** the error that failed the run, with its located problems (manifest errors) */
  error: AppError | undefined;
  /** the results JSON on disk */
  resultsPath: string | undefined;
  env: NodeJS.ProcessEnv;
}

export interface Published {
  artifactId?: number;
  /** problems publishing that fail the step (e.g. commit-lockfile refused) */
  failure?: { code: string; message: string; hint?: string };
}

export async function publish(_context: PublishContext): Promise<Published> {
  return {};
}
