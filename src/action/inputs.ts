/** Reads the action's inputs and environment into one typed Config. */
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { defaultLockfile, MIN_POLL_INTERVAL_MS, workspacePath } from '../config.js';
import type { Config, Mode } from '../config.js';
import { AppError } from '../errors.js';
import { readApiSettings, readRequestedMode, resolveMode } from './mode.js';
import { parseBoolean, parseDuration, parseEnum, parseInteger, parseShard } from '../util/parse.js';

export interface ActionConfig extends Config {
  githubToken: string | undefined;
  commitLockfile: boolean;
  artifactName: string;
  requestedMode: Mode | 'auto';
}

function input(name: string, fallback: string): string {
  const value = core.getInput(name);
  return value === '' ? fallback : value;
}

export function readActionConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const manifestInput = input('manifest', 'avatars.yml');
  const manifest = workspacePath(workspace, manifestInput, 'manifest');
  const lockfile = workspacePath(workspace, input('lockfile', defaultLockfile(manifest.display)), 'lockfile');
  if (lockfile.absolute === manifest.absolute) {
    throw new AppError('INPUT_INVALID', 'lockfile must not be the manifest itself');
  }
  const requestedMode = readRequestedMode(core.getInput);
  const temp = env.RUNNER_TEMP || os.tmpdir();
  return {
    mode: resolveMode(requestedMode, env.GITHUB_EVENT_NAME),
    requestedMode,
    workspace,
    manifest,
    lockfile,
    results: path.join(temp, 'creatify-avatars', `results-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_JOB ?? 'job'}-${process.pid}.json`),
    api: readApiSettings(core.getInput),
    wait: {
      enabled: parseBoolean('wait-for-approval', input('wait-for-approval', 'false')),
      timeoutMs: parseDuration('timeout', input('timeout', '30m')),
      pollIntervalMs: parseDuration('poll-interval', input('poll-interval', '30s'), MIN_POLL_INTERVAL_MS),
      onTimeout: parseEnum('on-timeout', input('on-timeout', 'fail'), ['fail', 'warn'] as const),
    },
    concurrency: parseInteger('concurrency', input('concurrency', '4'), 1, 32),
    shard: parseShard('shard', core.getInput('shard')),
    githubToken: core.getInput('github-token') || undefined,
    commitLockfile: parseBoolean('commit-lockfile', input('commit-lockfile', 'false')),
    artifactName: core.getInput('artifact-name'),
  };
}
