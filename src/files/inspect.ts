/**
 * Tells a real MP4/QuickTime video from the things that commonly sit in its place in a
 * repository: an empty file, a Git LFS pointer, an HTML error page saved as `.mp4`; then
 * reads what its `moov` box says (video-meta.ts). Only the first bytes and the `moov` are
 * read (and a fragmented file's moof boxes), so this is cheap enough to run on every file
 * of a plan.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { errnoCode } from '../errors.js';
import { formatBytes } from '../util/format.js';
import { withReadBuffer } from './hash.js';
import { readVideoMeta, type ReadAt, type VideoMeta } from './video-meta.js';

type VideoContentType = 'video/mp4' | 'video/quicktime';

export type Inspection =
  | { ok: true; size: number; contentType: VideoContentType; brand: string; meta: VideoMeta }
  | { ok: false; message: string; hint?: string };

type Container = { ok: true; size: number; contentType: VideoContentType; brand: string } | (Inspection & { ok: false });

/** Git LFS pointers are at most 1024 bytes by specification; the text checks look at that much. */
const HEAD_BYTES = 1024;
/** read first when only checking: a moov written before the media data is usually within it */
const FIRST_READ_BYTES = 64 * 1024;
const LFS_PREFIX = 'version https://git-lfs.github.com/spec/v1';
const LFS_HINT = 'use actions/checkout with `lfs: true`, or run `git lfs pull` locally';
const NOT_ISO = 'is not an MP4/QuickTime video (no ftyp box at byte 4)';
/** Top-level atoms an old QuickTime movie may start with, before `ftyp` existed. */
const OLD_QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);
const REMUX_HINT = 're-save it as MP4, e.g. `ffmpeg -i input -c copy output.mp4`';

function fail(message: string, hint?: string): Inspection & { ok: false } {
  return hint === undefined ? { ok: false, message } : { ok: false, message, hint };
}

/** Printable ASCII or UTF-8 with ordinary whitespace only: no other control bytes. */
function looksLikeText(head: Buffer): boolean {
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}

function describeLfsPointer(name: string, text: string, diskSize: number): Container {
  const size = /^size (\d+)$/m.exec(text)?.[1];
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const real = size === undefined ? 'an unknown size' : formatBytes(Number(size));
  const id = oid === undefined ? '' : `, oid sha256:${oid.slice(0, 12)}…`;
  return fail(
    `${name} is a Git LFS pointer (${diskSize} bytes), not the video itself ` +
      `(the real file is ${real}${id})`,
    LFS_HINT,
  );
}

/** What a non-ISO file seems to be, for a more useful message. */
function describeOther(name: string, head: Buffer): Container {
  const type = head.length >= 8 ? head.toString('latin1', 4, 8) : '';
  if (OLD_QUICKTIME_ATOMS.has(type)) {
    return fail(`${name} ${NOT_ISO}; it looks like an old QuickTime file without one`, REMUX_HINT);
  }
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
    return fail(`${name} ${NOT_ISO}; it looks like a WebM/Matroska video`, REMUX_HINT);
  }
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'AVI ') {
    return fail(`${name} ${NOT_ISO}; it looks like an AVI video`, REMUX_HINT);
  }
  if (looksLikeText(head)) {
    const firstLine = head.toString('utf8').split(/\r?\n/, 1)[0] ?? '';
    const sample = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
    return fail(`${name} ${NOT_ISO}; it looks like a text file starting with ${JSON.stringify(sample)}`);
  }
  return fail(`${name} ${NOT_ISO}`);
}

/** Reads at a position of an open file, blocking: the checks run in the plan, when nothing else does. */
function readAtFd(fd: number): ReadAt {
  return async (position, length) => {
    const buffer = Buffer.allocUnsafe(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
  };
}

/**
 * Checks that `absolutePath` holds an ISO base media file (MP4 or QuickTime) and returns
 * its size, content type and what its `moov` says. `name` is how the file is shown in
 * messages (its manifest path). The plan's check when it does not hash: its reads block,
 * as the plan's hashing does (files/hash.ts, `blocking`), for nothing else runs then.
 */
export function inspectVideo(absolutePath: string, name: string = absolutePath): Promise<Inspection> {
  return withReadBuffer(async (buffer) => {
    let fd: number | undefined;
    try {
      fd = openSync(absolutePath, 'r');
      const size = fstatSync(fd).size;
      const head = buffer.subarray(0, Math.min(size, FIRST_READ_BYTES));
      const bytesRead = readSync(fd, head, 0, head.length, 0);
      // the checks keep nothing of the head: the buffer goes back when they are done
      return await withMeta(head.subarray(0, bytesRead), size, name, readAtFd(fd));
    } catch (error) {
      return fail(`${name} cannot be read: ${errnoCode(error) ?? String(error)}`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  });
}

/**
 * The same on the first bytes of a file (the whole file when shorter) already in memory,
 * for callers that read the file anyway: the file is opened again only when its `moov`
 * lies beyond `head`.
 */
export async function inspectHead(head: Buffer, size: number, name: string, absolutePath: string): Promise<Inspection> {
  let fd: number | undefined;
  try {
    return await withMeta(head, size, name, (position, length) => readAtFd((fd ??= openSync(absolutePath, 'r')))(position, length));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function withMeta(head: Buffer, size: number, name: string, readAt: ReadAt): Promise<Inspection> {
  const container = inspectContainer(head.subarray(0, HEAD_BYTES), size, name);
  if (!container.ok) return container;
  const meta = await readVideoMeta(head, size, readAt, name);
  return meta.ok ? { ...container, meta: meta.meta } : meta;
}

/** The container checks on the first bytes of a file (at least 1 KiB, or the whole file when shorter). */
function inspectContainer(head: Buffer, size: number, name: string): Container {
  if (size === 0) return fail(`${name} is empty`, 'is the file committed with its content?');
  if (head.toString('latin1', 0, LFS_PREFIX.length) === LFS_PREFIX) {
    return describeLfsPointer(name, head.toString('utf8'), size);
  }
  if (head.length < 8 || head.toString('latin1', 4, 8) !== 'ftyp') {
    if (size < 8) return fail(`${name} ${NOT_ISO}; it is only ${formatBytes(size)} long`);
    return describeOther(name, head);
  }

  // Box size 1 means a 64-bit size follows the type; 0 ("to the end") makes no sense for ftyp.
  const small = head.readUInt32BE(0);
  let boxSize = small;
  let brandOffset = 8;
  if (small === 1 && head.length >= 16) {
    boxSize = Number(head.readBigUInt64BE(8));
    brandOffset = 16;
  } else if (small < 8) {
    return fail(`${name} ${NOT_ISO}; its first box claims a size of ${small} bytes`);
  }
  // major brand and minor version are mandatory: 8 bytes after the header
  if (boxSize < brandOffset + 8 || head.length < brandOffset + 4) {
    return fail(`${name} has a malformed ftyp box (size ${boxSize}); the file is damaged`, REMUX_HINT);
  }
  if (boxSize > size) {
    return fail(`${name} is truncated: its ftyp box alone claims ${boxSize} bytes of ${size}`);
  }
  const brand = head.toString('latin1', brandOffset, brandOffset + 4);
  const contentType: VideoContentType = brand === 'qt  ' ? 'video/quicktime' : 'video/mp4';
  return { ok: true, size, contentType, brand };
}
