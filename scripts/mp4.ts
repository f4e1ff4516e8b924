// Small, structurally valid ISO base media files (MP4 / QuickTime) for examples, tests
// and benchmarks.
//
// The layout is what a camera or phone writes, without the samples: `ftyp`, a `moov`
// holding an `mvhd` and one `trak` per track (`tkhd` with size and rotation, `mdia` with
// `mdhd`, `hdlr` and an empty sample table), and an `mdat` of pseudo-random bytes derived
// from a seed. The `moov` goes before the `mdat` (as tools write for streaming) or after
// it (as phones write while recording). Same options, same bytes. No dependencies.
//
// With `fragmented`, the layout is what recorders write while recording (browsers'
// MediaRecorder, OBS, ffmpeg's `frag_keyframe+empty_moov`): a moov with no samples and an
// `mvex`, then a `moof` (the samples' durations) and an `mdat` for each fragment.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type Mp4Brand = 'isom' | 'qt  ';

export interface Mp4Options {
  /** feeds the mdat bytes; a number and its decimal string give the same file (default 0) */
  seed?: string | number;
  /** movie and track duration, in seconds (default 60: a clip that passes the default checks) */
  durationSec?: number;
  /** size of the mdat payload in bytes (default 4096) */
  payloadBytes?: number;
  /** major brand: `isom` for MP4, `qt  ` for a QuickTime movie (default `isom`) */
  brand?: Mp4Brand;
  /** size of the zero-filled `free` box body; 0 leaves the box out (default 0) */
  freeBytes?: number;
  /** the video track's stored size in pixels (default 1280x720); `video: false` leaves the track out */
  width?: number;
  height?: number;
  video?: boolean;
  /** clockwise rotation in the video track's matrix, as phones record portrait (default 0) */
  rotation?: 0 | 90 | 180 | 270;
  /** an audio track (default true) */
  audio?: boolean;
  /** `end`: the moov after the mdat, as phones write it (default `start`) */
  moov?: 'start' | 'end';
  /** 1: 64-bit times and durations in mvhd, tkhd and mdhd (default 0) */
  version?: 0 | 1;
  /** how the mdat states its size: `large` a 64-bit size, `to-end` 0 (needs the moov first) */
  mdatSize?: 'plain' | 'large' | 'to-end';
  /**
   * a fragmented file (default false): `mehd` states the whole length in the moov's mvex,
   * `moof` leaves it to the fragments alone, `sidx` indexes them in a sidx after the moov
   */
  fragmented?: false | 'mehd' | 'moof' | 'sidx';
  /** a fragment's length in seconds, at least 0.05 (default 2, a keyframe interval) */
  fragmentSec?: number;
}

const BRANDS: Record<Mp4Brand, { minor: number; compatible: string[] }> = {
  isom: { minor: 0x200, compatible: ['isom', 'iso2', 'mp41'] },
  'qt  ': { minor: 0x200, compatible: ['qt  '] },
};
const TIMESCALE = 1000;
const AUDIO_RATE = 48_000;
const UINT32_MAX = 0xffffffff;
/**
 * The video track's sample durations, in TIMESCALE units: the default of trex, the one a
 * tfhd states, and the one a trun states for each sample. Fragments take turns at the three
 * ways, each with its own duration, so a reader that confuses them gets the length wrong.
 */
const VIDEO_SAMPLE = { trex: 40, tfhd: 50, trun: 25 } as const;
const AUDIO_SAMPLE = 1024;
const ONE = 0x10000; // 1.0 in 16.16 fixed point
/** a b u / c d v / x y w of the track matrix (a, b, c, d in 16.16; w in 2.30) for each rotation */
const MATRICES: Record<0 | 90 | 180 | 270, number[]> = {
  0: [ONE, 0, 0, 0, ONE, 0, 0, 0, 0x40000000],
  90: [0, ONE, 0, -ONE, 0, 0, 0, 0, 0x40000000],
  180: [-ONE, 0, 0, 0, -ONE, 0, 0, 0, 0x40000000],
  270: [0, -ONE, 0, ONE, 0, 0, 0, 0, 0x40000000],
};

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

function u64(value: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(BigInt(value));
  return out;
}

const ascii = (text: string) => Buffer.from(text, 'latin1');

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

/** version and flags, then creation and modification time (fixed, so output is reproducible), */
function times(version: 0 | 1, flags = 0): Buffer {
  return Buffer.concat([u32((version << 24) | flags), version === 1 ? Buffer.alloc(16) : u32(0, 0)]);
}

const length = (version: 0 | 1, units: number) => (version === 1 ? u64(units) : u32(units));

function mvhd(version: 0 | 1, units: number, nextTrack: number): Buffer {
  return box(
    'mvhd',
    times(version),
    u32(TIMESCALE),
    length(version, units),
    u32(ONE), // preferred rate 1.0
    Buffer.from([0x01, 0x00, 0, 0]), // preferred volume 1.0, reserved
    Buffer.alloc(8), // reserved
    u32(...MATRICES[0]),
    Buffer.alloc(24), // pre-defined
    u32(nextTrack),
  );
}

interface Track {
  id: number;
  kind: 'vide' | 'soun';
  width: number;
  height: number;
  rotation: 0 | 90 | 180 | 270;
}

function trak(track: Track, version: 0 | 1, units: number, brand: Mp4Brand): Buffer {
  const video = track.kind === 'vide';
  const tkhd = box(
    'tkhd',
    times(version, 0x3), // enabled, in movie
    u32(track.id, 0),
    length(version, units),
    Buffer.alloc(8), // reserved
    Buffer.from([0, 0, 0, video ? 0 : 1, video ? 0 : 0x01, 0, 0, 0]), // layer, group, volume, reserved
    u32(...MATRICES[track.rotation]),
    u32(track.width * ONE, track.height * ONE),
  );
  const rate = video ? TIMESCALE : AUDIO_RATE;
  const mdhd = box('mdhd', times(version), u32(rate), length(version, Math.round((units / TIMESCALE) * rate)), u32(0x55c40000)); // "und"
  // QuickTime names the component type where ISO has zeros
  const hdlr = box('hdlr', u32(0), ascii(brand === 'qt  ' ? 'mhlr' : '\0\0\0\0'), ascii(track.kind), Buffer.alloc(12), ascii(video ? 'VideoHandler\0' : 'SoundHandler\0'));
  const header = video ? box('vmhd', u32(1), Buffer.alloc(8)) : box('smhd', u32(0, 0));
  const dinf = box('dinf', box('dref', u32(0, 1), box('url ', u32(1))));
  // one sample description (H.264 or AAC, with no parameter sets) and no samples: the clips
  // carry no frames, only what a container reader needs
  const entry = video
    ? box(
        'avc1',
        Buffer.alloc(6),
        Buffer.from([0, 1]), // data reference 1
        Buffer.alloc(16),
        Buffer.from([track.width >> 8, track.width & 0xff, track.height >> 8, track.height & 0xff]),
        u32(72 * ONE, 72 * ONE, 0), // 72 dpi, reserved
        Buffer.from([0, 1]), // one frame per sample
        Buffer.alloc(32), // compressor name
        Buffer.from([0, 0x18, 0xff, 0xff]), // depth 24, pre-defined -1
        box('avcC', Buffer.from([1, 0x42, 0xc0, 0x1f, 0xff, 0xe0, 0])),
      )
    : box('mp4a', Buffer.alloc(6), Buffer.from([0, 1]), Buffer.alloc(8), Buffer.from([0, 2, 0, 16]), u32(0, AUDIO_RATE * ONE));
  const empty = (type: string) => box(type, u32(0, 0));
  const stbl = box('stbl', box('stsd', u32(0, 1), entry), empty('stts'), empty('stsc'), box('stsz', u32(0, 0, 0)), empty('stco'));
  return box('trak', tkhd, box('mdia', mdhd, hdlr, box('minf', header, dinf, stbl)));
}

/** One fragment of a track: `units` long, in samples of `sample` and one of the rest; `stated` where the sample duration is. */
function traf(id: number, units: number, sample: number, stated: keyof typeof VIDEO_SAMPLE, dataOffset: number): Buffer {
  const count = Math.floor(units / sample);
  const rest = units - count * sample;
  // default-base-is-moof, and a default sample duration when the tfhd states it
  const tfhd = box('tfhd', u32(0x020000 | (stated === 'tfhd' ? 0x8 : 0), id), stated === 'tfhd' ? u32(sample) : Buffer.alloc(0));
  // a data offset, then each sample's duration and size (0: the clips carry no frames) when the trun states them
  const trun = (n: number, duration: number | null) =>
    box('trun', u32(duration === null ? 0x1 : 0x301, n, dataOffset), ...(duration === null ? [] : Array.from({ length: n }, () => u32(duration, 0))));
  const runs = count > 0 ? [trun(count, stated === 'trun' ? sample : null)] : [];
  if (rest > 0) runs.push(trun(1, rest));
  return box('traf', tfhd, ...runs);
}

/**
 * The fragments of a `units`-long movie (TIMESCALE units) after an empty moov, each a moof
 * and an mdat with its share of `payload`; with `sidx`, a sidx indexing them goes first.
 */
function fragments(tracks: Track[], units: number, fragmentUnits: number, payload: Buffer, sidx: boolean, version: 0 | 1): Buffer[] {
  const out: Buffer[] = [];
  const count = Math.ceil(units / fragmentUnits);
  for (let i = 0; i < count; i += 1) {
    const length = Math.min(fragmentUnits, units - i * fragmentUnits);
    const stated = (['trex', 'tfhd', 'trun'] as const)[i % 3]!;
    const moof = (dataOffset: number) =>
      box(
        'moof',
        box('mfhd', u32(0, i + 1)),
        ...tracks.map((t) =>
          t.kind === 'vide' ? traf(t.id, length, VIDEO_SAMPLE[stated], stated, dataOffset) : traf(t.id, length * (AUDIO_RATE / TIMESCALE), AUDIO_SAMPLE, 'tfhd', dataOffset),
        ),
      );
    const share = Math.floor(payload.length / count);
    const data = payload.subarray(i * share, i === count - 1 ? payload.length : (i + 1) * share);
    // the samples start right after the mdat's header
    out.push(moof(moof(0).length + 8), box('mdat', data));
  }
  if (!sidx) return out;
  const first = tracks[0];
  const rate = first?.kind === 'soun' ? AUDIO_RATE : TIMESCALE;
  const references = Array.from({ length: count }, (_, i) => {
    const length = Math.min(fragmentUnits, units - i * fragmentUnits) * (rate / TIMESCALE);
    // each reference: its bytes (type 0: media), its duration, and that it starts with a keyframe
    return u32(out[2 * i]!.length + out[2 * i + 1]!.length, length, 0x90000000);
  });
  const sidxBox = box('sidx', u32(version << 24, first?.id ?? 1, rate), length(version, 0), length(version, 0), u32(count), ...references);
  return [sidxBox, ...out];
}

function checkOptions(o: Required<Omit<Mp4Options, 'seed'>>): void {
  if (!Object.hasOwn(BRANDS, o.brand)) {
    throw new Error(`brand must be one of ${Object.keys(BRANDS).map((b) => JSON.stringify(b)).join(', ')}`);
  }
  const maxUnits = o.version === 1 ? Number.MAX_SAFE_INTEGER : UINT32_MAX / (AUDIO_RATE / TIMESCALE);
  if (!Number.isFinite(o.durationSec) || o.durationSec < 0 || o.durationSec * TIMESCALE > maxUnits) {
    throw new Error(`durationSec must be a number from 0 to ${Math.floor(maxUnits / TIMESCALE)}`);
  }
  for (const [name, value] of [['payloadBytes', o.payloadBytes], ['freeBytes', o.freeBytes]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
  }
  for (const [name, value] of [['width', o.width], ['height', o.height]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff) throw new Error(`${name} must be a whole number from 0 to 65535`);
  }
  if (!Object.hasOwn(MATRICES, o.rotation)) throw new Error('rotation must be 0, 90, 180 or 270');
  if (o.mdatSize === 'to-end' && o.moov === 'end') throw new Error('mdatSize to-end needs the moov at the start');
  if (o.fragmented !== false) {
    if (o.moov !== 'start' || o.mdatSize !== 'plain') throw new Error('a fragmented file has its moov at the start and plain mdat sizes');
    if (!Number.isFinite(o.fragmentSec) || o.fragmentSec < 0.05) throw new Error('fragmentSec must be a number of at least 0.05');
    if (o.fragmented === 'sidx' && o.durationSec / o.fragmentSec > 0xffff) throw new Error('a sidx indexes at most 65535 fragments');
  }
}

/**
 * Builds an MP4 (or, with brand `qt  `, a QuickTime movie) in memory. The defaults make a
 * clip that meets the manifest's default checks: 60 s, 1280x720 video and an audio track.
 */
export function makeMp4(options: Mp4Options = {}): Buffer {
  const o: Required<Omit<Mp4Options, 'seed'>> & { seed: string | number } = {
    seed: 0,
    durationSec: 60,
    payloadBytes: 4096,
    brand: 'isom',
    freeBytes: 0,
    width: 1280,
    height: 720,
    video: true,
    rotation: 0,
    audio: true,
    moov: 'start',
    version: 0,
    mdatSize: 'plain',
    fragmented: false,
    fragmentSec: 2,
    ...options,
  };
  checkOptions(o);
  const { minor, compatible } = BRANDS[o.brand];
  const ftyp = box('ftyp', ascii(o.brand), u32(minor), ascii(compatible.join('')));
  const units = Math.round(o.durationSec * TIMESCALE);
  const tracks: Track[] = [];
  if (o.video) tracks.push({ id: tracks.length + 1, kind: 'vide', width: o.width, height: o.height, rotation: o.rotation });
  if (o.audio) tracks.push({ id: tracks.length + 1, kind: 'soun', width: 0, height: 0, rotation: 0 });
  const free = o.freeBytes > 0 ? [box('free', Buffer.alloc(o.freeBytes))] : [];
  const payload = randomBytes(o.seed, o.payloadBytes);
  if (o.fragmented !== false) {
    // the moov says nothing of the length; trex gives each track's default sample
    const mehd = o.fragmented === 'mehd' ? [box('mehd', u32(o.version << 24), length(o.version, units))] : [];
    const trex = tracks.map((t) => box('trex', u32(0, t.id, 1, t.kind === 'vide' ? VIDEO_SAMPLE.trex : AUDIO_SAMPLE, 0, 0)));
    const moov = box('moov', mvhd(o.version, 0, tracks.length + 1), ...tracks.map((t) => trak(t, o.version, 0, o.brand)), box('mvex', ...mehd, ...trex));
    const rest = fragments(tracks, units, Math.round(o.fragmentSec * TIMESCALE), payload, o.fragmented === 'sidx', o.version);
    return Buffer.concat([ftyp, moov, ...free, ...rest]);
  }
  const moov = box('moov', mvhd(o.version, units, tracks.length + 1), ...tracks.map((t) => trak(t, o.version, units, o.brand)));
  let mdat: Buffer;
  if (o.mdatSize === 'large') {
    mdat = Buffer.concat([u32(1), ascii('mdat'), u64(16 + payload.length), payload]);
  } else if (o.mdatSize === 'to-end') {
    mdat = Buffer.concat([u32(0), ascii('mdat'), payload]);
  } else {
    mdat = box('mdat', payload);
  }
  return Buffer.concat(o.moov === 'end' ? [ftyp, ...free, mdat, moov] : [ftyp, moov, ...free, mdat]);
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
