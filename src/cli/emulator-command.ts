/** `creatify-avatars emulator`: serve the local Creatify emulator until interrupted. */
import { LIST_PENDING } from '../emulator/options.js';
import { startEmulator } from '../emulator/server.js';
import type { EmulatorOptions } from '../emulator/server.js';
import { AppError } from '../errors.js';
import { parseDuration, parseEnum, parseInteger } from '../util/parse.js';
import type { ParsedFlags } from './args.js';

export function emulatorOptions(values: ParsedFlags['values'], env: NodeJS.ProcessEnv): EmulatorOptions {
  const options: EmulatorOptions = {
    host: values.host,
    port: parseInteger('--port', values.port, 0, 65_535),
  };
  if (env.CREATIFY_API_ID && env.CREATIFY_API_KEY) {
    options.credentials = { apiId: env.CREATIFY_API_ID, apiKey: env.CREATIFY_API_KEY };
  }
  if (values.quota !== undefined) options.quota = parseInteger('--quota', values.quota, 0, 1_000_000);
  if (values['approve-after'] !== undefined) options.approveAfterMs = parseDuration('--approve-after', values['approve-after']);
  if (values.latency !== undefined) options.latencyMs = parseDuration('--latency', values.latency);
  if (values['list-pending'] !== undefined) {
    options.listPending = parseEnum('--list-pending', values['list-pending'], LIST_PENDING);
  }
  if (values['require-fields'] !== undefined) {
    options.requireFields = parseEnum('--require-fields', values['require-fields'], ['on', 'off'] as const) === 'on';
  }
  if (values['reject-pattern'] !== undefined) {
    try {
      options.rejectPattern = new RegExp(values['reject-pattern']);
    } catch (error) {
      throw new AppError('INPUT_INVALID', `--reject-pattern is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  return options;
}

export async function serveEmulator(options: EmulatorOptions): Promise<number> {
  const emulator = await startEmulator({
    ...options,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  // the first line of stdout is the URL, for scripts and tests to read
  process.stdout.write(`${emulator.url}\n`);
  process.stderr.write(`Creatify emulator listening on ${emulator.url} (admin: ${emulator.url}/_emulator/state); Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await emulator.close();
  return 0;
}
