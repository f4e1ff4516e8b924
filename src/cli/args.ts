/** Command-line flags into the same Config the action builds from its inputs, through the input schema. */
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config, Mode } from '../config.js';
import { AppError } from '../errors.js';
import { INPUTS, readConfig } from '../input-schema.js';
import type { InputSource, InputSpec } from '../input-schema.js';

const SPECS: InputSpec<unknown>[] = Object.values(INPUTS);

/** The flags of the command line only; the others are the input schema's. */
const CLI_FLAGS = {
  workspace: { type: 'string' },
  results: { type: 'string' },
  json: { type: 'boolean', default: false },
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

/** `--timeout <dur>` is `timeout`, taking a value; `--wait` is a switch. */
function flagOf(spec: InputSpec<unknown>): { name: string; type: 'string' | 'boolean' } | undefined {
  if (!spec.flag) return undefined;
  const [flag = '', arg] = spec.flag.split(' ');
  return { name: flag.slice(2), type: arg === undefined ? 'boolean' : 'string' };
}

export type ParsedFlags = ReturnType<typeof parseFlags>;

export function parseFlags(argv: string[]) {
  const schemaFlags = Object.fromEntries(SPECS.flatMap((spec) => {
    const flag = flagOf(spec);
    return flag ? [[flag.name, { type: flag.type }]] : [];
  }));
  try {
    return parseArgs({ args: argv, options: { ...schemaFlags, ...CLI_FLAGS }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('INPUT_INVALID', (error as Error).message, { hint: 'run creatify-avatars --help' });
  }
}

function given(values: ParsedFlags['values'], name: string): unknown {
  const all: Readonly<Record<string, unknown>> = values;
  return all[name];
}

/** A flag's value, undefined when not given. */
export function flagValue(values: ParsedFlags['values'], name: string): string | undefined {
  const value = given(values, name);
  return typeof value === 'string' ? value : undefined;
}

export function configFromFlags(mode: Mode, values: ParsedFlags['values'], env: NodeJS.ProcessEnv): Config {
  const source: InputSource = {
    workspace: path.resolve(values.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd()),
    raw: (_name, spec) => {
      const flag = flagOf(spec);
      const value = flag && given(values, flag.name);
      if (value === true) return 'true';
      if (typeof value === 'string') return value;
      return spec.env ? env[spec.env] : undefined;
    },
    label: (name, spec) => {
      const flag = flagOf(spec);
      return flag ? `--${flag.name}` : (spec.env ?? name);
    },
  };
  const results = values.results ? path.resolve(values.results) : path.join(os.tmpdir(), 'creatify-avatars', `results-${process.pid}.json`);
  return readConfig(source, mode, results);
}

const option = (flag: string, text: string) => `  ${flag.padEnd(25)}${text}`;

function helpLine(spec: InputSpec<unknown>): string[] {
  const flag = flagOf(spec);
  if (!flag || !spec.flag) return [];
  const text = (spec.help ?? spec.description).replace(/`/g, '').replace(/\.$/, '');
  return [option(spec.flag, flag.type === 'string' && spec.default ? `${text} [default: ${spec.default}]` : text)];
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
${SPECS.flatMap(helpLine).join('\n')}
${option('--workspace <dir>', 'Repository root [default: the current directory]')}
${option('--results <file>', 'Where to write the results JSON')}
${option('--json', 'Print the result as JSON')}
${option('-h, --help', 'Print this help')}
${option('-v, --version', 'Print the version')}

Emulator options:
  --port <n> --host <addr> --quota <n> --approve-after <dur> --reject-pattern <regex> --latency <dur>
  --list-pending show|hide --require-fields on|off

Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY; CREATIFY_API_URL stands for --api-url.
Exit codes: 0 success, 1 failure (manifest errors, API errors, rejection, timeout).`;
