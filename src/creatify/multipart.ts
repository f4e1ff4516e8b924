/**
 * The bodies of the two creates. Mainly the multipart body of `POST /api/personas_v2/`:
 * text fields, then the video files streamed from disk with an exact Content-Length
 * (never chunked, never buffered whole). A body is consumed once; the client builds a
 * new one, opening the files afresh, for every attempt.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import FormData from 'form-data';
import { AppError } from '../errors.js';
import type { CreateFields, VideoFile } from './types.js';

/** The text parts in sending order; unset and empty optional fields are left out. */
export function textParts(fields: CreateFields): Array<[name: string, value: string]> {
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
export async function assertUnchanged(file: VideoFile): Promise<void> {
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

export interface MultipartUpload {
  /** the request body; it can be read once */
  body: Transform;
  /** exact `content-type` (with the boundary) and `content-length` */
  headers: Record<'content-type' | 'content-length', string>;
  length: number;
  /** closes the files; safe to call more than once, and after the body ended */
  dispose(): void;
}

export interface MultipartOptions {
  /** called for every chunk passed on towards the socket, with the running total */
  onBytes?: (sent: number, total: number) => void;
}

/**
 * Builds a fresh body for one attempt. The files are checked again first, and each is
 * read only up to its checked size, so a file growing meanwhile cannot break the length.
 */
export async function buildMultipartUpload(
  fields: CreateFields,
  lipsync: VideoFile,
  consent: VideoFile | undefined,
  options: MultipartOptions = {},
): Promise<MultipartUpload> {
  const files: Array<[string, VideoFile]> = [['lipsync_input', lipsync]];
  if (consent) files.push(['consent_video', consent]);
  for (const [, file] of files) await assertUnchanged(file);

  const form = new FormData();
  for (const [name, value] of textParts(fields)) form.append(name, value);
  const streams: ReadStream[] = [];
  for (const [name, file] of files) {
    const stream = createReadStream(file.absolutePath, { start: 0, end: file.size - 1 });
    streams.push(stream);
    form.append(name, stream, { knownLength: file.size, filename: file.filename, contentType: file.contentType });
  }
  const length = form.getLengthSync();

  let sent = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sent += chunk.length;
      options.onBytes?.(sent, length);
      callback(null, chunk);
    },
    flush(callback) {
      // Fewer bytes than announced means a file shrank while it was read.
      if (sent !== length) {
        callback(new AppError('FILE_INVALID', `A video changed while it was uploaded (${sent} of ${length} bytes read).`));
      } else {
        callback();
      }
    },
  });

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
    length,
    dispose: () => {
      dispose();
      if (!counter.destroyed) counter.destroy();
    },
  };
}
