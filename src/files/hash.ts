/**
 * SHA-256 of local videos, the identity the lockfile compares against. A video is read by
 * `readChunks`: from its start in fixed-size chunks, each hashed as it is read, so memory
 * stays flat whatever its size. Plain hashing and the upload (which hashes the bytes it
 * actually sends) both read through it; only the upload of a video of one chunk reads it
 * whole into its place in the body (`readInto`), as plain blocking calls.
 */
import { createHash, type Hash } from 'node:crypto';
import { close, closeSync, fstat, fstatSync, open, openSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';

export interface FileHash {
  sha256: string;
  size: number;
}

/** What `checkAndHashFile` found: the check's verdict, and the hash only when it passed. */
export type CheckedFile<T extends { ok: boolean }> =
  | { check: T & { ok: false }; hash?: undefined }
  | { check: T & { ok: true }; hash: FileHash };

/** 1 MiB reads: a sixteenth of the reads of Node's 64 KiB default on a large video. */
export const CHUNK_BYTES = 1024 * 1024;
/**
 * Default files in flight when checking and hashing many. 16 was the knee on 5,000 files
 * of 10-50 KiB with 2 cores when the reads went through the libuv pool; the plan's reads
 * now block, so it only interleaves them (each file with its own lent buffer). 2 was
 * within the noise on 10,000 files (a loaded machine) and peaked 17 MB higher: 16 stays.
 */
export const HASH_CONCURRENCY = 16;

const openFd = promisify(open);
const fstatFd = promisify(fstat);
const readFd = promisify(read);
const closeFd = promisify(close);

export interface ReadOptions {
  /** read at most this many bytes; default: the size when opened */
  limit?: number;
  /** told the size when opened, before the first chunk */
  sized?: (size: number) => void;
  /**
   * Blocking reads: each of a small file's calls (open, fstat, read, close) then skips a
   * round trip to the libuv pool, which made up most of a 5,000-file plan's time
   * (docs/performance.md, plan). For the plan, when nothing else runs, and for uploads of
   * videos of one chunk; never for a larger video while uploads run, whose reads from a
   * cold disk would stall them all.
   */
  blocking?: boolean;
  /**
   * Read into this buffer, again for every chunk (at most its length at a time): a chunk
   * is then valid only until the next is asked for. For readers that only hash what they
   * read, so that thousands of files allocate nothing (docs/performance.md, plan).
   */
  into?: Buffer;
}

/** The four calls `readChunks` makes, through the libuv pool or blocking. */
const ASYNC_FS = { open: openFd, fstat: fstatFd, read: readFd, close: closeFd };
const BLOCKING_FS = {
  open: (path: string, flags: string) => Promise.resolve(openSync(path, flags)),
  fstat: (fd: number) => Promise.resolve(fstatSync(fd)),
  read: (fd: number, buffer: Buffer, offset: number, length: number, position: number) =>
    Promise.resolve({ bytesRead: readSync(fd, buffer, offset, length, position) }),
  close: (fd: number) => Promise.resolve(closeSync(fd)),
};

/**
 * The bytes of a file from its start, up to the limit and fewer if it shrinks meanwhile,
 * in fresh buffers of at most CHUNK_BYTES, each fed to `hash` before it is yielded. The
 * file is closed when the reading ends or is abandoned. A plain descriptor rather than a
 * `FileHandle`: on thousands of small files the handle objects cost about a third more.
 */
export async function* readChunks(path: string, hash: Hash, options: ReadOptions = {}): AsyncGenerator<Buffer> {
  const fs = options.blocking ? BLOCKING_FS : ASYNC_FS;
  const fd = await fs.open(path, 'r');
  try {
    let end = options.limit;
    if (end === undefined || options.sized) {
      const { size } = await fs.fstat(fd);
      options.sized?.(size);
      end ??= size;
    }
    for (let position = 0; position < end; ) {
      const length = Math.min(options.into?.length ?? CHUNK_BYTES, end - position);
      const buffer = options.into ? options.into.subarray(0, length) : Buffer.allocUnsafe(length);
      const { bytesRead } = await fs.read(fd, buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      position += bytesRead;
      yield chunk;
    }
  } finally {
    await fs.close(fd);
  }
}

/**
 * The first `into.length` bytes of a file, read into `into` with blocking calls; returns
 * how many, fewer when the file is shorter. For videos of at most one chunk only: the
 * event loop waits for the read.
 */
export function readInto(path: string, into: Buffer): number {
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < into.length) {
      const got = readSync(fd, into, read, into.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return read;
  } finally {
    closeSync(fd);
  }
}

/** Read buffers of the readers that only look at what they read, each lent to one file at a time. */
const spareBuffers: Buffer[] = [];

/** Lends a CHUNK_BYTES buffer to `use`, which must be done with its bytes when it resolves. */
export async function withReadBuffer<T>(use: (buffer: Buffer) => Promise<T>): Promise<T> {
  const buffer = spareBuffers.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    return await use(buffer);
  } finally {
    spareBuffers.push(buffer);
  }
}

/**
 * SHA-256 (hex) and byte size of a file. The size is the number of bytes hashed, so the
 * two agree even if the file changes during the read.
 */
export function hashFile(absolutePath: string, options: Pick<ReadOptions, 'blocking'> = {}): Promise<FileHash> {
  return withReadBuffer(async (into) => {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of readChunks(absolutePath, hash, { ...options, into })) size += chunk.length;
    return { sha256: hash.digest('hex'), size };
  });
}

/**
 * One read for both: `check` looks at the first chunk (the video header checks need its
 * first bytes, and often find the `moov` in it) and the size on disk, and only when it
 * passes is the rest of the file hashed. The plan's path: its reads block (ReadOptions).
 */
export function checkAndHashFile<T extends { ok: boolean }>(
  absolutePath: string,
  check: (head: Buffer, size: number) => T | Promise<T>,
): Promise<CheckedFile<T>> {
  return withReadBuffer(async (into) => {
    const hash = createHash('sha256');
    let size = 0;
    let verdict: T | undefined;
    let hashed = 0;
    for await (const chunk of readChunks(absolutePath, hash, { blocking: true, into, sized: (value) => (size = value) })) {
      if (verdict === undefined) {
        // the check is done with the head before the next chunk overwrites it
        verdict = await check(chunk, size);
        // leaving the loop closes the file
        if (!verdict.ok) return { check: verdict } as CheckedFile<T>;
      }
      hashed += chunk.length;
    }
    verdict ??= await check(Buffer.alloc(0), size);
    return (verdict.ok ? { check: verdict, hash: { sha256: hash.digest('hex'), size: hashed } } : { check: verdict }) as CheckedFile<T>;
  });
}
