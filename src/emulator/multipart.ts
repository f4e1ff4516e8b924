/**
 * Streaming multipart/form-data parsing for the upload endpoint. Each file part is hashed
 * (SHA-256) and counted as its bytes arrive and the bytes are then dropped: the emulator
 * never holds an uploaded video in memory, whatever its size, so a test can push a large
 * upload through it and compare digests with what the client sent. The wire format is
 * read by `multipart-parser.ts`; this file applies the limits and keeps the parts.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BodyError } from './body.js';
import { boundaryOf, MultipartError, MultipartParser, type PartHead } from './multipart-parser.js';

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
    let parts = 0;
    let current: PartReader | null = null;
    let settled = false;

    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      current?.abandon();
      current = null;
      req.removeListener('data', onData);
      req.resume();
      reject(new BodyError(400, `Multipart form parse error - ${message}`));
    };

    let parser: MultipartParser;
    try {
      parser = new MultipartParser(boundaryOf(req.headers['content-type']), {
        start(head) {
          parts += 1;
          if (parts > LIMITS.parts) throw new MultipartError(`more than ${LIMITS.parts} parts`);
          if (Buffer.byteLength(head.name) > LIMITS.fieldNameSize) {
            throw new MultipartError(`a field name is longer than ${LIMITS.fieldNameSize} bytes`);
          }
          if (head.filename === null) {
            if (text.length >= LIMITS.fields) throw new MultipartError(`more than ${LIMITS.fields} fields`);
            current = new FieldReader(head.name, text);
          } else {
            if (files.length >= LIMITS.files) throw new MultipartError(`more than ${LIMITS.files} files`);
            current = new FileReader(head, files, observer);
          }
        },
        data(chunk) {
          current?.data(chunk);
        },
        end() {
          current?.end();
          current = null;
        },
      });
    } catch (error) {
      fail(messageOf(error));
      return;
    }

    function onData(chunk: Buffer): void {
      try {
        parser.push(chunk);
      } catch (error) {
        fail(messageOf(error));
      }
    }
    req.on('data', onData);
    req.on('end', () => {
      if (settled) return;
      try {
        parser.end();
      } catch (error) {
        fail(messageOf(error));
        return;
      }
      settled = true;
      resolve({ text, files });
    });
    // A client that goes away mid-body never ends the request: settle from the socket side.
    req.on('close', () => {
      if (!req.complete) fail('the client closed the connection before the body ended');
    });
    req.on('error', (error: Error) => fail(error.message));
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface PartReader {
  data(chunk: Buffer): void;
  end(): void;
  /** the body failed while this part was open */
  abandon(): void;
}

/** A text field: kept, up to the field size limit. */
class FieldReader implements PartReader {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  constructor(
    private readonly name: string,
    private readonly into: TextPart[],
  ) {}
  data(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size > LIMITS.fieldSize) throw new MultipartError(`field "${this.name}" is larger than ${LIMITS.fieldSize} bytes`);
    this.chunks.push(Buffer.from(chunk));
  }
  end(): void {
    this.into.push({ name: this.name, value: Buffer.concat(this.chunks).toString('utf8') });
  }
  abandon(): void {}
}

/** A file: hashed and counted as it arrives, never kept. */
class FileReader implements PartReader {
  private readonly part: FilePart;
  private readonly hash = createHash('sha256');
  private readonly watch: { progress(bytes: number): void; end(): void } | undefined;
  constructor(head: PartHead, into: FilePart[], observer: UploadObserver | undefined) {
    this.part = { field: head.name, filename: head.filename, contentType: head.contentType, size: 0, sha256: '' };
    into.push(this.part);
    this.watch = observer?.start({ field: head.name, filename: head.filename, contentType: head.contentType });
  }
  data(chunk: Buffer): void {
    this.hash.update(chunk);
    this.part.size += chunk.length;
    this.watch?.progress(this.part.size);
  }
  end(): void {
    this.part.sha256 = this.hash.digest('hex');
    this.watch?.end();
  }
  abandon(): void {
    this.watch?.end();
  }
}
