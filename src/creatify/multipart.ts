/**
 * The bodies of the two creates. Mainly the multipart body of `POST /api/personas_v2/`:
 * text fields, then the video files streamed from disk with an exact Content-Length
 * (never chunked, never buffered whole). A body is consumed once; the client builds a
 * new one, opening the files afresh, for every attempt.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { AppError } from '../errors.js';
import { CHUNK_BYTES, readChunks } from '../files/hash.js';
import type { CreateFields, VideoFile } from './types.js';

/** The text parts in sending order; unset and empty optional fields are left out. */
function textParts(fields: CreateFields): Array<[name: string, value: string]> {
  const parts: Array<[string, string]> = [['creator_name', fields.creator_name]];
  const optional = [
    ['gender', fields.gender],
    ['video_scene', fields.video_scene],
    ['keywords', fields.keywords],
  ] as const;
  for (const [name, value] of optional) {
    if (value !== undefined && value !== '') parts.push([name, value]);
  }
  // DRF reads a list field from repeated parts of the same name.
  for (const label of fields.labels ?? []) parts.push(['labels', label]);
  if (fields.webhook_url !== undefined && fields.webhook_url !== '') parts.push(['webhook_url', fields.webhook_url]);
  return parts;
}

/** The JSON body of `POST /api/personas/`: the set fields, the video URLs. */
export function jsonPayload(fields: CreateFields, lipsyncUrl: string, consentUrl: string | undefined): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [name, value] of textParts(fields)) {
    if (name !== 'labels') payload[name] = value;
  }
  if (fields.labels !== undefined && fields.labels.length > 0) payload.labels = [...fields.labels];
  payload.lipsync_input = lipsyncUrl;
  if (consentUrl !== undefined && consentUrl !== '') payload.consent_video = consentUrl;
  return payload;
}

/** Fails with FILE_INVALID when the file is gone or its size is not the one checked. */
async function assertUnchanged(file: VideoFile): Promise<void> {
  let size: number;
  try {
    const info = await stat(file.absolutePath);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (error) {
    throw new AppError('FILE_INVALID', `${file.absolutePath} can no longer be read for upload.`, { cause: error });
  }
  if (size !== file.size) {
    throw new AppError(
      'FILE_INVALID',
      `${file.absolutePath} changed after it was checked (${file.size} bytes then, ${size} now); nothing was uploaded.`,
      { hint: 'Do not modify videos while the action runs; run it again.' },
    );
  }
  if (size === 0) throw new AppError('FILE_INVALID', `${file.absolutePath} is empty.`);
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** The multipart fields that carry a video. */
type VideoField = 'lipsync_input' | 'consent_video';

export interface MultipartUpload {
  /** the request body; it can be read once */
  body: Transform;
  /** exact `content-type` (with the boundary) and `content-length` */
  headers: Record<'content-type' | 'content-length', string>;
  /** closes the files; safe to call more than once, and after the body ended */
  dispose(): void;
}

export interface MultipartOptions {
  /** called for every chunk passed on towards the socket, with the running total */
  onBytes?: (sent: number, total: number) => void;
  /** each file's streamed SHA-256, once verified, before the closing boundary is released */
  onHashed?: (field: VideoField, sha256: string) => void;
  /** awaited after the hashes are verified, before the closing boundary is released */
  beforeLastBytes?: () => Promise<void>;
}

/**
 * Builds a fresh body for one attempt. The files are checked again first, and each is
 * read only up to its checked size, so a file growing meanwhile cannot break the length.
 *
 * A file rewritten with other bytes of the same size is caught by hashing each file as it
 * streams out: the last bytes of the body (the closing boundary) are withheld until every
 * streamed SHA-256 equals the planned one. On a mismatch the body fails instead, so the
 * request is aborted with an incomplete body and the server creates nothing from it.
 */
export async function buildMultipartUpload(
  fields: CreateFields,
  lipsync: VideoFile,
  consent: VideoFile | undefined,
  options: MultipartOptions = {},
): Promise<MultipartUpload> {
  const files: Array<[VideoField, VideoFile]> = [['lipsync_input', lipsync]];
  if (consent) files.push(['consent_video', consent]);
  for (const [, file] of files) await assertUnchanged(file);

  // loaded here, not at start: a run that uploads nothing never needs it (and its MIME
  // database costs about 15 ms to load)
  const { default: FormData } = await import('form-data');
  const form = new FormData();
  for (const [name, value] of textParts(fields)) form.append(name, value);
  const streams: Readable[] = [];
  const digests: Array<{ file: VideoFile; field: VideoField; digest: () => string }> = [];
  for (const [name, file] of files) {
    // read only up to the checked size, so a file growing meanwhile cannot break the length
    const hash = createHash('sha256');
    const stream = Readable.from(readChunks(file.absolutePath, hash, { limit: file.size }), { objectMode: false, highWaterMark: CHUNK_BYTES });
    streams.push(stream);
    digests.push({ file, field: name, digest: () => hash.digest('hex') });
    form.append(name, stream, { knownLength: file.size, filename: file.filename, contentType: file.contentType });
  }
  const length = form.getLengthSync();
  // the closing boundary, sent only once the files' bytes are verified
  const withheld = Buffer.byteLength(`--${form.getBoundary()}--\r\n`);

  let read = 0;
  let sent = 0;
  const held: Buffer[] = [];
  const pass = (chunk: Buffer): Buffer => {
    sent += chunk.length;
    options.onBytes?.(sent, length);
    return chunk;
  };
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const free = Math.max(0, length - withheld - read);
      read += chunk.length;
      if (chunk.length <= free) {
        callback(null, pass(chunk));
        return;
      }
      held.push(chunk.subarray(free));
      callback(null, free > 0 ? pass(chunk.subarray(0, free)) : undefined);
    },
    flush(callback) {
      // Fewer bytes than announced means a file shrank while it was read.
      if (read !== length) {
        callback(new AppError('FILE_INVALID', `A video changed while it was uploaded (${read} of ${length} bytes read).`));
        return;
      }
      for (const { file, field, digest } of digests) {
        // verified against a planned hash only (callers without one pass a placeholder)
        const streamed = digest();
        if (file.sha256 !== null && SHA256_HEX.test(file.sha256) && streamed !== file.sha256.toLowerCase()) {
          callback(
            new AppError(
              'FILE_INVALID',
              `${file.absolutePath} changed while uploading (its SHA-256 is not the one planned); the upload was aborted before its end, so nothing was created from it.`,
              { hint: 'Do not modify videos while the action runs; run it again.' },
            ),
          );
          return;
        }
        options.onHashed?.(field, streamed);
      }
      const release = (): void => callback(null, held.length > 0 ? pass(Buffer.concat(held)) : undefined);
      if (!options.beforeLastBytes) {
        release();
        return;
      }
      options.beforeLastBytes().then(release, (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  // destroying a file's stream ends its reading, which closes the file
  const dispose = (): void => {
    for (const stream of streams) if (!stream.destroyed) stream.destroy();
  };
  // form-data is a classic stream: pipe() does not forward its errors, so do it here.
  form.on('error', (error: Error) => counter.destroy(error));
  counter.on('close', dispose);
  form.pipe(counter);

  return {
    body: counter,
    headers: { 'content-type': `multipart/form-data; boundary=${form.getBoundary()}`, 'content-length': String(length) },
    dispose: () => {
      dispose();
      if (!counter.destroyed) counter.destroy();
    },
  };
}
