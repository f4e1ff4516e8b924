/** Progress for people: a live line on a terminal, periodic plain lines otherwise. */
import type { Reporter } from '../engine/deps.js';
import { formatBytes } from '../util/format.js';

const PLAIN_PROGRESS_EVERY_MS = 5000;

/** `say` writes a line that shows even when quiet: a retry, say. */
export function consoleReporter(options: { quiet: boolean; verbose: boolean; redact: (s: string) => string }): Reporter & { say(text: string): void } {
  const tty = process.stderr.isTTY === true;
  const lastPlain = new Map<string, number>();
  let live = false;
  const clearLive = () => {
    if (live) {
      process.stderr.write('\r\u001b[2K');
      live = false;
    }
  };
  const line = (text: string) => {
    clearLive();
    process.stderr.write(`${options.redact(text)}\n`);
  };
  return {
    info: (text) => {
      if (!options.quiet) line(text);
    },
    warning: (text) => line(`warning: ${text}`),
    say: line,
    debug: (text) => {
      if (options.verbose || process.env.CREATIFY_AVATARS_DEBUG === '1') line(`debug: ${text}`);
    },
    progress: (key, sent, total) => {
      if (options.quiet) return;
      const percent = total > 0 ? Math.floor((sent / total) * 100) : 100;
      const text = `uploading ${key}: ${formatBytes(sent)} of ${formatBytes(total)} (${percent}%)`;
      if (tty) {
        process.stderr.write(`\r\u001b[2K${options.redact(text)}`);
        live = true;
        if (sent >= total) clearLive();
        return;
      }
      const now = Date.now();
      const last = lastPlain.get(key) ?? 0;
      if (sent >= total || now - last >= PLAIN_PROGRESS_EVERY_MS) {
        lastPlain.set(key, now);
        line(text);
      }
    },
  };
}
