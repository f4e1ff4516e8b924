/**
 * What an MP4/QuickTime file's `moov` box says about the clip: its duration, whether it
 * has a video and an audio track, and the video's size as stored and as shown once the
 * track's rotation is applied. The top-level boxes are walked by their headers, wherever
 * the `moov` is (before the media data, or after it as phones write it); only the `moov`
 * itself is read, never the `mdat`. A fragmented file's length is read as fragments.ts says.
 *
 * Hand-written rather than GPAC's mp4box.js (2.4.1), measured on this job: parse the
 * `ftyp`+`moov` of 10,000 clips with a video and an audio track, Node 20, 2 shared cores:
 *   this walker   2.9 µs per file; 4.9 KiB of JavaScript in dist/ (10.5 KiB with the
 *                 fragmented-file reader, which an unfragmented file never enters)
 *   mp4box        137-144 µs per file (it builds every box as a full parser does, and its
 *                 getInfo() throws on a track without a sample description); its import
 *                 alone bundles to 322 KB with ncc, more than dist/index.js 16 times over
 * On the 10,000-file plan mp4box alone would take about 1.4 s, more than the whole plan
 * took before (0.84 s, against a target of 1.5x sha256sum's 0.69 s), and its bundle would
 * be loaded by every run. The boxes read here (mvhd, tkhd, hdlr) have kept their layout
 * since the first edition of ISO/IEC 14496-12. docs/performance.md has the figures.
 */

import { children, Damaged, header, need, timing, type Box, type ReadAt } from './boxes.js';
import { fragmentedMoov, fragmentsLength, type FragmentedTrack } from './fragments.js';

export interface VideoMeta {
  /** seconds, from mvhd, or for a fragmented file from mehd, sidx or its fragments */
  duration: number;
  /** why the length of a fragmented file could not be read; `duration` then holds only what its moov says */
  durationUnknown?: string;
  /** the first video track, or null when there is none */
  video: { width: number; height: number; rotation: number } | null;
  audio: boolean;
}

export type MetaResult = { ok: true; meta: VideoMeta } | { ok: false; message: string; hint?: string };

export type { ReadAt } from './boxes.js';

/** a moov is a few hundred KiB for an hour of video; more is a damaged or hostile file */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;
const REEXPORT_HINT = 'export or copy the clip again from its source; a recording that was cut off has no moov box';

/** Width, height (16.16 fixed point) and the clockwise rotation of the track matrix, in whole quarter turns. */
function trackSize(bytes: Buffer, tkhd: Box): { width: number; height: number; rotation: number } {
  need(tkhd, 4);
  const v1 = bytes[tkhd.body] === 1;
  // version/flags, times, track id, reserved, duration, reserved, layer, group, volume, reserved
  const matrix = tkhd.body + (v1 ? 52 : 40);
  need(tkhd, matrix - tkhd.body + 44);
  const a = bytes.readInt32BE(matrix);
  const b = bytes.readInt32BE(matrix + 4);
  const degrees = Math.round((Math.atan2(b, a) * 180) / Math.PI / 90) * 90;
  return {
    width: Math.round(bytes.readUInt32BE(matrix + 36) / 0x10000),
    height: Math.round(bytes.readUInt32BE(matrix + 40) / 0x10000),
    rotation: (degrees + 360) % 360,
  };
}

/**
 * The meaning of a `moov` box held in `bytes` from offset 0; `fragments` is set when the
 * file is fragmented and its moov does not say how long it is.
 */
function parseMoov(bytes: Buffer): { meta: VideoMeta; fragments?: FragmentedTrack } {
  const moov = header(bytes, 0, bytes.length);
  if (moov.end > bytes.length) throw new Damaged('the moov box is cut off');
  let movie: { timescale: number; units: number } | undefined;
  let mvex: Box | undefined;
  let video: VideoMeta['video'] = null;
  let audio = false;
  // the track whose fragments give the length of a fragmented file: the first video track, else the first
  let firstVideo: Box[] | undefined;
  let firstTrack: Box[] | undefined;
  for (const box of children(bytes, moov)) {
    if (box.type === 'mvhd') movie = timing(bytes, box);
    if (box.type === 'mvex') mvex = box;
    if (box.type !== 'trak') continue;
    const trak = children(bytes, box);
    const tkhd = trak.find((b) => b.type === 'tkhd');
    const mdia = trak.find((b) => b.type === 'mdia');
    const hdlr = mdia && children(bytes, mdia).find((b) => b.type === 'hdlr');
    if (!hdlr) continue;
    need(hdlr, 12);
    const handler = bytes.toString('latin1', hdlr.body + 8, hdlr.body + 12);
    firstTrack ??= trak;
    if (handler === 'soun') audio = true;
    if (handler === 'vide') firstVideo ??= trak;
    if (handler === 'vide' && video === null && tkhd) video = trackSize(bytes, tkhd);
  }
  if (movie === undefined) throw new Damaged('its moov box has no mvhd box');
  const meta: VideoMeta = { duration: movie.units / movie.timescale, video, audio };
  if (mvex === undefined) return { meta };
  const length = fragmentedMoov(bytes, mvex, movie, firstVideo ?? firstTrack);
  return 'seconds' in length ? { meta: { ...meta, duration: length.seconds } } : { meta, fragments: length };
}

/**
 * Walks the top-level boxes of a file of `size` bytes and parses its `moov`, and for a
 * fragmented file the fragments after it. `head` holds the file's first bytes when the
 * caller has them already; `readAt` fetches the rest.
 */
export async function readVideoMeta(head: Buffer, size: number, readAt: ReadAt, name: string): Promise<MetaResult> {
  const at = async (position: number, length: number): Promise<Buffer> =>
    position + length <= head.length ? head.subarray(position, position + length) : readAt(position, length);
  try {
    for (let position = 0; position + 8 <= size; ) {
      const bytes = await at(position, Math.min(16, size - position));
      const box = header(bytes, 0, size - position, position);
      const end = position + (box.end - box.start);
      if (box.type === 'moov') {
        if (end > size) {
          return { ok: false, message: `${name} is truncated: its moov box claims ${end - position} bytes, but only ${size - position} remain`, hint: REEXPORT_HINT };
        }
        if (end - position > MAX_MOOV_BYTES) return { ok: false, message: `${name} has a moov box of ${end - position} bytes, more than a video's index can be`, hint: REEXPORT_HINT };
        const moov = await at(position, end - position);
        if (moov.length < end - position) return { ok: false, message: `${name} changed while it was read`, hint: 'run again once the file is written' };
        const { meta, fragments } = parseMoov(moov);
        if (!fragments) return { ok: true, meta };
        const length = await fragmentsLength(at, end, size, fragments);
        return { ok: true, meta: 'seconds' in length ? { ...meta, duration: length.seconds } : { ...meta, durationUnknown: length.unknown } };
      }
      position = end;
    }
    return { ok: false, message: `${name} has no moov box, the index a player needs: it is incomplete or damaged`, hint: REEXPORT_HINT };
  } catch (error) {
    if (!(error instanceof Damaged)) throw error;
    return { ok: false, message: `${name} is damaged: ${error.message}`, hint: REEXPORT_HINT };
  }
}

/** The size a player shows: a quarter turn swaps the stored sides. */
export function shownSize(video: NonNullable<VideoMeta['video']>): { width: number; height: number } {
  return video.rotation % 180 === 90 ? { width: video.height, height: video.width } : { width: video.width, height: video.height };
}
