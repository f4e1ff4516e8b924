/** Command-line flags into the same Config the action builds from its inputs, through the input schema. */
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config, Mode } from '../config.js';
import { AppError } from '../errors.js';
import { INPUTS, readConfig } from '../input-schema.js';
import type { InputSource, InputSpec } from '../input-schema.js';
import { closest } from '../util/suggest.js';

const SPECS: InputSpec<unknown>[] = Object.values(INPUTS);

/** The flags of the command line only (the others are the input schema's), each with its help line. */
const CLI_FLAGS = {
  workspace: { type: 'string', help: ['--workspace <dir>', 'Repository root [default: the current directory]'] },
  results: { type: 'string', help: ['--results <file>', 'Where to write the results JSON [default: a file in the temporary directory]'] },
  json: { type: 'boolean', default: false, help: ['--json', 'Print the result as JSON on stdout (an error document when there is no result)'] },
  verbose: { type: 'boolean', default: false, help: ['--verbose', 'Print debug lines'] },
  port: { type: 'string', default: '0', help: ['--port <n>', 'Port to listen on, 0 for any free one [default: 0]'] },
  host: { type: 'string', default: '127.0.0.1', help: ['--host <addr>', 'Address to listen on [default: 127.0.0.1]'] },
  quota: { type: 'string', help: ['--quota <n>', 'Custom avatars the account may hold'] },
  'approve-after': { type: 'string', help: ['--approve-after <dur>', 'Approve each avatar this long after its creation'] },
  'reject-pattern': { type: 'string', help: ['--reject-pattern <regex>', 'Reject the avatars whose creator name matches'] },
  latency: { type: 'string', help: ['--latency <dur>', 'Delay of every API answer'] },
  'list-pending': { type: 'string', help: ['--list-pending show|hide|hide-first', "Whether avatars under review are in the account's list (hide-first: all but those at the first step)"] },
  'require-fields': { type: 'string', help: ['--require-fields on|off', 'Require gender and video_scene, as documented'] },
  replace: { type: 'boolean', default: false, help: ['--replace', 'Adopt the id in place of the one the key has (that one is recorded as superseded)'] },
  force: { type: 'boolean', default: false, help: ['--force', "Adopt the id even though its creator_name differs from the manifest's"] },
  'not-created': { type: 'boolean', default: false, help: ['--not-created', 'Clear the in-flight mark of a create of the key that never became an avatar'] },
  'all-by-name': { type: 'boolean', default: false, help: ['--all-by-name', "For every key without an entry, adopt the account's only avatar of its creator_name"] },
  help: { type: 'boolean', short: 'h', default: false, help: ['-h, --help', 'Print this help'] },
  version: { type: 'boolean', short: 'v', default: false, help: ['-v, --version', 'Print the version'] },
} as const;

/** `--timeout <dur>` is `timeout`, taking a value; `--wait` is a switch. */
function flagOf(spec: InputSpec<unknown>): { name: string; type: 'string' | 'boolean' } | undefined {
  if (!spec.flag) return undefined;
  const [flag = '', arg] = spec.flag.split(' ');
  return { name: flag.slice(2), type: arg === undefined ? 'boolean' : 'string' };
}

const OPTIONS = {
  ...Object.fromEntries(SPECS.flatMap((spec) => {
    const flag = flagOf(spec);
    return flag ? [[flag.name, { type: flag.type }]] : [];
  })),
  ...CLI_FLAGS,
};

export type ParsedFlags = ReturnType<typeof parseFlags>;

export function parseFlags(argv: string[]) {
  // a first lenient pass finds a mistyped flag, so the error can name the one meant
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option' || Object.hasOwn(OPTIONS, token.name)) continue;
    const guess = closest(token.name, Object.keys(OPTIONS));
    throw new AppError('INPUT_INVALID', `unknown flag "${token.rawName}"${guess ? `; did you mean "--${guess}"?` : ''}`, { hint: 'run creatify-avatars --help' });
  }
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
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
  return readConfig(source, mode, results, env);
}

const option = (flag: string, text: string) => `  ${flag.padEnd(25)}${text}`;

/** The help line of a flag by its name, from the input schema or the command line's own. */
function flagHelp(name: string): string {
  const spec = SPECS.find((s) => flagOf(s)?.name === name);
  if (spec?.flag) {
    const text = (spec.help ?? spec.description).replace(/`/g, '').replace(/\.$/, '');
    return option(spec.flag, spec.flag.includes(' ') && spec.default ? `${text} [default: ${spec.default}]` : text);
  }
  const [flag, text] = CLI_FLAGS[name as keyof typeof CLI_FLAGS].help;
  return option(flag, text);
}

interface Command {
  summary: string;
  usage: string;
  flags: string[];
  example: string;
}

const OUTPUT = ['workspace', 'results', 'json', 'verbose'];
const WAIT = ['wait', 'timeout', 'poll-interval', 'on-timeout'];
const API = ['api-url', 'request-timeout'];

export const COMMANDS: Record<string, Command> = {
  plan: {
    summary: 'validate the manifest and show what a sync would do (sends nothing)',
    usage: 'plan [options]',
    flags: ['manifest', 'lockfile', 'shard', 'prune', ...OUTPUT],
    example: 'creatify-avatars plan --manifest avatars.yml --json',
  },
  sync: {
    summary: 'create the new and changed avatars on Creatify',
    usage: 'sync [options]',
    flags: ['manifest', 'lockfile', ...WAIT, 'concurrency', ...API, 'shard', 'prune', ...OUTPUT],
    example: 'CREATIFY_API_ID=… CREATIFY_API_KEY=… creatify-avatars sync --wait --timeout 2h',
  },
  status: {
    summary: 'refresh the status of the avatars in the lockfile',
    usage: 'status [options]',
    flags: ['manifest', 'lockfile', ...WAIT, ...API, 'shard', 'prune', ...OUTPUT],
    example: 'creatify-avatars status --wait --timeout 1h',
  },
  import: {
    summary: 'adopt avatars already on Creatify into the lockfile, or clear a lost create (uploads nothing)',
    usage: 'import <key> <id> [--replace] [--force] | import <key> --not-created | import --all-by-name',
    flags: ['replace', 'force', 'not-created', 'all-by-name', 'manifest', 'lockfile', ...API, 'workspace', 'json', 'verbose'],
    example: 'creatify-avatars import james 5b1f3e0a-2c4d-4e6f-8a9b-0c1d2e3f4a5b',
  },
  merge: {
    summary: 'merge shard lockfiles into the lockfile',
    usage: 'merge [--lockfile <path>] <lockfile>...',
    flags: ['lockfile'],
    example: 'creatify-avatars merge --lockfile avatars.lock.json shard-1/avatars.lock.json shard-2/avatars.lock.json',
  },
  emulator: {
    summary: 'serve a local Creatify emulator until interrupted (its URL is the first line of stdout)',
    usage: 'emulator [options]',
    flags: ['port', 'host', 'quota', 'approve-after', 'reject-pattern', 'latency', 'list-pending', 'require-fields'],
    example: 'creatify-avatars emulator --port 8080 --approve-after 3s',
  },
  demo: {
    summary: 'run a sync of examples/ against an emulator started for the purpose',
    usage: 'demo [options]',
    flags: ['workspace', 'manifest', 'concurrency'],
    example: 'creatify-avatars demo',
  },
  schema: {
    summary: "print the manifest's JSON Schema",
    usage: 'schema',
    flags: [],
    example: 'creatify-avatars schema > avatars.schema.json',
  },
};

const FOOTER = `Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY, and CREATIFY_API_URL stands for --api-url:
from the environment, else from a .env file in the current directory.
Exit codes: 0 success, 1 failure (manifest errors, API errors, rejection, timeout), 2 usage error, 130 interrupted.`;

/** One command's usage, flags with their defaults, and an example. */
export function commandHelp(name: string): string {
  const command = COMMANDS[name];
  if (!command) return HELP;
  const flags = [...command.flags, 'help'].map(flagHelp).join('\n');
  return `Usage: creatify-avatars ${command.usage}\n\n${command.summary}\n\nOptions:\n${flags}\n\nExample:\n  ${command.example}\n\n${FOOTER}`;
}

export const HELP = `Usage: creatify-avatars <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(11)}${c.summary}`).join('\n')}

Run creatify-avatars <command> --help for a command's options and an example.

Options:
${SPECS.flatMap((spec) => (spec.flag ? [flagHelp(flagOf(spec)!.name)] : [])).join('\n')}
${['workspace', 'results', 'json', 'verbose', 'help', 'version'].map(flagHelp).join('\n')}

Emulator options:
  --port <n> --host <addr> --quota <n> --approve-after <dur> --reject-pattern <regex> --latency <dur>
  --list-pending show|hide|hide-first --require-fields on|off

${FOOTER}`;
