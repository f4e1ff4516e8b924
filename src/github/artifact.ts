/**
 * The results artifact: the results JSON, zipped by @actions/artifact, under a name that
 * is unique per run attempt and shard (see names.ts).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

export type ArtifactOutcome = { kind: 'uploaded'; id: number; name: string } | { kind: 'skipped'; reason: string };

export interface UploadOptions {
  name: string;
  resultsPath: string;
  env: NodeJS.ProcessEnv;
  retentionDays?: number;
}

/** The service answers 409 when the run already has an artifact of that name. */
function isNameConflict(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /\(409\)|already exists/i.test(message);
}

export async function uploadResults(options: UploadOptions): Promise<ArtifactOutcome> {
  const { env, name } = options;
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { kind: 'skipped', reason: 'not running on GitHub Actions (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)' };
  }
  // the zip holds `<name>.json`, so artifacts downloaded into one folder do not collide
  const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'creatify-artifact-'));
  try {
    const file = join(dir, `${name}.json`);
    await copyFile(options.resultsPath, file);
    const client = new DefaultArtifactClient();
    const uploaded = await client
      .uploadArtifact(name, [file], dir, options.retentionDays ? { retentionDays: options.retentionDays } : {})
      .catch((error: unknown) => {
        if (!isNameConflict(error)) throw error;
        throw new Error(`this run already has an artifact named ${name}: give each step of the workflow its own artifact-name`, { cause: error });
      });
    if (uploaded.id === undefined) throw new Error(`the artifact service returned no id for ${name}`);
    return { kind: 'uploaded', id: uploaded.id, name };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
