/** Command-line flags into the same Config the action builds from its inputs. */
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_API_URL, defaultLockfile, MIN_POLL_INTERVAL_MS, MIN_REQUEST_TIMEOUT_MS, workspacePath } from '../config.js';
import type { Config, Mode } from '../config.js';
import { AppError } from '../errors.js';
import { parseCredential, parseDuration, parseEnum, parseHttpUrl, parseInteger, parseShard } from '../util/parse.js';

export const OPTIONS = {
  manifest: { type: 'string', default: 'avatars.yml' },
  lockfile: { type: 'string' },
  workspace: { type: 'string' },
  results: { type: 'string' },
  json: { type: 'boolean', default: false },
  wait: { type: 'boolean', default: false },
  timeout: { type: 'string', default: '30m' },
  'poll-interval': { type: 'string', default: '30s' },
  'on-timeout': { type: 'string', default: 'fail' },
  concurrency: { type: 'string', default: '4' },
  'api-url': { type: 'string' },
  'request-timeout': { type: 'string', default: '60s' },
  shard: { type: 'string', default: '' },
  port: { type: 'string', default: '0' },
  host: { type: 'string', default: '127.0.0.1' },
  quota: { type: 'string' },
  'approve-after': { type: 'string' },
  'reject-pattern': { type: 'string' },
  latency: { type: 'string' },
  'list-pending': { type: 'string' },
  'require-fields': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export type ParsedFlags = ReturnType<typeof parseFlags>;

export function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('INPUT_INVALID', (error as Error).message, { hint: 'run creatify-avatars --help' });
  }
}

export function configFromFlags(mode: Mode, values: ParsedFlags['values'], env: NodeJS.ProcessEnv): Config {
  const workspace = path.resolve(values.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd());
  const manifest = workspacePath(workspace, values.manifest, '--manifest');
  const lockfile = workspacePath(workspace, values.lockfile ?? defaultLockfile(manifest.display), '--lockfile');
  return {
    mode,
    workspace,
    manifest,
    lockfile,
    results: values.results
      ? path.resolve(values.results)
      : path.join(os.tmpdir(), 'creatify-avatars', `results-${process.pid}.json`),
    api: {
      url: parseHttpUrl('--api-url', values['api-url'] ?? env.CREATIFY_API_URL ?? DEFAULT_API_URL),
      apiId: parseCredential('CREATIFY_API_ID', env.CREATIFY_API_ID ?? ''),
      apiKey: parseCredential('CREATIFY_API_KEY', env.CREATIFY_API_KEY ?? ''),
      requestTimeoutMs: parseDuration('--request-timeout', values['request-timeout'], MIN_REQUEST_TIMEOUT_MS),
    },
    wait: {
      enabled: values.wait,
      timeoutMs: parseDuration('--timeout', values.timeout),
      pollIntervalMs: parseDuration('--poll-interval', values['poll-interval'], MIN_POLL_INTERVAL_MS),
      onTimeout: parseEnum('--on-timeout', values['on-timeout'], ['fail', 'warn'] as const),
    },
    concurrency: parseInteger('--concurrency', values.concurrency, 1, 32),
    shard: parseShard('--shard', values.shard),
  };
}

export const HELP = `Usage: creatify-avatars <command> [options]

Commands:
  plan       validate the manifest and show what a sync would do (sends nothing)
  sync       create the new and changed avatars on Creatify
  status     refresh the status of the avatars in the lockfile
  merge      merge shard lockfiles: merge --lockfile avatars.lock.json a.lock.json b.lock.json
  emulator   serve a local Creatify emulator
  demo       run a sync of examples/ against an emulator started for the purpose

Options:
  --manifest <path>       manifest, relative to the workspace (default avatars.yml)
  --lockfile <path>       lockfile (default: manifest name + .lock.json)
  --workspace <dir>       repository root (default: current directory)
  --json                  print the result as JSON
  --wait                  block until every avatar is approved
  --timeout <dur>         how long to wait at most (default 30m)
  --poll-interval <dur>   time between status checks (default 30s, at least 1s)
  --on-timeout fail|warn  what a timeout does (default fail)
  --concurrency <n>       uploads in flight at once (default 4)
  --api-url <url>         Creatify base URL (default ${DEFAULT_API_URL})
  --request-timeout <dur> time limit of one API request (default 60s, at least 1s)
  --shard <i/n>           handle only the i-th of n slices of the manifest
  --results <file>        where to write the results JSON

Emulator options:
  --port <n> --host <addr> --quota <n> --approve-after <dur> --reject-pattern <regex> --latency <dur>
  --list-pending show|hide --require-fields on|off

Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY.
Exit codes: 0 success, 1 failure (manifest errors, API errors, rejection, timeout).`;
