/**
 * Deterministic slices of the manifest for a job matrix: an avatar's shard depends on
 * its key alone, so adding an avatar moves no other.
 */
import { createHash } from 'node:crypto';

export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function selectShard<T extends { key: string }>(items: readonly T[], shard: { index: number; count: number } | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((item) => shardOf(item.key, shard.count) === shard.index);
}
