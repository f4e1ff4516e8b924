/**
 * The bodies of the two creates. Mainly the multipart body of `POST /api/personas_v2/`:
 * text fields, then the video files with an exact Content-Length (never chunked): streamed
 * from disk, or, when each file fits in one chunk, read whole into one buffer. A body is
 * used once; the client builds a new one, reading the files afresh, for every attempt.
 */
import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppError } from '../errors.js';
import { CHUNK_BYTES, readChunks, readInto } from '../files/hash.js';
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

/**
 * A video of at most one chunk is read with blocking calls (stat, open, read, close): four
 * round trips to the libuv pool saved for each, the most of a small upload's own work
 * (docs/performance.md, sync-scale), and a stall of at most one chunk's read for the
 * uploads in flight. Larger videos are read through the pool.
 */
function readsBlocking(file: VideoFile): boolean {
  return file.size <= CHUNK_BYTES;
}

/** Fails with FILE_INVALID when the file is gone or its size is not the one checked. */
async function assertUnchanged(file: VideoFile): Promise<void> {
  let size: number;
  try {
    const info = readsBlocking(file) ? statSync(file.absolutePath) : await stat(file.absolutePath);
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

/** Random once per process; each body's boundary adds its own number. */
const BOUNDARY_TOKEN = randomBytes(12).toString('hex');
let bodies = 0;

/** The multipart fields that carry a video. */
type VideoField = 'lipsync_input' | 'consent_video';

export interface MultipartUpload {
  /** the request body: a stream, read once, or a body of one chunk a file, whole */
  body: Readable | Buffer;
  /** exact `content-type` (with the boundary) and `content-length` */
  headers: Record<'content-type' | 'content-length', string>;
  /** closes the files; safe to call more than once, and after the body ended */
  dispose(): void;
  /** true once the body's last bytes were handed on towards the socket (a body of one buffer: at once) */
  complete(): boolean;
}

export interface MultipartOptions {
  /** called for every chunk passed on towards the socket, with the running total */
  onBytes?: (sent: number, total: number) => void;
  /** each file's streamed SHA-256, once verified, before the closing boundary is released */
  onHashed?: (field: VideoField, sha256: string) => void;
  /**
   * awaited after the hashes are verified, before the closing boundary is released; a
   * rejection withholds it, so the body fails short and the server can make nothing of it
   */
  beforeLastBytes?: () => Promise<void>;
}

/** A quoted header parameter cannot be closed or broken by the name it carries (as browsers escape it). */
function quoted(value: string): string {
  return `"${value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/**
 * Builds a fresh body for one attempt. The files are checked again first, and each is
 * read only up to its checked size, so a file growing meanwhile cannot break the length.
 *
 * A file rewritten with other bytes of the same size is caught by hashing each file as it
 * streams out: the last bytes of the body (the closing boundary) are withheld until every
 * streamed SHA-256 equals the planned one. On a mismatch the body fails instead, so the
 * request is aborted with an incomplete body and the server creates nothing from it.
 *
 * A body whose files fit in one chunk each is built whole, and only once the hashes match
 * and `beforeLastBytes` has resolved: a mismatch then fails before any byte is sent.
 *
 * The framing is written here rather than by a multipart library: each part's head goes
 * out with the first bytes of what follows it, and a small body in one write (see
 * docs/performance.md, sync-scale).
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

  const boundary = `----creatify-avatars-${BOUNDARY_TOKEN}${(bodies += 1).toString(36)}`;
  const disposition = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}`;
  const text = textParts(fields)
    .map(([name, value]) => `${disposition(name)}\r\n\r\n${value}\r\n`)
    .join('');
  // what goes before each file's bytes: the text parts before the first, the line break ending the one before
  const heads = files.map(([name, file], index) =>
    Buffer.from(`${index === 0 ? text : '\r\n'}${disposition(name)}; filename=${quoted(file.filename)}\r\nContent-Type: ${file.contentType}\r\n\r\n`),
  );
  // the closing boundary, sent only once the files' bytes are verified
  const last = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = heads.reduce((sum, head) => sum + head.length, 0) + files.reduce((sum, [, file]) => sum + file.size, 0) + last.length;

  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) };
  const framing: Framing = { files, heads, last, length };
  if (files.every(([, file]) => readsBlocking(file))) return { body: await wholeBody(framing, options), headers, dispose: () => undefined, complete: () => true };
  const streamed = streamedBody(framing, options);
  // destroying the body ends the reading of the file in hand, which closes it
  const body = Readable.from(streamed.chunks, { objectMode: false, highWaterMark: CHUNK_BYTES });
  return {
    body,
    headers,
    dispose: () => {
      if (!body.destroyed) body.destroy();
    },
    complete: streamed.complete,
  };
}

/** What goes around the files' bytes: each file's part head, the closing boundary, the whole length. */
interface Framing {
  files: Array<[VideoField, VideoFile]>;
  heads: Buffer[];
  last: Buffer;
  length: number;
}

/**
 * A body whose files fit in one chunk each, read straight into one buffer of its length
 * with blocking calls, verified and marked before its request starts: a mismatch fails
 * before any byte is sent. Plain code rather than the streamed body's generators: on
 * thousands of small creates that costs the process less CPU (docs/performance.md,
 * sync-scale).
 */
async function wholeBody({ files, heads, last, length }: Framing, options: MultipartOptions): Promise<Buffer> {
  const body = Buffer.allocUnsafe(length);
  const digests: string[] = [];
  let at = 0;
  for (const [index, [, file]] of files.entries()) {
    at += heads[index]!.copy(body, at);
    const place = body.subarray(at, at + file.size);
    const read = readInto(file.absolutePath, place);
    if (read !== file.size) throw shrank(file, read);
    digests.push(createHash('sha256').update(place).digest('hex'));
    at += read;
  }
  checkDigests(files, digests, options);
  await options.beforeLastBytes?.();
  last.copy(body, at);
  options.onBytes?.(length, length);
  return body;
}

/** A larger body, streamed from disk; only its closing boundary waits for the hashes and `beforeLastBytes`. */
function streamedBody({ files, heads, last, length }: Framing, options: MultipartOptions): { chunks: AsyncGenerator<Buffer>; complete(): boolean } {
  let sent = 0;
  let complete = false;
  const pass = (chunk: Buffer): Buffer => {
    sent += chunk.length;
    options.onBytes?.(sent, length);
    return chunk;
  };
  async function* chunks(): AsyncGenerator<Buffer> {
    const digests: string[] = [];
    for (const [index, [, file]] of files.entries()) {
      const hash = createHash('sha256');
      let head: Buffer | undefined = heads[index];
      let read = 0;
      for await (const chunk of readChunks(file.absolutePath, hash, { limit: file.size, blocking: readsBlocking(file) })) {
        read += chunk.length;
        const piece = head ? Buffer.concat([head, chunk]) : chunk;
        head = undefined;
        yield pass(piece);
      }
      if (read !== file.size) throw shrank(file, read);
      digests.push(hash.digest('hex'));
    }
    checkDigests(files, digests, options);
    await options.beforeLastBytes?.();
    complete = true;
    yield pass(last);
  }
  return { chunks: chunks(), complete: () => complete };
}

/** Fewer bytes than announced: the file shrank while it was read. */
function shrank(file: VideoFile, read: number): AppError {
  return new AppError('FILE_INVALID', `${file.absolutePath} changed while it was uploaded (${read} of ${file.size} bytes read).`);
}

/** Each file's SHA-256 against the planned one (callers without one pass a placeholder), then reported. */
function checkDigests(files: Array<[VideoField, VideoFile]>, digests: string[], options: MultipartOptions): void {
  for (const [index, [field, file]] of files.entries()) {
    const digest = digests[index]!;
    if (file.sha256 !== null && SHA256_HEX.test(file.sha256) && digest !== file.sha256.toLowerCase()) {
      throw new AppError(
        'FILE_INVALID',
        `${file.absolutePath} changed while uploading (its SHA-256 is not the one planned); the upload was aborted before its end, so nothing was created from it.`,
        { hint: 'Do not modify videos while the action runs; run it again.' },
      );
    }
    options.onHashed?.(field, digest);
  }
}
