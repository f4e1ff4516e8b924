/**
 * The options of a run, once for both adapters: each action input's name, default,
 * description and parser, and the command-line flag that gives the same value.
 * action.yml and the CLI's help are checked against this table by a test.
 */
import * as path from 'node:path';
import type { Config, Mode } from './config.js';
import { MODES, PRUNE_MODES } from './config.js';
import { AppError } from './errors.js';
import { isInside, toPosixRelative } from './files/workspace.js';
import { notOnDefaultBranch } from './util/github-context.js';
import { parseBoolean, parseCredential, parseDuration, parseEnum, parseHttpUrl, parseInteger, parseShard } from './util/parse.js';

/** The shortest poll interval and request timeout accepted: shorter ones flood the API, or fail every upload. */
const MIN_INTERVAL_MS = 1000;

export interface InputSpec<T> {
  /** as action.yml says it */
  description: string;
  /** as action.yml declares it; the adapters apply it to an input or flag not given */
  default?: string;
  /** only the runner applies the default: empty is a value (no artifact; the token's default is an expression) */
  keepEmpty?: true;
  /** the command-line flag with its argument (`--timeout <dur>`); none for an input of the action only */
  flag?: string;
  /** the flag's help when the description says more than a terminal needs */
  help?: string;
  /** where the command line reads it (credentials have no flag: `ps` would show them) */
  env?: string;
  /** masked, and never printed */
  secret?: true;
  /** `label` names the input or flag in errors */
  parse(label: string, value: string, workspace: string): T;
}

const duration = (minMs = 0) => (label: string, value: string) => parseDuration(label, value, minMs);

export const INPUTS = {
  'api-id': { description: 'Creatify X-API-ID, from a repository secret. Masked in all logs.', env: 'CREATIFY_API_ID', secret: true, parse: parseCredential },
  'api-key': { description: 'Creatify X-API-KEY, from a repository secret. Masked in all logs.', env: 'CREATIFY_API_KEY', secret: true, parse: parseCredential },
  manifest: {
    description: 'Path of the manifest, relative to the workspace.',
    default: 'avatars.yml',
    flag: '--manifest <path>',
    parse: (label, value, workspace) => workspacePath(workspace, value, label),
  },
  lockfile: {
    description: "Path of the lockfile (default: the manifest's name with .lock.json, e.g. avatars.lock.json).",
    flag: '--lockfile <path>',
    parse: (label, value, workspace) => (value === '' ? undefined : workspacePath(workspace, value, label)),
  },
  'commit-lockfile': { description: 'Commit the updated lockfile back to the branch (needs `contents: write`).', default: 'false', parse: parseBoolean },
  mode: {
    description:
      '`plan` (validate and show, no writes to Creatify), `sync` (create new and changed), `status` (refresh statuses of the avatars in the lockfile), `auto` (`plan` on pull requests and merge queues, else `sync`).',
    default: 'auto',
    parse: (label, value) => parseEnum(label, value, ['auto', ...MODES] as const),
  },
  'wait-for-approval': { description: 'Block until every avatar of the manifest is approved by Creatify.', default: 'false', flag: '--wait', parse: parseBoolean },
  timeout: { description: 'How long to wait for approval at most (`90s`, `30m`, `2h` or plain seconds).', default: '30m', flag: '--timeout <dur>', parse: duration() },
  'poll-interval': { description: 'Time between status checks while waiting (at least 1s).', default: '30s', flag: '--poll-interval <dur>', parse: duration(MIN_INTERVAL_MS) },
  'on-timeout': {
    description: '`fail` or `warn` when the timeout passes with avatars still pending.',
    default: 'fail',
    flag: '--on-timeout fail|warn',
    parse: (label, value) => parseEnum(label, value, ['fail', 'warn'] as const),
  },
  concurrency: { description: 'Uploads in flight at once (1 to 32).', default: '4', flag: '--concurrency <n>', parse: (label, value) => parseInteger(label, value, 1, 32) },
  'api-url': { description: 'Creatify base URL (an emulator, a proxy).', default: 'https://api.creatify.ai', flag: '--api-url <url>', env: 'CREATIFY_API_URL', parse: parseHttpUrl },
  'request-timeout': {
    description:
      'Time limit of one Creatify API request, at least 1s (an upload of videos over 1 MiB times out on no progress instead); also how long a create whose answer was lost is looked for before it is sent again.',
    default: '60s',
    flag: '--request-timeout <dur>',
    help: 'Time limit of one Creatify API request, at least 1s',
    parse: duration(MIN_INTERVAL_MS),
  },
  'github-token': {
    description: 'Token for the check run, the commit status and the pull-request comment.',
    default: '${{ github.token }}',
    keepEmpty: true,
    secret: true,
    parse: (_label, value) => value || undefined,
  },
  'artifact-name': { description: 'Name of the results artifact; empty for none.', default: 'creatify-avatars', keepEmpty: true, parse: (_label, value) => value },
  shard: { description: '`i/n`: handle only the i-th of n deterministic slices of the manifest.', default: '', flag: '--shard <i/n>', parse: parseShard },
  prune: {
    description:
      'Which avatars a run deletes from Creatify, on the default branch only: `none`, `orphaned` (their key left the manifest; deleted before the creates), `superseded` (replaced ones, once the new one is approved) or `all`.',
    default: 'none',
    flag: '--prune <mode>',
    help: 'none, orphaned, superseded or all: delete from Creatify what the lockfile no longer uses',
    parse: (label, value) => parseEnum(label, value, PRUNE_MODES),
  },
} satisfies Record<string, InputSpec<unknown>>;

export type InputName = keyof typeof INPUTS;
export type InputValues = { [K in InputName]: ReturnType<(typeof INPUTS)[K]['parse']> };
const SPECS: { [K in InputName]: InputSpec<InputValues[K]> } = INPUTS;

/** Where an adapter finds the options: an action's inputs, or the command line's flags and environment. */
export interface InputSource {
  workspace: string;
  /** the value given, undefined when none was (the default applies) */
  raw(name: InputName, spec: InputSpec<unknown>): string | undefined;
  /** the name errors give it: the input's, or the flag's */
  label(name: InputName, spec: InputSpec<unknown>): string;
}

export function readInput<K extends InputName>(source: InputSource, name: K): InputValues[K] {
  const spec = SPECS[name];
  return spec.parse(source.label(name, spec), source.raw(name, spec) ?? spec.default ?? '', source.workspace);
}

/** A path given relative to the workspace, kept inside it. */
function workspacePath(workspace: string, input: string, name: string): { absolute: string; display: string } {
  const posix = input.trim().replace(/\\/g, '/');
  if (posix === '') throw new AppError('INPUT_INVALID', `${name} must not be empty`);
  const absolute = path.resolve(workspace, posix);
  if (!isInside(workspace, absolute)) throw new AppError('INPUT_INVALID', `${name} (${input}) must be inside the workspace ${workspace}`);
  return { absolute, display: toPosixRelative(workspace, absolute) };
}

/** The default lockfile sits beside the manifest: `avatars.yml` → `avatars.lock.json`. */
export function defaultLockfile(manifest: string): string {
  const ext = path.posix.extname(manifest);
  const base = ext === '.yml' || ext === '.yaml' ? manifest.slice(0, -ext.length) : manifest;
  return `${base}.lock.json`;
}

/**
 * The Config of a run in `mode`, its results file at `results`. Inside GitHub Actions
 * (`env`), `prune` deletes on the default branch only, whichever adapter runs.
 */
export function readConfig(source: InputSource, mode: Mode, results: string, env: NodeJS.ProcessEnv): Config {
  const read = <K extends InputName>(name: K) => readInput(source, name);
  const manifest = read('manifest');
  const lockfile = read('lockfile') ?? workspacePath(source.workspace, defaultLockfile(manifest.display), 'lockfile');
  if (lockfile.absolute === manifest.absolute) throw new AppError('INPUT_INVALID', 'lockfile must not be the manifest itself');
  const prune = read('prune');
  const held = prune === 'none' ? undefined : notOnDefaultBranch(env);
  return {
    mode,
    workspace: source.workspace,
    manifest,
    lockfile,
    results,
    api: { url: read('api-url'), apiId: read('api-id'), apiKey: read('api-key'), requestTimeoutMs: read('request-timeout') },
    wait: { enabled: read('wait-for-approval'), timeoutMs: read('timeout'), pollIntervalMs: read('poll-interval'), onTimeout: read('on-timeout') },
    concurrency: read('concurrency'),
    shard: read('shard'),
    prune: held === undefined ? { mode: prune } : { mode: prune, held },
  };
}

/** The variable through which the runner passes an input (the one @actions/core's getInput reads). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
