/** Reads the action's inputs and environment into one typed Config, through the input schema. */
import * as os from 'node:os';
import * as path from 'node:path';
import type { Config, Mode } from '../config.js';
import { readConfig, readInput, inputVariable } from '../input-schema.js';
import type { InputSource } from '../input-schema.js';
import { resolveMode } from './mode.js';

export interface ActionConfig extends Config {
  githubToken: string | undefined;
  commitLockfile: boolean;
  artifactName: string;
  requestedMode: Mode | 'auto';
}

/** The inputs in `env`; an empty one takes its default, unless empty is a value of its own. */
function actionInputs(env: NodeJS.ProcessEnv, workspace: string): InputSource {
  return {
    workspace,
    raw: (name, spec) => (env[inputVariable(name)] ?? '').trim() || (spec.keepEmpty ? '' : undefined),
    label: (name) => name,
  };
}

export function readActionConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const inputs = actionInputs(env, path.resolve(env.GITHUB_WORKSPACE || process.cwd()));
  const requestedMode = readInput(inputs, 'mode');
  const temp = env.RUNNER_TEMP || os.tmpdir();
  const results = path.join(temp, 'creatify-avatars', `results-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_JOB ?? 'job'}-${process.pid}.json`);
  const config = readConfig(inputs, resolveMode(requestedMode, env.GITHUB_EVENT_NAME), results, env);
  return {
    ...config,
    requestedMode,
    githubToken: readInput(inputs, 'github-token'),
    commitLockfile: readInput(inputs, 'commit-lockfile'),
    artifactName: readInput(inputs, 'artifact-name'),
  };
}
