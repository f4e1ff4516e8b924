/** One typed configuration, read by the action from its inputs and by the CLI from its flags (input-schema.ts). */

export const MODES = ['plan', 'sync', 'status'] as const;
export type Mode = (typeof MODES)[number];

export const PRUNE_MODES = ['none', 'orphaned', 'superseded', 'all'] as const;
export type PruneMode = (typeof PRUNE_MODES)[number];

export interface Config {
  mode: Mode;
  workspace: string;
  manifest: { absolute: string; display: string };
  lockfile: { absolute: string; display: string };
  results: string;
  api: { url: string; apiId: string | undefined; apiKey: string | undefined; requestTimeoutMs: number };
  wait: { enabled: boolean; timeoutMs: number; pollIntervalMs: number; onTimeout: 'fail' | 'warn' };
  concurrency: number;
  shard: { index: number; count: number } | undefined;
  /** which avatars the run deletes; `held`: why it only lists them (a pull request, another branch) */
  prune: { mode: PruneMode; held?: string };
}
