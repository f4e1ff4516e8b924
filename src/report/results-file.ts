/** The results JSON: the artifact's content, and what the `results` output points at. */
import { idLists, type RunResult } from '../engine/result.js';
import { writeFileAtomic } from '../lock/lockfile.js';

export function resultsDocument(result: RunResult, now: Date): Record<string, unknown> {
  return {
    version: 1,
    generated_at: now.toISOString(),
    mode: result.mode,
    manifest: result.manifest,
    lockfile: result.lockfile,
    ...(result.shard ? { shard: result.shard } : {}),
    avatars: result.avatars,
    ...idLists(result),
    superseded: result.superseded,
    orphaned: result.orphaned,
    deletes: result.deleted,
    would_delete: result.wouldDelete,
    ...(result.quota ? { quota: result.quota } : {}),
    ...(result.incomplete ? { incomplete: result.incomplete } : {}),
  };
}

export async function writeResults(file: string, result: RunResult, now: Date): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(resultsDocument(result, now), null, 2)}\n`);
}
