/**
 * A `.env` file in the working directory, as people keep credentials on their own machine.
 * Only the Creatify variables are taken from it, and the environment wins over it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AppError } from '../errors.js';

const KEYS = ['CREATIFY_API_ID', 'CREATIFY_API_KEY', 'CREATIFY_API_URL'];
const LINE = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/;

export function withDotenv(env: NodeJS.ProcessEnv, dir: string): NodeJS.ProcessEnv {
  let text: string;
  try {
    text = readFileSync(path.join(dir, '.env'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return env;
    throw new AppError('INPUT_INVALID', `.env could not be read: ${(error as Error).message}`);
  }
  const found: NodeJS.ProcessEnv = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = LINE.exec(line);
    if (!match) {
      // the line itself is not shown: it may hold a credential
      throw new AppError('INPUT_INVALID', `.env:${index + 1}: not a KEY=value line`, { hint: 'see .env.example' });
    }
    const [, key = '', value = ''] = match;
    if (KEYS.includes(key)) found[key] = unquote(value);
  });
  return { ...found, ...env };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '');
}
