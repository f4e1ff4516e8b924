/** One typed configuration, read by the action from its inputs and by the CLI from its flags (input-schema.ts). */

export const MODES = ['plan', 'sync', 'status'] as const;
export type Mode = (typeof MODES)[number];

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
}
