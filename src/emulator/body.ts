/**
 * Small request-body helpers: read a bounded body (JSON, url-encoded), drain an unread
 * one before answering, and name the media type. Every answer waits for the request
 * body to be consumed, as a buffering front proxy would, so a client streaming a large
 * upload always gets a clean response instead of a reset half-way through its write.
 */
import type { IncomingMessage } from 'node:http';

/** A body the emulator refuses to parse; `status` and `detail` become the answer. */
export class BodyError extends Error {
  readonly status: number;
  constructor(status: number, detail: string) {
    super(detail);
    this.name = 'BodyError';
    this.status = status;
  }
}

/** Django's DATA_UPLOAD_MAX_MEMORY_SIZE default: the largest non-file body it will read. */
const MAX_TEXT_BODY_BYTES = 2_621_440;

/** The media type of the request, lower-cased and without parameters; '' when absent. */
export function mediaType(req: IncomingMessage): string {
  const header = req.headers['content-type'] ?? '';
  return (header.split(';')[0] ?? '').trim().toLowerCase();
}

/** Reads the whole body, refusing (and draining) one longer than `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_TEXT_BODY_BYTES): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reject(new BodyError(413, `Request body is larger than ${limit} bytes.`));
      else resolve(Buffer.concat(chunks, size));
    });
    req.on('close', () => {
      if (!req.complete) reject(new BodyError(400, 'The client closed the connection before the body ended.'));
    });
    req.on('error', (error: Error) => reject(new BodyError(400, error.message)));
  });
}

/** Consumes and discards whatever is left of the body; resolves when it has ended. */
export function drain(req: IncomingMessage): Promise<void> {
  if (req.complete || req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = (): void => resolve();
    req.once('end', done);
    req.once('close', done);
    req.once('error', done);
    req.resume();
  });
}

/** Python's name for the type of a parsed JSON value, as DRF messages quote it. */
export function pythonTypeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    default:
      return 'dict';
  }
}
