// Tiny, structurally valid ISO base media files (MP4 / QuickTime) for examples and tests.
//
// The layout is the minimum a parser accepts as a movie: `ftyp`, a `moov` holding a
// version-0 `mvhd`, an optional `free` box, and an `mdat` of pseudo-random bytes derived
// from a seed. Same seed, same bytes; another seed, another sha256. No dependencies.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type Mp4Brand = 'isom' | 'qt  ';

export interface Mp4Options {
  /** feeds the mdat bytes; a number and its decimal string give the same file (default 0) */
  seed?: string | number;
  /** movie duration written in mvhd, in seconds (default 5) */
  durationSec?: number;
  /** size of the mdat payload in bytes (default 4096) */
  payloadBytes?: number;
  /** major brand: `isom` for MP4, `qt  ` for a QuickTime movie (default `isom`) */
  brand?: Mp4Brand;
  /** size of the zero-filled `free` box body; 0 leaves the box out (default 0) */
  freeBytes?: number;
}

const BRANDS: Record<Mp4Brand, { minor: number; compatible: string[] }> = {
  isom: { minor: 0x200, compatible: ['isom', 'iso2', 'mp41'] },
  'qt  ': { minor: 0x200, compatible: ['qt  '] },
};
const TIMESCALE = 1000;
const UINT32_MAX = 0xffffffff;

function box(type: string, ...parts: Buffer[]): Buffer {
  if (type.length !== 4) throw new Error(`box type must be 4 characters: ${JSON.stringify(type)}`);
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

function u32(...values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((value, i) => out.writeUInt32BE(value >>> 0, 4 * i));
  return out;
}

/** xoshiro128** seeded from sha256(seed): fast, and plenty for filler bytes. */
function randomBytes(seed: string | number, length: number): Buffer {
  const digest = createHash('sha256').update(`mp4-seed:${String(seed)}`).digest();
  const [a = 0, b = 0, c = 0, d = 0] = [0, 4, 8, 12].map((offset) => digest.readUInt32LE(offset));
  const s: [number, number, number, number] = [a, b, c, d];
  const out = Buffer.alloc(length);
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;
  for (let i = 0; i < length; i += 4) {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] = (s[2] ^ s[0]) >>> 0;
    s[3] = (s[3] ^ s[1]) >>> 0;
    s[1] = (s[1] ^ s[2]) >>> 0;
    s[0] = (s[0] ^ s[3]) >>> 0;
    s[2] = (s[2] ^ t) >>> 0;
    s[3] = rotl(s[3], 11);
    for (let b = 0; b < 4 && i + b < length; b += 1) out[i + b] = (result >>> (8 * b)) & 0xff;
  }
  return out;
}

function mvhd(durationUnits: number): Buffer {
  const identity = [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
  return box(
    'mvhd',
    u32(0), // version 0, flags 0
    u32(0, 0), // creation and modification time: fixed, so output is reproducible
    u32(TIMESCALE, durationUnits),
    u32(0x00010000), // preferred rate 1.0
    Buffer.from([0x01, 0x00, 0, 0]), // preferred volume 1.0, reserved
    Buffer.alloc(8), // reserved
    u32(...identity), // unity matrix
    Buffer.alloc(24), // pre-defined
    u32(1), // next track id
  );
}

function checkOptions({ durationSec, payloadBytes, brand, freeBytes }: Required<Omit<Mp4Options, 'seed'>>): void {
  if (!Object.hasOwn(BRANDS, brand)) {
    throw new Error(`brand must be one of ${Object.keys(BRANDS).map((b) => JSON.stringify(b)).join(', ')}`);
  }
  if (!Number.isFinite(durationSec) || durationSec < 0 || durationSec * TIMESCALE > UINT32_MAX) {
    throw new Error(`durationSec must be a number from 0 to ${Math.floor(UINT32_MAX / TIMESCALE)}`);
  }
  for (const [name, value] of [['payloadBytes', payloadBytes], ['freeBytes', freeBytes]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
  }
}

/**
 * Builds an MP4 (or, with brand `qt  `, a QuickTime movie) in memory.
 * `seed` feeds the mdat bytes; a number and its decimal string give the same file.
 */
export function makeMp4(options: Mp4Options = {}): Buffer {
  const { seed = 0, durationSec = 5, payloadBytes = 4096, brand = 'isom', freeBytes = 0 } = options;
  checkOptions({ durationSec, payloadBytes, brand, freeBytes });
  const { minor, compatible } = BRANDS[brand];
  const ftyp = box('ftyp', Buffer.from(brand, 'latin1'), u32(minor), Buffer.from(compatible.join(''), 'latin1'));
  const moov = box('moov', mvhd(Math.round(durationSec * TIMESCALE)));
  const free = freeBytes > 0 ? [box('free', Buffer.alloc(freeBytes))] : [];
  const mdat = box('mdat', randomBytes(seed, payloadBytes));
  return Buffer.concat([ftyp, moov, ...free, mdat]);
}

/** Writes `makeMp4(options)` to `path`, creating parent directories; returns the bytes. */
export async function writeMp4(path: string, options: Mp4Options = {}): Promise<Buffer> {
  const bytes = makeMp4(options);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return bytes;
}

/**
 * The text Git LFS leaves in place of a file when LFS content was not fetched.
 * `oid` defaults to a sha256 derived from the size, so calls stay deterministic.
 */
export function lfsPointer(size: number, oid?: string): string {
  if (!Number.isSafeInteger(size) || size < 0) throw new Error('size must be a non-negative integer');
  const id = oid ?? createHash('sha256').update(`lfs:${size}`).digest('hex');
  if (!/^[0-9a-f]{64}$/.test(id)) throw new Error('oid must be 64 lowercase hex digits (a sha256)');
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${id}\nsize ${size}\n`;
}
