/**
 * Checks every local video the resolved avatars name: inside the workspace after links,
 * a real MP4/QuickTime file, not empty, not a Git LFS pointer, a lipsync clip within the
 * manifest's `checks` and a consent clip with a video track; then hashes it by streaming.
 * Each file is read once however many avatars name it.
 */
import { errnoCode } from '../errors.js';
import type { Problem } from '../errors.js';
import { HASH_CONCURRENCY, checkAndHashFile } from '../files/hash.js';
import type { FileHash } from '../files/hash.js';
import { inspectHead, inspectVideo } from '../files/inspect.js';
import type { Inspection } from '../files/inspect.js';
import type { VideoMeta } from '../files/video-meta.js';
import { shownSize } from '../files/video-meta.js';
import { resolveInWorkspace } from '../files/workspace.js';
import type { RealpathCache } from '../files/workspace.js';
import type { LocalSource, ResolvedAvatar, VideoSource } from '../model.js';
import { mapLimit } from '../util/limit.js';
import { checkConsent, checkLipsync, type Failure, type VideoChecks } from './checks.js';
import type { PendingSource, UncheckedAvatar } from './resolve.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

export interface CheckOptions {
  /** what lipsync clips must be (the manifest's `checks`, defaults applied) */
  checks: VideoChecks;
  concurrency?: number;
  /**
   * Lipsync videos are not hashed here: a sync hashes a new avatar's video as it streams
   * out, so a large file is read once, not twice (and the others once the lockfile is read).
   */
  deferHash?: boolean;
}

type FileResult = { ok: true; source: LocalSource; meta: VideoMeta } | { ok: false; message: string; hint?: string };

export async function checkFiles(
  avatars: readonly UncheckedAvatar[],
  source: YamlSource,
  workspace: string,
  options: CheckOptions,
): Promise<{ avatars: ResolvedAvatar[]; problems: Problem[] }> {
  const paths = new Set<string>();
  // a path is hashed now unless every avatar naming it defers it, as its lipsync video
  const hashNow = new Set<string>();
  for (const avatar of avatars) {
    if (avatar.lipsync.kind === 'file') {
      paths.add(avatar.lipsync.path);
      if (!options.deferHash) hashNow.add(avatar.lipsync.path);
    }
    if (avatar.consent?.kind === 'file') {
      paths.add(avatar.consent.path);
      hashNow.add(avatar.consent.path);
    }
  }
  const list = [...paths];
  const cache: RealpathCache = new Map();
  const results = await mapLimit(list, options.concurrency ?? HASH_CONCURRENCY, (p) => checkOne(workspace, p, cache, hashNow.has(p)));
  const byPath = new Map(list.map((p, i) => [p, results[i]!]));

  const problems: Problem[] = [];
  const reported = new Set<string>();
  const resolved: ResolvedAvatar[] = [];
  for (const avatar of avatars) {
    const take = (pending: PendingSource, manifestPath: PathSegment[], check: (name: string, meta: VideoMeta) => Failure[]): VideoSource | undefined => {
      if (pending.kind === 'url') return pending; // not downloaded, so not checked
      const result = byPath.get(pending.path)!;
      const failures = result.ok ? check(result.source.path, result.meta) : [result];
      if (result.ok && failures.length === 0) return result.source;
      const id = `${pending.path}\u0000${manifestPath.join('.')}`;
      if (!reported.has(id)) {
        reported.add(id);
        for (const failure of failures) {
          problems.push({
            message: failure.message,
            location: source.locate(manifestPath),
            path: `avatars[${avatar.entry}].${String(manifestPath[manifestPath.length - 1])}`,
            ...(failure.hint ? { hint: failure.hint } : {}),
          });
        }
      }
      return undefined;
    };
    const lipsync = take(avatar.lipsync, avatar.lipsyncPath, (name, meta) => checkLipsync(name, meta, options.checks));
    const consent = avatar.consent ? take(avatar.consent, avatar.consentPath, checkConsent) : undefined;
    if (!lipsync || (avatar.consent && !consent)) continue;
    resolved.push({
      key: avatar.key,
      fields: avatar.fields,
      lipsync,
      ...(consent ? { consent } : {}),
      location: avatar.location,
      entry: avatar.entry,
    });
  }
  return { avatars: resolved, problems };
}

async function checkOne(workspace: string, manifestPath: string, cache: RealpathCache, hash: boolean): Promise<FileResult> {
  const place = await resolveInWorkspace(workspace, manifestPath, cache);
  if (!place.ok) return { ok: false, message: place.problem, ...(place.hint ? { hint: place.hint } : {}) };
  let inspection: Inspection;
  let hashed: FileHash | undefined;
  if (!hash) {
    inspection = await inspectVideo(place.realPath, place.relative);
  } else {
    try {
      ({ check: inspection, hash: hashed } = await checkAndHashFile(place.realPath, (head, length) => inspectHead(head, length, place.relative, place.realPath)));
    } catch (error) {
      return { ok: false, message: `${place.relative} cannot be read: ${errnoCode(error) ?? String(error)}` };
    }
  }
  if (!inspection.ok) return { ok: false, message: inspection.message, ...(inspection.hint ? { hint: inspection.hint } : {}) };
  // checked and hashed: the size is the bytes hashed; checked only: the size on disk
  return {
    ok: true,
    source: {
      kind: 'file',
      path: place.relative,
      absolutePath: place.realPath,
      size: hashed?.size ?? inspection.size,
      sha256: hashed?.sha256 ?? null,
      contentType: inspection.contentType,
      duration: inspection.meta.durationUnknown === undefined ? inspection.meta.duration : null,
      resolution: inspection.meta.video && { ...shownSize(inspection.meta.video), rotation: inspection.meta.video.rotation },
    },
    meta: inspection.meta,
  };
}
