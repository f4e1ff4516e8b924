/** The engine's data model: what the manifest resolves to, and what a plan says. */
import type { Location } from './errors.js';

type Gender = 'm' | 'f' | 'nb';

/** The text fields sent on create; exactly these (and nothing else) feed the fields digest. */
export interface CreateFields {
  creator_name: string;
  gender?: Gender;
  video_scene?: string;
  keywords?: string;
  labels?: string[];
  webhook_url?: string;
}

export type LocalSource = {
  kind: 'file';
  /** POSIX path relative to the workspace, as the manifest named it */
  path: string;
  absolutePath: string;
  size: number;
  /**
   * null when hashing is deferred to the upload: a new avatar's video is hashed as it
   * streams to Creatify, so a large file is read once instead of twice
   */
  sha256: string | null;
  contentType: 'video/mp4' | 'video/quicktime';
  /** seconds, from the container's moov; null: a fragmented file whose length could not be read */
  duration: number | null;
  /** the video track's size as a player shows it (its rotation applied); null: no video track */
  resolution: { width: number; height: number; rotation: number } | null;
};
type UrlSource = { kind: 'url'; url: string };
export type VideoSource = LocalSource | UrlSource;

/** One avatar of the manifest after defaults, globs and placeholders, with its files checked. */
export interface ResolvedAvatar {
  key: string;
  fields: CreateFields;
  lipsync: VideoSource;
  consent?: VideoSource;
  /** where the manifest entry that produced it stands */
  location: Location;
  /** index of the manifest entry */
  entry: number;
}

export type AvatarAction = 'create' | 'replace' | 'unchanged';
/** `unconfirmed`: a create whose answer was lost may have made an avatar that cannot be found yet */
export type AvatarStatus = 'planned' | 'pending' | 'approved' | 'failed' | 'rejected' | 'unconfirmed';

export interface PlannedAvatar {
  avatar: ResolvedAvatar;
  action: AvatarAction;
  /** why a replace: what changed */
  reasons: string[];
  /** the id known from the lockfile (superseded when replaced) */
  lockedId: string | null;
  lockedStatus: AvatarStatus | null;
  fieldsDigest: string;
}

export function sourceLabel(source: VideoSource): string {
  return source.kind === 'file' ? source.path : source.url;
}

/** `45.2 s`, `1 min`, `4 min 30 s`: a clip's length as people say it; a limit (`whole`) as `15 s`. */
export function formatSeconds(seconds: number, whole = false): string {
  if (seconds < 60) return `${whole && Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** A lipsync clip as the plan shows it: seconds, and its size as a player shows it. */
export interface ClipShape {
  duration: number | null;
  width: number;
  height: number;
  rotation: number;
}

/** What a plan shows of a local lipsync clip; undefined for a URL, which is not read. */
export function clipShape(source: VideoSource): ClipShape | undefined {
  return source.kind === 'file' && source.resolution !== null ? { duration: source.duration, ...source.resolution } : undefined;
}

/** `1 min, 1280x720` for the plan's tables; empty for a URL. */
export function clipLabel(clip: ClipShape | undefined): string {
  if (clip === undefined) return '';
  return `${clip.duration === null ? 'length unknown' : formatSeconds(clip.duration)}, ${clip.width}x${clip.height}${clip.rotation === 0 ? '' : ` (rotated ${clip.rotation}°)`}`;
}
