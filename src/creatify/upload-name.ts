/**
 * The file name an uploaded video is sent under. Creatify's framework stores at most 100
 * characters of it (Django's FileField) and refuses a longer one after the upload, and a
 * storage may mangle odd characters; the local file's name can be anything. So the name
 * is made from the avatar's key: ASCII letters, digits, `-` and `_`, short, with the
 * extension of the container.
 */
import type { VideoFile } from './types.js';

/** Well under Django's 100, which its storage may also spend on a directory and a suffix. */
const MAX_STEM = 40;

export function uploadName(key: string, contentType: VideoFile['contentType'], field: 'lipsync_input' | 'consent_video'): string {
  const stem =
    key
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents, once split from their letters
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .slice(0, MAX_STEM)
      .replace(/^[-_]+|[-_]+$/g, '') || 'avatar';
  return `${stem}${field === 'consent_video' ? '-consent' : ''}${contentType === 'video/quicktime' ? '.mov' : '.mp4'}`;
}
