/**
 * Deterministic slices of the manifest for a job matrix. An avatar's shard depends on its
 * `creator_name` alone: adding an avatar moves no other, and avatars sharing a name always
 * run in one process, where their creates take turns. Two runners creating the same name
 * at once could not tell their avatars apart after an unknown outcome (Creatify lists an
 * avatar by its name and creation time only).
 */
import { createHash } from 'node:crypto';

export function shardOf(creatorName: string, count: number): number {
  const digest = createHash('sha256').update(creatorName).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether the avatars named `creatorName` are this run's: always, unsharded. */
export function inShard(creatorName: string, shard: { index: number; count: number } | undefined): boolean {
  return !shard || shardOf(creatorName, shard.count) === shard.index;
}

export function selectShard<T>(
  items: readonly T[],
  shard: { index: number; count: number } | undefined,
  nameOf: (item: T) => string,
): T[] {
  return items.filter((item) => inShard(nameOf(item), shard));
}
