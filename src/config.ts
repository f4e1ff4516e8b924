/** One typed configuration, built by the action from inputs and by the CLI from flags. */
import * as path from 'node:path';
import { AppError } from './errors.js';

export type Mode = 'plan' | 'sync' | 'status';

export interface Config {
  mode: Mode;
  workspace: string;
  manifest: { absolute: string; display: string };
  lockfile: { absolute: string; display: string };
  results: string;
  api: { url: string; apiId: string | undefined; apiKey: string | undefined; requestTimeoutMs: number };
  wait: { enabled: boolean; timeoutMs: number; pollIntervalMs: number; onTimeout: 'fail' | 'warn' };
  concurrency: number;
  shard: { index: number; count: number } | undefined;
}

export const DEFAULT_API_URL = 'https://api.creatify.ai';

/** The shortest poll interval accepted: a shorter one would flood the API with status checks. */
export const MIN_POLL_INTERVAL_MS = 1000;
/** The shortest request timeout accepted: a shorter one fails every upload. */
export const MIN_REQUEST_TIMEOUT_MS = 1000;

/** The default lockfile sits beside the manifest: `avatars.yml` → `avatars.lock.json`. */
export function defaultLockfile(manifest: string): string {
  const ext = path.posix.extname(manifest);
  const base = ext === '.yml' || ext === '.yaml' ? manifest.slice(0, -ext.length) : manifest;
  return `${base}.lock.json`;
}

/** A path given relative to the workspace, kept inside it. */
export function workspacePath(workspace: string, input: string, name: string): { absolute: string; display: string } {
  const posix = input.trim().replace(/\\/g, '/');
  if (posix === '') throw new AppError('INPUT_INVALID', `${name} must not be empty`);
  const absolute = path.resolve(workspace, posix);
  const relative = path.relative(workspace, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new AppError('INPUT_INVALID', `${name} (${input}) must be inside the workspace ${workspace}`);
  }
  return { absolute, display: relative.split(path.sep).join('/') };
}
