/**
 * The digest of what is sent to Creatify besides the lipsync video's bytes: the text
 * fields, a URL source, and the consent video. A change of any of them means the avatar
 * Creatify holds is no longer the one the manifest describes.
 */
import { createHash } from 'node:crypto';
import type { CreateFields } from '../model.js';
import type { VideoSource } from '../model.js';

export function fieldsDigest(fields: CreateFields, lipsync: VideoSource, consent: VideoSource | undefined): string {
  const canonical = {
    creator_name: fields.creator_name,
    gender: fields.gender ?? null,
    video_scene: fields.video_scene ?? null,
    keywords: fields.keywords ?? null,
    labels: fields.labels ?? null,
    webhook_url: fields.webhook_url ?? null,
    lipsync_url: lipsync.kind === 'url' ? lipsync.url : null,
    consent: consent === undefined ? null : consent.kind === 'url' ? consent.url : `sha256:${consent.sha256}`,
  };
  return `sha256:${createHash('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}
