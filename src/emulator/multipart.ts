/**
 * Streaming multipart/form-data parsing for the upload endpoint. Each file part is hashed
 * (SHA-256) and counted as its bytes arrive and the bytes are then dropped: the emulator
 * never holds an uploaded video in memory, whatever its size, so a test can push a large
 * upload through it and compare digests with what the client sent.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { BodyError } from './body.js';

/** What the emulator keeps of one file part. */
export interface FilePart {
  /** form field name of the part */
  field: string;
  /** filename from Content-Disposition; null when the part had none */
  filename: string | null;
  /** the part's Content-Type (without parameters), lower-cased */
  contentType: string;
  /** bytes received */
  size: number;
  /** lower-case hex SHA-256 of the bytes received */
  sha256: string;
}

/** A non-file part. */
export interface TextPart {
  name: string;
  value: string;
}

export interface MultipartBody {
  /** text parts in the order they arrived */
  text: TextPart[];
  /** file parts in the order they arrived */
  files: FilePart[];
}

/** Told about each file part while it streams, so progress can be observed from outside. */
export interface UploadObserver {
  start(part: { field: string; filename: string | null; contentType: string }): {
    progress(bytes: number): void;
    end(): void;
  };
}

/** Bounds on everything that is not file content; file content is unbounded but never kept. */
const LIMITS = {
  fieldNameSize: 200,
  fieldSize: 1024 * 1024,
  fields: 500,
  files: 20,
  parts: 520,
};

/**
 * Parses the request body as multipart/form-data. Rejects with a BodyError (the request
 * is then drained) when the body is not valid multipart or breaks the limits above.
 */
export function parseMultipart(req: IncomingMessage, observer?: UploadObserver): Promise<MultipartBody> {
  return new Promise<MultipartBody>((resolve, reject) => {
    const text: TextPart[] = [];
    const files: FilePart[] = [];
    const open = new Set<{ end(): void }>();
    let openFiles = 0;
    let parserClosed = false;
    let settled = false;

    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      for (const watch of open) watch.end();
      open.clear();
      req.unpipe();
      req.resume();
      reject(new BodyError(400, `Multipart form parse error - ${message}`));
    };
    const maybeDone = (): void => {
      if (settled || !parserClosed || openFiles > 0) return;
      settled = true;
      resolve({ text, files });
    };

    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: LIMITS });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return;
    }

    parser.on('file', (field, stream, info) => {
      const part: FilePart = {
        field,
        filename: info.filename ?? null,
        contentType: info.mimeType.toLowerCase(),
        size: 0,
        sha256: '',
      };
      files.push(part);
      openFiles += 1;
      const hash = createHash('sha256');
      const watch = observer?.start({ field, filename: part.filename, contentType: part.contentType });
      if (watch) open.add(watch);
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        part.size += chunk.length;
        watch?.progress(part.size);
      });
      stream.on('end', () => {
        part.sha256 = hash.digest('hex');
        if (watch) {
          watch.end();
          open.delete(watch);
        }
        openFiles -= 1;
        maybeDone();
      });
      stream.on('error', (error: Error) => fail(error.message));
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) {
        fail(`field "${name}" is larger than ${LIMITS.fieldSize} bytes`);
        return;
      }
      text.push({ name, value });
    });
    parser.on('partsLimit', () => fail(`more than ${LIMITS.parts} parts`));
    parser.on('filesLimit', () => fail(`more than ${LIMITS.files} files`));
    parser.on('fieldsLimit', () => fail(`more than ${LIMITS.fields} fields`));
    parser.on('error', (error: unknown) => fail(error instanceof Error ? error.message : String(error)));
    parser.on('close', () => {
      parserClosed = true;
      maybeDone();
    });
    // A client that goes away mid-body never ends the parser: settle from the socket side.
    req.on('close', () => {
      if (!req.complete) fail('the client closed the connection before the body ended');
    });
    req.on('error', (error: Error) => fail(error.message));
    req.pipe(parser);
  });
}
