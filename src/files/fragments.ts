/**
 * The length of a fragmented MP4, as recorders write while recording (browsers'
 * MediaRecorder, OBS, ffmpeg's `-movflags frag_keyframe+empty_moov`): its moov holds no
 * samples, or only the first ones, and says so by an `mvex` box. The whole length is in
 * `mvex/mehd` when the writer knew it; otherwise in a `sidx` index after the moov, or only
 * in the `moof` box of each fragment, whose sample durations are added up for one track.
 * Only box headers, `sidx` and `moof` boxes are read, never the media data, and at most
 * MAX_BOXES of them: a file of more fragments has a length this reader does not know.
 */
import { children, Damaged, flags, header, need, timing, uint, version, type Box, type ReadAt } from './boxes.js';

/** What the moov says of the track whose fragments are added up. */
export interface FragmentedTrack {
  id: number;
  /** from mdhd: units a second, and the units the moov itself holds (before the first fragment) */
  timescale: number;
  units: number;
  /** trex's sample duration, for fragments that state none; undefined when trex gives none */
  defaultDuration: number | undefined;
}

export type Length = { seconds: number } | { unknown: string };

/** top-level boxes walked after the moov: a moof and an mdat a fragment, so about 10,000 fragments */
const MAX_BOXES = 20_000;
/** a moof lists its samples: a few KiB for a fragment of seconds; more is a damaged file */
const MAX_MOOF_BYTES = 16 * 1024 * 1024;

class Unknown extends Error {}

/**
 * What the moov of a fragmented file (its `mvex` box given) says of its length: the seconds
 * from mehd when it is there, else the track to add the fragments of (`trak`, the children
 * of the first video track's trak box, else of the first track's; none: the moov's seconds).
 */
export function fragmentedMoov(bytes: Buffer, mvex: Box, movie: { timescale: number; units: number }, trak: Box[] | undefined): { seconds: number } | FragmentedTrack {
  const boxes = children(bytes, mvex);
  const mehd = boxes.find((b) => b.type === 'mehd');
  if (mehd) {
    const v1 = version(bytes, mehd) === 1;
    need(mehd, v1 ? 12 : 8);
    const units = uint(bytes, mehd.body + 4, v1);
    // some writers leave 0 where they did not know the length yet
    if (units > 0) return { seconds: units / movie.timescale };
  }
  const tkhd = trak?.find((b) => b.type === 'tkhd');
  const mdia = trak?.find((b) => b.type === 'mdia');
  const mdhd = mdia && children(bytes, mdia).find((b) => b.type === 'mdhd');
  if (!tkhd || !mdhd) return { seconds: movie.units / movie.timescale };
  need(tkhd, 24);
  const id = bytes.readUInt32BE(tkhd.body + (version(bytes, tkhd) === 1 ? 20 : 12));
  const trex = boxes.find((b) => b.type === 'trex' && b.end - b.body >= 16 && bytes.readUInt32BE(b.body + 4) === id);
  // 0 is no duration a sample can have: the writer did not set one
  const defaultDuration = trex ? bytes.readUInt32BE(trex.body + 12) || undefined : undefined;
  return { id, ...timing(bytes, mdhd), defaultDuration };
}

/**
 * Adds up the fragments that follow the moov (its end at `from`) in a file of `size` bytes.
 * A sidx counts for the fragments it indexes, which are then skipped; a box cut off by the
 * end of the file ends the count there, as a player stops there.
 */
export async function fragmentsLength(at: ReadAt, from: number, size: number, track: FragmentedTrack): Promise<Length> {
  let seconds = 0;
  let units = track.units;
  let walked = 0;
  try {
    for (let position = from; position + 8 <= size; walked += 1) {
      if (walked === MAX_BOXES) throw new Unknown(`more than ${MAX_BOXES} boxes follow its moov, too many to add up`);
      const box = header(await at(position, Math.min(16, size - position)), 0, size - position, position);
      const end = position + (box.end - box.start);
      if (end > size) break;
      if (box.type === 'moof' || box.type === 'sidx') {
        if (end - position > MAX_MOOF_BYTES) throw new Unknown(`its ${box.type} box at byte ${position} is ${end - position} bytes long`);
        const bytes = await at(position, end - position);
        const whole = header(bytes, 0, bytes.length, position);
        if (box.type === 'moof') {
          units += moofUnits(bytes, whole, track);
        } else {
          const index = sidx(bytes, whole);
          seconds += index.seconds;
          position = end + index.bytes;
          continue;
        }
      }
      position = end;
    }
  } catch (error) {
    if (error instanceof Unknown) return { unknown: error.message };
    throw error;
  }
  return { seconds: seconds + units / track.timescale };
}

/** The seconds a sidx indexes, and the bytes it indexes after its own end. */
function sidx(bytes: Buffer, box: Box): { seconds: number; bytes: number } {
  const v1 = version(bytes, box) === 1;
  // reference id and timescale, earliest presentation time and first offset, reserved and count
  const refs = box.body + (v1 ? 32 : 24);
  need(box, refs - box.body);
  const timescale = bytes.readUInt32BE(box.body + 8);
  if (timescale === 0) throw new Damaged('its sidx box has a timescale of 0');
  const count = bytes.readUInt16BE(refs - 2);
  need(box, refs - box.body + 12 * count);
  let indexed = uint(bytes, box.body + (v1 ? 20 : 16), v1);
  let units = 0;
  for (let at = refs; at < refs + 12 * count; at += 12) {
    indexed += bytes.readUInt32BE(at) & 0x7fffffff;
    units += bytes.readUInt32BE(at + 4);
  }
  return { seconds: units / timescale, bytes: indexed };
}

/** The units the samples of `track` in one moof last. */
function moofUnits(bytes: Buffer, moof: Box, track: FragmentedTrack): number {
  let units = 0;
  for (const traf of children(bytes, moof).filter((b) => b.type === 'traf')) {
    const boxes = children(bytes, traf);
    const tfhd = boxes.find((b) => b.type === 'tfhd');
    if (!tfhd) throw new Damaged('a traf box has no tfhd box');
    need(tfhd, 8);
    if (bytes.readUInt32BE(tfhd.body + 4) !== track.id) continue;
    const set = flags(bytes, tfhd);
    let fallback = track.defaultDuration;
    if (set & 0x8) {
      // after the base data offset and the sample description index, when present
      const at = tfhd.body + 8 + (set & 0x1 ? 8 : 0) + (set & 0x2 ? 4 : 0);
      need(tfhd, at + 4 - tfhd.body);
      fallback = bytes.readUInt32BE(at);
    }
    for (const trun of boxes.filter((b) => b.type === 'trun')) units += trunUnits(bytes, trun, fallback);
  }
  return units;
}

function trunUnits(bytes: Buffer, trun: Box, fallback: number | undefined): number {
  const set = flags(bytes, trun);
  need(trun, 8);
  const count = bytes.readUInt32BE(trun.body + 4);
  if (!(set & 0x100)) {
    if (fallback === undefined) throw new Unknown('its fragments do not say how long their samples last');
    return count * fallback;
  }
  // after the data offset and the first sample's flags, each sample's duration, size, flags
  // and composition offset, each when flagged
  const first = trun.body + 8 + (set & 0x1 ? 4 : 0) + (set & 0x4 ? 4 : 0);
  const stride = 4 * [0x100, 0x200, 0x400, 0x800].filter((bit) => set & bit).length;
  need(trun, first - trun.body + count * stride);
  let units = 0;
  for (let at = first; at < first + count * stride; at += stride) units += bytes.readUInt32BE(at);
  return units;
}
