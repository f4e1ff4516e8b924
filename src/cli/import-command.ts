/** `creatify-avatars import`: the three forms, read from the arguments, run and shown. */
import type { Config } from '../config.js';
import { clientFor } from '../engine/api-factory.js';
import type { CreatifyClient } from '../creatify/client.js';
import { runImport, type ImportReport, type ImportRequest } from '../engine/import.js';
import { AppError } from '../errors.js';
import { systemClock } from '../util/clock.js';
import { COMMANDS, type ParsedFlags } from './args.js';
import { consoleReporter } from './reporter.js';

const FORMS = COMMANDS.import!.usage;

function usage(message: string): AppError {
  return new AppError('INPUT_INVALID', message, { hint: `usage: creatify-avatars ${FORMS}` });
}

/** The form asked for; a usage error for a wrong combination. */
export function importRequest(args: readonly string[], values: ParsedFlags['values']): ImportRequest {
  const { replace, force } = values;
  const notCreated = values['not-created'];
  const allByName = values['all-by-name'];
  if (allByName) {
    if (args.length > 0 || notCreated || replace || force) throw usage('--all-by-name takes no key, id, --not-created, --replace nor --force');
    return { form: 'all-by-name' };
  }
  const [key, id, ...rest] = args;
  if (notCreated) {
    if (key === undefined || id !== undefined || replace || force) throw usage('--not-created takes one key, and no id, --replace nor --force');
    return { form: 'not-created', key };
  }
  if (key === undefined || id === undefined || rest.length > 0) throw usage('import needs a manifest key and a Creatify avatar id');
  return { form: 'id', key, id: id.trim(), replace, force };
}

export async function runImportCommand(config: Config, request: ImportRequest, options: { json: boolean; verbose: boolean }, redact: (text: string) => string): Promise<number> {
  const reporter = consoleReporter({ quiet: options.json, verbose: options.verbose, redact });
  let client: CreatifyClient | undefined;
  const api = () => (client ??= clientFor(config, 'creatify-avatars-cli', (line) => reporter.say(`retry: ${line}`)));
  let report: ImportReport;
  try {
    report = await runImport(config, request, api, systemClock);
  } finally {
    await client?.close();
  }
  if (options.json) {
    const { lockfileChanged, ...rest } = report;
    process.stdout.write(redact(`${JSON.stringify({ command: 'import', lockfile: config.lockfile.display, lockfile_changed: lockfileChanged, ...rest }, null, 2)}\n`));
  } else {
    process.stdout.write(redact(renderText(report)));
  }
  for (const a of report.imported) {
    if (a.differences.length > 0) {
      reporter.warning(`${a.key}: Creatify's avatar differs from the manifest (${a.differences.join('; ')}); the next sync replaces it, unless the manifest is changed to match`);
    }
  }
  if (report.lockfileChanged) process.stderr.write(`note: ${config.lockfile.display} changed; commit it so that the next run starts from it.\n`);
  return 0;
}

function renderText(report: ImportReport): string {
  const lines: string[] = [];
  for (const a of report.imported) {
    const extra = [a.supersedes ? `superseding ${a.supersedes}` : '', a.cleared_mark ? 'its in-flight mark cleared' : ''].filter(Boolean);
    lines.push(`imported ${a.key}: ${a.id} (${a.status})${extra.length > 0 ? `, ${extra.join(', ')}` : ''}`);
  }
  for (const key of report.cleared) lines.push(`cleared the in-flight mark of ${key}: the next sync creates it`);
  for (const s of report.skipped) {
    const ids = s.candidates.length > 0 ? ` (${s.candidates.join(', ')})` : '';
    lines.push(`skipped ${s.key}: ${s.reason}${ids}; to adopt one: creatify-avatars import ${shellWord(s.key)} <id>`);
  }
  if (lines.length === 0) lines.push('nothing to import: every key of the manifest has an entry in the lockfile');
  return `${lines.join('\n')}\n`;
}

/** A key as a shell reads it back: quoted when it holds more than plain characters. */
function shellWord(word: string): string {
  return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
