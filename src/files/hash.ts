/**
 * SHA-256 of local videos, the identity the lockfile compares against.
 *
 * Two paths, chosen by size. A small file is read with one `read` into one buffer and
 * hashed at once: for a 30 KiB file a stream costs more to set up than to hash, and a
 * plan may hash thousands of them. A large file is read in 1 MiB chunks into two buffers
 * used in turn, so memory stays flat whatever the video size. Plain file descriptors are
 * used rather than `FileHandle`: on thousands of small files the handle objects alone
 * cost about 1.7x.
 */
import { createHash } from 'node:crypto';
import { close, closeSync, fstat, fstatSync, open, openSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { mapLimit } from '../util/limit.js';

export interface FileHash {
  sha256: string;
  size: number;
}

/** What `checkAndHashFile` found: the check's verdict, and the hash only when it passed. */
export type CheckedFile<T extends { ok: boolean }> =
  | { check: T & { ok: false }; hash?: undefined }
  | { check: T & { ok: true }; hash: FileHash };

/** Files below this size are read whole; above it they are streamed. */
export const SMALL_FILE_BYTES = 4 * 1024 * 1024;
const STREAM_CHUNK_BYTES = 1024 * 1024;
/** what `checkAndHashFile` shows its check: enough for an ftyp box or a Git LFS pointer */
const HEAD_BYTES = 1024;
/**
 * Default files in flight for `hashFiles`. Hashing is bound by round trips to the libuv
 * pool rather than by the disk, so it wants more than the upload concurrency: 16 was the
 * knee on 5,000 files of 10-50 KiB with 2 cores, whole process timed (4: 0.49 s,
 * 8: 0.36 s, 16: 0.34 s, 32: 0.36 s; `sha256sum` on the same files: 0.34 s).
 */
export const HASH_CONCURRENCY = 16;

const openFd = promisify(open);
const fstatFd = promisify(fstat);
const closeFd = promisify(close);
const readFd = promisify(read);

/** Reads up to `size` bytes from the start; fewer if the file shrank meanwhile. */
async function readWhole(fd: number, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await readFd(fd, buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** `readWhole` done synchronously into `buffer`, which must hold `size` bytes. */
function readWholeSync(fd: number, buffer: Buffer, size: number): Buffer {
  let filled = 0;
  while (filled < size) {
    const bytesRead = readSync(fd, buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** SHA-256 and size of bytes already in memory. */
function hashBytes(bytes: Buffer): FileHash {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

/**
 * Hashes a large file through two buffers used in turn: the next chunk is read (on the
 * libuv pool) while this one is hashed, and no chunk is allocated per read. A read stream
 * allocates a fresh 1 MiB buffer per chunk, which the garbage collector reclaims late:
 * about 30 MiB more peak RSS on a 1 GiB video.
 */
async function hashInChunks(fd: number): Promise<FileHash> {
  const hash = createHash('sha256');
  let [current, spare] = [Buffer.allocUnsafe(STREAM_CHUNK_BYTES), Buffer.allocUnsafe(STREAM_CHUNK_BYTES)];
  let size = 0;
  let reading = readFd(fd, current, 0, STREAM_CHUNK_BYTES, 0);
  for (;;) {
    const { bytesRead } = await reading;
    if (bytesRead === 0) return { sha256: hash.digest('hex'), size };
    const chunk = current.subarray(0, bytesRead);
    size += bytesRead;
    [current, spare] = [spare, current];
    reading = readFd(fd, current, 0, STREAM_CHUNK_BYTES, size);
    hash.update(chunk);
  }
}

/**
 * SHA-256 (hex) and byte size of a file, never holding a large file in memory. The size
 * is the number of bytes hashed, so the two agree even if the file changes during the read
 * (a small file is hashed as it was when its size was taken).
 */
export async function hashFile(absolutePath: string): Promise<FileHash> {
  const fd = await openFd(absolutePath, 'r');
  try {
    const { size } = await fstatFd(fd);
    if (size < SMALL_FILE_BYTES) return hashBytes(await readWhole(fd, size));
    return await hashInChunks(fd);
  } finally {
    await closeFd(fd);
  }
}

/**
 * One open, one read for a small file: `check` looks at the first bytes (what the video
 * header checks need) and only when it passes is the file hashed. A plan over thousands
 * of small files spends its time in system calls and round trips to the libuv pool, so
 * a small file is opened, read and closed synchronously into one reused buffer: 5,000
 * files of 10-50 KiB take about 0.2 s this way against 0.34 s through the pool. A plan
 * runs nothing else meanwhile; large files still stream asynchronously, on the
 * descriptor the synchronous open left them.
 */
export async function checkAndHashFile<T extends { ok: boolean }>(
  absolutePath: string,
  check: (head: Buffer, size: number) => T,
): Promise<CheckedFile<T>> {
  const small = checkAndHashSmallSync(absolutePath, check);
  if ('check' in small) return small;
  const { fd, size } = small;
  try {
    const head = await readWhole(fd, Math.min(size, HEAD_BYTES));
    const result = check(head, size);
    return (result.ok ? { check: result, hash: await hashInChunks(fd) } : { check: result }) as CheckedFile<T>;
  } finally {
    await closeFd(fd);
  }
}

let shared: Buffer | undefined;

/**
 * The small-file path of `checkAndHashFile`. A large file is left open: its descriptor
 * and size are returned for the caller to stream from and close.
 */
function checkAndHashSmallSync<T extends { ok: boolean }>(
  absolutePath: string,
  check: (head: Buffer, size: number) => T,
): CheckedFile<T> | { fd: number; size: number } {
  const fd = openSync(absolutePath, 'r');
  let large = false;
  try {
    const { size } = fstatSync(fd);
    if (size >= SMALL_FILE_BYTES) {
      large = true;
      return { fd, size };
    }
    shared ??= Buffer.allocUnsafe(SMALL_FILE_BYTES);
    const bytes = readWholeSync(fd, shared, size);
    const result = check(bytes.subarray(0, HEAD_BYTES), bytes.length);
    return (result.ok ? { check: result, hash: hashBytes(bytes) } : { check: result }) as CheckedFile<T>;
  } finally {
    if (!large) closeSync(fd);
  }
}

/** Hashes many files with at most `concurrency` open at once; results keep the input order. */
export function hashFiles(paths: readonly string[], concurrency = HASH_CONCURRENCY): Promise<FileHash[]> {
  return mapLimit(paths, concurrency, (file) => hashFile(file));
}
