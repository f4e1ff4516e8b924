/** The command line: the same engine as the action, with flags and terminal output. */
import { MODES } from '../config.js';
import type { Mode } from '../config.js';
import { AppError, errorMessage, formatProblem, isAppError } from '../errors.js';
import { defaultLockfile, INPUTS } from '../input-schema.js';
import type { InputSpec } from '../input-schema.js';
import { closest } from '../util/suggest.js';
import { VERSION } from '../version.js';
import { COMMANDS, commandHelp, configFromFlags, flagValue, HELP, parseFlags } from './args.js';
import { withDotenv } from './dotenv.js';

/** Exit codes, as shells and CI read them. */
const EXIT = { failure: 1, usage: 2 } as const;

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // never echo a credential, whatever else goes wrong
  const secrets: string[] = [];
  const hide = (from: NodeJS.ProcessEnv) => {
    for (const spec of Object.values<InputSpec<unknown>>(INPUTS)) {
      const value = spec.secret && spec.env ? from[spec.env] : undefined;
      if (value && value.length >= 4) secrets.push(value);
    }
  };
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  hide(env);
  // errors before the run starts are the caller's: a usage error, exit 2
  let running = false;
  try {
    const { values, positionals } = parseFlags(argv);
    if (values.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = positionals[0];
    if (command === undefined || command === 'help') {
      const topic = positionals[1];
      process.stdout.write(`${topic ? commandHelp(topic) : HELP}\n`);
      return command === undefined && !values.help ? EXIT.usage : 0;
    }
    if (!Object.hasOwn(COMMANDS, command)) {
      const guess = closest(command, Object.keys(COMMANDS));
      throw usage(`unknown command "${command}"${guess ? `; did you mean "${guess}"?` : ''}`);
    }
    if (values.help) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    if (command === 'emulator') {
      const { emulatorOptions, serveEmulator } = await import('./emulator-command.js');
      const options = emulatorOptions(values, withDotenv(env, process.cwd()));
      running = true;
      return await serveEmulator(options);
    }
    if (command === 'demo') {
      const { runDemo } = await import('./demo.js');
      running = true;
      return await runDemo(values);
    }
    if (command === 'merge') {
      if (positionals.length < 2) throw usage('merge needs the lockfiles to merge', COMMANDS.merge?.example);
      const { runMerge } = await import('./merge-command.js');
      running = true;
      return await runMerge(flagValue(values, 'lockfile') ?? defaultLockfile(INPUTS.manifest.default), positionals.slice(1));
    }
    if (command === 'schema') {
      const { manifestJsonSchema } = await import('../manifest/schema.js');
      process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
      return 0;
    }
    const mode = MODES.find((m: Mode) => m === command);
    const runEnv = withDotenv(env, process.cwd());
    hide(runEnv);
    if (!mode) {
      const { importRequest, runImportCommand } = await import('./import-command.js');
      const request = importRequest(positionals.slice(1), values);
      // a sync's config: only the videos the lockfile knows are hashed up front
      const importConfig = { ...configFromFlags('sync', values, runEnv), shard: undefined };
      running = true;
      return await runImportCommand(importConfig, request, { json: values.json, verbose: values.verbose }, redact);
    }
    const config = configFromFlags(mode, values, runEnv);
    running = true;
    const { runCommand } = await import('./run-command.js');
    return await runCommand(config, { json: values.json, verbose: values.verbose }, redact);
  } catch (error) {
    if (argv.includes('--json')) process.stdout.write(redact(`${JSON.stringify(errorDocument(error), null, 2)}\n`));
    process.stderr.write(redact(describeError(error)));
    // an import refused is the caller's mistake too, found only once Creatify was asked
    return isAppError(error) && (!running || error.code === 'IMPORT_REFUSED') ? EXIT.usage : EXIT.failure;
  }
}

function usage(message: string, hint = 'run creatify-avatars --help'): AppError {
  return new AppError('INPUT_INVALID', message, { hint });
}

/** With --json and no result to print: what went wrong, for a program to read. */
function errorDocument(error: unknown): { error: Record<string, unknown> } {
  if (!isAppError(error)) return { error: { code: 'INTERNAL', message: errorMessage(error), hint: null, problems: [] } };
  const problems = error.problems.map((p) => ({ message: p.message, ...p.location, ...(p.path ? { path: p.path } : {}), ...(p.hint ? { hint: p.hint } : {}) }));
  return { error: { code: error.code, message: error.message, hint: error.hint ?? null, problems } };
}

function describeError(error: unknown): string {
  if (isAppError(error)) {
    const lines = error.problems.map((p) => `${formatProblem(p)}\n`);
    return `${lines.join('')}error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`;
  }
  return `error: unexpected: ${errorMessage(error)}\n`;
}
