/**
 * The names the action leaves on GitHub, fixed so branch protection and later runs find
 * them again: status context and check name, comment marker, artifact name.
 */
import { INPUTS } from '../input-schema.js';

const BASE_NAME = 'Creatify avatars';
const DEFAULT_MANIFEST = INPUTS.manifest.default;

export interface Naming {
  manifest: string;
  shard: { index: number; count: number } | undefined;
}

/**
 * `Creatify avatars` for the default manifest; another manifest or a shard gets its own
 * name, so two of them in one workflow do not overwrite each other's status.
 */
export function checkName({ manifest, shard }: Naming): string {
  const parts: string[] = [];
  if (manifest !== DEFAULT_MANIFEST) parts.push(manifest);
  if (shard) parts.push(`shard ${shard.index}/${shard.count}`);
  return parts.length > 0 ? `${BASE_NAME} (${parts.join(', ')})` : BASE_NAME;
}

/** Hidden in the rendered comment; `--` cannot appear inside an HTML comment. */
export function commentMarker({ manifest, shard }: Naming): string {
  const id = `${manifest}${shard ? `#shard-${shard.index}-of-${shard.count}` : ''}`.replace(/-{2,}/g, '-').replace(/>/g, '');
  return `<!-- creatify-avatars:${id} -->`;
}

/**
 * The default name adds the manifest when it is not the default one (a matrix over
 * manifests needs no artifact-name of its own); a shard adds `-shard-i-of-n`; a re-run
 * (attempt 2 and later) adds `-attempt-k`, because an artifact name can be used once per
 * workflow run and the first attempt's artifact is kept (never deleted) for comparison.
 */
export function artifactName(base: string, { manifest, shard }: Naming, runAttempt: number): string {
  // artifact names may not hold " : < > | * ? \ / or line breaks
  const forManifest = base === INPUTS['artifact-name'].default && manifest !== DEFAULT_MANIFEST ? `-${manifest.replace(/[^A-Za-z0-9._-]+/g, '-')}` : '';
  return `${base}${forManifest}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}${runAttempt > 1 ? `-attempt-${runAttempt}` : ''}`;
}
