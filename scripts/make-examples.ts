// Writes the small example videos the sample manifest names. Byte-identical on every
// run, so running it again changes nothing; `--check` only reports files that differ
// (exit code 1), for CI.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeMp4, writeMp4 } from './mp4.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const media = join(root, 'examples', 'media');

/** Each video gets its own seed, so each has its own sha256. */
const EXAMPLES = [
  { path: 'james.mp4', seed: 'james', durationSec: 8, payloadBytes: 6 * 1024 },
  { path: 'team/ana.mp4', seed: 'ana', durationSec: 6, payloadBytes: 4 * 1024 },
  { path: 'team/li.mp4', seed: 'li', durationSec: 7, payloadBytes: 5 * 1024 },
  { path: 'consent/james-consent.mp4', seed: 'james-consent', durationSec: 4, payloadBytes: 3 * 1024 },
];

async function current(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const check = process.argv.includes('--check');
let stale = 0;
for (const { path, ...options } of EXAMPLES) {
  const file = join(media, path);
  const shown = relative(root, file).split('\\').join('/');
  const wanted = makeMp4(options);
  const existing = await current(file);
  if (existing?.equals(wanted)) {
    console.log(`unchanged ${shown} (${wanted.length} bytes)`);
  } else if (check) {
    stale += 1;
    console.log(`${existing ? 'differs' : 'missing'}   ${shown}`);
  } else {
    await writeMp4(file, options);
    console.log(`wrote     ${shown} (${wanted.length} bytes)`);
  }
}
if (stale > 0) {
  console.log(`${stale} example file(s) out of date: run npm run examples`);
  process.exitCode = 1;
}
