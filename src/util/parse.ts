/**
 * Strict parsers for inputs and flags: an invalid value is an error naming the input,
 * never a silent default.
 */
import { AppError } from '../errors.js';

function invalid(name: string, value: string, expected: string): AppError {
  return new AppError('INPUT_INVALID', `${name}: ${JSON.stringify(value)} is not valid; expected ${expected}`);
}

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim();
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  throw invalid(name, value, 'true or false');
}

export function parseInteger(name: string, value: string, min: number, max: number): number {
  const v = value.trim();
  if (!/^\d+$/.test(v)) throw invalid(name, value, `a whole number from ${min} to ${max}`);
  const n = Number(v);
  if (n < min || n > max) throw invalid(name, value, `a whole number from ${min} to ${max}`);
  return n;
}

export function parseEnum<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.trim();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw invalid(name, value, `one of ${allowed.join(', ')}`);
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The text `parseDuration` reads (before it trims): for schemas that check it up front. */
export const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h))+)$/;

/**
 * `90s`, `30m`, `2h`, `1h30m`, `500ms` or plain seconds; returns milliseconds. A value
 * under `minMs` is refused (a poll interval of 0 would flood the API).
 */
export function parseDuration(name: string, value: string, minMs = 0): number {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return parseDuration(name, `${v}s`, minMs);
  if (!DURATION_PATTERN.test(v)) throw invalid(name, value, 'a duration such as 90s, 30m, 2h or a number of seconds');
  const parts = [...v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  let total = 0;
  for (const part of parts) total += Number(part[1]) * UNITS[part[2]!]!;
  if (total < minMs) throw invalid(name, value, `a duration of at least ${formatDuration(minMs)}`);
  return Math.round(total);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : '', sec || (!h && !m) ? `${sec}s` : ''].join('');
}

/**
 * An API credential (undefined when unset). It goes in an HTTP header, so it must be
 * printable ASCII without spaces; the error never repeats the value.
 */
export function parseCredential(name: string, value: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (!/^[\x21-\x7e]+$/.test(v)) {
    throw new AppError('INPUT_INVALID', `${name} holds characters an HTTP header cannot carry (a space, a line break or a non-ASCII character).`, {
      hint: `copy ${name} again from the Creatify API dashboard into the secret, without anything around it`,
    });
  }
  return v;
}

/** `i/n` with 1 <= i <= n. */
export function parseShard(name: string, value: string): { index: number; count: number } | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(v);
  if (!match) throw invalid(name, value, 'i/n, e.g. 1/4');
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) throw invalid(name, value, 'i/n with 1 <= i <= n');
  return { index, count };
}

export function parseHttpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalid(name, value, 'an http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(name, value, 'an http(s) URL');
  // Credentials in a URL would be printed wherever the URL is; they go in api-id and api-key.
  if (url.username !== '' || url.password !== '') {
    throw new AppError('INPUT_INVALID', `${name}: the URL holds a user name or password, which is not accepted.`, {
      hint: 'Give the URL without credentials; the API credentials go in api-id and api-key.',
    });
  }
  return url.href.replace(/\/+$/, '');
}
