/**
 * `creatify-avatars merge --lockfile avatars.lock.json shard-1.lock.json …`: the shards'
 * lockfiles merged into the base lockfile, written atomically.
 */
import * as path from 'node:path';
import { AppError } from '../errors.js';
import { readLockfile, serializeLockfile, writeFileAtomic } from '../lock/lockfile.js';
import { mergeLockfiles } from '../lock/merge.js';
import type { MergeInput } from '../lock/merge.js';

export async function runMerge(target: string, files: readonly string[]): Promise<number> {
  const base = await readLockfile(target, target);
  const inputs: MergeInput[] = [];
  for (const file of files) {
    const read = await readLockfile(path.resolve(file), file);
    if (read.text === null) throw new AppError('INPUT_INVALID', `${file} does not exist`);
    inputs.push({ name: file, lock: read.lock });
  }
  const merged = mergeLockfiles(base.lock, inputs);
  await writeFileAtomic(target, serializeLockfile(merged));
  const count = Object.keys(merged.avatars).length;
  process.stdout.write(`merged ${files.length} lockfile(s) into ${target}: ${count} avatar(s)\n`);
  return 0;
}
