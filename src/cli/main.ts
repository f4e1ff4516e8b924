/** The command line: the same engine as the action, with flags and terminal output. */
import { MODES } from '../config.js';
import type { Mode } from '../config.js';
import { errorMessage, formatProblem, isAppError } from '../errors.js';
import { defaultLockfile, INPUTS } from '../input-schema.js';
import type { InputSpec } from '../input-schema.js';
import { VERSION } from '../version.js';
import { commandHelp, flagValue, HELP, parseFlags } from './args.js';

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // never echo a credential, whatever else goes wrong
  const secrets = Object.values<InputSpec<unknown>>(INPUTS).flatMap((spec) => (spec.secret && spec.env ? [env[spec.env] ?? ''] : [])).filter((s) => s.length >= 4);
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
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
      return command === undefined && !values.help ? 1 : 0;
    }
    if (values.help) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    if (command === 'emulator') {
      const { serveEmulator } = await import('./emulator-command.js');
      return await serveEmulator(values);
    }
    if (command === 'demo') {
      const { runDemo } = await import('./demo.js');
      return await runDemo(values);
    }
    if (command === 'merge') {
      const { runMerge } = await import('./merge-command.js');
      return await runMerge(flagValue(values, 'lockfile') ?? defaultLockfile(INPUTS.manifest.default), positionals.slice(1));
    }
    if (command === 'schema') {
      const { manifestJsonSchema } = await import('../manifest/schema.js');
      process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
      return 0;
    }
    const mode = MODES.find((m: Mode) => m === command);
    if (!mode) {
      process.stderr.write(`error: unknown command "${command}"\n\n${HELP}\n`);
      return 1;
    }
    const { runCommand } = await import('./run-command.js');
    return await runCommand(mode, values, env, redact);
  } catch (error) {
    process.stderr.write(redact(describeError(error)));
    return 1;
  }
}

function describeError(error: unknown): string {
  if (isAppError(error)) {
    const lines = error.problems.map((p) => `${formatProblem(p)}\n`);
    return `${lines.join('')}error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`;
  }
  return `error: unexpected: ${errorMessage(error)}\n`;
}
