// Writes the small example videos the sample manifest names. Byte-identical on every
// run, so running it again changes nothing; `--check` only reports files that differ
// (exit code 1), for CI.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeMp4, writeMp4 } from './mp4.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const media = join(root, 'examples', 'media');

/**
 * Each video gets its own seed, so each has its own sha256; each meets the default checks
 * (15 s to 5 min, with sound). Phones write the moov at the end, and portrait clips with
 * a rotation: the examples have both.
 */
const EXAMPLES = [
  { path: 'james.mp4', seed: 'james', durationSec: 42, payloadBytes: 6 * 1024, width: 1920, height: 1080 },
  { path: 'team/ana.mp4', seed: 'ana', durationSec: 35, payloadBytes: 4 * 1024, moov: 'end' as const, rotation: 90 as const },
  { path: 'team/li.mp4', seed: 'li', durationSec: 28, payloadBytes: 5 * 1024 },
  { path: 'consent/james-consent.mp4', seed: 'james-consent', durationSec: 8, payloadBytes: 3 * 1024 },
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
